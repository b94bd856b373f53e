/**
 * The path a `[[text#note-id]]` link leads to, if it stays inside the workspace folder; `undefined` when it leads out.
 *
 * `fromPath` is the path of the file that holds the link (a text or a sidecar), `folderPath` that of its workspace
 * folder, both as URI paths (`/` between folders). The link's text is relative to the folder of `fromPath`; `..` and
 * `.` are resolved here, and a `\` is read as `/` (as in `corpus` globs): a Windows file system would read
 * `..\..\x` as a way out, so it must be resolved before the check. The result must lie strictly below the folder,
 * compared folder by folder, so that `/work/space-evil` is not inside `/work/space`.
 */
export function resolveNoteLink(fromPath: string, folderPath: string, linkText: string): string | undefined {
  const folder = folderPath.split('/').filter((s) => s !== '');
  const resolved = fromPath.split('/').filter((s) => s !== '');
  resolved.pop();
  for (const segment of linkText.split(/[/\\]/)) {
    if (segment === '..') {
      if (resolved.pop() === undefined) {
        return undefined;
      }
    } else if (segment !== '' && segment !== '.') {
      resolved.push(segment);
    }
  }
  const inside = resolved.length > folder.length && folder.every((s, i) => resolved[i] === s);
  return inside ? `/${resolved.join('/')}` : undefined;
}
