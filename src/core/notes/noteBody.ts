/**
 * A body as the analyst typed it into a comment box or an input box, tidied the same way for notes and replies before
 * it is written: blank lines before the first line and white space after the last go (the box keeps the Enter pressed
 * after the last word); the lines in between keep every character, two trailing spaces (a Markdown line break) and
 * indentation included.
 */
export function tidyBody(typed: string): string {
  return typed.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}
