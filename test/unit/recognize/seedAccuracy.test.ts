import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { extractText } from '../../../src/core/recognize/textExtraction';

// The seed texts and their gold annotations live outside the repository; they are read, never copied.
const SHARED = path.resolve(process.cwd(), '..', 'shared');
const SEEDS = path.join(SHARED, 'seeds');
const GOLD = path.join(SHARED, 'seeds-gold');

interface GoldMeeting {
  body: string;
  date: string | null;
  place: string | null;
}
interface GoldSpan {
  kind: string;
  start: number;
  end: number;
  canonical?: string;
}
interface Gold {
  document: string;
  spans: GoldSpan[];
  meetings: GoldMeeting[];
}

/**
 * "Same body" for the comparison with the gold: the gold's labels and Chancery's differ in wording only
 * (`Meeting of SCO Defence Ministers` / `Meeting of SCO Defense Ministers`, `Council of ...` / `Meeting of ...`),
 * so both are reduced to their content words.
 */
function bodyWords(body: string | undefined | null): string {
  return [
    ...new Set(
      (body ?? '')
        .toLowerCase()
        .replace(/defence/g, 'defense')
        // `of SCO Member States` names whose body it is, which the organisation prefix already says.
        .replace(/\bmember (?:states|countries)\b/g, '')
        .replace(/\bstates\b/g, 'state')
        .replace(/\bforeign ministers\b/g, 'ministers foreign affairs')
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '' && !/^(?:of|the|and|in|on|meeting|council|member|members)$/.test(w)),
    ),
  ]
    .sort()
    .join(' ');
}

function seeds(): { name: string; text: string; gold: Gold }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(SEEDS, name), 'utf8'),
      gold: JSON.parse(readFileSync(path.join(GOLD, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold,
    }));
}

describe('accuracy on the seed texts', () => {
  it('finds the meetings of the gold (same body, date and place) with precision and recall of 0.9 or more', () => {
    let predicted = 0;
    let expected = 0;
    let matched = 0;
    const misses: string[] = [];
    for (const { name, text, gold } of seeds()) {
      const found = extractText(text).meetings.map((m) => ({ body: bodyWords(m.body), date: m.date?.text ?? null, place: m.place ?? null }));
      const open = [...found];
      predicted += found.length;
      expected += gold.meetings.length;
      for (const meeting of gold.meetings) {
        const i = open.findIndex((m) => m.body === bodyWords(meeting.body) && m.date === meeting.date && m.place === meeting.place);
        if (i >= 0) {
          matched++;
          open.splice(i, 1);
        } else {
          misses.push(`${name}: missed ${meeting.body} ${meeting.date} ${meeting.place}`);
        }
      }
      misses.push(...open.map((m) => `${name}: extra ${m.body} ${m.date} ${m.place}`));
    }
    const precision = matched / predicted;
    const recall = matched / expected;
    console.log(`      meetings: precision ${precision.toFixed(3)} (${matched}/${predicted}), recall ${recall.toFixed(3)} (${matched}/${expected})${misses.length ? `\n        ${misses.join('\n        ')}` : ''}`);
    assert.ok(precision >= 0.9, `precision ${precision.toFixed(3)} < 0.9\n${misses.join('\n')}`);
    assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)} < 0.9\n${misses.join('\n')}`);
  });

  it("merges or keeps apart the officials' mentions as the gold canonical names do, for 95% of pairs or more", () => {
    const index = new CorpusIndex();
    const all = seeds();
    for (const { name, text } of all) {
      index.update(name, text);
    }
    const mentions: { canonical: string; entity: string | undefined }[] = [];
    for (const { name, gold } of all) {
      const found = index.mentionsIn(name).filter((m) => m.kind === 'official');
      for (const span of gold.spans.filter((s) => s.kind === 'official')) {
        const hit = found.find((m) => m.start === span.start && m.end === span.end);
        mentions.push({ canonical: span.canonical ?? '', entity: hit && hit.status !== 'ambiguous' ? hit.entityId : undefined });
      }
    }
    let pairs = 0;
    let correct = 0;
    let goldMerged = 0;
    let merged = 0;
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const a = mentions[i];
        const b = mentions[j];
        if (!a || !b) {
          continue;
        }
        const same = a.canonical === b.canonical;
        const predictedSame = a.entity !== undefined && a.entity === b.entity;
        pairs++;
        correct += same === predictedSame ? 1 : 0;
        goldMerged += same ? 1 : 0;
        merged += same && predictedSame ? 1 : 0;
      }
    }
    const accuracy = correct / pairs;
    console.log(`      officials: ${mentions.length} mentions, pair accuracy ${accuracy.toFixed(4)} (${correct}/${pairs}), same-person pairs merged ${merged}/${goldMerged}, found ${mentions.filter((m) => m.entity).length}/${mentions.length}`);
    assert.ok(accuracy >= 0.95, `pair accuracy ${accuracy.toFixed(4)} < 0.95`);
  });
});
