// Benchmark of the analyst's views: `npm run bench:views` (tsx bench/views/index.ts).
// On a synthetic corpus of 10,000 communiqués (bench/views/syntheticCorpus.ts, in memory), measures the hover
// cards (entityAt + the card, as the hover provider does) and the Meetings and People tree builds, each with the
// cache of the index warm and right after a one-file edit (the cache dropped). Every figure is printed next to a
// baseline measured in the same run, and the targets are printed PASS or FAIL.
import { performance } from 'node:perf_hooks';
import { renderDocumentCard, renderMeetingCard, renderPlaceCard, renderStateCard } from '../../src/core/cards/entityCards';
import { renderPersonCard } from '../../src/core/cards/personCard';
import { CorpusIndex, type EntityMention } from '../../src/core/corpus/corpusIndex';
import { corpusNameAt } from '../../src/core/corpus/corpusNames';
import { parseRegistry } from '../../src/core/registry/registryFile';
import { groupMeetings, meetingChildren } from '../../src/core/tree/meetingOutline';
import { groupPeople } from '../../src/core/tree/peopleOutline';
import { random, syntheticCorpus } from './syntheticCorpus';

const TEXTS = Number(process.env['BENCH_VIEWS_TEXTS'] ?? 10_000);
const HOVERS = 2000;
const HOVERS_AFTER_EDIT = 600;
const MEETING_HOVERS = 300;
const STATE_CARDS = 200;
const PLAIN_HOVERS = 200;
const TREE_RUNS = 25;
const CONTEXT = { corpusKey: 'file:///bench', notes: [] };

// A registry for a few of the corpus's people, meetings and documents, so that registered entities are hovered too.
const REGISTRY = `version: 1
people:
  - id: sergey-lavrov
    name: Sergey Lavrov
    aliases: [S. Lavrov]
    state: Russia
    roles:
      - { role: Minister of Foreign Affairs, state: Russia, from: 2004-03-09 }
  - id: kairat-abdrakhmanov
    name: Kairat Abdrakhmanov
    aliases: [K. Abdrakhmanov]
    state: Kazakhstan
documents:
  - id: sco-charter
    title: Charter of the Shanghai Cooperation Organization
    aliases: [SCO Charter]
    type: Charter
    date: 2002-06-07
`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

/**
 * What the hover provider does: find the entity under the offset (the index's mention, else a corpus person's name
 * written there without a role), then render its card (a person's, a meeting's or a document's).
 */
function hover(index: CorpusIndex, texts: ReadonlyMap<string, string>, doc: string, offset: number): string | undefined {
  const mention = index.entityAt(doc, offset) ?? corpusNameAt(index, doc, texts.get(doc) ?? '', offset);
  if (!mention) {
    return undefined;
  }
  const kind = mention.entityId.slice(0, mention.entityId.indexOf(':'));
  const render = kind === 'person' ? renderPersonCard : kind === 'meeting' ? renderMeetingCard : kind === 'document' ? renderDocumentCard : undefined;
  return render?.(index, mention.entityId, CONTEXT);
}

/**
 * Re-indexes one text without changing what it says, so that every run measures the same corpus: the entities the
 * text names (and the meetings it reports) are dropped from the index's cache, as after a real edit.
 */
function touch(index: CorpusIndex, texts: ReadonlyMap<string, string>, doc: string, round: number): void {
  const text = texts.get(doc) ?? '';
  index.update(doc, round % 2 === 0 ? `${text} ` : text);
  // Re-resolving the touched identities belongs to the re-index (bench/index), not to the hover that follows it.
  index.mentionsIn(doc);
}

function main(): void {
  const { registry } = parseRegistry(REGISTRY);
  const { texts, states } = syntheticCorpus(TEXTS);
  const docs = [...texts.keys()];
  const megabytes = [...texts.values()].reduce((sum, t) => sum + t.length, 0) / 1048576;
  const index = new CorpusIndex(registry);
  const indexMs = timed(() => {
    for (const [doc, text] of texts) {
      index.update(doc, text);
    }
    index.people();
  });
  const people = index.people();
  const meetings = index.meetings();
  console.log(`${TEXTS} texts, ${megabytes.toFixed(1)} MB, ${people.length} people, ${meetings.length} meetings, ${index.documents().length} documents (indexed in ${(indexMs / 1000).toFixed(1)} s)`);

  // Hover positions: the middle of random person and document mentions (what an analyst points at).
  const pick = random(7);
  const positions: { doc: string; offset: number; kind: EntityMention['kind'] }[] = [];
  while (positions.length < HOVERS) {
    const doc = docs[Math.floor(pick() * docs.length)] ?? '';
    const mentions = index.mentionsIn(doc).filter((m) => m.kind !== 'meeting');
    const mention = mentions[Math.floor(pick() * mentions.length)];
    if (mention) {
      positions.push({ doc, offset: Math.floor((mention.start + mention.end) / 2), kind: mention.kind });
    }
  }

  // Baselines of this run: a plain find over as many items as the corpus has people (a lookup a hover may afford),
  // and JSON.stringify of the people and meetings lists (a pass over the model a tree may afford).
  const plain = people.map((p) => ({ id: p.id, name: p.name }));
  const findMs: number[] = [];
  for (let i = 0; i < HOVERS; i++) {
    const id = plain[Math.floor(pick() * plain.length)]?.id;
    findMs.push(timed(() => plain.find((p) => p.id === id)));
  }
  const stringifyMs = Math.min(...Array.from({ length: 5 }, () => timed(() => JSON.stringify({ people, meetings }))));
  const findP95 = percentile(findMs, 95);

  // Hovers with the cache warm: the lists above built every entity of the corpus.
  const warm = positions.map((p) => timed(() => hover(index, texts, p.doc, p.offset)));
  // Hovers right after an edit of another text: the entities it touched are rebuilt, from their own mentions, by
  // the hover that asks for them (the Charter is cited by most texts, so a document card usually rebuilds it).
  const afterEdit: number[] = [];
  const afterEditByKind = new Map<string, number[]>();
  for (let i = 0; i < HOVERS_AFTER_EDIT; i++) {
    const position = positions[i % positions.length];
    if (!position) {
      continue;
    }
    touch(index, texts, docs[(i * 37) % docs.length] ?? '', i);
    const elapsed = timed(() => hover(index, texts, position.doc, position.offset));
    afterEdit.push(elapsed);
    afterEditByKind.set(position.kind, [...(afterEditByKind.get(position.kind) ?? []), elapsed]);
  }
  // Hovers on a plain word right after an edit of another text: no mention of the index there, so the names of the
  // corpus's people are looked for in the hovered text (the name table is built again when the people changed).
  const plainWords: number[] = [];
  for (let i = 0; i < PLAIN_HOVERS; i++) {
    const doc = docs[(i * 41) % docs.length] ?? '';
    const text = texts.get(doc) ?? '';
    const offset = text.indexOf(' the ') + 2;
    touch(index, texts, docs[(i * 59) % docs.length] ?? '', i);
    plainWords.push(timed(() => hover(index, texts, doc, offset)));
  }
  // Meeting cards, apart from the positions above (which they would have changed): the middle of random meeting
  // mentions, warm and right after an edit of another text (the meeting then rebuilt when the edit touched it).
  const meetingPositions: { doc: string; offset: number }[] = [];
  const pickMeeting = random(11);
  while (meetingPositions.length < MEETING_HOVERS) {
    const doc = docs[Math.floor(pickMeeting() * docs.length)] ?? '';
    const mentions = index.mentionsIn(doc).filter((m) => m.kind === 'meeting');
    const mention = mentions[Math.floor(pickMeeting() * mentions.length)];
    if (mention) {
      meetingPositions.push({ doc, offset: Math.floor((mention.start + mention.end) / 2) });
    }
  }
  const meetingWarm = meetingPositions.map((p) => timed(() => hover(index, texts, p.doc, p.offset)));
  const meetingAfterEdit = meetingPositions.map((p, i) => {
    touch(index, texts, docs[(i * 43) % docs.length] ?? '', i);
    return timed(() => hover(index, texts, p.doc, p.offset));
  });
  // State cards after an edit: the people of a member state (about an eighth of the corpus's people).
  // With a context, as the hover provider renders them: each name links to the first mention.
  const stateCards: number[] = [];
  for (let i = 0; i < STATE_CARDS; i++) {
    touch(index, texts, docs[(i * 53) % docs.length] ?? '', i);
    const state = states[i % states.length] ?? 'Russia';
    // With a context, as the hover provider renders it: each name links to the person's first mention.
    stateCards.push(timed(() => renderStateCard(index, state, CONTEXT)));
  }

  // Place cards: the meetings held at the place, with a link each to its report.
  const places = [...new Set(index.meetings().map((m) => m.place).filter((p): p is string => p !== undefined))];
  const placeCards: number[] = [];
  for (let i = 0; i < STATE_CARDS; i++) {
    touch(index, texts, docs[(i * 59) % docs.length] ?? '', i);
    const place = places[i % places.length] ?? 'Moscow';
    placeCards.push(timed(() => renderPlaceCard(index, place, CONTEXT)));
  }

  // Trees: the Meetings view (groups by year, then the children of the newest year's meetings) and the People view.
  const meetingsTree = (): number => {
    const groups = groupMeetings(index.meetings(), 'year');
    return (groups[0]?.meetings ?? []).reduce((n, m) => n + meetingChildren(index, m).length, 0);
  };
  const peopleTree = (): number => groupPeople(index.people(), (p) => index.currentStateOf(p.id)).length;
  const trees = { meetingsCold: [] as number[], meetingsWarm: [] as number[], peopleCold: [] as number[], peopleWarm: [] as number[] };
  for (let i = 0; i < TREE_RUNS; i++) {
    touch(index, texts, docs[(i * 91) % docs.length] ?? '', i);
    trees.meetingsCold.push(timed(meetingsTree));
    trees.meetingsWarm.push(timed(meetingsTree));
    touch(index, texts, docs[(i * 97) % docs.length] ?? '', i + 1);
    trees.peopleCold.push(timed(peopleTree));
    trees.peopleWarm.push(timed(peopleTree));
  }

  const ms = (value: number): string => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
  const hoverLine = (label: string, values: readonly number[]): string =>
    `  ${label.padEnd(34)} p50 ${ms(percentile(values, 50)).padStart(9)}  p95 ${ms(percentile(values, 95)).padStart(9)}  (p95 = ${(percentile(values, 95) / findP95).toFixed(0)}x find)  ${verdict(percentile(values, 95) < 10)} (target p95 < 10 ms)`;
  // Trees are judged on the median run: a single run may take a garbage collection of the 10,000-text heap (and
  // this machine's CPU is shared), which the max shows.
  const treeLine = (label: string, values: readonly number[]): string =>
    `  ${label.padEnd(34)} median ${ms(percentile(values, 50)).padStart(9)}  max ${ms(Math.max(...values)).padStart(9)}  (median = ${(percentile(values, 50) / stringifyMs).toFixed(2)}x stringify)  ${verdict(percentile(values, 50) < 100)} (target median < 100 ms)`;
  const kinds = [...new Set(positions.map((p) => p.kind))].map((k) => `${k} ${positions.filter((p) => p.kind === k).length}`).join(', ');
  console.log(`\nBaselines: Array.prototype.find over ${plain.length} items p95 ${ms(findP95)}; JSON.stringify(people + meetings) ${ms(stringifyMs)}`);
  console.log(`\nHover cards (entityAt + card; ${positions.length} positions: ${kinds})`);
  console.log(hoverLine('warm cache', warm));
  console.log(hoverLine(`after a one-file edit (${HOVERS_AFTER_EDIT})`, afterEdit));
  for (const [kind, values] of [...afterEditByKind].sort()) {
    console.log(hoverLine(`  of which ${kind} (${values.length})`, values));
  }
  console.log(hoverLine(`plain word after an edit (${PLAIN_HOVERS})`, plainWords));
  console.log(hoverLine(`meeting cards, warm (${MEETING_HOVERS})`, meetingWarm));
  console.log(hoverLine(`meeting cards after an edit (${MEETING_HOVERS})`, meetingAfterEdit));
  console.log(hoverLine(`state card after an edit (${STATE_CARDS})`, stateCards));
  console.log(hoverLine(`place card after an edit (${STATE_CARDS})`, placeCards));
  console.log(`\nTrees (${TREE_RUNS} runs each)`);
  console.log(treeLine('Meetings, after an edit', trees.meetingsCold));
  console.log(treeLine('Meetings, warm', trees.meetingsWarm));
  console.log(treeLine('People, after an edit', trees.peopleCold));
  console.log(treeLine('People, warm', trees.peopleWarm));
}

main();
