import type { DocId, Problem } from '../model';
import type { CorpusIndex, DocumentEntity, EntityMention, MeetingEntity, PersonEntity } from './corpusIndex';

/** A text of the corpus with what extraction read of its own heading and date. */
export interface TextSummary {
  readonly path: DocId;
  readonly heading: string | undefined;
  readonly type: string | undefined;
  readonly date: string | undefined;
  readonly mentions: number;
}

/** The whole model as plain data: what `chancery index --json` prints and what tests compare. */
export interface CorpusModel {
  readonly texts: readonly TextSummary[];
  readonly people: readonly PersonEntity[];
  readonly meetings: readonly (Omit<MeetingEntity, 'date'> & { readonly date: string | undefined })[];
  readonly documents: readonly (Omit<DocumentEntity, 'date'> & { readonly date: string | undefined })[];
  readonly mentions: readonly EntityMention[];
  readonly problems: readonly (Problem & { readonly path: DocId })[];
}

/** Builds the plain-data model of an index, sorted so that two runs on the same corpus print the same JSON. */
export function buildCorpusModel(index: CorpusIndex): CorpusModel {
  const texts = index.texts();
  const perText = texts.map((doc) => index.mentionsIn(doc));
  return {
    texts: texts.map((path, i) => {
      const extraction = index.extraction(path);
      return { path, heading: extraction?.heading?.text, type: extraction?.heading?.type, date: extraction?.date?.text, mentions: perText[i]?.length ?? 0 };
    }),
    people: index.people(),
    meetings: index.meetings().map((m) => ({ ...m, date: m.date?.text })),
    documents: index.documents().map((d) => ({ ...d, date: d.date?.text })),
    mentions: perText.flat(),
    problems: [...index.problems()].flatMap(([path, problems]) => problems.map((p) => ({ path, ...p }))).sort((a, b) => a.path.localeCompare(b.path)),
  };
}
