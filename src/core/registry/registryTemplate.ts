import { DEFAULT_CORPUS_GLOBS } from './registryFile';

/**
 * The corpus glob for a new registry: when every text lies under one top-level folder, that folder
 * (`texts/**\/*.txt`), so that notes, READMEs and other `.txt` files elsewhere stay plain text; otherwise the default.
 */
export function guessCorpusGlobs(textPaths: readonly string[]): readonly string[] {
  const tops = new Set(textPaths.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : '')));
  const [only] = tops;
  return tops.size === 1 && only !== undefined && only !== '' ? [`${only}/**/*.txt`] : DEFAULT_CORPUS_GLOBS;
}

/** The text of a new `chancery.yaml`, commented for a first-time reader. */
export function renderRegistryTemplate(textPaths: readonly string[]): string {
  const globs = guessCorpusGlobs(textPaths);
  return [
    '# Chancery workspace registry. Keep it in git beside the texts.',
    '# corpus: globs of the texts, relative to this folder; matching files open as Diplomatic Text.',
    'corpus:',
    ...globs.map((g) => `  - ${JSON.stringify(g)}`),
    '',
    '# people, meetings, documents and organizations enrich what Chancery finds in the texts.',
    '# Type "person" for a snippet. Every section is optional.',
    'people: []',
    '',
  ].join('\n');
}
