import * as assert from 'node:assert/strict';
import { expandAlternatives, findCueWords } from '../../../src/core/recognize/cueWords';
import { documentTypesPattern } from '../../../src/core/recognize/documentTitles';

/** The starts of a pattern's matches, as a scan of its own finds them. */
function starts(pattern: RegExp, text: string): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index);
}

const TEXT = [
  'The Ministers had met in Astana; the meeting of the Council was held. The SCO Summit was attended by the President.',
  'Talks were received by the Chairperson-in-Office, who chaired the sessions and met with the Deputy Minister.',
  'They took\npart in the Joint Statement and the Plan of Action; the Chairman presided; Summits, summitry, Conferences.',
].join('\n\n');

describe('cue words', () => {
  it('finds each kind where a scan of its own finds it', () => {
    const cues = findCueWords(TEXT);
    assert.deepEqual(
      cues.nouns.map((n) => n.start),
      starts(/\b(meetings?|Meetings?|summits?|Summits?|conferences?|Conferences?|[Ss]essions?|talks|Talks)\b/g, TEXT),
    );
    assert.deepEqual(
      cues.participation.map((p) => p.start),
      starts(/\b(?:attended|took\s+part|participated|w(?:ere|as)\s+(?:present|received\s+by)|ha(?:ve|s|d)\s+met\s+(?:in|on|at)|chaired|presided|met\s+with)\b/g, TEXT),
    );
    assert.deepEqual(
      cues.roleWords,
      starts(/\b(?:Minister|President|Premier|Secretary|Director|Chair|Chairman|Chairwoman|Chairperson|Ambassador|Chancellor|Speaker|King|Queen|Emir|Sultan|Representative|Envoy|Councill?or|Governor|Mayor|Prince|Coordinator|Head|Chief|Prosecutor|Executive|Deputy)\b/g, TEXT),
    );
    assert.deepEqual(
      cues.typeWords?.map((t) => TEXT.slice(t.start, t.end)),
      [...TEXT.matchAll(new RegExp(`\\b(?:${documentTypesPattern()})\\b(?!-)`, 'g'))].map((m) => m[0]),
    );
  });

  it('finds the numbered types in lower case or in the plural, not the capitalised singular', () => {
    const text = 'Under resolutions 2178 and 2396, Resolution 1540, the Resolutions, decision 5 and Decisions 6; irresolution, resolutioned.';
    assert.deepEqual(findCueWords(text).numberedWords, starts(/\b(?:resolutions?|decisions?|Resolutions|Decisions)\b/g, text));
    assert.equal(findCueWords(text).numberedWords.length, 4);
  });

  it('gives each participation phrase its extent and kind', () => {
    assert.deepEqual(
      findCueWords('They had met in Astana, took\npart, were received by X, presided and met with Y; was present.').participation.map((p) => [p.kind, p.end - p.start]),
      [['attended', 'had met in'.length], ['attended', 'took\npart'.length], ['host', 'were received by'.length], ['chair', 'presided'.length], ['host', 'met with'.length], ['attended', 'was present'.length]],
    );
  });

  it('gives the nouns as written', () => {
    assert.deepEqual(
      findCueWords('The Summit and the talks; Sessions.').nouns.map((n) => n.noun),
      ['Summit', 'talks', 'Sessions'],
    );
  });

  it('expands the phrases a cue word pattern matches, a space for each run of blanks', () => {
    assert.deepEqual(expandAlternatives(String.raw`w(?:ere|as)\s+present|Councill?or|[Ss]essions?`), [
      'were present', 'was present', 'Councillor', 'Councilor', 'Sessions', 'Session', 'sessions', 'session',
    ]);
  });

  it('refuses a cue word pattern it cannot expand rather than leave words out', () => {
    assert.throws(() => expandAlternatives('Minister|Heads*'), /cannot read/);
    assert.throws(() => expandAlternatives('(?:Chair|Head'), /cannot read/);
  });
});
