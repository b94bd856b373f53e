import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../model';

/** The name of the workspace registry file, at the workspace root. */
export const REGISTRY_FILE_NAME = 'chancery.yaml';

/** The corpus globs used when the registry names none: every `.txt` in the workspace. */
export const DEFAULT_CORPUS_GLOBS: readonly string[] = ['**/*.txt'];

/** What the foundation reads of `chancery.yaml`; the corpus model (issue 4) adds people, meetings and documents. */
export interface Registry {
  /** Globs, relative to the workspace root, of the texts that form the corpus. */
  readonly corpus: readonly string[];
}

export interface RegistryParse {
  /** The registry, or undefined when the file cannot be used at all (keep the previous good one). */
  readonly registry: Registry | undefined;
  readonly problems: readonly Problem[];
}

const KNOWN_TOP_LEVEL_KEYS = new Set(['version', 'corpus', 'people', 'meetings', 'documents', 'organizations', 'states']);
const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

/**
 * Parses the text of `chancery.yaml`. Never throws: every problem comes back with its line and column.
 * A file with merge-conflict markers or YAML syntax errors gives no registry, so callers keep the last good one.
 */
export function parseRegistry(text: string): RegistryParse {
  const problems: Problem[] = [];
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length - 1;
    return {
      registry: undefined,
      problems: [{ message: 'chancery.yaml contains merge-conflict markers: resolve the conflict first.', line, column: 0, severity: 'error' }],
    };
  }

  const lineCounter = new LineCounter();
  // The yaml package's alias limit (maxAliasCount) stays at its default: it stops alias bombs.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line - 1, column: pos.col - 1 };
  };
  for (const error of doc.errors) {
    problems.push({ message: error.message.split('\n')[0] ?? error.message, ...at(error.pos[0]), severity: 'error' });
  }
  if (doc.errors.length > 0) {
    return { registry: undefined, problems };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { registry: undefined, problems: [{ message: `chancery.yaml cannot be read: ${String((error as Error).message)}`, line: 0, column: 0, severity: 'error' }] };
  }
  if (value === null || value === undefined) {
    return { registry: { corpus: DEFAULT_CORPUS_GLOBS }, problems };
  }
  if (!isMap(doc.contents)) {
    return { registry: undefined, problems: [{ message: 'chancery.yaml must be a mapping (key: value pairs) at the top level.', ...at(doc.contents?.range?.[0]), severity: 'error' }] };
  }

  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
    if (!KNOWN_TOP_LEVEL_KEYS.has(key)) {
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      problems.push({ message: `Unknown field "${key}" in chancery.yaml; it is kept but ignored.`, ...at(range?.[0]), severity: 'warning' });
    }
  }

  let corpus: readonly string[] = DEFAULT_CORPUS_GLOBS;
  const corpusNode = doc.contents.get('corpus', true);
  if (corpusNode !== undefined) {
    const node = corpusNode as { range?: [number, number, number] };
    const raw = (value as Record<string, unknown>)['corpus'];
    const globs = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : undefined;
    if (!globs || !globs.every((g): g is string => typeof g === 'string' && g.trim() !== '') || (isSeq(corpusNode) && globs.length === 0)) {
      problems.push({ message: '"corpus" must be a glob or a list of globs, e.g. "texts/**/*.txt"; using the default "**/*.txt".', ...at(node.range?.[0]), severity: 'error' });
    } else {
      corpus = globs.map((g) => g.trim());
    }
  }
  return { registry: { corpus }, problems };
}
