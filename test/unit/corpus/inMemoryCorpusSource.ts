import { isInCorpus } from '../../../src/core/corpus/corpusGlobs';
import type { CorpusSource } from '../../../src/core/ports';

/** A corpus in memory for the tests: paths to bytes, listed by the corpus globs as a folder would be. */
export class InMemoryCorpusSource implements CorpusSource {
  constructor(readonly files: Map<string, Uint8Array>) {}
  async findFiles(globs: readonly string[]): Promise<string[]> {
    return [...this.files.keys()].filter((p) => isInCorpus(p, globs));
  }
  async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }
}
