// Extraction of one very large text: its time per megabyte against the same words cut into ordinary texts.
// Run: npm run bench:large   (tsx bench/large/index.ts)
// A text up to the 20 MB limit is read whole, in the editor's extension host too, so extraction must stay linear in
// its length: every search that spans the text (officials per sentence, organisations per phrase) must not grow
// with it. The baseline is measured in the same run: the same template extracted as 4 KB texts.
import { performance } from 'node:perf_hooks';
import { extractText } from '../../src/core/recognize/textExtraction';

/** One press release, written for this bench: a heading, the meeting, who chaired and attended, a citation. */
const TEMPLATE = [
  'PRESS RELEASE on the Meeting of the Council of Ministers of Foreign Affairs',
  '',
  'The meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization (hereinafter "the SCO") was held on 12 May 2021 in Dushanbe. Minister of Foreign Affairs of the Republic of Tajikistan S. Muhriddin chaired the meeting, which was attended by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov and State Councilor and Minister of Foreign Affairs of the People\'s Republic of China Wang Yi.',
  '',
  'The Ministers recalled the Charter of the Shanghai Cooperation Organization and the Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the SCO Member States, and looked forward to the meeting of the SCO Council of Heads of State to be held in 2021 in Dushanbe. The United Nations (UN) and the Commonwealth of Independent States (CIS) were represented as observers.',
  '',
  'Dushanbe, 12 May 2021',
  '',
].join('\n');

/**
 * Role words that start no role (`the Executive Committee`, `the minister said`), paragraph after paragraph, then one
 * official: a search from each such word to the next role of the text would grow with the square of its length.
 */
const ROLE_WORDS_TEMPLATE = [
  'The Executive Committee and the Deputy Heads met; the minister said the chief secretary and the envoy would come.',
  '',
  'Minister of Foreign Affairs of India S. Jaishankar spoke.',
  '',
].join('\n');

function repeated(template: string, bytes: number): string {
  return template.repeat(Math.ceil(bytes / template.length)).slice(0, bytes);
}

/** The best of `runs` timings of `work`, in milliseconds. */
function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const MB = 1024 * 1024;
for (const [name, template] of [['press releases', TEMPLATE], ['role words starting no role', ROLE_WORDS_TEMPLATE]] as const) {
  const small = repeated(template, 4096);
  // Warm the patterns and the compiler on ordinary texts first, as a corpus would before its one large text.
  best(3, () => {
    for (let i = 0; i < 256; i++) {
      extractText(small);
    }
  });
  const perSmallMb = best(3, () => {
    for (let i = 0; i < 256; i++) {
      extractText(small);
    }
  });
  console.log(`${name}`);
  console.log(`  4 KB texts  ${perSmallMb.toFixed(0).padStart(6)} ms per MB (baseline, 256 texts)`);
  for (const megabytes of [1, 4, 16]) {
    const text = repeated(template, megabytes * MB);
    const ms = best(2, () => extractText(text));
    const perMb = ms / megabytes;
    console.log(`  ${String(megabytes).padStart(2)} MB text  ${perMb.toFixed(0).padStart(6)} ms per MB  ${(ms / 1000).toFixed(2)} s  ratio to the baseline ${(perMb / perSmallMb).toFixed(2)} (target <= 3)`);
  }
}
