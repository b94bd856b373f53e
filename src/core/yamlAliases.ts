import { isAlias, isCollection, visit, type Document } from 'yaml';

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

/** The message of a file whose aliases the yaml package refused to expand (its alias limit), and what to do. */
export function aliasLimitMessage(file: string, error: Error): string {
  return `${file} cannot be read: ${error.message.split('\n')[0] ?? error.message} (its aliases expand to too many values from here on: write the values out, or use fewer aliases).`;
}
