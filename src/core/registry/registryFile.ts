import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode, YAMLMap } from 'yaml';
import { byPosition, type Problem } from '../model';
import { readCorpusGlob } from '../corpus/corpusGlobs';
import { readDateRange, type DateRange } from '../corpus/dateRange';
import { decodeText } from '../corpus/textDecoding';
import { aliasBombStart, aliasLimitMessage, reportedYamlErrors } from '../yamlAliases';
import { stateNameReader } from '../recognize/lexiconIndex';

/** The name of the workspace registry file, at the workspace root. */
export const REGISTRY_FILE_NAME = 'chancery.yaml';

/** The corpus globs used when the registry names none: every `.txt` in the workspace. */
export const DEFAULT_CORPUS_GLOBS: readonly string[] = ['**/*.txt'];

/** Where an entry starts in `chancery.yaml` (0-based), for Go to Definition and diagnostics. */
export interface RegistryLocation {
  readonly line: number;
  readonly column: number;
}

/** A role held over a period: `Minister of Foreign Affairs` of `Kazakhstan` from 2007-01-10 to 2012-09-21. */
export interface RegistryRole {
  readonly role: string;
  readonly organization: string | undefined;
  readonly state: string | undefined;
  readonly from: DateRange | undefined;
  readonly to: DateRange | undefined;
}

/** A person of the registry. `aliases` hold every spelling the texts use (`N. Nazarbaev`, `Nursultan Nazarbaev`). */
export interface RegistryPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly state: string | undefined;
  readonly roles: readonly RegistryRole[];
  /** External identifiers by authority, e.g. `{ wikidata: 'Q47129' }`. */
  readonly ids: Readonly<Record<string, string>>;
  readonly notes: string | undefined;
  readonly location: RegistryLocation;
}

/** A meeting of the registry; `documents` are ids of registry documents that report it. */
export interface RegistryMeeting {
  readonly id: string;
  readonly body: string;
  readonly date: DateRange | undefined;
  readonly place: string | undefined;
  readonly extraordinary: boolean;
  readonly documents: readonly string[];
  readonly notes: string | undefined;
  readonly location: RegistryLocation;
}

/** A document of the registry; `file` is the workspace-relative path when the text is in the corpus. */
export interface RegistryDocument {
  readonly id: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly type: string | undefined;
  readonly date: DateRange | undefined;
  readonly file: string | undefined;
  /** Where `file` is written, when it is. */
  readonly fileLocation?: RegistryLocation;
  readonly location: RegistryLocation;
}

/** An organisation beyond (or overriding) the built-in ones. */
export interface RegistryOrganization {
  readonly id: string;
  readonly name: string;
  readonly acronyms: readonly string[];
  readonly aliases: readonly string[];
  readonly location: RegistryLocation;
}

/** A state beyond the built-in ones, or extra names for a built-in state (matched by `name`). */
export interface RegistryState {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly adjectives: readonly string[];
  readonly location: RegistryLocation;
}

/**
 * The workspace registry `chancery.yaml`. Every section but `corpus` may be absent, which means empty:
 * `{ corpus }` alone is a valid registry (the editor builds one when the file is broken from the start).
 */
export interface Registry {
  /** Globs, relative to the workspace root, of the texts that form the corpus. */
  readonly corpus: readonly string[];
  /** Where each of `corpus` is written in `chancery.yaml`, when it is written there (not the default). */
  readonly corpusLocations?: readonly RegistryLocation[];
  readonly people?: readonly RegistryPerson[];
  readonly meetings?: readonly RegistryMeeting[];
  readonly documents?: readonly RegistryDocument[];
  readonly organizations?: readonly RegistryOrganization[];
  readonly states?: readonly RegistryState[];
}

export interface RegistryParse {
  /** The registry, or undefined when the file cannot be used at all (keep the previous good one). */
  readonly registry: Registry | undefined;
  readonly problems: readonly Problem[];
}

/** The registry of a workspace without `chancery.yaml`: everything comes from the texts. */
export const EMPTY_REGISTRY: Registry = { corpus: DEFAULT_CORPUS_GLOBS, people: [], meetings: [], documents: [], organizations: [], states: [] };

const KNOWN_TOP_LEVEL_KEYS = new Set(['version', 'corpus', 'people', 'meetings', 'documents', 'organizations', 'states']);
const PERSON_KEYS = new Set(['id', 'name', 'aliases', 'state', 'roles', 'ids', 'notes']);
const ROLE_KEYS = new Set(['role', 'organization', 'state', 'from', 'to']);
const MEETING_KEYS = new Set(['id', 'body', 'date', 'place', 'extraordinary', 'documents', 'notes']);
const DOCUMENT_KEYS = new Set(['id', 'title', 'aliases', 'type', 'date', 'file']);
const ORGANIZATION_KEYS = new Set(['id', 'name', 'acronyms', 'aliases']);
const STATE_KEYS = new Set(['name', 'aliases', 'adjectives']);
const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

type At = (node: unknown) => RegistryLocation;

/** Whether a node is written inside another (an alias's node is not inside the entry that uses it). */
function within(node: unknown, outer: YamlNode): boolean {
  const inner = (node as YamlNode | undefined)?.range;
  const around = outer.range;
  return !!inner && !!around && inner[0] >= around[0] && inner[1] <= around[1];
}

/**
 * A scalar's text as written: `007`, `1.10` and `0x10` stay what the analyst typed (an id, an alias), not the number
 * YAML reads (`7`, `1.1`, `16`).
 */
function scalarText(node: { readonly value: unknown; readonly source?: string }): string {
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

/** Reads one section's entries with their positions, collecting problems instead of throwing. */
class SectionReader {
  constructor(
    private readonly at: At,
    private readonly problems: Problem[],
  ) {}

  location(node: unknown): RegistryLocation {
    return this.at(node);
  }

  report(node: unknown, message: string, severity: Problem['severity'] = 'error'): void {
    this.problems.push({ message, ...this.at(node), severity });
  }

  /** The items of a list section; a missing section is an empty list. */
  items(root: YAMLMap, key: string): YAMLMap[] {
    const node = root.get(key, true) as unknown;
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
      return [];
    }
    if (!isSeq(node)) {
      this.report(node, `"${key}" must be a list of entries (each starting with "- ").`);
      return [];
    }
    const entries: YAMLMap[] = [];
    for (const item of node.items) {
      if (isMap(item)) {
        entries.push(item);
      } else {
        this.report(item, `Each entry of "${key}" must be a mapping (key: value pairs).`);
      }
    }
    return entries;
  }

  unknownKeys(map: YAMLMap, known: ReadonlySet<string>, where: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.has(key)) {
        this.report(pair.key, `Unknown field "${key}" in ${where}; expected one of: ${[...known].join(', ')}.`, 'warning');
      }
    }
  }

  string(map: YAMLMap, key: string, where: string, required = false): string | undefined {
    const node = map.get(key, true) as unknown;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      if (required) {
        this.report(map, `${where} has no "${key}".`);
      }
      return undefined;
    }
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number') || scalarText(node).trim() === '') {
      this.report(node, `"${key}" of ${where} must be a non-empty text.`);
      return undefined;
    }
    return scalarText(node).trim();
  }

  strings(map: YAMLMap, key: string, where: string): string[] {
    const node = map.get(key, true) as unknown;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return [];
    }
    if (isScalar(node) && typeof node.value === 'string') {
      return [node.value.trim()].filter((s) => s !== '');
    }
    if (!isSeq(node)) {
      this.report(node, `"${key}" of ${where} must be a list of texts.`);
      return [];
    }
    const values: string[] = [];
    for (const item of node.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && scalarText(item).trim() !== '') {
        values.push(scalarText(item).trim());
      } else {
        this.report(item, `Each of "${key}" of ${where} must be a non-empty text.`);
      }
    }
    return values;
  }

  date(map: YAMLMap, key: string, where: string): DateRange | undefined {
    const node = map.get(key, true) as unknown;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return undefined;
    }
    const raw = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : '';
    const date = readDateRange(raw);
    if (typeof date === 'string') {
      this.report(node, `"${key}" of ${where} is not a date: ${date}.`);
      return undefined;
    }
    return date;
  }

  boolean(map: YAMLMap, key: string, where: string): boolean {
    const node = map.get(key, true) as unknown;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return false;
    }
    if (isScalar(node) && typeof node.value === 'boolean') {
      return node.value;
    }
    this.report(node, `"${key}" of ${where} must be true or false.`);
    return false;
  }

  record(map: YAMLMap, key: string, where: string): Record<string, string> {
    const node = map.get(key, true) as unknown;
    const values: Record<string, string> = {};
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return values;
    }
    if (!isMap(node)) {
      this.report(node, `"${key}" of ${where} must be a mapping such as "wikidata: Q47129".`);
      return values;
    }
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && (typeof pair.value.value === 'string' || typeof pair.value.value === 'number')) {
        values[name] = String(pair.value.value);
      } else {
        this.report(pair.value ?? pair.key, `"${key}.${name}" of ${where} must be a text.`);
      }
    }
    return values;
  }

  /** An id, checked for its form and for duplicates within its section. */
  id(map: YAMLMap, where: string, seen: Map<string, RegistryLocation>): string | undefined {
    const id = this.string(map, 'id', where, true);
    if (id === undefined) {
      return undefined;
    }
    const node = map.get('id', true);
    if (!ID_PATTERN.test(id)) {
      // Left out like an entry with any other error: an id that is kept would be an id the schema refuses.
      const suggestion = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+/, '');
      const example = suggestion === '' ? '' : ` (e.g. "${suggestion}")`;
      this.report(node, `Id "${id}" of ${where} may hold only letters, digits, ".", "_" and "-"${example}; this entry is ignored until it is corrected.`);
      return undefined;
    }
    const first = seen.get(id);
    if (first) {
      // An id the entry does not write itself (a whole entry written as an alias, `- *lavrov`, or taken through a
      // merge key) is the entry's problem, where the entry is written, not where the anchor's id stands.
      this.report(within(node, map) ? node : map, `Duplicate id "${id}": it is already used on line ${first.line + 1}; this entry is ignored.`);
      return undefined;
    }
    seen.set(id, this.at(map));
    return id;
  }
}

/**
 * Parses `chancery.yaml` from its bytes: UTF-8 (or UTF-16 with its byte order mark), else one error and no registry,
 * so that a file in another encoding never gives names with replaced characters that match nothing.
 */
export function parseRegistryBytes(bytes: Uint8Array): RegistryParse {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const what = decoded.reason === 'binary' ? 'is a binary file' : 'is not UTF-8 text';
    return { registry: undefined, problems: [{ message: `chancery.yaml ${what}: re-save it as UTF-8.`, line: 0, column: 0, severity: 'error' }] };
  }
  return parseRegistry(decoded.text);
}

/**
 * Parses the text of `chancery.yaml`. Never throws: every problem comes back with its line and column.
 * A file with merge-conflict markers or YAML syntax errors gives no registry, so callers keep the last good one.
 * Entries with errors (a duplicate id, a missing name) are left out; the rest of the registry is used.
 */
export function parseRegistry(text: string): RegistryParse {
  const problems: Problem[] = [];
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length - 1;
    return {
      registry: undefined,
      problems: [{ message: 'chancery.yaml contains merge-conflict markers: resolve the conflict first.', line, column: 0, severity: 'error' }],
    };
  }

  const lineCounter = new LineCounter();
  // The yaml package's alias limit (maxAliasCount) stays at its default: it stops alias bombs.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const atOffset = (offset: number | undefined): RegistryLocation => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line - 1, column: pos.col - 1 };
  };
  const at: At = (node) => atOffset((node as YamlNode | undefined)?.range?.[0]);
  for (const error of reportedYamlErrors(doc.errors, 'chancery.yaml')) {
    problems.push({ message: error.message, ...atOffset(error.offset), severity: 'error' });
  }
  if (doc.errors.length > 0) {
    return { registry: undefined, problems };
  }

  const unresolved = unresolvedAliases(doc);
  if (unresolved.length > 0) {
    // toJS would throw on the first one without saying where it is.
    return {
      registry: undefined,
      problems: unresolved.map((alias) => ({
        message: `The alias "*${alias.source}" names no anchor written before it: write "&${alias.source}" before the value it stands for, above this line, or correct the name.`,
        ...at(alias),
        severity: 'error' as const,
      })),
    };
  }
  try {
    // Resolving aliases here makes an alias bomb fail early, before any section is read.
    doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      registry: undefined,
      problems: [{ message: aliasLimitMessage('chancery.yaml', error as Error), ...atOffset(aliasBombStart(doc)), severity: 'error' }],
    };
  }
  // An alias (`roles: *foreign-minister`) reads as the node it names: the sections below read the tree, where it is
  // still an alias. Bounded by the check above. The node is put there with the alias's position, so that a problem of
  // the value itself (a duplicate id) is reported where the alias is used; problems inside a list or mapping it names
  // are reported where the anchor defines them.
  let cyclic: unknown;
  visit(doc, {
    Alias: (_key, alias, path) => {
      const target = alias.resolve(doc);
      if (target === undefined || path.includes(target)) {
        cyclic ??= alias;
        return undefined;
      }
      return placedAt(target, alias);
    },
  });
  if (cyclic !== undefined) {
    return { registry: undefined, problems: [{ message: 'This alias names a node that holds it: chancery.yaml cannot be read as a tree.', ...at(cyclic), severity: 'error' }] };
  }
  // A merge key (`<<: *base`, YAML 1.1, which analysts write for shared fields) gives an entry the fields of the
  // mapping or mappings it names that the entry does not give itself.
  visit(doc, {
    Map: (_key, map) => {
      const merge = map.items.find((pair) => isScalar(pair.key) && pair.key.value === '<<');
      if (!merge) {
        return undefined;
      }
      const sources = isMap(merge.value) ? [merge.value] : isSeq(merge.value) ? merge.value.items.filter(isMap) : [];
      map.items = map.items.filter((pair) => pair !== merge);
      const keyOf = (pair: (typeof map.items)[number]): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);
      for (const source of sources) {
        for (const pair of source.items) {
          if (!map.items.some((own) => keyOf(own) === keyOf(pair))) {
            map.items.push(pair);
          }
        }
      }
      return undefined;
    },
  });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { registry: EMPTY_REGISTRY, problems };
  }
  if (!isMap(doc.contents)) {
    return { registry: undefined, problems: [{ message: 'chancery.yaml must be a mapping (key: value pairs) at the top level.', ...at(doc.contents), severity: 'error' }] };
  }
  const root = doc.contents;
  const reader = new SectionReader(at, problems);

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KNOWN_TOP_LEVEL_KEYS.has(key)) {
      problems.push({ message: `Unknown field "${key}" in chancery.yaml; it is kept but ignored.`, ...at(pair.key), severity: 'warning' });
    }
  }

  const version = root.get('version', true) as unknown;
  if (version !== undefined && !(isScalar(version) && version.value === 1)) {
    const value = isScalar(version) ? version.value : undefined;
    const found = typeof value === 'number' ? String(value) : typeof value === 'string' ? `"${value}"` : !isScalar(version) ? 'a list or mapping' : value === null ? 'empty' : String(value);
    reader.report(
      version,
      `"version" must be 1, the only format of chancery.yaml this Chancery reads, not ${found}; the file is read as format 1: write "version: 1", or update Chancery if the file was written for a later one.`,
      'warning',
    );
  }

  const states = readStates(root, reader, at);
  const registry: Registry = {
    ...readCorpus(root, reader),
    people: readPeople(root, reader, at, stateNameReader(states)),
    meetings: readMeetings(root, reader, at),
    documents: readDocuments(root, reader, at),
    organizations: readOrganizations(root, reader, at),
    states,
  };
  checkMeetingDocuments(root, registry, reader);
  // In the order of the file (an entry's duplicate id is found after its fields), as the command line prints them.
  return { registry, problems: problems.sort(byPosition) };
}

/** The aliases whose anchor is not written before them (YAML reads an alias as the last such anchor before it). */
function unresolvedAliases(doc: Document): Alias[] {
  const anchors = new Set<string>();
  const unresolved: Alias[] = [];
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          unresolved.push(node);
        }
      } else if (node.anchor !== undefined) {
        anchors.add(node.anchor);
      }
    },
  });
  return unresolved;
}

/**
 * The node an alias names, standing where the alias is written: a shallow copy with the alias's range and no anchor
 * of its own. A list or mapping shares its items with the anchor's node (the alias limit bounds the aliases, not
 * the nodes a deep copy would make).
 */
function placedAt<T extends YamlNode>(target: T, alias: Alias): T {
  const placed = Object.create(Object.getPrototypeOf(target) as object, Object.getOwnPropertyDescriptors(target)) as T;
  placed.range = alias.range;
  placed.anchor = undefined;
  return placed;
}

function readCorpus(root: YAMLMap, reader: SectionReader): Pick<Registry, 'corpus' | 'corpusLocations'> {
  const node = root.get('corpus', true) as unknown;
  if (node === undefined) {
    return { corpus: DEFAULT_CORPUS_GLOBS };
  }
  const items = isScalar(node) ? [node] : isSeq(node) ? node.items : [];
  const globs = items.map((item) => (isScalar(item) ? item.value : undefined));
  if (globs.length === 0 || !globs.every((g): g is string => typeof g === 'string' && g.trim() !== '')) {
    reader.report(node, '"corpus" must be a glob or a list of globs, e.g. "texts/**/*.txt"; using the default "**/*.txt".');
    return { corpus: DEFAULT_CORPUS_GLOBS };
  }
  const corpus = globs.map(readCorpusGlob);
  globs.forEach((written, i) => {
    if (written.includes('\\')) {
      reader.report(
        items[i],
        `The corpus glob "${written.trim()}" is read as "${corpus[i]}": write "/" between folders, on Windows too, as in VS Code's own globs (other tools read "\\" as an escape).`,
        'warning',
      );
    }
  });
  return { corpus, corpusLocations: items.map((item) => reader.location(item)) };
}

/**
 * A person's or a role's `state`, named as the texts name it (`Russian Federation` is `Russia`), so that a registry
 * person and a mention agree; a name Chancery does not know as a state is kept as written, with a warning.
 */
function readState(map: YAMLMap, reader: SectionReader, where: string, named: (name: string) => string | undefined): string | undefined {
  const written = reader.string(map, 'state', where);
  if (written === undefined) {
    return undefined;
  }
  const canonical = named(written);
  if (canonical === undefined) {
    reader.report(
      map.get('state', true),
      `"${written}" (the state of ${where}) is not a state Chancery knows: write a state's name, e.g. "Kazakhstan", or add it under "states"; an organisation's office takes "organization" instead.`,
      'warning',
    );
    return written;
  }
  return canonical;
}

function readPeople(root: YAMLMap, reader: SectionReader, at: At, named: (name: string) => string | undefined): RegistryPerson[] {
  const seen = new Map<string, RegistryLocation>();
  const people: RegistryPerson[] = [];
  for (const entry of reader.items(root, 'people')) {
    const label = describeEntry(entry, 'person');
    reader.unknownKeys(entry, PERSON_KEYS, label);
    const id = reader.id(entry, label, seen);
    const name = reader.string(entry, 'name', label, true);
    const roles = readRoles(entry, reader, label, named);
    const person = {
      aliases: reader.strings(entry, 'aliases', label),
      state: readState(entry, reader, label, named),
      ids: reader.record(entry, 'ids', label),
      notes: reader.string(entry, 'notes', label),
    };
    if (id !== undefined && name !== undefined) {
      people.push({ id, name, roles, ...person, location: at(entry) });
    }
  }
  return people;
}

function readRoles(entry: YAMLMap, reader: SectionReader, label: string, named: (name: string) => string | undefined): RegistryRole[] {
  const node = entry.get('roles', true) as unknown;
  if (node === undefined || (isScalar(node) && node.value === null)) {
    return [];
  }
  if (!isSeq(node)) {
    reader.report(node, `"roles" of ${label} must be a list of roles (role, organization, state, from, to).`);
    return [];
  }
  const roles: RegistryRole[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      roles.push({ role: item.value, organization: undefined, state: undefined, from: undefined, to: undefined });
      continue;
    }
    if (!isMap(item)) {
      reader.report(item, `Each role of ${label} must be a text or a mapping with "role".`);
      continue;
    }
    const where = `a role of ${label}`;
    reader.unknownKeys(item, ROLE_KEYS, where);
    const role = reader.string(item, 'role', where, true);
    const from = reader.date(item, 'from', where);
    const to = reader.date(item, 'to', where);
    if (from && to && to.to < from.from) {
      reader.report(item.get('to', true), `"to" of ${where} is before its "from".`);
    }
    if (role !== undefined) {
      roles.push({ role, organization: reader.string(item, 'organization', where), state: readState(item, reader, where, named), from, to });
    }
  }
  return roles;
}

function readMeetings(root: YAMLMap, reader: SectionReader, at: At): RegistryMeeting[] {
  const seen = new Map<string, RegistryLocation>();
  const meetings: RegistryMeeting[] = [];
  for (const entry of reader.items(root, 'meetings')) {
    const label = describeEntry(entry, 'meeting');
    reader.unknownKeys(entry, MEETING_KEYS, label);
    const id = reader.id(entry, label, seen);
    const body = reader.string(entry, 'body', label, true);
    const rest = {
      date: reader.date(entry, 'date', label),
      place: reader.string(entry, 'place', label),
      extraordinary: reader.boolean(entry, 'extraordinary', label),
      documents: reader.strings(entry, 'documents', label),
      notes: reader.string(entry, 'notes', label),
    };
    if (id !== undefined && body !== undefined) {
      meetings.push({ id, body, ...rest, location: at(entry) });
    }
  }
  return meetings;
}

/** Warns at each id in a meeting's `documents` that no entry of `documents` has. */
function checkMeetingDocuments(root: YAMLMap, registry: Registry, reader: SectionReader): void {
  const ids = new Set((registry.documents ?? []).map((d) => d.id));
  const meetings = root.get('meetings', true) as unknown;
  for (const entry of isSeq(meetings) ? meetings.items : []) {
    const listed = isMap(entry) ? (entry.get('documents', true) as unknown) : undefined;
    const items = isSeq(listed) ? listed.items : isScalar(listed) && typeof listed.value === 'string' ? [listed] : [];
    for (const item of items) {
      const id = isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? scalarText(item).trim() : '';
      if (id !== '' && !ids.has(id)) {
        const label = describeEntry(entry as YAMLMap, 'meeting');
        reader.report(item, `Document "${id}" of ${label} is not the id of an entry of "documents": correct the id or add the document there.`, 'warning');
      }
    }
  }
}

function readDocuments(root: YAMLMap, reader: SectionReader, at: At): RegistryDocument[] {
  const seen = new Map<string, RegistryLocation>();
  const documents: RegistryDocument[] = [];
  for (const entry of reader.items(root, 'documents')) {
    const label = describeEntry(entry, 'document');
    reader.unknownKeys(entry, DOCUMENT_KEYS, label);
    const id = reader.id(entry, label, seen);
    const title = reader.string(entry, 'title', label, true);
    const rest = {
      aliases: reader.strings(entry, 'aliases', label),
      type: reader.string(entry, 'type', label),
      date: reader.date(entry, 'date', label),
      file: documentFile(entry, reader, label),
    };
    if (id !== undefined && title !== undefined) {
      const file = entry.get('file', true);
      documents.push({ id, title, ...rest, ...(rest.file === undefined ? {} : { fileLocation: at(file) }), location: at(entry) });
    }
  }
  return documents;
}

/**
 * A document's `file` as written, read as a path relative to the folder of `chancery.yaml`: `\\` as `/`, `.` and
 * `..` resolved; or why it names no file there. Shared with the edits that follow renamed texts (`registryRenames`).
 */
export function readDocumentFile(written: string): { readonly path: string } | { readonly outside: string } {
  const slashed = written.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    return { outside: 'an absolute path' };
  }
  const segments: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '..') {
      if (segments.pop() === undefined) {
        return { outside: 'outside the folder of chancery.yaml' };
      }
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? { outside: 'not a file' } : { path: segments.join('/') };
}

/**
 * The `file` of a document as a path relative to the folder (`readDocumentFile`), or undefined with a warning when
 * it is absolute or leads outside the folder: no text of the corpus is there.
 */
function documentFile(entry: YAMLMap, reader: SectionReader, label: string): string | undefined {
  const written = reader.string(entry, 'file', label);
  if (written === undefined) {
    return undefined;
  }
  const read = readDocumentFile(written);
  if ('outside' in read) {
    reader.report(entry.get('file', true), `"file" of ${label} is "${written}", ${read.outside}: give the path relative to the folder of chancery.yaml, e.g. "texts/a.txt"; until then the document has no file.`, 'warning');
    return undefined;
  }
  return read.path;
}

function readOrganizations(root: YAMLMap, reader: SectionReader, at: At): RegistryOrganization[] {
  const seen = new Map<string, RegistryLocation>();
  const organizations: RegistryOrganization[] = [];
  for (const entry of reader.items(root, 'organizations')) {
    const label = describeEntry(entry, 'organization');
    reader.unknownKeys(entry, ORGANIZATION_KEYS, label);
    const id = reader.id(entry, label, seen);
    const name = reader.string(entry, 'name', label, true);
    const acronyms = reader.strings(entry, 'acronyms', label);
    const aliases = reader.strings(entry, 'aliases', label);
    if (id !== undefined && name !== undefined) {
      organizations.push({ id, name, acronyms, aliases, location: at(entry) });
    }
  }
  return organizations;
}

function readStates(root: YAMLMap, reader: SectionReader, at: At): RegistryState[] {
  const seen = new Set<string>();
  const states: RegistryState[] = [];
  for (const entry of reader.items(root, 'states')) {
    const label = describeEntry(entry, 'state');
    reader.unknownKeys(entry, STATE_KEYS, label);
    const name = reader.string(entry, 'name', label, true);
    const aliases = reader.strings(entry, 'aliases', label);
    const adjectives = reader.strings(entry, 'adjectives', label);
    if (name === undefined) {
      continue;
    }
    if (seen.has(name)) {
      reader.report(entry.get('name', true), `State "${name}" is listed twice; merge its aliases into one entry.`);
      continue;
    }
    seen.add(name);
    states.push({ name, aliases, adjectives, location: at(entry) });
  }
  return states;
}

/** Names an entry in messages by its id or name, which is what the analyst searches for in the file. */
function describeEntry(entry: YAMLMap, kind: string): string {
  for (const key of ['id', 'name', 'title']) {
    const node = entry.get(key, true) as unknown;
    if (isScalar(node) && node.value !== null && node.value !== undefined) {
      return `${kind} "${String(node.value)}"`;
    }
  }
  return `a ${kind}`;
}
