import { byPosition, type DocId, type Problem } from '../model';
import type { Registry, RegistryLocation } from '../registry/registryFile';
import { globsMatchingNothing, isExcludingGlob } from './corpusGlobs';

/**
 * What a problem of `chancery.yaml` that only the corpus shows is about: a corpus glob (as read), a document's
 * `file`, or the globs as a whole (they leave out every file).
 */
export type CorpusProblemSubject = { readonly glob: string } | { readonly document: string; readonly file: string } | { readonly everyFileLeftOut: true };

/**
 * A problem of `chancery.yaml` that only the corpus shows, with what it is about, so that a newer parse of the file
 * places it again (`placeCorpusProblems`): its position follows an edit that only moves lines.
 */
export interface CorpusProblem extends Problem {
  readonly subject: CorpusProblemSubject;
}

/** A corpus problem before it is placed in the file. */
type Unplaced = Omit<CorpusProblem, 'line' | 'column'>;

/**
 * The problems of the registry that the corpus found shows, in the order of the file: a glob that matches no file,
 * a document's file that is no text. `listed` is every file an including glob names, `paths` the texts among them.
 */
export function findCorpusProblems(registry: Registry, listed: readonly DocId[], paths: readonly DocId[]): CorpusProblem[] {
  const texts = new Set(paths);
  // A document's file that is not a text found: a typo, or a text the globs leave out.
  const files = (registry.documents ?? []).flatMap((document): Unplaced[] =>
    document.file !== undefined && !texts.has(document.file)
      ? [
          {
            message: `"file" of document "${document.id}" is "${document.file}", which is not a text of the corpus (no such file, or the corpus globs leave it out): correct the path or the globs.`,
            severity: 'warning',
            subject: { document: document.id, file: document.file },
          },
        ]
      : [],
  );
  // Only globs written in chancery.yaml: the default one is nobody's typo.
  const written = registry.corpusLocations === undefined ? [] : registry.corpus;
  const globs = [...new Set(globsMatchingNothing(written, listed))].map(
    (glob): Unplaced => ({
      message: isExcludingGlob(glob)
        ? `The corpus glob "${glob}" leaves out no file: globs are relative to the folder of chancery.yaml; correct it or remove it.`
        : `The corpus glob "${glob}" matches no file: globs are relative to the folder of chancery.yaml; correct it or remove it.`,
      severity: 'warning',
      subject: { glob },
    }),
  );
  const empty: Unplaced[] =
    written.length > 0 && listed.length > 0 && paths.length === 0
      ? [{ message: 'The corpus globs leave out every file: no text is indexed.', severity: 'warning', subject: { everyFileLeftOut: true } }]
      : [];
  return placeCorpusProblems([...empty, ...globs, ...files], registry);
}

/**
 * Places corpus problems, found under this or an earlier parse of `chancery.yaml`, where their subject stands in
 * `registry`, in the order of the file: a glob at every place it is written, a document's file at its value, the
 * globs as a whole at the first. A problem whose subject is no longer written there (a glob removed or changed, a
 * document's file changed) is dropped: listing the corpus again finds it, or not.
 */
export function placeCorpusProblems(problems: readonly Unplaced[], registry: Registry): CorpusProblem[] {
  // Placed problems come once per place: each subject is placed once.
  const bySubject = new Map(problems.map((problem) => [JSON.stringify(problem.subject), problem]));
  return [...bySubject.values()]
    .flatMap(({ message, severity, subject }) => placesOf(subject, registry).map((place): CorpusProblem => ({ message, ...place, severity, subject })))
    .sort(byPosition);
}

function placesOf(subject: CorpusProblemSubject, registry: Registry): RegistryLocation[] {
  const locations = registry.corpusLocations ?? [];
  if ('glob' in subject) {
    return locations.filter((_, i) => registry.corpus[i] === subject.glob);
  }
  if ('document' in subject) {
    const document = registry.documents?.find((d) => d.id === subject.document && d.file === subject.file);
    return document?.fileLocation === undefined ? [] : [document.fileLocation];
  }
  return locations.slice(0, 1);
}
