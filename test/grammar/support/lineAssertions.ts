/**
 * Inline scope assertions in the style of vscode-tmgrammar-test, for prose:
 *
 *     # SYNTAX TEST "text.diplomatic" "what the file tests"
 *     President K. Tokayev of the Republic of Kazakhstan
 *     ^^^^^^^^^ variable.other.role.diplomatic
 *               ^^^^^^^^^^ entity.name.function.official.diplomatic - variable.other.role.diplomatic
 *
 * A line of carets asserts on the columns it marks in the nearest source line above it: every
 * token there carries each scope before the `-`, and none after it. Prose has no comment token,
 * so an assertion line is recognised by starting (after spaces) with `^`.
 */
import type { IGrammar } from 'vscode-textmate';
import { tokenizeDocument } from './engine';

const HEADER = /^# SYNTAX TEST "([^"]+)"(?: "([^"]*)")?\s*$/;
const ASSERTION = /^(\s*)(\^+)\s+(.*)$/;

/** One caret line. */
export interface LineAssertion {
  /** 0-based line of the source text (assertion lines removed). */
  readonly line: number;
  readonly startColumn: number;
  readonly endColumn: number;
  readonly scopes: readonly string[];
  readonly excludedScopes: readonly string[];
  /** Line in the fixture file, for messages. */
  readonly fixtureLine: number;
}

/** A parsed fixture: the text to tokenize and what it asserts. */
export interface AssertionFixture {
  readonly scopeName: string;
  readonly description: string;
  readonly source: string;
  readonly assertions: readonly LineAssertion[];
}

/** Parses a fixture file's text. Throws on a missing header or a caret line with no source line above it. */
export function parseAssertionFixture(text: string): AssertionFixture {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (!header) throw new Error('the first line must be # SYNTAX TEST "<scopeName>" "<description>"');
  const sourceLines: string[] = [];
  const assertions: LineAssertion[] = [];
  lines.slice(1).forEach((line, index) => {
    const assertion = ASSERTION.exec(line);
    if (!assertion) {
      sourceLines.push(line);
      return;
    }
    if (sourceLines.length === 0) throw new Error(`fixture line ${index + 2}: an assertion needs a source line above it`);
    const [, indent = '', carets = '', rest = ''] = assertion;
    const [wanted = '', unwanted = ''] = rest.split(/\s+-\s+|^-\s+/);
    assertions.push({
      line: sourceLines.length - 1,
      startColumn: indent.length,
      endColumn: indent.length + carets.length,
      scopes: wanted.split(/\s+/).filter(Boolean),
      excludedScopes: unwanted.split(/\s+/).filter(Boolean),
      fixtureLine: index + 2,
    });
  });
  return { scopeName: header[1] ?? '', description: header[2] ?? '', source: sourceLines.join('\n'), assertions };
}

/** Checks every assertion of a fixture on the real engine; returns one message per failure. */
export function checkAssertions(grammar: IGrammar, fixture: AssertionFixture): string[] {
  const tokens = tokenizeDocument(grammar, fixture.source);
  const sourceLines = fixture.source.split('\n');
  const failures: string[] = [];
  for (const assertion of fixture.assertions) {
    const lineText = sourceLines[assertion.line] ?? '';
    for (let column = assertion.startColumn; column < assertion.endColumn; column += 1) {
      const token = tokens.find((candidate) => candidate.line === assertion.line && candidate.start - lineOffset(sourceLines, assertion.line) <= column && candidate.end - lineOffset(sourceLines, assertion.line) > column);
      const scopes = token?.scopes ?? [];
      const missing = assertion.scopes.filter((scope) => !scopes.includes(scope));
      const present = assertion.excludedScopes.filter((scope) => scopes.includes(scope));
      if (missing.length > 0 || present.length > 0) {
        failures.push(
          `fixture line ${assertion.fixtureLine}, column ${column} ("${lineText.slice(column, column + 12)}"): ` +
            (missing.length > 0 ? `missing ${missing.join(', ')} ` : '') +
            (present.length > 0 ? `unexpected ${present.join(', ')} ` : '') +
            `in [${scopes.join(', ')}]`,
        );
        break;
      }
    }
  }
  return failures;
}

function lineOffset(lines: readonly string[], line: number): number {
  let offset = 0;
  for (let index = 0; index < line; index += 1) offset += (lines[index]?.length ?? 0) + 1;
  return offset;
}
