/**
 * A count with its noun, singular or plural as the count wants: `counted(1, 'text')` is "1 text", `counted(3, 'text')`
 * "3 texts", `counted(2, 'person', 'people')` "2 people". Messages say this rather than "text(s)".
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
