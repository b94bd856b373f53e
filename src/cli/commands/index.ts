// One line per sub-command. Each module exports `run: CliCommand`.
// (Commands are added by the corpus-model and notes features: index, check, merge-notes, export.)
export {};
