import type { DocId, Problem } from '../model';
import type { Registry, RegistryDocument, RegistryMeeting, RegistryPerson } from '../registry/registryFile';
import { extractText, participantMention, type ParticipationKind, type TextExtraction } from '../recognize/textExtraction';
import { meetingBodyKey } from '../recognize/meetingMentions';
import { holdsCities, joinedPlace, placesAgree } from './meetingPlace';
import { parsePersonName, type PersonName } from '../recognize/personName';
import { lexiconIndex } from '../recognize/lexiconIndex';
import { datesOverlap, namesDays, type DateRange } from './dateRange';
import { SymbolSearch } from './symbolSearch';
import { capitaliseRole, currentRole, currentState, type WrittenRole } from './personRoles';
import {
  NO_CANDIDATES,
  buildPeopleDirectory,
  clusterUnregistered,
  registryPersonId,
  resolveInRegistry,
  resolveRole,
  slug,
  type Identity,
  type IdentityStatus,
  type PeopleDirectory,
} from './personIdentity';

/** What a mention names. */
export type MentionKind = 'official' | 'role' | 'meeting' | 'title' | 'heading';

/** One mention of an entity in one text, with the entity it resolves to. */
export interface EntityMention {
  readonly doc: DocId;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** The entity id: `person:...`, `meeting:...` or `document:...`. */
  readonly entityId: string;
  readonly status: IdentityStatus;
  /** For an ambiguous mention, every entity it may stand for. */
  readonly candidates: readonly string[];
  /** The role written next to an official's name, if any. */
  readonly role?: string;
  /** The state written next to an official's name, if any. */
  readonly state?: string;
}

/**
 * Whether two mentions name the same: the same entity, both certain; or both ambiguous between the same candidates.
 * A certain mention and an ambiguous one never do, even when the entity is among the candidates.
 */
export function sameIdentity(a: Pick<EntityMention, 'entityId' | 'status' | 'candidates'>, b: Pick<EntityMention, 'entityId' | 'status' | 'candidates'>): boolean {
  if ((a.status === 'ambiguous') !== (b.status === 'ambiguous')) {
    return false;
  }
  return a.status === 'ambiguous' ? a.candidates.length === b.candidates.length && a.candidates.every((id, i) => b.candidates[i] === id) : a.entityId === b.entityId;
}

/** A person of the corpus: from the registry, or found only in the texts. */
export interface PersonEntity {
  readonly id: string;
  readonly name: string;
  readonly registered: boolean;
  readonly aliases: readonly string[];
  readonly states: readonly string[];
  readonly roles: readonly string[];
  readonly mentionCount: number;
  /** The organisation a registry person's role is of (`organization: EU`), the latest such role's; none read from the texts. */
  readonly organization?: string;
}

/** A meeting of the corpus, merged across the texts that mention it. */
export interface MeetingEntity {
  readonly id: string;
  readonly body: string | undefined;
  readonly date: DateRange | undefined;
  readonly place: string | undefined;
  readonly extraordinary: boolean;
  readonly registered: boolean;
  /** Texts whose own meeting this is (they report it). */
  readonly reportedBy: readonly DocId[];
  /** Participants by entity id, with how they took part. */
  readonly participants: readonly MeetingParticipant[];
  readonly chairStates: readonly string[];
  readonly mentionCount: number;
}

/**
 * One participant of a meeting, as a text that reports it names them. When the name is ambiguous, `status` says so and
 * `candidates` lists every person it may be; `entityId` is then the first candidate, as for an ambiguous mention, and
 * the participation counts for none of them.
 */
export interface MeetingParticipant {
  readonly entityId: string;
  readonly kind: ParticipationKind;
  readonly doc: DocId;
  readonly status: IdentityStatus;
  readonly candidates: readonly string[];
}

/** A document: a text of the corpus, a registry entry, or a title cited in the texts. */
export interface DocumentEntity {
  readonly id: string;
  readonly title: string;
  readonly type: string | undefined;
  readonly date: DateRange | undefined;
  /** The corpus text that holds the document, when it is in the corpus. */
  readonly file: DocId | undefined;
  readonly registered: boolean;
  readonly mentionCount: number;
}

/** A Workspace Symbols result. */
export interface SymbolMatch {
  readonly id: string;
  readonly kind: 'person' | 'meeting' | 'document';
  readonly label: string;
  readonly detail: string;
  readonly score: number;
}

interface MentionRecord {
  readonly doc: DocId;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** Person mentions: the parsed name, bucketed by surname key. */
  readonly name?: PersonName;
  readonly role?: string;
  readonly state?: string;
  readonly organization?: string;
  readonly date?: DateRange;
  /** Meeting mentions: index of the meeting in the text's extraction. */
  readonly meeting?: number;
  /** Title and heading mentions: the folded title key. */
  readonly titleKey?: string;
  /**
   * Its own identity, resolved lazily (people) or at once (titles, roles): a mention with one is filed in
   * `entityMentions`. A person mention of a group with a shared identity and a meeting mention have none of their
   * own: `CorpusIndex.identityOf` reads their group's or meeting record's.
   */
  identity?: Identity;
  /** `identity` as one string, to tell cheaply whether a re-resolution changed it. */
  identityKey?: string;
  /** Person mentions: what clustering depends on (written form, state); registry resolution also reads role and date. */
  readonly clusterForm?: PersonForm;
  /** Person mentions: the form group it is in, whose shared identity is its own when it has none (`identityOf`). */
  group?: FormGroup;
}

/**
 * Makes a mention record. Every record is made here, with every field in one order (absent ones undefined), so
 * that all share one hidden class: the loops over a hundred thousand records (`kind`, `identity`, ...) stay
 * monomorphic, and giving a record its identity later adds no property, which would allocate a property store
 * per record and change its class.
 */
function mentionRecord(
  doc: DocId,
  start: number,
  end: number,
  kind: MentionKind,
  person: { readonly name: PersonName; readonly clusterForm: PersonForm } | undefined,
  role: string | undefined,
  state: string | undefined,
  organization: string | undefined,
  date: DateRange | undefined,
  meeting: number | undefined,
  titleKey: string | undefined,
): MentionRecord {
  return {
    doc,
    start,
    end,
    kind,
    name: person?.name,
    role,
    state,
    organization,
    date,
    meeting,
    titleKey,
    identity: undefined,
    identityKey: undefined,
    clusterForm: person?.clusterForm,
    group: undefined,
  };
}

/** The same record in another text (a renamed file), without its identity. */
function movedRecord(record: MentionRecord, doc: DocId): MentionRecord {
  const person = record.name && record.clusterForm !== undefined ? { name: record.name, clusterForm: record.clusterForm } : undefined;
  return mentionRecord(doc, record.start, record.end, record.kind, person, record.role, record.state, record.organization, record.date, record.meeting, record.titleKey);
}

interface FileEntry {
  readonly doc: DocId;
  readonly extraction: TextExtraction;
  readonly length: number;
  /** Sorted by start. */
  readonly mentions: readonly MentionRecord[];
  /** The length of the longest mention, to bound the backward walk of `entityAt`. */
  readonly longestMention: number;
  readonly meetingRecords: readonly MeetingRecord[];
}

/**
 * A set that holds one member inline and makes a `Set` only for a second. A third of a full run's entities (a text's
 * own heading) have one mention, and most meetings one record: twenty thousand one-member sets cost more to make,
 * and to collect, than these. Iterates in the order members were added, as a `Set` does.
 */
class SmallSet<T> implements Iterable<T> {
  private only: T | undefined;
  private many: Set<T> | undefined;

  get size(): number {
    return this.many ? this.many.size : this.only === undefined ? 0 : 1;
  }

  add(value: T): void {
    if (this.many) {
      this.many.add(value);
    } else if (this.only === undefined) {
      this.only = value;
    } else if (this.only !== value) {
      this.many = new Set([this.only, value]);
      this.only = undefined;
    }
  }

  delete(value: T): void {
    if (this.many) {
      this.many.delete(value);
    } else if (this.only === value) {
      this.only = undefined;
    }
  }

  [Symbol.iterator](): Iterator<T> {
    if (this.many) {
      return this.many.values();
    }
    return (this.only === undefined ? [] : [this.only]).values();
  }
}

/** Adds a value to the small set of a key, made on first use. */
function addToSmallSet<K, V>(map: Map<K, SmallSet<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) {
    set = new SmallSet();
    map.set(key, set);
  }
  set.add(value);
}

/**
 * A sorted list of entities, kept across changes: after an edit, only the entities it touched are taken out and put
 * back in their place, instead of sorting ten thousand meetings again (the trees refresh on every index change).
 */
class EntityList<T extends { readonly id: string }> {
  private sorted: readonly T[] | undefined;
  private readonly changed = new Set<string>();

  constructor(private readonly order: (a: T, b: T) => number) {}

  /** Whether the list was built (before, nothing needs to be marked). */
  get built(): boolean {
    return this.sorted !== undefined;
  }

  /** Marks one entity as changed, added or gone. */
  invalidate(id: string): void {
    if (this.sorted) {
      this.changed.add(id);
    }
  }

  /** The list, brought up to date: rebuilt from `ids` when unknown or when much changed, else patched. */
  get(ids: () => Iterable<string>, build: (id: string) => T | undefined): readonly T[] {
    if (!this.sorted || this.changed.size > this.sorted.length / 8) {
      this.sorted = [...ids()]
        .map(build)
        .filter((e): e is T => e !== undefined)
        .sort(this.order);
    } else if (this.changed.size > 0) {
      // A new array, so that a list handed out before stays as it was.
      const kept = this.sorted.filter((e) => !this.changed.has(e.id));
      for (const id of this.changed) {
        const entity = build(id);
        if (entity) {
          kept.splice(this.insertionPoint(kept, entity), 0, entity);
        }
      }
      this.sorted = kept;
    }
    this.changed.clear();
    return this.sorted;
  }

  private insertionPoint(list: readonly T[], entity: T): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.order(list[mid] as T, entity) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}

/**
 * The entities built so far, and the lists of them. An entity is dropped when one of its mentions or records
 * changes identity (so an edit rebuilds only the entities it touched, and a hover after it shows the new state);
 * the lists patch in the entities that changed; a new registry drops everything.
 */
interface EntityCache {
  readonly people: EntityList<PersonEntity>;
  readonly meetings: EntityList<MeetingEntity>;
  readonly documents: EntityList<DocumentEntity>;
  readonly person: Map<string, PersonEntity | undefined>;
  readonly meeting: Map<string, MeetingEntity | undefined>;
  readonly document: Map<string, DocumentEntity | undefined>;
  /**
   * `mentionCountOf` results by entity id, then by mention kind (`*` for all); `mentionSummaryOf` results by entity
   * id, then by kind and limit (`title 5`).
   */
  readonly counts: Map<string, Map<string, MentionCount | MentionSummary>>;
  /** `currentRoleOf` results by person id. */
  readonly currentRole: Map<string, string | undefined>;
  /** `currentStateOf` results by person id. */
  readonly currentState: Map<string, string | undefined>;
}

/** How many mentions an entity has, and in how many texts. */
export interface MentionCount {
  readonly mentions: number;
  readonly texts: number;
}

/** The key of a `mentionSummaryOf` result in the cache of counts. */
function summaryKey(kind: MentionKind | undefined, limit: number): string {
  return `${kind ?? '*'} ${limit}`;
}

/** How many texts a card links (`mentionSummaryOf`), and so how many the document pass keeps for the document card. */
export const LINKED_TEXTS = 5;

/**
 * Counts mentions and their texts in one pass, keeping the first mention of each of the first `limit` texts by path:
 * a text left out once never comes back, since the last text kept only moves earlier.
 */
class FirstPerText {
  readonly texts = new Set<DocId>();
  mentions = 0;
  /** Sorted by text; one per text. */
  readonly kept: MentionRecord[] = [];

  constructor(private readonly limit: number) {}

  add(record: MentionRecord): void {
    const { kept, limit } = this;
    this.mentions++;
    if (this.texts.has(record.doc)) {
      const i = kept.findIndex((r) => r.doc === record.doc);
      if (i >= 0 && record.start < (kept[i] as MentionRecord).start) {
        kept[i] = record;
      }
      return;
    }
    this.texts.add(record.doc);
    if (kept.length >= limit && (limit <= 0 || byDocAndStart(record, kept[limit - 1] as MentionRecord) > 0)) {
      return;
    }
    let at = kept.length;
    while (at > 0 && byDocAndStart(record, kept[at - 1] as MentionRecord) < 0) {
      at--;
    }
    kept.splice(at, 0, record);
    if (kept.length > limit) {
      kept.pop();
    }
  }
}

/** How many mentions an entity has and in how many texts, with its first mention in each of the first texts. */
export interface MentionSummary extends MentionCount {
  /** The first mention of each of the first texts (by path), in path order. */
  readonly first: readonly EntityMention[];
}

function byName(a: PersonEntity, b: PersonEntity): number {
  return collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
}

function byTitle(a: DocumentEntity, b: DocumentEntity): number {
  return collator.compare(a.title, b.title) || collator.compare(a.id, b.id);
}

/** Whether nothing was built yet (as during a full indexing run, before the first query): nothing to invalidate. */
function isEmptyCache(cache: EntityCache): boolean {
  return (
    cache.person.size === 0 &&
    cache.meeting.size === 0 &&
    cache.document.size === 0 &&
    cache.counts.size === 0 &&
    cache.currentRole.size === 0 &&
    cache.currentState.size === 0 &&
    !cache.people.built &&
    !cache.meetings.built &&
    !cache.documents.built
  );
}

function emptyCache(): EntityCache {
  return {
    people: new EntityList(byName),
    meetings: new EntityList(byMeetingOrder),
    documents: new EntityList(byTitle),
    person: new Map(),
    meeting: new Map(),
    document: new Map(),
    counts: new Map(),
    currentRole: new Map(),
    currentState: new Map(),
  };
}

/** One collator for every sort of names and titles: `localeCompare` builds one per call, which costs at 10,000 people. */
const collator = new Intl.Collator();

/** Date (ISO, so plain string order; undated last), then body, then id. */
function byMeetingOrder(a: MeetingEntity, b: MeetingEntity): number {
  const [x, y] = [a.date?.from ?? '9999', b.date?.from ?? '9999'];
  return (x < y ? -1 : x > y ? 1 : 0) || collator.compare(a.body ?? '', b.body ?? '') || collator.compare(a.id, b.id);
}

/** Orders records by text, then offset (or index), so that what is picked from them does not depend on load order. */
function byDocThen<T extends { readonly doc: DocId }>(position: (r: T) => number): (a: T, b: T) => number {
  return (a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : position(a) - position(b));
}

/** Orders mentions by text, then offset: the order of `mentionsOf` (Find All References, Next/Previous Mention). */
export const byDocAndStart: <T extends { readonly doc: DocId; readonly start: number }>(a: T, b: T) => number = byDocThen((m) => m.start);

const byDocAndIndex = byDocThen((r: MeetingRecord) => r.index);

/**
 * The official mention (or one of another `kind`) of a text that starts at `start`, the last of them in `mentions`
 * order (sorted by start): a binary search, where a map of the text's officials by start was made for each meeting it
 * reports.
 */
export function officialMentionAt<T extends { readonly start: number; readonly kind: MentionKind }>(mentions: readonly T[], start: number, kind: MentionKind = 'official'): T | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as T).start <= start) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  for (let i = low - 1; i >= 0 && (mentions[i] as T).start === start; i--) {
    if ((mentions[i] as T).kind === kind) {
      return mentions[i];
    }
  }
  return undefined;
}

/**
 * The entity of an id from an accessor's cache, built and kept on first use (`undefined` too: an id of nothing). One
 * lookup for an entity already built (the lists ask for ten thousand), a second only for one not found.
 */
function builtOnce<T>(cache: Map<string, T | undefined>, id: string, build: (id: string) => T | undefined): T | undefined {
  let entity = cache.get(id);
  if (entity === undefined && !cache.has(id)) {
    entity = build(id);
    cache.set(id, entity);
  }
  return entity;
}

/** Appends a value unless it is undefined or already in the list (a short list: see `buildPerson`). */
function addNew(list: string[], value: string | undefined): void {
  if (value !== undefined && !list.includes(value)) {
    list.push(value);
  }
}

/**
 * The display name of a person found only in the texts: the longest spelling without initials when it is at least
 * as long as every spelling with them (`Sergey Lavrov` over `S. Lavrov`, but `S. Lavrov` over a bare `Lavrov`), and
 * the hyphenated one of two that differ by a hyphen (`Kassym-Jomart Tokayev`).
 */
function displayName(forms: Iterable<string>, fallback: string): string {
  // The longest of each kind, the first by collation among equally long ones: one pass, no sort (ten thousand people).
  let full: string | undefined;
  let initialled: string | undefined;
  // Of two spellings that differ by a hyphen or a blank (`Kassym-Jomart`, `Kassym Jomart`), the hyphenated one.
  const better = (form: string, best: string | undefined): boolean =>
    best === undefined ||
    form.length > best.length ||
    (form.length === best.length && (form.replace(/-/g, ' ') === best.replace(/-/g, ' ') ? form.split('-').length > best.split('-').length : collator.compare(form, best) < 0));
  for (const form of forms) {
    if (!form.includes('.')) {
      full = better(form, full) ? form : full;
    } else {
      initialled = better(form, initialled) ? form : initialled;
    }
  }
  if (full !== undefined && (initialled === undefined || full.length >= initialled.length)) {
    return full;
  }
  return initialled ?? full ?? fallback;
}

/**
 * The person mentions of one written form and state, in the order they were added: the unit identity rules decide
 * on. An array, not a set: a full run makes twenty thousand groups and adds ninety thousand mentions to them, and
 * a mention leaves its group only when its text changes.
 */
interface FormGroup {
  /** The surname key of the bucket it is filed in. */
  readonly surname: string;
  /** The written form of its mentions' name (`PersonName.written`), the same for all of them. */
  readonly written: string;
  readonly records: MentionRecord[];
  /**
   * The states and the roles written with its mentions, each once, so that a person is built again from their groups
   * without a pass over their mentions. Gathered by the first `buildPerson` that needs them (comparing the role of
   * each of the ninety thousand mentions of a full run as it is added would cost the indexing what the list saves),
   * then kept as mentions come; undefined again after a mention left.
   */
  states: string[] | undefined;
  roles: string[] | undefined;
  /** The identity the group had at its last resolution (`identityKeyOf`), to file it again only when it changes. */
  identityKey: string | undefined;
  /**
   * The identity all its mentions share, under which the group is filed in `personGroups` or `ambiguousGroups` (its
   * mentions are not filed one by one); undefined while it is new, or when dated registry roles resolve its mentions
   * one by one.
   */
  identity: Identity | undefined;
  /** Whether its mentions have identities of their own, filed in `entityMentions` (dated roles resolved them one by one). */
  resolvedAlone: boolean;
  /**
   * Its `representative`, kept as mentions come; undefined after it left, until the next `representative` finds it
   * again. A one-file change resolves every group of the text's surnames, and a common surname's groups hold
   * thousands of mentions: without it, each change compared them all.
   */
  first: MentionRecord | undefined;
}

/**
 * One written form and state of a person's name (`S. Lavrov|Russia`), shared by all its mentions: its key in the
 * surname bucket, and its group there while it has mentions, so that adding a mention looks nothing up.
 */
interface PersonForm {
  readonly key: string;
  /** The group of this form's mentions in `surnames`, while it is there (it has mentions). */
  group: FormGroup | undefined;
}

/** A written name as extraction gives it: one parse, and one form key per state written next to it. */
interface WrittenName {
  readonly name: PersonName;
  readonly forms: Map<string, PersonForm>;
  /** The state of the last form asked for, and that form: a name is nearly always written with the same state. */
  lastState: string | undefined;
  lastForm: PersonForm | undefined;
}

interface MeetingRecord {
  readonly doc: DocId;
  readonly index: number;
  /** The body key; undefined for a body that names no one (`Council`), whose meeting is its text's alone. */
  readonly key: string | undefined;
  readonly body: string | undefined;
  readonly date: DateRange | undefined;
  readonly place: string | undefined;
  readonly extraordinary: boolean;
  readonly own: boolean;
  /** Its number in its series (`the 44th session`), if the text gives one. */
  readonly ordinal: number | undefined;
  /** The meeting's mentions in its text, in text order (the records of kind `meeting` with this `index`); set by `linkMeetingMentions`. */
  mentions: readonly MentionRecord[];
  /** The meeting it reports or refers to, and so the identity of its mentions: one write per meeting record, none per mention. */
  identity: Identity | undefined;
}

/** A form group that a text's removal left without mentions, with the form filed under it. */
interface EmptiedGroup {
  readonly group: FormGroup;
  readonly form: PersonForm | undefined;
}

function sameDate(a: DateRange | undefined, b: DateRange | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.from === b.from && a.to === b.to);
}

/**
 * Whether a text's person mentions, old and new, give identity rules the same input: the same names and forms in the
 * same order, with the same roles, states and dates (offsets aside). The names and forms are the index's shared ones.
 */
function samePersonInputs(before: readonly MentionRecord[], after: readonly MentionRecord[]): boolean {
  let i = 0;
  for (const record of after) {
    if (record.kind !== 'official' || !record.name) {
      continue;
    }
    let old = before[i++];
    while (old !== undefined && (old.kind !== 'official' || !old.name)) {
      old = before[i++];
    }
    if (old === undefined || old.name !== record.name || old.clusterForm !== record.clusterForm || old.role !== record.role || old.state !== record.state || !sameDate(old.date, record.date)) {
      return false;
    }
  }
  for (; i < before.length; i++) {
    if (before[i]?.kind === 'official' && before[i]?.name) {
      return false;
    }
  }
  return true;
}

/** Whether a text's meetings, old and new, are the same meetings to clustering, each resolved before. */
function sameMeetingInputs(before: readonly MeetingRecord[], after: readonly MeetingRecord[]): boolean {
  return (
    before.length === after.length &&
    before.every((old, i) => {
      const record = after[i];
      return (
        record !== undefined &&
        old.identity !== undefined &&
        old.key === record.key &&
        old.body === record.body &&
        sameDate(old.date, record.date) &&
        old.place === record.place &&
        old.extraordinary === record.extraordinary &&
        old.own === record.own &&
        old.ordinal === record.ordinal
      );
    })
  );
}

/** Adds a person mention to its form group, and its state and role to the group's (unless they are to be gathered again). */
function addToGroup(group: FormGroup, record: MentionRecord): void {
  group.records.push(record);
  record.group = group;
  if (group.first !== undefined && precedes(record, group.first)) {
    group.first = record;
  }
  if (group.states !== undefined && group.roles !== undefined) {
    addNew(group.states, record.state);
    addNew(group.roles, record.role);
  }
}

/** The mentions of a meeting record before `linkMeetingMentions` sets them. */
const NO_RECORDS: readonly MentionRecord[] = [];

/**
 * Files each meeting mention (in text order, as `mentions` is sorted) with the meeting record it names, in one pass.
 * Each list is then copied at its length: a list grown by `push` holds room for seventeen, and the index keeps these.
 */
function linkMeetingMentions(mentions: readonly MentionRecord[], meetingRecords: readonly MeetingRecord[]): void {
  const grown = meetingRecords.map((): MentionRecord[] => []);
  for (const mention of mentions) {
    if (mention.kind === 'meeting' && mention.meeting !== undefined) {
      grown[mention.meeting]?.push(mention);
    }
  }
  meetingRecords.forEach((meeting, index) => {
    meeting.mentions = grown[index]?.slice() ?? NO_RECORDS;
  });
}

/**
 * Meetings are compared only within a bucket of one body and one year (undated ones in their own bucket), so that
 * a change re-resolves a few hundred meeting records, not the whole corpus.
 */
function meetingBucket(meeting: MeetingRecord): string {
  if (meeting.key === undefined) {
    return `~${meeting.doc}#${meeting.index}`;
  }
  return `${meeting.key}|${meeting.date ? meeting.date.from.slice(0, 4) : '-'}`;
}

/** A heading that is only a document type (`PRESS RELEASE`) names no particular document. */
function isBareType(key: string): boolean {
  return /^(?:(?:communique|joint|press|release|declaration|statement|treaty|charter|agreement|memorandum|protocol|resolution|report)\s*)+$/.test(key);
}

function hasRoles(registry: Registry | undefined): boolean {
  return (registry?.people ?? []).some((p) => p.roles.length > 0);
}

function identityKeyOf(identity: Identity): string {
  return `${identity.status}|${identity.entityId}|${identity.candidates.join(',')}`;
}

/** Sorts precise dates first: a day anchors a meeting that a year or a season then joins. */
function precision(date: DateRange | undefined): number {
  return date === undefined ? 3 : date.from === date.to ? 0 : date.from.slice(0, 7) === date.to.slice(0, 7) ? 1 : 2;
}

/** The mention that stands for a form group in identity rules: its first in path and text order, whatever arrived first. */
function representative(group: FormGroup): MentionRecord {
  if (group.first !== undefined) {
    return group.first;
  }
  let best = group.records[0] as MentionRecord;
  for (const record of group.records) {
    if (precedes(record, best)) {
      best = record;
    }
  }
  group.first = best;
  return best;
}

/** Whether a mention comes before another in path and text order. */
function precedes(a: MentionRecord, b: MentionRecord): boolean {
  return a.doc < b.doc || (a.doc === b.doc && a.start < b.start);
}

function formOrder(group: FormGroup, first: MentionRecord): string {
  return `${group.written}\u0000${first.state ?? ''}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The most precise date of the records, the first of them in their order where several are as precise: days (a range
 * of them too), then a month, then a longer span.
 */
function mostPrecise(records: readonly MeetingRecord[]): DateRange | undefined {
  const rank = (date: DateRange): number => (namesDays(date) ? 0 : 1 + precision(date));
  let best: DateRange | undefined;
  for (const record of records) {
    if (record.date !== undefined && (best === undefined || rank(record.date) < rank(best))) {
      best = record.date;
    }
  }
  return best;
}

// The year a document was adopted, after its title (`Helsinki Final Act of 1975`).
const ADOPTED_IN = /\s+of\s+\d{4}$/;

/**
 * Folds a title so that the ways texts cite one document meet: `SCO Charter` and `Charter of the Shanghai
 * Cooperation Organization` give the same key (organisation names become their acronym, small words go), and so do
 * `UN Security Council Resolution 2396`, `Security Council resolution 2396` and `resolution 2396`, and `Helsinki Final
 * Act of 1975` and `Helsinki Final Act`.
 */
export function titleKey(title: string, registry?: Registry): string {
  // A resolution's number names it: the organ written before it is how one text cites it, not another document.
  const numbered = NUMBERED_RESOLUTION.exec(title);
  if (numbered) {
    title = numbered[0];
  }
  // `Helsinki Final Act of 1975`: the year it was adopted is how one text cites it (not `Agenda 2030`, whose year names it).
  title = title.replace(ADOPTED_IN, '');
  const lexicon = lexiconIndex(registry);
  let folding = titleFoldings.get(lexicon);
  if (!folding) {
    folding = { pattern: new RegExp(lexicon.organizationPattern.source, 'g'), keys: new Map() };
    titleFoldings.set(lexicon, folding);
  }
  const known = folding.keys.get(title);
  if (known !== undefined) {
    return known;
  }
  const replaced = title.replace(folding.pattern, (name) => lexicon.organizationOf(name) ?? name);
  const words = replaced
    .toLowerCase()
    .replace(/communiqué/g, 'communique')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !TITLE_SMALL_WORDS.has(w));
  const key = words.sort().join(' ');
  if (folding.keys.size >= TITLE_KEYS_KEPT) {
    folding.keys.clear();
  }
  folding.keys.set(title, key);
  return key;
}

// `... Resolution 2396`, `... Resolution 68/262`, `... Resolution ES-10/21`: the type and its number closing a title.
const NUMBERED_RESOLUTION = /\bResolution\s+(?:[A-Z]+-)?\d+(?:\/\d+)*$/;
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'on', 'and', 'between', 'among', 'in', 'for', 'to', 'a', 'an']);
/** Texts cite the same few titles over and over (`SCO Charter` in most of them): each is folded once per lexicon. */
const titleFoldings = new WeakMap<object, { readonly pattern: RegExp; readonly keys: Map<string, string> }>();
/** A bound on the memo, so that a corpus of unique titles cannot grow it without end. */
const TITLE_KEYS_KEPT = 20000;

/**
 * The in-memory model of the corpus. Adding, updating, removing or renaming a text re-extracts only that text;
 * identities are re-resolved lazily, and only for the surnames and meeting bodies the change touched.
 */
export class CorpusIndex {
  private registry: Registry | undefined;
  private directory: PeopleDirectory;
  private readonly files = new Map<DocId, FileEntry>();
  private readonly fileProblems = new Map<DocId, Problem[]>();
  /** Person mentions by folded surname, then by written form and state (the unit that identity rules decide on). */
  private readonly surnames = new Map<string, Map<string, FormGroup>>();
  private registryHasRoles = false;
  /** Parsed names by written form as extraction gives it, each with its form keys by state (null: not a name). */
  private readonly names = new Map<string, WrittenName | null>();
  private readonly clusterForms = new Map<string, PersonForm>();
  private readonly dirtySurnames = new Set<string>();
  private readonly roleRecords = new Set<MentionRecord>();
  private readonly meetingBuckets = new Map<string, Set<MeetingRecord>>();
  private readonly dirtyMeetings = new Set<string>();
  /**
   * Mentions filed one by one, by entity id: titles, headings, roles, and the person mentions of a form group
   * without a shared identity. The other person mentions are found through their group (`personGroups`), and meeting
   * mentions through their meeting record (`meetingRecordsById`): a full run files twenty thousand groups and meeting
   * records instead of a hundred and thirty thousand mentions. `recordsOf` gives them all.
   */
  private readonly entityMentions = new Map<string, SmallSet<MentionRecord>>();
  /**
   * Person mentions added while entities were built, whose entities (and their texts' meetings) must be dropped once
   * resolved: a mention that joins a group keeping its identity is not touched by `reassignGroup`. A full run adds
   * its mentions before anything is built, and none here.
   */
  private addedPeople: MentionRecord[] = [];
  /** Form groups by the person their shared identity names, when it is not ambiguous. */
  private readonly personGroups = new Map<string, SmallSet<FormGroup>>();
  /** Form groups whose shared identity is ambiguous, by each candidate: a person's list entry skips them (see `buildPerson`). */
  private readonly ambiguousGroups = new Map<string, SmallSet<FormGroup>>();
  /** Texts by the title key of their heading, for headings that name a document (not a bare `PRESS RELEASE`). */
  private readonly titleDocs = new Map<string, Set<DocId>>();
  /** Cited titles by title key, to re-resolve when a text with that heading comes or goes. */
  private readonly titleRecords = new Map<string, Set<MentionRecord>>();
  /** Title and heading mentions waiting for their entity id (meeting mentions take theirs in `resolveMeetings`). */
  private readonly pending = new Set<MentionRecord>();
  /** Registry documents by the title keys of their titles and aliases. */
  private registryTitles = new Map<string, RegistryDocument>();
  private symbols: SymbolSearch | undefined;
  /** The lists of people, meetings and documents the search index was built from. */
  private symbolsFrom: readonly (readonly unknown[])[] = [];
  /** Meeting records by the meeting entity they resolved to, so that one meeting is built without a corpus walk. */
  private readonly meetingRecordsById = new Map<string, SmallSet<MeetingRecord>>();
  /**
   * The meeting records that have an identity, by the place they name: the place card's meetings, without a scan of
   * all. Built at the first place card, then kept in step; an index no card asked of (`chancery index`) never builds it.
   */
  private meetingRecordsByPlace: Map<string, SmallSet<MeetingRecord>> | undefined;
  private registryPeople = new Map<string, RegistryPerson>();
  private registryMeetings = new Map<string, RegistryMeeting>();
  private registryDocuments = new Map<string, RegistryDocument>();
  /** The ids of the registry's documents by their `file`: a text added, removed or renamed there changes them. */
  private registryFiles = new Map<DocId, string[]>();
  private cache: EntityCache = emptyCache();

  constructor(registry?: Registry) {
    this.registry = registry;
    this.directory = buildPeopleDirectory(registry);
    this.registryTitles = this.indexRegistryTitles();
    this.registryHasRoles = hasRoles(registry);
    this.indexRegistryEntries();
  }

  /** Registry entries by entity id; the first of duplicate ids wins, as the registry's own diagnostics report the rest. */
  private indexRegistryEntries(): void {
    const registry = this.registry;
    this.registryPeople = new Map();
    this.registryMeetings = new Map();
    this.registryDocuments = new Map();
    for (const person of registry?.people ?? []) {
      const id = registryPersonId(person);
      if (this.registryPeople.has(id)) {
        continue;
      }
      this.registryPeople.set(id, person);
    }
    for (const meeting of registry?.meetings ?? []) {
      if (!this.registryMeetings.has(`meeting:${meeting.id}`)) {
        this.registryMeetings.set(`meeting:${meeting.id}`, meeting);
      }
    }
    this.registryFiles = new Map();
    for (const document of registry?.documents ?? []) {
      const id = `document:${document.id}`;
      if (!this.registryDocuments.has(id)) {
        this.registryDocuments.set(id, document);
        if (document.file !== undefined) {
          this.registryFiles.set(document.file, [...(this.registryFiles.get(document.file) ?? []), id]);
        }
      }
    }
  }

  /** A text came or went at a path: the registry's documents whose `file` it is are in the corpus, or no longer. */
  private invalidateFile(doc: DocId): void {
    for (const id of this.registryFiles.get(doc) ?? []) {
      this.invalidate(id);
    }
  }

  /** Whether a path is a text of the corpus as the index knows it: indexed, or skipped with a problem. */
  private holds(doc: DocId): boolean {
    return this.files.has(doc) || this.fileProblems.has(doc);
  }

  /** The entity cache, with identities (and so the cache's invalidations) brought up to date first. */
  private current(): EntityCache {
    this.resolve();
    return this.cache;
  }

  /** Drops one entity from the cache, and the list of its kind. */
  private invalidate(entityId: string): void {
    const cache = this.cache;
    if (isEmptyCache(cache)) {
      return;
    }
    cache.counts.delete(entityId);
    if (entityId.startsWith('person:')) {
      cache.person.delete(entityId);
      cache.currentRole.delete(entityId);
      cache.currentState.delete(entityId);
      cache.people.invalidate(entityId);
    } else if (entityId.startsWith('meeting:')) {
      cache.meeting.delete(entityId);
      cache.meetings.invalidate(entityId);
    } else if (entityId.startsWith('document:')) {
      cache.document.delete(entityId);
      cache.documents.invalidate(entityId);
    }
  }

  /** A mention changed identity: drop the entities it named, and for an official the meetings its text reports. */
  private invalidateMention(record: MentionRecord, identity: Identity): void {
    if (isEmptyCache(this.cache)) {
      return;
    }
    for (const id of identity.status === 'ambiguous' ? [identity.entityId, ...identity.candidates] : [identity.entityId]) {
      this.invalidate(id);
    }
    // A participant of the text's own meeting: named, or by their role alone.
    if (record.kind === 'official' || record.kind === 'role') {
      for (const meeting of this.files.get(record.doc)?.meetingRecords ?? []) {
        if (meeting.own && meeting.identity !== undefined) {
          this.invalidate(meeting.identity.entityId);
        }
      }
    }
  }

  private indexRegistryTitles(): Map<string, RegistryDocument> {
    const titles = new Map<string, RegistryDocument>();
    for (const document of this.registry?.documents ?? []) {
      for (const title of [document.title, ...document.aliases]) {
        titles.set(titleKey(title, this.registry), document);
      }
    }
    return titles;
  }

  /** Replaces the registry. Identities are re-resolved on the next query; texts are not re-read. */
  setRegistry(registry: Registry | undefined): void {
    this.registry = registry;
    this.directory = buildPeopleDirectory(registry);
    this.registryTitles = this.indexRegistryTitles();
    this.registryHasRoles = hasRoles(registry);
    this.indexRegistryEntries();
    this.cache = emptyCache();
    for (const entry of this.files.values()) {
      for (const record of entry.mentions) {
        if (record.kind === 'title' || record.kind === 'heading') {
          this.unassign(record);
          this.pending.add(record);
        }
      }
    }
    for (const key of this.surnames.keys()) {
      this.dirtySurnames.add(key);
    }
    for (const key of this.meetingBuckets.keys()) {
      this.dirtyMeetings.add(key);
    }
    for (const record of this.roleRecords) {
      this.assign(record, this.resolveRoleRecord(record));
    }
  }

  /** The registry in use. */
  currentRegistry(): Registry | undefined {
    return this.registry;
  }

  /**
   * Adds or replaces a text: extracts it and indexes its mentions. `extracted`, when given, is what
   * `extractText(text, currentRegistry())` gives, computed elsewhere (another thread during a full indexing run).
   */
  update(doc: DocId, text: string, extracted?: TextExtraction): void {
    this.updateExtraction(doc, text.length, extracted ?? extractText(text, this.registry));
  }

  /**
   * Adds or replaces a text by its extraction alone: what `extractText(text, currentRegistry())` gives, and the text's
   * length. For extractions made where the text was read (the command line's workers); the text is not needed.
   */
  updateExtraction(doc: DocId, length: number, extraction: TextExtraction): void {
    const previous = this.detach(doc);
    this.fileProblems.delete(doc);
    const date = extraction.date;
    const grown: MentionRecord[] = [];
    for (const official of extraction.officials) {
      // A bare surname is grouped and resolved as the fuller name the text gives that person (`antecedent`).
      const written = this.writtenName(official.antecedent ?? official.name);
      if (written) {
        const person = { name: written.name, clusterForm: this.clusterForm(written, official.state ?? '') };
        grown.push(mentionRecord(doc, official.start, official.end, 'official', person, official.role, official.state, official.organization, date, undefined, undefined));
      }
    }
    for (const role of extraction.roles) {
      grown.push(mentionRecord(doc, role.start, role.end, 'role', undefined, role.role, role.state, role.organization, date, undefined, undefined));
    }
    const meetingRecords: MeetingRecord[] = extraction.meetings.map((meeting, index) => ({
      doc,
      index,
      key: meeting.body === undefined ? undefined : meetingBodyKey(meeting.body) || undefined,
      body: meeting.body,
      date: meeting.date,
      place: meeting.place,
      extraordinary: meeting.extraordinary,
      own: meeting.own,
      ordinal: meeting.ordinal,
      mentions: NO_RECORDS,
      identity: undefined,
    }));
    extraction.meetings.forEach((meeting, index) => {
      for (const span of meeting.mentions) {
        grown.push(mentionRecord(doc, span.start, span.end, 'meeting', undefined, undefined, undefined, undefined, undefined, index, undefined));
      }
    });
    // A bare type (`the Treaty`, `the Plan`) is the text itself when its heading is of that type (`The Resolution was
    // adopted` in a resolution), else the last title of its type the text named (`the Treaty on ...`, `the Plan of
    // Actions`); else it is a document of its own.
    const named: { type: string; key: string }[] = [];
    for (const title of extraction.titles) {
      const bare = !/\s/.test(title.title);
      const key = !bare
        ? titleKey(title.title, this.registry)
        : extraction.heading?.type === title.type
          ? titleKey(extraction.heading.text, this.registry)
          : (named.findLast((earlier) => earlier.type === title.type || earlier.type.startsWith(`${title.type} `))?.key ?? titleKey(title.title, this.registry));
      if (!bare) {
        named.push({ type: title.type, key });
      }
      grown.push(mentionRecord(doc, title.start, title.end, 'title', undefined, undefined, undefined, undefined, undefined, undefined, key));
    }
    if (extraction.heading) {
      const heading = extraction.heading;
      grown.push(mentionRecord(doc, heading.start, heading.end, 'heading', undefined, undefined, undefined, undefined, undefined, undefined, titleKey(heading.text, this.registry)));
    }
    // Sorted, then copied at its length: the list grown by `push` holds room for more, and the index keeps it.
    grown.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions = grown.slice();
    const longestMention = mentions.reduce((longest, m) => Math.max(longest, m.end - m.start), 0);
    linkMeetingMentions(mentions, meetingRecords);
    this.files.set(doc, { doc, extraction, length, mentions, meetingRecords, longestMention });
    this.invalidateFile(doc);

    // An edit that leaves the text's people and meetings as they were (most keystrokes) changes no identity: its
    // surnames and meeting buckets are not clustered again, and its meetings keep the identities they had.
    const samePeople = previous !== undefined && previous.peopleKept && samePersonInputs(previous.entry.mentions, mentions);
    const sameMeetings = previous !== undefined && sameMeetingInputs(previous.entry.meetingRecords, meetingRecords);
    if (previous !== undefined && !samePeople) {
      previous.surnames.forEach((key) => this.dirtySurnames.add(key));
    }
    if (previous !== undefined && !sameMeetings) {
      previous.meetingBuckets.forEach((key) => this.dirtyMeetings.add(key));
    }
    const built = !isEmptyCache(this.cache);
    for (const record of mentions) {
      if (record.kind === 'official' && record.name) {
        this.addPerson(record, built);
        if (!samePeople) {
          this.dirtySurnames.add(record.name.surnameKey);
        }
      } else if (record.kind === 'role') {
        this.roleRecords.add(record);
        this.assign(record, this.resolveRoleRecord(record));
      } else if ((record.kind === 'title' || record.kind === 'heading') && record.titleKey !== undefined) {
        this.indexTitle(record);
      }
    }
    // The same people put back filled again the groups their removal emptied; others are forgotten now.
    this.dropEmptied(previous?.emptied ?? []);
    meetingRecords.forEach((meeting, index) => {
      const key = meetingBucket(meeting);
      this.addToBucket(this.meetingBuckets, key, meeting);
      if (!sameMeetings) {
        this.dirtyMeetings.add(key);
      }
      const identity = sameMeetings ? previous?.entry.meetingRecords[index]?.identity : undefined;
      if (identity !== undefined) {
        this.moveMeetingRecord(meeting, identity);
      }
    });
  }

  /** One parsed name per written form, shared by all its mentions (memory: ten thousand texts repeat names). */
  private writtenName(written: string): WrittenName | null {
    let known = this.names.get(written);
    if (known === undefined) {
      const name = parsePersonName(written);
      known = name ? { name, forms: new Map(), lastState: undefined, lastForm: undefined } : null;
      this.names.set(written, known);
    }
    return known;
  }

  /**
   * One string per written form and state, shared by all their mentions; found through the written form's entry,
   * so that no string is built for a form already seen (most mentions of ten thousand texts are).
   */
  private clusterForm(written: WrittenName, state: string): PersonForm {
    if (written.lastForm !== undefined && written.lastState === state) {
      return written.lastForm;
    }
    let form = written.forms.get(state);
    if (form === undefined) {
      // Spellings that parse to the same name (spaces normalised) share one form key through this map.
      const key = `${written.name.written}|${state}`;
      form = this.clusterForms.get(key);
      if (form === undefined) {
        form = { key, group: undefined };
        this.clusterForms.set(key, form);
      }
      written.forms.set(state, form);
    }
    written.lastState = state;
    written.lastForm = form;
    return form;
  }

  /** Same as `update`, for a text seen for the first time. */
  add(doc: DocId, text: string): void {
    this.update(doc, text);
  }

  /** Records why a file of the corpus could not be indexed (binary, not UTF-8, too large). */
  setProblems(doc: DocId, problems: readonly Problem[]): void {
    this.remove(doc);
    this.fileProblems.set(doc, [...problems]);
    this.invalidateFile(doc);
  }

  /** Removes a text and its mentions. */
  remove(doc: DocId): void {
    const detached = this.detach(doc);
    this.dropEmptied(detached?.emptied ?? []);
    detached?.surnames.forEach((key) => this.dirtySurnames.add(key));
    detached?.meetingBuckets.forEach((key) => this.dirtyMeetings.add(key));
  }

  /**
   * Takes a text and its mentions out of the index, and says what that leaves to resolve again: the surnames and
   * meeting buckets it held, whether each of its people's form groups had an identity shared by its mentions
   * (`peopleKept`), so that the same people put back need no new clustering, and the groups it left empty, kept until
   * the caller has put the text back (`dropEmptied`). Marks nothing dirty itself.
   */
  private detach(
    doc: DocId,
  ): { readonly entry: FileEntry; readonly surnames: Set<string>; readonly meetingBuckets: Set<string>; readonly peopleKept: boolean; readonly emptied: readonly EmptiedGroup[] } | undefined {
    const hadProblems = this.fileProblems.delete(doc);
    const entry = this.files.get(doc);
    if (!entry) {
      if (hadProblems) {
        this.invalidateFile(doc);
      }
      return undefined;
    }
    const surnames = new Set<string>();
    const meetingBuckets = new Set<string>();
    let peopleKept = true;
    const emptied: EmptiedGroup[] = [];
    this.files.delete(doc);
    this.invalidateFile(doc);
    for (const record of entry.mentions) {
      this.unassign(record);
      this.pending.delete(record);
      if (record.kind === 'official' && record.name) {
        const bucket = this.surnames.get(record.name.surnameKey);
        const form = record.clusterForm;
        const group = bucket?.get(form?.key ?? '');
        // A group not resolved yet, or resolved mention by mention (dated registry roles, which leave the group no
        // identity of its own), gives none to a mention that joins it.
        if (group === undefined || group.identityKey === undefined) {
          peopleKept = false;
        }
        const at = group ? group.records.indexOf(record) : -1;
        if (group && at >= 0) {
          group.records.splice(at, 1);
          record.group = undefined;
          if (group.first === record) {
            group.first = undefined;
          }
          group.states = undefined;
          group.roles = undefined;
        }
        if (group && group.records.length === 0) {
          emptied.push({ group, form });
        }
        surnames.add(record.name.surnameKey);
      } else if (record.kind === 'role') {
        this.roleRecords.delete(record);
      } else if ((record.kind === 'title' || record.kind === 'heading') && record.titleKey !== undefined) {
        this.titleRecords.get(record.titleKey)?.delete(record);
        if (record.kind === 'heading' && this.titleDocs.get(record.titleKey)?.delete(doc)) {
          this.retitle(record.titleKey);
        }
      }
    }
    for (const meeting of entry.meetingRecords) {
      const key = meetingBucket(meeting);
      this.meetingBuckets.get(key)?.delete(meeting);
      meetingBuckets.add(key);
      // Kept on the record (`moveMeetingRecord` would forget it): the same meeting put back takes it again.
      const identity = meeting.identity;
      this.moveMeetingRecord(meeting, undefined);
      meeting.identity = identity;
    }
    return { entry, surnames, meetingBuckets, peopleKept, emptied };
  }

  /** Forgets the form groups that a text's removal left empty and that no mention joined again since. */
  private dropEmptied(emptied: readonly EmptiedGroup[]): void {
    for (const { group, form } of emptied) {
      const bucket = this.surnames.get(group.surname);
      const key = form?.key ?? '';
      if (group.records.length > 0 || bucket?.get(key) !== group) {
        continue;
      }
      this.unfileGroup(group);
      bucket.delete(key);
      if (form && form.group === group) {
        form.group = undefined;
      }
    }
  }

  /** Gives a meeting record, and so its mentions, an identity, keeping `meetingRecordsById` in step. */
  private moveMeetingRecord(record: MeetingRecord, identity: Identity | undefined): void {
    const entityId = identity?.entityId;
    const previous = record.identity?.entityId;
    // Re-clustering a bucket gives most records the id they had: that changes no meeting.
    if (previous === entityId) {
      return;
    }
    if (previous !== undefined) {
      this.invalidate(previous);
      const set = this.meetingRecordsById.get(previous);
      set?.delete(record);
      if (set && set.size === 0) {
        this.meetingRecordsById.delete(previous);
      }
      const atPlace = record.place === undefined || entityId !== undefined ? undefined : this.meetingRecordsByPlace?.get(record.place);
      atPlace?.delete(record);
      if (record.place !== undefined && atPlace?.size === 0) {
        this.meetingRecordsByPlace?.delete(record.place);
      }
    }
    record.identity = identity;
    if (entityId !== undefined) {
      this.invalidate(entityId);
      addToSmallSet(this.meetingRecordsById, entityId, record);
      if (record.place !== undefined && previous === undefined && this.meetingRecordsByPlace !== undefined) {
        addToSmallSet(this.meetingRecordsByPlace, record.place, record);
      }
    }
  }

  /**
   * Moves a text to a new path without re-reading it (offsets do not change). What the new path held goes: the
   * renamed file replaced it (a watcher may have reported the file at its new path before the rename).
   */
  rename(from: DocId, to: DocId): void {
    if (from === to) {
      return;
    }
    const entry = this.files.get(from);
    const problems = this.fileProblems.get(from);
    if (entry || problems) {
      this.remove(to);
    }
    if (!entry) {
      if (problems) {
        this.fileProblems.delete(from);
        this.fileProblems.set(to, problems);
        this.invalidateFile(from);
        this.invalidateFile(to);
      }
      return;
    }
    // Records carry their doc; re-creating them keeps the records immutable for the rest of the index.
    this.remove(from);
    const mentions = entry.mentions.map((m) => movedRecord(m, to));
    const meetingRecords = entry.meetingRecords.map((m) => ({ ...m, doc: to, mentions: NO_RECORDS, identity: undefined }));
    linkMeetingMentions(mentions, meetingRecords);
    const moved: FileEntry = { ...entry, doc: to, mentions, meetingRecords };
    this.files.set(to, moved);
    this.invalidateFile(to);
    const built = !isEmptyCache(this.cache);
    for (const record of moved.mentions) {
      if (record.kind === 'official' && record.name) {
        this.addPerson(record, built);
        this.dirtySurnames.add(record.name.surnameKey);
      } else if (record.kind === 'role') {
        this.roleRecords.add(record);
        this.assign(record, this.resolveRoleRecord(record));
      } else if ((record.kind === 'title' || record.kind === 'heading') && record.titleKey !== undefined) {
        this.indexTitle(record);
      }
    }
    for (const meeting of moved.meetingRecords) {
      const key = meetingBucket(meeting);
      this.addToBucket(this.meetingBuckets, key, meeting);
      this.dirtyMeetings.add(key);
    }
  }

  /** Whether a text is indexed. */
  has(doc: DocId): boolean {
    return this.files.has(doc);
  }

  /**
   * The indexed texts and the skipped files (with problems) under a folder, at any depth, unsorted: what a folder
   * deleted or renamed at once took with it.
   */
  under(folder: DocId): DocId[] {
    const prefix = `${folder}/`;
    const found: DocId[] = [];
    for (const doc of this.files.keys()) {
      if (doc.startsWith(prefix)) {
        found.push(doc);
      }
    }
    for (const doc of this.fileProblems.keys()) {
      if (doc.startsWith(prefix) && !this.files.has(doc)) {
        found.push(doc);
      }
    }
    return found;
  }

  /** Every indexed text, sorted. */
  texts(): DocId[] {
    return [...this.files.keys()].sort();
  }

  /** What extraction found in one text, or undefined when it is not indexed. */
  extraction(doc: DocId): TextExtraction | undefined {
    return this.files.get(doc)?.extraction;
  }

  /** Problems of files that could not be indexed, by path. */
  problems(): ReadonlyMap<DocId, readonly Problem[]> {
    return this.fileProblems;
  }

  /** Every mention of one text, resolved, in text order (for highlights, semantic tokens and Next/Previous Mention). */
  mentionsIn(doc: DocId): EntityMention[] {
    this.resolve();
    const entry = this.files.get(doc);
    return (entry?.mentions ?? []).map((m) => this.toMention(m, entry)).filter((m): m is EntityMention => m !== undefined);
  }

  /** The innermost mention at an offset of a text (for Go to Definition, References and hovers). */
  entityAt(doc: DocId, offset: number): EntityMention | undefined {
    const entry = this.files.get(doc);
    if (!entry) {
      return undefined;
    }
    this.resolve();
    // Binary search for the last mention starting at or before the offset, then walk back over the few that
    // may still cover it (mentions nest: a state inside a title, a title inside a heading).
    const mentions = entry.mentions;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((mentions[mid]?.start ?? 0) <= offset) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    let best: MentionRecord | undefined;
    for (let i = high; i >= 0; i--) {
      const record = mentions[i];
      if (!record || record.start < offset - entry.longestMention) {
        break;
      }
      if (offset < record.end && this.identityOf(record) && (!best || record.end - record.start < best.end - best.start)) {
        best = record;
      }
    }
    return best ? this.toMention(best) : undefined;
  }

  /**
   * How many mentions of an entity there are, of one kind or of all, and in how many texts: counted without building
   * the mentions, for cards of entities cited thousands of times.
   */
  mentionCountOf(entityId: string, kind?: MentionKind): MentionCount {
    const known = this.current().counts.get(entityId)?.get(kind ?? '*');
    if (known) {
      return known;
    }
    const texts = new Set<DocId>();
    let mentions = 0;
    for (const record of this.recordsOf(entityId)) {
      if (kind === undefined || record.kind === kind) {
        mentions++;
        texts.add(record.doc);
      }
    }
    const count = { mentions, texts: texts.size };
    this.rememberCount(entityId, kind ?? '*', count);
    return count;
  }

  private rememberCount(entityId: string, kind: string, count: MentionCount | MentionSummary): void {
    let byKind = this.cache.counts.get(entityId);
    if (!byKind) {
      byKind = new Map();
      this.cache.counts.set(entityId, byKind);
    }
    byKind.set(kind, count);
  }

  /**
   * What a card links and counts: the first mention of an entity in each of its first `limit` texts by path, of one
   * kind or of all, and how many mentions and texts there are. One pass that keeps `limit` texts, without building
   * and sorting every mention (`mentionsOf`): a charter is cited in thousands of texts.
   */
  mentionSummaryOf(entityId: string, limit: number, kind?: MentionKind): MentionSummary {
    const key = summaryKey(kind, limit);
    const known = this.current().counts.get(entityId)?.get(key);
    if (known && 'first' in known) {
      return known;
    }
    const pass = new FirstPerText(limit);
    for (const record of this.recordsOf(entityId)) {
      if (kind === undefined || record.kind === kind) {
        pass.add(record);
      }
    }
    return this.rememberSummary(entityId, key, pass);
  }

  /** Keeps a summary made by a pass (`FirstPerText`) for `mentionSummaryOf`, and returns it. */
  private rememberSummary(entityId: string, key: string, pass: FirstPerText): MentionSummary {
    const first = pass.kept.map((r) => this.toMention(r)).filter((m): m is EntityMention => m !== undefined);
    const summary = { mentions: pass.mentions, texts: pass.texts.size, first };
    this.rememberCount(entityId, key, summary);
    return summary;
  }

  /** Every mention of an entity across the corpus, sorted by text and offset (Find All References). */
  mentionsOf(entityId: string): EntityMention[] {
    this.resolve();
    const records = [...this.recordsOf(entityId)];
    records.sort(byDocAndStart);
    return records.map((r) => this.toMention(r)).filter((m): m is EntityMention => m !== undefined);
  }

  /**
   * What Find All References lists for a mention: every mention of its entity; for an ambiguous one, every mention of
   * each candidate, once each, sorted by text and offset.
   */
  referencesOf(mention: Pick<EntityMention, 'entityId' | 'status' | 'candidates'>): EntityMention[] {
    if (mention.status !== 'ambiguous') {
      return this.mentionsOf(mention.entityId);
    }
    const unique = new Map<string, EntityMention>();
    for (const m of mention.candidates.flatMap((id) => this.mentionsOf(id))) {
      unique.set(`${m.doc}\u0000${m.start}\u0000${m.end}`, m);
    }
    return [...unique.values()].sort(byDocAndStart);
  }

  /**
   * Every mention of an entity: those filed one by one, then those of the form groups filed under a person (as their
   * identity or as a candidate), then those of the meeting records of a meeting. Identities must be up to date
   * (`resolve`): a mention added to a group since is already in it.
   */
  private *recordsOf(entityId: string): Generator<MentionRecord> {
    yield* this.entityMentions.get(entityId) ?? [];
    for (const group of this.personGroups.get(entityId) ?? []) {
      yield* group.records;
    }
    for (const group of this.ambiguousGroups.get(entityId) ?? []) {
      yield* group.records;
    }
    for (const meeting of this.meetingRecordsById.get(entityId) ?? []) {
      yield* meeting.mentions;
    }
  }

  /**
   * The spellings of a person's name the texts write, other than the name shown, sorted: the registry's aliases that
   * no text writes are left out. Mentions that may be another's (ambiguous) are left out. Per entity, as `mentionsOf`.
   */
  writtenFormsOf(personId: string): string[] {
    this.resolve();
    const shown = this.person(personId)?.name;
    const forms = new Set<string>();
    for (const record of this.recordsOf(personId)) {
      const written = record.name?.written;
      if (written !== undefined && written !== shown && record.identity?.status !== 'ambiguous') {
        forms.add(written);
      }
    }
    return [...forms].sort();
  }

  /**
   * The roles the texts write for a person (next to the name, or alone where the registry's dated roles name them),
   * each with its text and the text's date, sorted by text and offset. Mentions that may be another's (ambiguous)
   * are left out. Per entity, as `mentionsOf`: for a date's role (`roleAt`) and the lines of a person card.
   */
  writtenRolesOf(personId: string): WrittenRole[] {
    this.resolve();
    const roles: WrittenRole[] = [];
    for (const record of this.recordsOf(personId)) {
      if (record.role === undefined || (record.kind !== 'official' && record.kind !== 'role')) {
        continue;
      }
      const identity = this.identityOf(record);
      if (identity === undefined || identity.status === 'ambiguous' || identity.entityId !== personId) {
        continue;
      }
      roles.push({ doc: record.doc, start: record.start, role: record.role, state: record.state, organization: record.organization, date: record.date });
    }
    return roles.sort(byDocAndStart);
  }

  /**
   * A person's role where no date is in question (the People view, Workspace Symbols, a state card): the registry's
   * most recent role (with the year it ended, if the registry ends it), else the role of the most recent text
   * (`currentRole`). Kept until the person changes: the texts
   * are read only for a person with several roles and none in the registry.
   */
  currentRoleOf(personId: string): string | undefined {
    const cache = this.current();
    if (cache.currentRole.has(personId)) {
      return cache.currentRole.get(personId);
    }
    const registered = this.registryPeople.get(personId)?.roles ?? [];
    const roles = registered.length > 0 ? [] : (this.person(personId)?.roles ?? []);
    // A role the registry ends is shown with its end: `Secretary of the Security Council (until 2007)`, not as held now.
    const oneWritten = roles.length <= 1 && registered.length === 0;
    const current = oneWritten ? undefined : currentRole(registered, registered.length > 0 ? [] : this.writtenRolesOf(personId));
    const role = oneWritten ? roles[0] && capitaliseRole(roles[0]) : current && (current.until === undefined ? current.role : `${current.role} (until ${current.until})`);
    cache.currentRole.set(personId, role);
    return role;
  }

  /**
   * The state a person is of where no date is in question (the People view's groups, a Meetings view participant
   * whose role has no state, an ambiguous name's card): the state of their current role (`currentState`), else the
   * registry's state of the person, else the first of their states. Only a person of several states reads roles;
   * kept until the person changes.
   */
  currentStateOf(personId: string): string | undefined {
    const person = this.person(personId);
    if (person === undefined || person.states.length <= 1) {
      return person?.states[0];
    }
    const cache = this.current();
    if (cache.currentState.has(personId)) {
      return cache.currentState.get(personId);
    }
    const registered = this.registryPeople.get(personId);
    const roles = registered?.roles ?? [];
    const state = currentState(roles, roles.some((r) => r.state !== undefined) ? [] : this.writtenRolesOf(personId)) ?? registered?.state ?? person.states[0];
    cache.currentState.set(personId, state);
    return state;
  }

  /** The registry person behind an entity id, for Go to Definition into `chancery.yaml`. */
  registryPerson(entityId: string): RegistryPerson | undefined {
    return this.registryPeople.get(entityId);
  }

  /** The registry meeting behind an entity id. */
  registryMeeting(entityId: string): RegistryMeeting | undefined {
    return this.registryMeetings.get(entityId);
  }

  /** The registry document behind an entity id. */
  registryDocument(entityId: string): RegistryDocument | undefined {
    return this.registryDocuments.get(entityId);
  }

  /**
   * The people of the corpus: every registry person, and the people found only in the texts, sorted by name.
   * Kept until a person changes (the trees and symbol search share it); for one entity, use `person`.
   */
  people(): readonly PersonEntity[] {
    return this.current().people.get(
      () => this.entityIds('person:', this.registryPeople.keys()),
      (id) => this.person(id),
    );
  }

  /** One person, built from their registry entry and their own mentions only (what a hover card needs). */
  person(entityId: string): PersonEntity | undefined {
    return builtOnce(this.current().person, entityId, (id) => this.buildPerson(id));
  }

  private buildPerson(id: string): PersonEntity | undefined {
    if (!id.startsWith('person:')) {
      return undefined;
    }
    const registered = this.registryPeople.get(id);
    // Short arrays searched with `includes` rather than sets: a person has a few spellings, states and roles, and
    // the first list builds ten thousand people (four sets each cost more to make than these searches).
    const forms: string[] = [];
    const states: string[] = [];
    const roles: string[] = [];
    if (registered) {
      addNew(states, registered.state);
      for (const role of registered.roles) {
        addNew(states, role.state);
        addNew(roles, role.role);
      }
    }
    let count = 0;
    // An ambiguous mention counts for none of its candidates: it is shown as ambiguous, not merged (the groups of
    // ambiguous mentions are filed apart, in `ambiguousGroups`).
    for (const group of this.personGroups.get(id) ?? []) {
      count += group.records.length;
      addNew(forms, group.written);
      if (group.states === undefined || group.roles === undefined) {
        const groupStates: string[] = [];
        const groupRoles: string[] = [];
        for (const record of group.records) {
          addNew(groupStates, record.state);
          addNew(groupRoles, record.role);
        }
        // Copied at their length: twenty thousand groups keep these, and a list grown by `push` holds room for seventeen.
        group.states = groupStates.slice();
        group.roles = groupRoles.slice();
      }
      for (const state of group.states) {
        addNew(states, state);
      }
      for (const role of group.roles) {
        addNew(roles, role);
      }
    }
    for (const record of this.entityMentions.get(id) ?? []) {
      if (record.identity?.status === 'ambiguous') {
        continue;
      }
      count++;
      if (record.name) {
        addNew(forms, record.name.written);
      }
      addNew(states, record.state);
      addNew(roles, record.role);
    }
    if (!registered && count === 0) {
      return undefined;
    }
    const name = registered ? registered.name : displayName(forms, id);
    const aliases: string[] = [];
    for (const alias of registered?.aliases ?? []) {
      addNew(aliases, alias);
    }
    for (const form of forms) {
      addNew(aliases, form);
    }
    const named = aliases.indexOf(name);
    if (named >= 0) {
      aliases.splice(named, 1);
    }
    // Sorted copies at their length, as the groups' lists above: the people list keeps ten thousand of each.
    const person = { id, name, registered: registered !== undefined, aliases: aliases.sort().slice(), states: states.sort().slice(), roles: roles.sort().slice(), mentionCount: count };
    const organization = registered?.roles.findLast((role) => role.organization !== undefined)?.organization;
    return organization === undefined ? person : { ...person, organization };
  }

  /**
   * The people of one state (from the registry and from the texts), sorted by name. A pass over the people list,
   * which the index keeps patched: no text is read and nothing is sorted again.
   */
  peopleOf(state: string): PersonEntity[] {
    return this.people().filter((p) => p.states.includes(state));
  }

  /** The meetings of the corpus, merged across texts, sorted by date (undated last) then body. Kept until a meeting changes. */
  meetings(): readonly MeetingEntity[] {
    return this.current().meetings.get(
      () => new Set([...this.registryMeetings.keys(), ...this.meetingRecordsById.keys()]),
      (id) => this.meeting(id),
    );
  }

  /**
   * The meetings held at a place (a city or a state, as `MeetingEntity.place` names it): how many, and the `limit`
   * newest, built, newest first. Only those are built, not every meeting as `meetings()` does after an edit: the others are counted
   * and ordered by their records (a record or registry entry at the place, a registry entry at no other).
   */
  meetingsAt(place: string, limit: number): { count: number; newest: MeetingEntity[] } {
    // The identities of the records, brought up to date as every accessor does.
    this.current();
    const newestDate = new Map<string, string>();
    const seen = (id: string, date: DateRange | undefined): void => {
      const had = newestDate.get(id);
      const from = date?.from ?? '';
      if (had === undefined || from > had) {
        newestDate.set(id, from);
      }
    };
    for (const [id, meeting] of this.registryMeetings) {
      if (meeting.place === place) {
        seen(id, meeting.date);
      }
    }
    if (this.meetingRecordsByPlace === undefined) {
      this.meetingRecordsByPlace = new Map();
      for (const records of this.meetingRecordsById.values()) {
        for (const record of records) {
          if (record.place !== undefined) {
            addToSmallSet(this.meetingRecordsByPlace, record.place, record);
          }
        }
      }
    }
    for (const record of this.meetingRecordsByPlace.get(place) ?? []) {
      const id = record.identity?.entityId;
      const registered = id === undefined ? undefined : this.registryMeetings.get(id)?.place;
      if (id !== undefined && (registered === undefined || registered === place)) {
        seen(id, record.date);
      }
    }
    // Newest first, by id within a date, so that the order is the same from one card to the next.
    const newestFirst = (a: { id: string; from: string }, b: { id: string; from: string }): number => b.from.localeCompare(a.from) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const newest: { id: string; from: string; meeting: MeetingEntity }[] = [];
    for (const { id } of [...newestDate].map(([id, from]) => ({ id, from })).sort(newestFirst)) {
      if (newest.length >= limit) {
        break;
      }
      const meeting = this.meeting(id);
      if (meeting?.place === place) {
        newest.push({ id, from: meeting.date?.from ?? '', meeting });
      }
    }
    // In the order of the meetings' own dates, which their records' dates only approach.
    return { count: newestDate.size, newest: newest.sort(newestFirst).map((n) => n.meeting) };
  }

  /** One meeting, built from its registry entry and its own records only. */
  meeting(entityId: string): MeetingEntity | undefined {
    return builtOnce(this.current().meeting, entityId, (id) => this.buildMeeting(id));
  }

  private buildMeeting(id: string): MeetingEntity | undefined {
    const registry = this.registryMeetings.get(id);
    const set = this.meetingRecordsById.get(id);
    // Most meetings have one record: no sort, and one pass each below instead of arrays of closures' results (a
    // full run builds ten thousand meetings after its last text, while the workers are idle).
    const records = set === undefined ? [] : set.size === 1 ? [...set] : [...set].sort(byDocAndIndex);
    if (!registry && records.length === 0) {
      return undefined;
    }
    const participants: MeetingParticipant[] = [];
    const chairStates: string[] = [];
    const reportedBy: DocId[] = [];
    for (const record of records) {
      if (!record.own) {
        continue;
      }
      addNew(reportedBy, record.doc);
      const entry = this.files.get(record.doc);
      if (!entry) {
        continue;
      }
      addNew(chairStates, entry.extraction.chairState);
      for (const participation of entry.extraction.participants) {
        const written = participantMention(entry.extraction, participation);
        const mention = written === undefined ? undefined : officialMentionAt(entry.mentions, written.start, participation.role === undefined ? 'official' : 'role');
        const identity = mention && this.identityOf(mention);
        if (identity) {
          participants.push({ entityId: identity.entityId, kind: participation.kind, doc: entry.doc, status: identity.status, candidates: identity.candidates });
        }
      }
    }
    let formal: string | undefined;
    let firstBody: string | undefined;
    let singleDay: DateRange | undefined;
    let ownDays: DateRange | undefined;
    let place: string | undefined;
    let extraordinary = false;
    let mentionCount = 0;
    for (const r of records) {
      if (formal === undefined && r.body !== undefined && r.body.includes('Council')) {
        formal = r.body;
      }
      firstBody ??= r.body;
      if (singleDay === undefined && r.date && r.date.from === r.date.to) {
        singleDay = r.date;
      }
      if (ownDays === undefined && r.own && namesDays(r.date)) {
        ownDays = r.date;
      }
      place = joinedPlace(place, r.place);
      extraordinary ||= r.extraordinary;
      mentionCount += r.mentions.length;
    }
    // The date the meeting's own reports give to the day (a range of days too), else a single day from any text,
    // else the most precise date of any text (`9-10 June 2018` rather than `June 2018`): a text that names one day of
    // a two-day summit does not shorten it.
    const date = registry?.date ?? ownDays ?? singleDay ?? mostPrecise(records);
    return {
      id,
      body: registry?.body ?? formal ?? firstBody,
      // Dates come from the registry and from extraction in objects of several shapes; one shape keeps the trees'
      // passes over ten thousand meetings' dates fast.
      date: date && { text: date.text, from: date.from, to: date.to },
      place: registry?.place ?? place,
      extraordinary: registry?.extraordinary ?? extraordinary,
      registered: registry !== undefined,
      reportedBy: reportedBy.sort(),
      participants,
      chairStates: chairStates.sort(),
      mentionCount,
    };
  }

  /**
   * The meetings a person took part in, as the texts that report them say (attended, chaired, received), sorted like
   * `meetings()`. Reached from the person's own mentions: the meetings of the texts that name them as participants.
   */
  meetingsOf(personId: string): MeetingEntity[] {
    this.current();
    const meetingIds = new Set<string>();
    const seenDocs = new Set<DocId>();
    for (const record of this.recordsOf(personId)) {
      if ((record.kind !== 'official' && record.kind !== 'role') || seenDocs.has(record.doc)) {
        continue;
      }
      seenDocs.add(record.doc);
      for (const meeting of this.files.get(record.doc)?.meetingRecords ?? []) {
        if (meeting.own && meeting.identity !== undefined) {
          meetingIds.add(meeting.identity.entityId);
        }
      }
    }
    return [...meetingIds]
      .map((id) => this.meeting(id))
      .filter((m): m is MeetingEntity => m !== undefined && m.participants.some((p) => p.entityId === personId && p.status !== 'ambiguous'))
      .sort(byMeetingOrder);
  }

  /** The documents of the corpus: registry documents, texts with a heading, and titles cited in the texts. Kept until a document changes. */
  documents(): readonly DocumentEntity[] {
    return this.current().documents.get(
      () => this.entityIds('document:', this.registryDocuments.keys()),
      (id) => this.document(id),
    );
  }

  /** The ids of one kind: the registry's, and those the texts' mentions resolve to. */
  private entityIds(prefix: string, registered: Iterable<string>): Set<string> {
    const ids = new Set(registered);
    for (const id of this.entityMentions.keys()) {
      if (id.startsWith(prefix)) {
        ids.add(id);
      }
    }
    // A person whose only mentions are ambiguous is no person of the list (`buildPerson`): `ambiguousGroups` adds none.
    if (prefix === 'person:') {
      for (const id of this.personGroups.keys()) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** One document, built from its registry entry and the headings and citations that name it. */
  document(entityId: string): DocumentEntity | undefined {
    return builtOnce(this.current().document, entityId, (id) => this.buildDocument(id));
  }

  private buildDocument(id: string): DocumentEntity | undefined {
    if (!id.startsWith('document:')) {
      return undefined;
    }
    const registered = this.registryDocuments.get(id);
    const mentions = this.entityMentions.get(id);
    // A heading describes the document better than a citation of it: the first heading by text, else the first
    // citation by text and offset. One pass, no sort: a charter is cited in thousands of texts.
    const earlier = byDocAndStart;
    let heading: MentionRecord | undefined;
    let citation: MentionRecord | undefined;
    // The same pass counts the citations and keeps the first of the first texts for the document card, which asks
    // for them next.
    const cited = new FirstPerText(LINKED_TEXTS);
    for (const record of mentions ?? []) {
      if (record.kind === 'heading' && (!heading || earlier(record, heading) < 0)) {
        heading = record;
      } else if (record.kind === 'title') {
        cited.add(record);
        if (!citation || earlier(record, citation) < 0) {
          citation = record;
        }
      }
    }
    this.rememberCount(id, 'title', { mentions: cited.mentions, texts: cited.texts.size });
    this.rememberSummary(id, summaryKey('title', LINKED_TEXTS), cited);
    const mentionCount = mentions?.size ?? 0;
    if (registered) {
      // The registry's file while it is a text of the corpus: renamed or deleted, it is no longer where the document is.
      const file = registered.file !== undefined && this.holds(registered.file) ? registered.file : heading?.doc;
      // What the registry leaves out, the text's heading tells.
      const text = heading === undefined ? undefined : this.files.get(heading.doc)?.extraction;
      return { id, title: registered.title, type: registered.type ?? text?.heading?.type, date: registered.date ?? text?.date, file, registered: true, mentionCount };
    }
    const first = heading ?? citation;
    if (!first) {
      return undefined;
    }
    const extraction = this.files.get(first.doc)?.extraction;
    if (heading) {
      // A heading that is only a type (`PRESS RELEASE`) is titled by the lines under it.
      return { id, title: extraction?.heading?.subtitle ?? extraction?.heading?.text ?? id, type: extraction?.heading?.type, date: extraction?.date, file: heading.doc, registered: false, mentionCount };
    }
    const title = extraction?.titles.find((t) => t.start === first.start);
    return { id, title: title?.title ?? id, type: title?.type, date: undefined, file: this.fileOfTitle(first.titleKey), registered: false, mentionCount };
  }

  /**
   * Fuzzy search of people, meetings and documents by name (Workspace Symbols), through fuse.js. The search index
   * is rebuilt on the first search after a change; the editor calls this only where the user types.
   */
  searchSymbols(query: string, limit = 50): SymbolMatch[] {
    // Rebuilt when an entity list changed (each is a new array then, and the same array while nothing changed): the
    // searches of one Ctrl+T session share one build, and an entity renamed or gone is never offered.
    const people = this.people();
    const meetings = this.meetings();
    const documents = this.documents();
    if (!this.symbols || this.symbolsFrom[0] !== people || this.symbolsFrom[1] !== meetings || this.symbolsFrom[2] !== documents) {
      this.symbols = new SymbolSearch([
        ...people.map((p) => ({ id: p.id, kind: 'person' as const, label: p.name, detail: [this.currentRoleOf(p.id), p.states.join(', '), p.aliases.join(', ')].filter((s) => s).join(' · ') })),
        ...meetings.map((m) => ({ id: m.id, kind: 'meeting' as const, label: m.body ?? 'Meeting', detail: [m.date?.text, m.place].filter((s) => s).join(' · ') })),
        ...documents.map((d) => ({ id: d.id, kind: 'document' as const, label: d.title, detail: [d.type, d.date?.text, d.file].filter((s) => s).join(' · ') })),
      ]);
      this.symbolsFrom = [people, meetings, documents];
    }
    return this.symbols.search(query, limit);
  }

  private indexTitle(record: MentionRecord): void {
    const key = record.titleKey ?? '';
    this.pending.add(record);
    if (record.kind === 'title') {
      this.addToBucket(this.titleRecords, key, record);
    } else if (!isBareType(key)) {
      this.addToBucket(this.titleDocs, key, record.doc);
      this.retitle(key);
    }
  }

  /** Cited titles of a key point to another document once a text with that heading comes or goes. */
  private retitle(key: string): void {
    for (const record of this.titleRecords.get(key) ?? []) {
      this.unassign(record);
      this.pending.add(record);
    }
  }

  private fileOfTitle(key: string | undefined): DocId | undefined {
    if (key === undefined) {
      return undefined;
    }
    return this.registryTitles.get(key)?.file ?? [...(this.titleDocs.get(key) ?? [])].sort()[0];
  }

  /**
   * A mention's identity: its own, else its form group's (a person mention) or its meeting record's (a meeting
   * mention). `entry`, when given, is the mention's text.
   */
  private identityOf(record: MentionRecord, entry?: FileEntry): Identity | undefined {
    if (record.identity !== undefined) {
      return record.identity;
    }
    if (record.group !== undefined) {
      return record.group.identity;
    }
    if (record.kind === 'meeting' && record.meeting !== undefined) {
      return (entry ?? this.files.get(record.doc))?.meetingRecords[record.meeting]?.identity;
    }
    return undefined;
  }

  private toMention(record: MentionRecord, entry?: FileEntry): EntityMention | undefined {
    const identity = this.identityOf(record, entry);
    if (!identity) {
      return undefined;
    }
    return {
      doc: record.doc,
      start: record.start,
      end: record.end,
      kind: record.kind,
      entityId: identity.entityId,
      status: identity.status,
      candidates: identity.candidates,
      ...(record.role !== undefined ? { role: record.role } : {}),
      ...(record.state !== undefined ? { state: record.state } : {}),
    };
  }

  private addToBucket<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
    let bucket = map.get(key);
    if (!bucket) {
      bucket = new Set();
      map.set(key, bucket);
    }
    bucket.add(value);
  }

  /** Gives a mention its identity; `key` is `identityKeyOf(identity)` when the caller has it already. */
  private assign(record: MentionRecord, identity: Identity | undefined, key = identity === undefined ? '' : identityKeyOf(identity)): void {
    this.unassign(record);
    record.identity = identity;
    record.identityKey = key;
    if (!identity) {
      return;
    }
    if (identity.status === 'ambiguous') {
      for (const id of identity.candidates) {
        addToSmallSet(this.entityMentions, id, record);
      }
    } else {
      // No one-element array per mention: a full run assigns a hundred thousand.
      addToSmallSet(this.entityMentions, identity.entityId, record);
    }
    this.invalidateMention(record, identity);
  }

  /** Drops what a mention named from the cache, and takes back its own identity (out of `entityMentions`) if it has one. */
  private unassign(record: MentionRecord): void {
    const identity = this.identityOf(record);
    if (!identity) {
      return;
    }
    this.invalidateMention(record, identity);
    if (record.identity === undefined) {
      return;
    }
    for (const id of identity.status === 'ambiguous' ? identity.candidates : [identity.entityId]) {
      const set = this.entityMentions.get(id);
      set?.delete(record);
      if (set && set.size === 0) {
        this.entityMentions.delete(id);
      }
    }
    record.identity = undefined;
    record.identityKey = undefined;
  }

  private resolveRoleRecord(record: MentionRecord): Identity | undefined {
    return record.role === undefined ? undefined : resolveRole(this.directory, record.role, record.state, record.organization, record.date);
  }

  /** Brings identities up to date for the surnames, meeting bodies and titles changed since the last query. */
  private resolve(): void {
    // Every query comes through here (building the people list asks once per person): most find nothing to do.
    if (this.dirtySurnames.size === 0 && this.dirtyMeetings.size === 0 && this.pending.size === 0 && this.addedPeople.length === 0) {
      return;
    }
    for (const key of this.dirtySurnames) {
      this.resolveSurname(key);
    }
    this.dirtySurnames.clear();
    for (const record of this.addedPeople) {
      const identity = this.identityOf(record);
      if (identity) {
        this.invalidateMention(record, identity);
      }
    }
    this.addedPeople = [];
    for (const key of this.dirtyMeetings) {
      this.resolveMeetings(key);
    }
    this.dirtyMeetings.clear();
    // A title cited in thousands of texts (`SCO Charter`) resolves once per pass: one identity for all its citations.
    const cited = new Map<string, { readonly identity: Identity; readonly key: string }>();
    for (const record of this.pending) {
      if (record.kind === 'title' && record.titleKey !== undefined) {
        let known = cited.get(record.titleKey);
        if (!known) {
          const identity = this.titleIdentity(record.titleKey, [...(this.titleDocs.get(record.titleKey) ?? [])].sort()[0]);
          known = { identity, key: identityKeyOf(identity) };
          cited.set(record.titleKey, known);
        }
        this.assign(record, known.identity, known.key);
      } else if (record.kind === 'heading' && record.titleKey !== undefined) {
        this.assign(record, this.headingIdentity(record.titleKey, record.doc));
      }
    }
    this.pending.clear();
  }

  /** The document a text's heading names: the registry document whose `file` the text is, else the one its title names. */
  private headingIdentity(titleKey: string, doc: DocId): Identity {
    const filed = this.registryFiles.get(doc)?.[0];
    return filed === undefined ? this.titleIdentity(titleKey, doc) : { status: 'registered', entityId: filed, candidates: NO_CANDIDATES };
  }

  /**
   * The document a title or heading names: the registry's, else the text with that heading (`text`), which is the
   * registry document whose `file` it is if there is one, else the title itself.
   */
  private titleIdentity(titleKey: string, text: DocId | undefined): Identity {
    const registered = this.registryTitles.get(titleKey);
    const filed = registered === undefined && text !== undefined ? this.registryFiles.get(text)?.[0] : undefined;
    const entityId = registered ? `document:${registered.id}` : (filed ?? (text !== undefined ? `document:@${text}` : `document:~${slug(titleKey)}`));
    return { status: registered || filed ? 'registered' : 'inferred', entityId, candidates: NO_CANDIDATES };
  }

  /** Files a person mention in its form group; `built`: whether entities were built (see `addedPeople`). */
  private addPerson(record: MentionRecord, built: boolean): void {
    if (built) {
      this.addedPeople.push(record);
    }
    const key = record.name?.surnameKey ?? '';
    const form = record.clusterForm;
    // The form's group, while it has mentions, is the one filed under its key (`remove` forgets it once empty).
    if (form?.group !== undefined && form.group.surname === key) {
      addToGroup(form.group, record);
      return;
    }
    let bucket = this.surnames.get(key);
    if (!bucket) {
      bucket = new Map();
      this.surnames.set(key, bucket);
    }
    const group = bucket.get(form?.key ?? '');
    if (group) {
      addToGroup(group, record);
    } else {
      const made: FormGroup = {
        surname: key,
        written: record.name?.written ?? '',
        records: [record],
        first: record,
        states: undefined,
        roles: undefined,
        identityKey: undefined,
        identity: undefined,
        resolvedAlone: false,
      };
      record.group = made;
      bucket.set(form?.key ?? '', made);
      if (form) {
        form.group = made;
      }
    }
  }

  private resolveSurname(key: string): void {
    const bucket = this.surnames.get(key);
    if (!bucket || bucket.size === 0) {
      this.surnames.delete(key);
      return;
    }
    // Identity rules decide per written form and state, never per mention: a one-file change to a common
    // surname costs a pass over its forms, and only the mentions whose identity changed (or that are new) are touched.
    const unregistered: { group: FormGroup; first: MentionRecord; order: string }[] = [];
    for (const group of bucket.values()) {
      const first = representative(group);
      const identity = this.directory.bySurname.size > 0 ? resolveInRegistry(this.directory, { name: first.name as PersonName, role: first.role, state: first.state, date: first.date }) : undefined;
      if (!identity) {
        unregistered.push({ group, first, order: formOrder(group, first) });
      } else if (this.registryHasRoles && (identity.status === 'ambiguous' || this.ambiguousUndated(first))) {
        // Roles may tell the candidates apart by the role each mention is written with, dated roles by each text's
        // date: resolve per role and date (the group shares the written form and the state), and file each mention
        // alone. Also when the first mention's role or date picks one of them: another mention's may pick another.
        this.unfileGroup(group);
        group.resolvedAlone = true;
        const byForm = new Map<string, Identity | undefined>();
        for (const record of group.records) {
          const form = `${record.role ?? ''}|${record.date?.text ?? ''}`;
          if (!byForm.has(form)) {
            byForm.set(form, resolveInRegistry(this.directory, { name: record.name as PersonName, role: record.role, state: record.state, date: record.date }));
          }
          const own = byForm.get(form);
          if (record.identity === undefined || record.identityKey !== (own ? identityKeyOf(own) : '')) {
            this.assign(record, own);
          }
        }
      } else {
        this.reassignGroup(group, identity);
      }
    }
    // In the order of their written form and state, not of arrival: the clusters (and their ids) must not depend on
    // which texts were indexed first, or the editor, after edits, and `chancery index` would disagree.
    unregistered.sort((a, b) => compareText(a.order, b.order));
    const identities = clusterUnregistered(unregistered.map(({ first }) => ({ name: first.name as PersonName, role: first.role, state: first.state, date: first.date })));
    unregistered.forEach(({ group }, i) => this.reassignGroup(group, identities[i]));
  }

  /** Whether the registry leaves a person mention ambiguous once its role and date are set aside (only they tell them apart). */
  private ambiguousUndated(record: MentionRecord): boolean {
    return resolveInRegistry(this.directory, { name: record.name as PersonName, role: undefined, state: record.state, date: undefined })?.status === 'ambiguous';
  }

  /**
   * Gives a form group one identity, shared by its mentions and filed once for all of them (`personGroups`), when it
   * changed: a full run resolves ninety thousand person mentions in twenty thousand groups without touching one.
   */
  private reassignGroup(group: FormGroup, identity: Identity | undefined): void {
    const key = identity === undefined ? '' : identityKeyOf(identity);
    if (group.identityKey === key) {
      return;
    }
    this.unfileGroup(group);
    if (group.resolvedAlone) {
      for (const record of group.records) {
        this.unassign(record);
      }
      group.resolvedAlone = false;
    }
    if (identity) {
      group.identity = identity;
      if (identity.status === 'ambiguous') {
        for (const id of identity.candidates) {
          addToSmallSet(this.ambiguousGroups, id, group);
        }
      } else {
        addToSmallSet(this.personGroups, identity.entityId, group);
      }
      this.invalidateMentions(group.records, identity);
    }
    group.identityKey = key;
  }

  /** Takes a group's shared identity back, from it and so from its mentions. */
  private unfileGroup(group: FormGroup): void {
    const identity = group.identity;
    group.identityKey = undefined;
    if (identity === undefined) {
      return;
    }
    group.identity = undefined;
    const filed = identity.status === 'ambiguous' ? this.ambiguousGroups : this.personGroups;
    for (const id of identity.status === 'ambiguous' ? identity.candidates : [identity.entityId]) {
      const set = filed.get(id);
      set?.delete(group);
      if (set && set.size === 0) {
        filed.delete(id);
      }
    }
    this.invalidateMentions(group.records, identity);
  }

  /** `invalidateMention` for each of `records`: their texts' meetings list them as participants. */
  private invalidateMentions(records: readonly MentionRecord[], identity: Identity): void {
    if (isEmptyCache(this.cache)) {
      return;
    }
    for (const record of records) {
      this.invalidateMention(record, identity);
    }
  }

  private resolveMeetings(bucket: string): void {
    const records = [...(this.meetingBuckets.get(bucket) ?? [])];
    if (records.length === 0) {
      this.meetingBuckets.delete(bucket);
      return;
    }
    const [key = '', year = '-'] = bucket.split('|');
    const registered = bucket.startsWith('~')
      ? []
      : (this.registry?.meetings ?? []).filter((m) => meetingBodyKey(m.body) === key && (m.date ? m.date.from.slice(0, 4) <= year && year <= m.date.to.slice(0, 4) : year === '-'));
    interface Cluster {
      id: string;
      date: DateRange | undefined;
      place: string | undefined;
      extraordinary: boolean;
      /** Its number in its series, once a record gives one. */
      ordinal: number | undefined;
      /** The meeting of each text it holds: two meetings a text tells apart (the own, the next) are two here too. */
      texts: Map<DocId, number>;
    }
    const identities = new Map<string, Identity>();
    // Day-precise clusters are found by their day; the few imprecise ones (a year, a range) are scanned.
    const byDay = new Map<string, Cluster[]>();
    const imprecise: Cluster[] = [];
    const addCluster = (cluster: Cluster): void => {
      if (cluster.date && cluster.date.from === cluster.date.to) {
        const list = byDay.get(cluster.date.from) ?? [];
        list.push(cluster);
        byDay.set(cluster.date.from, list);
      } else {
        imprecise.push(cluster);
      }
    };
    registered.forEach((m) => addCluster({ id: `meeting:${m.id}`, date: m.date, place: m.place, extraordinary: m.extraordinary, ordinal: undefined, texts: new Map() }));
    // Each record's precision is computed once, not in each of the sort's comparisons. Of one precision, a meeting
    // placed in a state comes after those placed in its cities: one that fits meetings in two of them joins neither.
    const sorted = records
      .map((record) => ({ record, precision: precision(record.date) * 2 + (holdsCities(record.place) ? 1 : 0) }))
      .sort((a, b) => a.precision - b.precision || (a.record.doc < b.record.doc ? -1 : a.record.doc > b.record.doc ? 1 : a.record.index - b.record.index))
      .map((keyed) => keyed.record);
    for (const record of sorted) {
      const sameDay = record.date && record.date.from === record.date.to ? (byDay.get(record.date.from) ?? []) : undefined;
      const candidates = sameDay ? (imprecise.length === 0 ? sameDay : [...sameDay, ...imprecise]) : [...imprecise, ...[...byDay.values()].flat()];
      const fits = candidates.filter((c) => {
        // An extraordinary meeting and a regular one of the same body and year are two meetings, unless both are
        // dated to their days and those agree (a text may leave out the word).
        if (record.extraordinary !== c.extraordinary && !(namesDays(record.date) && namesDays(c.date))) {
          return false;
        }
        // `the 78th session` and `the 79th session` of one year are two meetings.
        if (record.ordinal !== undefined && c.ordinal !== undefined && record.ordinal !== c.ordinal) {
          return false;
        }
        const told = c.texts.get(record.doc);
        if (told !== undefined && told !== record.index) {
          return false;
        }
        if (record.date && c.date) {
          return datesOverlap(record.date, c.date) && (record.place === undefined || c.place === undefined || placesAgree(record.place, c.place));
        }
        // Undated on both sides: the place must be given and agree.
        return record.place !== undefined && record.place === c.place;
      });
      const target = fits.length === 1 ? fits[0] : undefined;
      // Without date and place a meeting is its text's own record: two of one body in one text (the previous and the
      // next meeting) are two meetings, which extraction told apart.
      let id: string;
      if (target) {
        id = target.id;
        // A meeting placed in a state and told at one of its cities is at that city: another city's meeting is another.
        target.place = joinedPlace(target.place, record.place);
        target.ordinal ??= record.ordinal;
        target.texts.set(record.doc, record.index);
      } else {
        id = bucket.startsWith('~')
          ? `meeting:~${slug(bucket)}`
          : `meeting:~${slug(record.body ?? key)}${record.date ? `@${record.date.text}` : ''}${record.place ? `@${slug(record.place)}` : ''}${record.date || record.place ? '' : `@${slug(record.doc)}${record.index > 0 ? `-${record.index}` : ''}`}`;
        // `the 78th session ... in 2024` and `the 79th session ... in 2024`: two meetings of one body, date and place
        // are told apart by their numbers.
        if (record.ordinal !== undefined && identities.has(id)) {
          id = `${id}#${record.ordinal}`;
        }
        addCluster({ id, date: record.date, place: record.place, extraordinary: record.extraordinary, ordinal: record.ordinal, texts: new Map([[record.doc, record.index]]) });
      }
      // One identity per meeting of the bucket, for its records and, through them, their mentions.
      let identity = identities.get(id);
      if (!identity) {
        identity = { status: id.startsWith('meeting:~') ? 'inferred' : 'registered', entityId: id, candidates: NO_CANDIDATES };
        identities.set(id, identity);
      }
      this.moveMeetingRecord(record, identity);
    }
  }
}
