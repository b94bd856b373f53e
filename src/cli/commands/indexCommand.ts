import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createChancery } from '../../core/chancery';
import { byPosition, type Problem } from '../../core/model';
import { REGISTRY_FILE_NAME } from '../../core/registry/registryFile';
import { argsProblem, folderProblem, parseArgs, registryProblemLine, type CliCommand, type CliIo } from '../io';
import { startExtractionPool } from '../extractionFiles';
import type { ExtractionPool } from '../../node/extractionPool';
import { NodeCorpusSource } from '../nodeCorpusSource';
import { counted } from '../../core/counted';

const USAGE = `Usage: chancery index <folder> [--json]
       chancery index [--json] -- <folder>

Builds the corpus model of <folder> (its chancery.yaml and the texts its corpus globs name) and prints it:
a summary by default, the whole model (texts, people, meetings, documents, mentions with offsets) with --json.
After "--", an argument is the folder even when it starts with "-".
Exit status: 0 when every file was indexed, 1 when chancery.yaml or a file has a problem, 2 on bad usage.
`;

/** `chancery index <folder> [--json]`: the command-line twin of the editor's corpus model. */
export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, ['--json']);
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const json = parsed.flags.has('--json');
  const folder = parsed.positional[0];
  const why = argsProblem(parsed, { min: 1, max: 1 });
  if (why !== undefined || folder === undefined) {
    io.err(`chancery index: ${why ?? 'no folder given'}.\n\n${USAGE}`);
    return 2;
  }
  const root = path.resolve(folder);
  const problem = await folderProblem(root);
  if (problem !== undefined) {
    io.err(`chancery index: ${problem}.\n`);
    return 2;
  }
  // Texts are read and extracted in one worker per core but this thread's, and indexed here (`defaultPoolSize`).
  const pool = startExtractionPool();
  try {
    return await indexFolder(root, json, io, pool);
  } finally {
    await pool?.close();
  }
};

async function indexFolder(root: string, json: boolean, io: CliIo, pool: ExtractionPool | undefined): Promise<number> {
  const corpus = new NodeCorpusSource(root);
  const chancery = createChancery({ corpus, fileExtractor: pool?.fileExtractor((file) => corpus.absolutePath(file)) });
  let failed = false;
  let registryBytes: Uint8Array | undefined;
  let unreadable = false;
  const registryProblems: Problem[] = [];
  try {
    registryBytes = await readFile(path.join(root, REGISTRY_FILE_NAME));
  } catch (error) {
    // Unreadable (a folder, no permission) is a problem of the registry: the texts are still indexed.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      io.err(`chancery index: cannot read ${path.join(root, REGISTRY_FILE_NAME)}: ${(error as Error).message}\n`);
      failed = true;
      unreadable = true;
      registryProblems.push({ message: `${REGISTRY_FILE_NAME} cannot be read: ${(error as Error).message}`, line: 0, column: 0, severity: 'error' });
    }
  }
  const parse = chancery.applyRegistry(registryBytes);
  // The registry's problems in the order of the file, those the corpus shows (globs, files) among the others; the
  // JSON holds them too, under the registry's path, so that a reader of the model sees the registry was set aside.
  const printRegistryProblems = (problems: readonly Problem[]): void => {
    for (const problem of [...problems].sort(byPosition)) {
      io.err(registryProblemLine(problem));
      registryProblems.push(problem);
      failed ||= problem.severity === 'error';
    }
  };
  if (unreadable || (registryBytes !== undefined && !parse.registry)) {
    printRegistryProblems(parse.problems);
    io.err(`chancery index: ${REGISTRY_FILE_NAME} cannot be used; indexing with the default corpus globs and no registry.\n`);
  }
  try {
    const report = await chancery.indexCorpus();
    printRegistryProblems(parse.registry ? [...parse.problems, ...report.registryProblems] : report.registryProblems);
  } catch (error) {
    if (parse.registry) {
      printRegistryProblems(parse.problems);
    }
    io.err(`chancery index: ${root} could not be indexed: ${(error as Error).message}\n`);
    return 1;
  }
  const model = chancery.model();
  for (const problem of model.problems) {
    io.err(`${problem.message}\n`);
    failed = true;
  }
  if (json) {
    // Absent values print as null, so that every entry has the same keys and two runs diff line by line.
    const problems = [...registryProblems.map((problem) => ({ path: REGISTRY_FILE_NAME, ...problem })), ...model.problems];
    io.out(JSON.stringify({ ...model, problems }, (_key, value: unknown) => (value === undefined ? null : value), 2) + '\n');
  } else {
    io.out(`${counted(model.texts.length, 'text')}, ${counted(model.people.length, 'person', 'people')}, ${counted(model.meetings.length, 'meeting')}, ${counted(model.documents.length, 'document')}, ${counted(model.mentions.length, 'mention')}.\n`);
    for (const meeting of model.meetings) {
      io.out(`  ${meeting.date ?? '(no date)'}  ${meeting.body ?? '(unnamed meeting)'}${meeting.place ? `, ${meeting.place}` : ''}${meeting.extraordinary ? ' (extraordinary)' : ''}  [${counted(meeting.mentionCount, 'mention')}]\n`);
    }
  }
  return failed ? 1 : 0;
}
