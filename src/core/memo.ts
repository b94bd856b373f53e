/**
 * A function of a string, computed once per string: names, words and bodies repeat across ten thousand texts.
 * Bounded: past `limit` strings it starts afresh, so that a strange corpus cannot grow it without end.
 */
export function memoized<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) {
        known.clear();
      }
      known.set(ownCopy(key), value);
    }
    return value as T;
  };
}

/**
 * The string as a string of its own. A key cut from a text (`text.slice`) may be kept as a view of the whole text:
 * stored so, it would keep the text alive as long as the memo (a memo of ten thousand names would hold the texts
 * they were read from). A slice of a joined string is a view of its own short copy instead.
 */
export function ownCopy(key: string): string {
  return ` ${key}`.slice(1);
}
