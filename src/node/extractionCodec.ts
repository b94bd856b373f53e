// How the extraction workers send their results to the pool's thread (`extractionPool.ts`): numbers in one typed
// array, transferred without a copy, and each string once per worker. A string a worker met before travels as its
// number, and the pool's thread turns it back into the one string object it made the first time.
//
// Int32Array, not Float64Array: every number is an offset, a length, a count or a size under 2 GiB (Node reads no
// larger file), and a number read from an Int32Array is a small integer that objects hold inline, where one read
// from a Float64Array may become a boxed number in each object it is stored in.
//
// Why not JSON: ten thousand texts repeat the same names, roles, states, bodies and places. Parsed from JSON, each
// is a new string, which the index then hashes and compares by content in every map it is looked up in (the
// parsed names, the form groups, the buckets), and which the collector copies while the index holds it. Here the
// index receives the same object each time: its hash is computed once, lookups match it by identity, and the
// heap holds one copy. Decoding builds the objects with the shapes `extractText` gives them, so that the index
// sees the same data as when it extracts a text itself.
import type { FileExtraction } from '../core/corpus/fileExtraction';
import type { DateRange } from '../core/corpus/dateRange';
import type { UnreadableReason } from '../core/corpus/textDecoding';
import type { DocumentHeading, TitleMention } from '../core/recognize/documentTitles';
import type { MeetingExtraction } from '../core/recognize/meetingMentions';
import type { OfficialMention, RoleMention } from '../core/recognize/officialMentions';
import type { Participation, ParticipationKind, TextExtraction } from '../core/recognize/textExtraction';

/** One item's result: a text's extraction, a file's (`FileExtraction`), or why it failed. */
export type ExtractionResult = { readonly extraction: TextExtraction } | FileExtraction | { readonly error: string };

/** The results of one batch, encoded: `data` is transferred, `strings` are the strings this worker had not sent before. */
export interface EncodedResults {
  readonly data: Int32Array<ArrayBuffer>;
  readonly strings: readonly string[];
  /** Set when the worker forgot its strings before this batch: the receiver must forget them too. */
  readonly reset: boolean;
}

/** Which variant of `ExtractionResult` follows in the numbers. */
const enum Tag {
  Error,
  Missing,
  TooLarge,
  Unreadable,
  File,
  Text,
}

/**
 * A bound on the strings a worker remembers (a corpus of unique headings must not grow the tables without end):
 * past it, both sides start again from nothing.
 */
const STRINGS_KEPT = 200000;

/** The worker's side: turns results into numbers, and strings into their numbers (0 stands for undefined). */
export class ResultEncoder {
  private readonly ids = new Map<string, number>();
  private data = new Int32Array(4096);
  private length = 0;
  private fresh: string[] = [];
  private reset = false;

  /** `stringsKept`: how many strings to remember before starting again (tests lower it). */
  constructor(private readonly stringsKept = STRINGS_KEPT) {}

  /** Encodes the results of one batch. */
  encode(results: readonly ExtractionResult[]): EncodedResults {
    if (this.ids.size > this.stringsKept) {
      this.ids.clear();
      this.reset = true;
    }
    this.length = 0;
    this.number(results.length);
    for (const result of results) {
      this.result(result);
    }
    const encoded: EncodedResults = { data: this.data.slice(0, this.length), strings: this.fresh, reset: this.reset };
    this.fresh = [];
    this.reset = false;
    return encoded;
  }

  private number(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  private string(value: string | undefined): void {
    if (value === undefined) {
      this.number(0);
      return;
    }
    let id = this.ids.get(value);
    if (id === undefined) {
      // Numbered from 1 in the order first sent; the receiver appends them to its table in that order.
      id = this.ids.size + 1;
      this.ids.set(value, id);
      this.fresh.push(value);
    }
    this.number(id);
  }

  private date(date: DateRange | undefined): void {
    if (date === undefined) {
      this.number(0);
      return;
    }
    this.number(1);
    this.string(date.text);
    this.string(date.from);
    this.string(date.to);
  }

  private result(result: ExtractionResult): void {
    if ('error' in result) {
      this.number(Tag.Error);
      this.string(result.error);
    } else if ('missing' in result) {
      this.number(Tag.Missing);
    } else if ('tooLarge' in result) {
      this.number(Tag.TooLarge);
      this.number(result.tooLarge);
    } else if ('unreadable' in result) {
      this.number(Tag.Unreadable);
      this.string(result.unreadable);
    } else if ('length' in result) {
      this.number(Tag.File);
      this.number(result.length);
      this.number(result.bytes);
      this.extraction(result.extraction);
    } else {
      this.number(Tag.Text);
      this.extraction(result.extraction);
    }
  }

  private extraction(extraction: TextExtraction): void {
    const heading = extraction.heading;
    if (heading === undefined) {
      this.number(0);
    } else {
      this.number(1);
      this.number(heading.start);
      this.number(heading.end);
      this.number(heading.frontEnd);
      this.string(heading.text);
      this.string(heading.type);
      this.string(heading.subtitle);
    }
    this.date(extraction.date);
    this.number(extraction.officials.length);
    for (const official of extraction.officials) {
      this.number(official.start);
      this.number(official.end);
      this.string(official.name);
      this.string(official.role);
      this.string(official.state);
      this.string(official.organization);
      this.string(official.antecedent);
    }
    this.number(extraction.roles.length);
    for (const role of extraction.roles) {
      this.number(role.start);
      this.number(role.end);
      this.string(role.role);
      this.string(role.state);
      this.string(role.organization);
    }
    this.number(extraction.meetings.length);
    for (const meeting of extraction.meetings) {
      this.number(meeting.mentions.length);
      for (const span of meeting.mentions) {
        this.number(span.start);
        this.number(span.end);
      }
      this.string(meeting.body);
      this.date(meeting.date);
      this.string(meeting.place);
      this.number(meeting.extraordinary ? 1 : 0);
      this.number(meeting.own ? 1 : 0);
      // No meeting is numbered 0.
      this.number(meeting.ordinal ?? 0);
    }
    this.number(extraction.titles.length);
    for (const title of extraction.titles) {
      this.number(title.start);
      this.number(title.end);
      this.string(title.title);
      this.string(title.type);
    }
    this.number(extraction.participants.length);
    for (const participation of extraction.participants) {
      this.number(participation.official);
      if (participation.official < 0) {
        this.number(participation.role ?? 0);
      }
      this.string(participation.kind);
    }
    this.string(extraction.chairState);
  }
}

/**
 * One string object per distinct string, shared by the decoders of all the workers of a pool: two workers send
 * `Sergey Lavrov` once each, and the index then finds both in its maps by identity.
 */
export class StringTable {
  private readonly strings = new Map<string, string>();

  /** The one object for this string's content. */
  intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) {
      return known;
    }
    if (this.strings.size > 2 * STRINGS_KEPT) {
      // Only strings met later lose their sharing; nothing else depends on it.
      this.strings.clear();
    }
    this.strings.set(value, value);
    return value;
  }
}

/** The pool's side, one per worker: turns the numbers back into results, with the strings that worker sent. */
export class ResultDecoder {
  /** Strings by number; index 0 stands for undefined. */
  private strings: (string | undefined)[] = [undefined];
  /**
   * Dates and participations already made, by the number of their text and by kind then official. They are
   * plain data that nothing changes, so texts share them: ten thousand texts are dated with a few thousand dates,
   * and their participants are the first few officials, attending. Fewer objects for the index to hold, and for
   * the collector to copy.
   */
  private readonly dates = new Map<number, DateRange>();
  private readonly participations = new Map<number, (Participation | undefined)[]>();
  private data: Int32Array = new Int32Array(0);
  private at = 0;

  constructor(private readonly table = new StringTable()) {}

  /** Decodes the results of one batch, in the order they were encoded. */
  decode(encoded: EncodedResults): ExtractionResult[] {
    if (encoded.reset) {
      this.strings = [undefined];
      this.dates.clear();
      this.participations.clear();
    }
    for (const value of encoded.strings) {
      this.strings.push(this.table.intern(value));
    }
    this.data = encoded.data;
    this.at = 0;
    const count = this.number();
    const results: ExtractionResult[] = [];
    for (let i = 0; i < count; i++) {
      results.push(this.result());
    }
    return results;
  }

  private number(): number {
    return this.data[this.at++] ?? 0;
  }

  private string(): string | undefined {
    return this.strings[this.number()];
  }

  /** A string the encoder never leaves undefined. */
  private text(): string {
    return this.string() ?? '';
  }

  private date(): DateRange | undefined {
    if (this.number() === 0) {
      return undefined;
    }
    const text = this.number();
    const from = this.text();
    const to = this.text();
    const known = this.dates.get(text);
    if (known !== undefined && known.from === from && known.to === to) {
      return known;
    }
    const date = { text: this.strings[text] ?? '', from, to };
    this.dates.set(text, date);
    return date;
  }

  private participation(): Participation {
    const official = this.number();
    if (official < 0) {
      // One named by their role alone: rare, not shared.
      const role = this.number();
      return { official, role, kind: (this.strings[this.number()] ?? '') as ParticipationKind };
    }
    const kind = this.number();
    let byOfficial = this.participations.get(kind);
    if (byOfficial === undefined) {
      byOfficial = [];
      this.participations.set(kind, byOfficial);
    }
    let participation = byOfficial[official];
    if (participation === undefined) {
      participation = { official, kind: (this.strings[kind] ?? '') as ParticipationKind };
      byOfficial[official] = participation;
    }
    return participation;
  }

  private result(): ExtractionResult {
    switch (this.number() as Tag) {
      case Tag.Error:
        return { error: this.text() };
      case Tag.Missing:
        return { missing: true };
      case Tag.TooLarge:
        return { tooLarge: this.number() };
      case Tag.Unreadable:
        return { unreadable: this.text() as UnreadableReason };
      case Tag.File: {
        const length = this.number();
        const bytes = this.number();
        return { extraction: this.extraction(), length, bytes };
      }
      default:
        return { extraction: this.extraction() };
    }
  }

  private extraction(): TextExtraction {
    let heading: DocumentHeading | undefined;
    if (this.number() === 1) {
      const start = this.number();
      const end = this.number();
      const frontEnd = this.number();
      heading = { start, end, frontEnd, text: this.text(), type: this.string(), subtitle: this.string() };
    }
    const date = this.date();
    // Lists made at their length (the count comes first), not grown by `push`, which leaves room for seventeen in
    // each: the index keeps every text's extraction.
    const officials = new Array<OfficialMention>(this.number());
    for (let i = 0; i < officials.length; i++) {
      const official: OfficialMention = { start: this.number(), end: this.number(), name: this.text(), role: this.string(), state: this.string(), organization: this.string() };
      // Only a bare surname has one: the others keep the shape of the extraction's own objects.
      const antecedent = this.string();
      officials[i] = antecedent === undefined ? official : { ...official, antecedent };
    }
    const roles = new Array<RoleMention>(this.number());
    for (let i = 0; i < roles.length; i++) {
      roles[i] = { start: this.number(), end: this.number(), role: this.text(), state: this.string(), organization: this.string() };
    }
    const meetings = new Array<MeetingExtraction>(this.number());
    for (let i = 0; i < meetings.length; i++) {
      const mentions = new Array<{ start: number; end: number }>(this.number());
      for (let m = 0; m < mentions.length; m++) {
        mentions[m] = { start: this.number(), end: this.number() };
      }
      meetings[i] = { mentions, body: this.string(), date: this.date(), place: this.string(), extraordinary: this.number() === 1, own: this.number() === 1, ordinal: this.number() || undefined };
    }
    const titles = new Array<TitleMention>(this.number());
    for (let i = 0; i < titles.length; i++) {
      titles[i] = { start: this.number(), end: this.number(), title: this.text(), type: this.text() };
    }
    const participants = new Array<Participation>(this.number());
    for (let i = 0; i < participants.length; i++) {
      participants[i] = this.participation();
    }
    return { heading, date, officials, roles, meetings, titles, participants, chairState: this.string() };
  }
}
