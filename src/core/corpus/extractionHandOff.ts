import type { TextExtractor } from '../chancery';

/** A thread that extracts texts elsewhere: a worker of the Node extension host (`ExtractionPool`). */
export interface ExtractionThread {
  readonly extract: TextExtractor;
  close(): Promise<void>;
}

/**
 * How many texts of a full run the calling thread extracts before a thread is started for the rest. A thread costs
 * its start and a warm-up of its own, and on two cores it takes CPU from the extension host's thread: in a real
 * workbench on two cores (`npm run bench:editor`), a worker started after 256 texts made 1,000 texts no sooner
 * (1.4–1.8 s against 1.4–1.5 s), and one started after 2,000 made 10,000 texts sooner (5.0–6.3 s against
 * 5.8–6.6 s). See docs/corpus-model.md, thirteenth round.
 */
export const IN_PROCESS_TEXTS = 2000;

/**
 * The `extractor` port of the editor's full indexing runs: the first `inProcess` texts of a run are left to the
 * calling thread (the port answers undefined, and the core extracts each text in its indexing loop, between the
 * event loop's turns), the rest go to a thread started then (`start`), so that the extension host's thread reads
 * and indexes while the thread extracts. Where no thread can start (`start` gives undefined: a web extension host),
 * every text is left to the calling thread, as without the port; a text the thread fails to extract (its worker
 * stopped) is extracted again by the core. Each run counts its own texts; runs that overlap (a registry change starts
 * a new run before the old one has stopped) share the thread, which is closed when the last of them ends.
 */
export class ExtractionHandOff {
  private thread: ExtractionThread | undefined;
  private started = false;
  private count = 0;
  private runs = 0;
  private byThread = 0;

  constructor(
    private readonly start: () => ExtractionThread | undefined,
    private readonly inProcess = IN_PROCESS_TEXTS,
  ) {}

  /** The port for `createChancery({ extractor })`. */
  readonly extract: TextExtractor = (text, registry) => {
    if (this.runs === 0) {
      return Promise.resolve(undefined);
    }
    this.count++;
    if (!this.started && this.count > this.inProcess) {
      this.started = true;
      this.thread = this.start();
    }
    if (!this.thread) {
      return Promise.resolve(undefined);
    }
    return this.thread.extract(text, registry).then((extraction) => {
      this.byThread++;
      return extraction;
    });
  };

  /** Whether a thread extracts now. */
  get threaded(): boolean {
    return this.thread !== undefined;
  }

  /** How many texts of the last run (or of the runs that overlapped, if several did) the thread extracted. */
  get extractedByThread(): number {
    return this.byThread;
  }

  /** Runs a full indexing run with the port; the thread, if one started, is closed when no run is left. */
  async during<T>(run: () => Promise<T>): Promise<T> {
    if (this.runs === 0) {
      this.byThread = 0;
    }
    // Each run counts its own texts; one that starts while another ends (a registry changed twice) uses the thread
    // the other started, if any.
    this.count = 0;
    this.runs++;
    try {
      return await run();
    } finally {
      this.runs--;
      if (this.runs === 0) {
        this.stop();
      }
    }
  }

  /** Closes the thread, if any; a later run may start another (each run counts its texts from zero: `during`). */
  stop(): void {
    const thread = this.thread;
    this.thread = undefined;
    this.started = false;
    void thread?.close();
  }
}
