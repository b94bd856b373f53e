/**
 * Loads TextMate grammars on the real engine VS Code uses (vscode-textmate + vscode-oniguruma)
 * and tokenizes documents line by line, carrying the rule stack from line to line as the editor does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIPLOMATIC_GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'diplomatic.tmLanguage.json');
export const MARKDOWN_GRAMMAR_PATH = path.join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');

/** One token of one line with its offsets into the whole document. */
export interface DocumentToken {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let onigLib: Promise<textmate.IOnigLib> | undefined;

export function loadOnigLib(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/**
 * Loads a grammar file, or a grammar object built in memory, on the real engine. Grammars the
 * file embeds (Markdown's fenced code languages) are left unresolved, as VS Code does for languages
 * that are not installed.
 */
export async function loadGrammar(source: string | object): Promise<textmate.IGrammar> {
  const raw = typeof source === 'string' ? (JSON.parse(fs.readFileSync(source, 'utf8')) as { scopeName: string }) : (source as { scopeName: string });
  const registry = new textmate.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: (scopeName) =>
      Promise.resolve(
        scopeName === raw.scopeName ? (textmate.parseRawGrammar(JSON.stringify(raw), 'grammar.json')) : null,
      ),
  });
  const grammar = await registry.loadGrammar(raw.scopeName);
  if (!grammar) throw new Error(`cannot load grammar ${raw.scopeName}`);
  return grammar;
}

/** Splits a document into lines the way the editor does (\n, \r\n), keeping each line's offset. */
export function splitLines(text: string): { text: string; offset: number }[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const match of text.matchAll(/([^\r\n]*)(\r\n|\n|$)/g)) {
    const line = match[1] ?? '';
    lines.push({ text: line, offset });
    offset += match[0].length;
    if (match[0].length === 0 || offset >= text.length) break;
  }
  if (text.endsWith('\n')) lines.push({ text: '', offset: text.length });
  return lines;
}

/** Tokenizes a whole document and returns every token with document offsets. */
export function tokenizeDocument(grammar: textmate.IGrammar, text: string): DocumentToken[] {
  const tokens: DocumentToken[] = [];
  let stack = textmate.INITIAL;
  splitLines(text).forEach((line, index) => {
    const result = grammar.tokenizeLine(line.text, stack);
    stack = result.ruleStack;
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, line.text.length);
      if (end <= token.startIndex) continue;
      tokens.push({ line: index, start: line.offset + token.startIndex, end: line.offset + end, scopes: token.scopes });
    }
  });
  return tokens;
}
