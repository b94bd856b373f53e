import type { TextExtractor } from '../chancery';

/** A thread that extracts texts elsewhere: a worker of the Node extension host (`ExtractionPool`). */
export interface ExtractionThread {
  readonly extract: TextExtractor;
  close(): Promise<void>;
}

/**
 * How many texts of a full run are extracted in the calling thread before a thread is started for the rest. A thread
 * costs its start and a warm-up of its own (about 0.2 s before its first text, and slower texts until its compiler
 * has optimised the extraction code); a run of a few hundred texts is over sooner without it.
 */
export const IN_PROCESS_TEXTS = 256;

/**
 * The `extractor` port of the editor's full indexing runs: the first `inProcess` texts of a run are left to the
 * calling thread (the port answers undefined, and the core extracts each text in its indexing loop, between the
 * event loop's turns), the rest go to a thread started then (`start`), so that the extension host's thread reads
 * and indexes while the thread extracts. Where no thread can start (`start` gives undefined: a web extension host),
 * every text is left to the calling thread, as without the port; a text the thread fails to extract (its worker
 * stopped) is extracted again by the core. Runs that overlap (a registry change starts a
 * new run before the old one has stopped) share the thread; it is closed when the last of them ends, and the next
 * run counts from zero.
 */
export class ExtractionHandOff {
  private thread: ExtractionThread | undefined;
  private started = false;
  private count = 0;
  private runs = 0;
  private usedThread = false;

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
      this.usedThread = true;
      return extraction;
    });
  };

  /** Whether a thread extracts now. */
  get threaded(): boolean {
    return this.thread !== undefined;
  }

  /** Whether a thread extracted texts of the last run (or of the runs that overlapped, if several did). */
  get threadedLastRun(): boolean {
    return this.usedThread;
  }

  /** Runs a full indexing run with the port; the thread, if one started, is closed when no run is left. */
  async during<T>(run: () => Promise<T>): Promise<T> {
    if (this.runs === 0) {
      this.usedThread = false;
    }
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

  /** Closes the thread, if any; the next run counts from zero. */
  stop(): void {
    const thread = this.thread;
    this.thread = undefined;
    this.started = false;
    this.count = 0;
    void thread?.close();
  }
}
