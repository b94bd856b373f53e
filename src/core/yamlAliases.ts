import { isAlias, isCollection, visit, type Document } from 'yaml';
import { counted } from './counted';

/**
 * Where a document's aliases start to multiply, for the message of one the yaml package refuses to expand (its alias
 * limit stops alias bombs, but its error says nowhere): the offset of the first alias whose anchor's value holds
 * aliases itself, each use of which expands all of those; else of the first alias; undefined without aliases.
 */
export function aliasBombStart(doc: Document): number | undefined {
  let first: number | undefined;
  let nested: number | undefined;
  visit(doc, {
    Alias: (_key, alias) => {
      first ??= alias.range?.[0];
      const target = alias.resolve(doc);
      let holdsAliases = false;
      if (isCollection(target)) {
        visit(target, {
          Node: (_k, node) => {
            if (isAlias(node)) {
              holdsAliases = true;
              return visit.BREAK;
            }
            return undefined;
          },
        });
      }
      if (holdsAliases) {
        nested = alias.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return nested ?? first;
}

/**
 * The first line of an error of the yaml package, said for the analyst where its own wording names its API: a file
 * of Chancery holds one YAML document, and a second `---` line starts another.
 */
export function yamlErrorMessage(error: { readonly code: string; readonly message: string }, file: string): string {
  if (error.code === 'MULTIPLE_DOCS') {
    return `${file} holds one YAML document, and this line starts another (after a "---" line or a "..." line): remove it, or join the documents into one.`;
  }
  return error.message.split('\n')[0] ?? error.message;
}

/** An error of the yaml package, as `parseDocument` lists it. */
export interface YamlError {
  readonly code: string;
  readonly message: string;
  readonly pos: readonly [number, number];
}

/** Errors that say something of their own, not the cascade of a syntax error before them. */
const OWN_ERRORS: ReadonlySet<string> = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

/**
 * The errors of a YAML file as its diagnostics show them, each with its message and offset: the first syntax error,
 * which is the precise one, with the syntax errors after it folded into its message (one unclosed `[` or one line
 * indented wrongly gives a dozen errors at the lines below, none of them the user's mistake); a duplicate key and a
 * second document each as they are.
 */
export function reportedYamlErrors(errors: readonly YamlError[], file: string): { readonly message: string; readonly offset: number }[] {
  const syntax = errors.filter((e) => !OWN_ERRORS.has(e.code));
  const [first] = syntax;
  const folded = syntax.length - 1;
  return errors
    .filter((e) => e === first || OWN_ERRORS.has(e.code))
    .map((e) => ({
      message: e === first && folded > 0 ? `${yamlErrorMessage(e, file)} (and ${counted(folded, 'more error')} after it)` : yamlErrorMessage(e, file),
      offset: e.pos[0],
    }));
}

/** The message of a file whose aliases the yaml package refused to expand (its alias limit), and what to do. */
export function aliasLimitMessage(file: string, error: Error): string {
  return `${file} cannot be read: ${error.message.split('\n')[0] ?? error.message} (its aliases expand to too many values from here on: write the values out, or use fewer aliases).`;
}
