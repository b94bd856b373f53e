// The Get Started walkthrough of package.json: VS Code shows a broken step without complaint (a missing media
// file is a blank pane, a button naming an unknown command does nothing, a completion event that never fires leaves
// the step unchecked for good), so the manifest is checked here.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    configuration: { properties: Record<string, unknown> };
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

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** The context keys the extension sets (`setContext` with the key written out). */
const keysSet = new Set(
  filesUnder(path.join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/executeCommand\(\s*'setContext',\s*'([\w.-]+)'/g)].map((m) => m[1] ?? '')),
);

/**
 * The workbench's own context keys a completion event may read: the active editor's id (the walkthrough page is
 * `gettingStartedPage`, as VS Code's own commands test it) and a view's visibility.
 */
function vsCodeKey(key: string): boolean {
  return key === 'activeEditor' || (key.startsWith('view.') && key.endsWith('.visible') && views.has(key.slice('view.'.length, -'.visible'.length)));
}

/** The context keys a `when` expression reads: the left side of each comparison, `!` and parentheses aside. */
function contextKeys(expression: string): string[] {
  return expression
    .split(/&&|\|\|/)
    .map((clause) => clause.replace(/^[\s(!]+|[\s)]+$/g, '').split(/\s*(?:==|!=|=~|>=|<=|>|<|\snot in\s|\sin\s)\s*/)[0]?.trim() ?? '')
    .filter((key) => key !== '' && key !== 'true' && key !== 'false');
}

/** The page VS Code shows walkthroughs in, as the context key `activeEditor` names it. */
const ON_PAGE = "activeEditor == 'gettingStartedPage'";

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
        }
      }
    }
  });

  it('reads the context keys of an expression', () => {
    assert.deepEqual(contextKeys(`chancery.hasRegistry && ${ON_PAGE}`), ['chancery.hasRegistry', 'activeEditor']);
    assert.deepEqual(contextKeys('!a.b || (c != 2)'), ['a.b', 'c']);
    assert.equal(vsCodeKey('view.chancery.meetings.visible'), true);
    assert.equal(vsCodeKey('view.chancery.nowhere.visible'), false);
    assert.equal(keysSet.has('chancery.hasRegistry'), true);
  });

  it('completes every step on an event that can fire', () => {
    const settings = new Set(Object.keys(manifest.contributes.configuration.properties));
    for (const step of walkthrough?.steps ?? []) {
      // A step without events is checked by its button's command even when the command does nothing.
      assert.ok(step.completionEvents?.length, `step ${step.id} says what completes it`);
      for (const event of step.completionEvents ?? []) {
        const [kind, value = ''] = event.split(/:(.*)/s);
        if (kind === 'onContext') {
          for (const key of contextKeys(value)) {
            // An editor's own key (editorLangId) never reaches the walkthrough, which reads the window's keys.
            assert.ok(keysSet.has(key) || vsCodeKey(key), `step ${step.id}: nothing sets the context key ${key} of ${event}`);
          }
        } else if (kind === 'onSettingChanged') {
          assert.ok(settings.has(value), `step ${step.id}: unknown setting ${value}`);
        } else if (kind === 'onStepSelected') {
          assert.deepEqual(step.completionEvents, ['onStepSelected'], `step ${step.id}: reading it completes it; other events add nothing`);
        } else {
          assert.ok(kind === 'onCommand' || kind === 'onView', `step ${step.id}: unexpected event ${event}`);
        }
      }
    }
  });

  it('checks a step whose condition already holds when the walkthrough is shown', () => {
    // VS Code (1.100) starts its walkthrough service when the walkthrough is first shown, and a context expression
    // that already holds then is taken as seen without checking the step: it never checks it in that session. The
    // same expression on the walkthrough page is false then and turns true when the page shows.
    for (const step of walkthrough?.steps ?? []) {
      for (const event of step.completionEvents ?? []) {
        if (event.startsWith('onContext:') && !event.includes(ON_PAGE)) {
          assert.ok(step.completionEvents?.includes(`${event} && ${ON_PAGE}`), `step ${step.id}: ${event} has no twin on the walkthrough page`);
        }
        if (event.startsWith('onView:')) {
          assert.ok(step.completionEvents?.includes(`onContext:view.${event.slice('onView:'.length)}.visible && ${ON_PAGE}`), `step ${step.id}: ${event} misses a view already open`);
        }
      }
    }
  });

  it('checks the Annotate step on a note written, not on its button', () => {
    // Add Note ends without a note when nothing is selected, the input is cancelled or the workspace is restricted.
    const notes = walkthrough?.steps.find((s) => s.id === 'chancery.notes');
    assert.deepEqual(notes?.completionEvents, ['onContext:chancery.noteAdded', `onContext:chancery.noteAdded && ${ON_PAGE}`]);
    assert.deepEqual(linkedCommands(notes?.description ?? ''), ['chancery.addNote']);
  });

  it('checks the Jump step on a jump that happened, not on a search cancelled or a Next Mention with nowhere to go', () => {
    const navigate = walkthrough?.steps.find((s) => s.id === 'chancery.navigate');
    assert.deepEqual(navigate?.completionEvents, ['onContext:chancery.jumped', `onContext:chancery.jumped && ${ON_PAGE}`]);
    assert.deepEqual(linkedCommands(navigate?.description ?? ''), ['chancery.findInViews']);
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
