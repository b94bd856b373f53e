import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import { MentionNavigator } from './mentionCommands';
import { TextFoldingProvider, TextOutlineProvider } from './outline';
import { EntitySemanticTokens, LEGEND } from './semanticTokens';
import { CitedDocumentLinkProvider, EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider, EntitySymbolProvider } from './providers';

const DIPLOMATIC: vscode.DocumentSelector = { language: 'diplomatic' };

/** Registers cross-reference navigation: definitions, references, highlights, symbols, a text's outline and folding, links, next/previous mention, semantic tokens. */
export function register(context: vscode.ExtensionContext, corpora: Corpora): void {
  const tokens = new EntitySemanticTokens(corpora);
  const mentions = new MentionNavigator(corpora);
  context.subscriptions.push(
    vscode.languages.registerDocumentSemanticTokensProvider(DIPLOMATIC, tokens, LEGEND),
    corpora.onDidChangeIndex(() => tokens.refresh()),
    vscode.languages.registerDefinitionProvider(DIPLOMATIC, new EntityDefinitionProvider(corpora)),
    vscode.languages.registerReferenceProvider(DIPLOMATIC, new EntityReferenceProvider(corpora)),
    vscode.languages.registerDocumentHighlightProvider(DIPLOMATIC, new EntityHighlightProvider(corpora)),
    vscode.languages.registerDocumentLinkProvider(DIPLOMATIC, new CitedDocumentLinkProvider(corpora)),
    vscode.languages.registerWorkspaceSymbolProvider(new EntitySymbolProvider(corpora)),
    vscode.languages.registerDocumentSymbolProvider(DIPLOMATIC, new TextOutlineProvider(), { label: 'Chancery' }),
    vscode.languages.registerFoldingRangeProvider(DIPLOMATIC, new TextFoldingProvider()),
    vscode.commands.registerCommand('chancery.nextMention', () => mentions.move(1)),
    vscode.commands.registerCommand('chancery.previousMention', () => mentions.move(-1)),
  );
}
