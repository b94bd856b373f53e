import { defineCommand } from '../main';
// One line per sub-command. Each module exports `run: CliCommand`.
// (Commands are added by the corpus-model and notes features: index, check, merge-notes, export.)
defineCommand('index', 'Build the corpus model of a folder and print it (--json for the whole model)', async () => (await import('./indexCommand')).run);
defineCommand('check', 'Validate every notes sidecar and chancery.yaml, re-anchor every note; non-zero exit on problems', async () => (await import('./check')).run);
defineCommand('merge-notes', 'Git merge driver for *.notes.yaml: merge by note id (%O %A %B [%P])', async () => (await import('./mergeNotes')).run);
defineCommand('export', 'Export every note as W3C Web Annotation JSON-LD or CSV (--format w3c|csv)', async () => (await import('./export')).run);
