// The Get Started walkthrough of package.json: VS Code shows a broken step without complaint (a missing media
// file is a blank pane, a button naming an unknown command does nothing), so the manifest is checked here.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    walkthroughs: { id: string; steps: Step[] }[];
  };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
const views = new Set(Object.values(manifest.contributes.views).flatMap((list) => list.map((v) => v.id)));
// The workbench's own commands a step may name.
const BUILT_IN = new Set(['workbench.action.quickOpen']);

/** Whether a step may run `command`: Chancery's own, the focus command VS Code makes for each view, or a built-in. */
function known(command: string): boolean {
  return commands.has(command) || (command.endsWith('.focus') && views.has(command.slice(0, -'.focus'.length))) || BUILT_IN.has(command);
}

/** The commands named by `command:` links in a step's description. */
function linkedCommands(description: string): string[] {
  return [...description.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1] ?? '');
}

describe('Get Started walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;

  it('has steps, each with a title, a description and a button', () => {
    assert.ok(walkthrough && walkthrough.steps.length >= 5, 'a walkthrough with at least five steps');
    for (const step of walkthrough.steps) {
      assert.ok(step.title && step.description, `step ${step.id}`);
      assert.equal(linkedCommands(step.description).length, 1, `step ${step.id} has one button`);
    }
  });

  it('finds an unknown command, as the checks below rely on', () => {
    assert.equal(known('chancery.addNote'), true);
    assert.equal(known('chancery.meetings.focus'), true);
    assert.equal(known('chancery.nowhere'), false);
    assert.equal(known('chancery.nowhere.focus'), false);
    assert.deepEqual(linkedCommands('[Add](command:chancery.addNote)'), ['chancery.addNote']);
  });

  it('names only commands that exist, in its buttons and completion events', () => {
    for (const step of walkthrough?.steps ?? []) {
      for (const command of linkedCommands(step.description)) {
        assert.ok(known(command), `step ${step.id}: unknown command ${command}`);
      }
      for (const event of step.completionEvents ?? []) {
        const [kind, value = ''] = event.split(/:(.*)/s);
        if (kind === 'onCommand') {
          assert.ok(known(value), `step ${step.id}: unknown command ${value}`);
        } else if (kind === 'onView') {
          assert.ok(views.has(value), `step ${step.id}: unknown view ${value}`);
        } else {
          assert.equal(kind, 'onContext', `step ${step.id}: unexpected event ${event}`);
        }
      }
    }
  });

  it('shows media that ship with the extension', () => {
    const shipped = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(shipped.includes('!media/**'), '.vscodeignore ships media/');
    for (const step of walkthrough?.steps ?? []) {
      const file = step.media.markdown ?? step.media.image ?? '';
      assert.ok(file.startsWith('media/'), `step ${step.id}: media outside media/: ${file}`);
      assert.ok(existsSync(path.join(ROOT, file)), `step ${step.id}: ${file} is missing`);
    }
  });
});
