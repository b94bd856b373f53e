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
