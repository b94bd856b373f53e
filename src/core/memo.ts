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
      known.set(key, value);
    }
    return value as T;
  };
}
