/** Thrown instead of queueing work when the queue is full, or when queued work waited too long to start. */
export class QueueBusyError extends Error {
  constructor(readonly reason: 'full' | 'waited too long') {
    super(`work queue busy (${reason})`);
    this.name = 'QueueBusyError';
  }
}

export interface BoundedQueueOptions {
  /** Pieces of work running at once. */
  concurrency: number;
  /** Pieces waiting to start; one more is refused at once. */
  maxQueued: number;
  /** A piece that could not start within this long is refused rather than run late. */
  maxWaitMs: number;
}

/**
 * Runs expensive work (password hashing) a few at a time. A burst waits its turn instead of making
 * every piece slow enough to time out; past the queue's bounds, work is refused at once with
 * `QueueBusyError`, which callers turn into a typed "busy, retry shortly" answer.
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly options: BoundedQueueOptions) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) await this.turn();
    else this.running += 1;
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private turn(): Promise<void> {
    if (this.waiting.length >= this.options.maxQueued) return Promise.reject(new QueueBusyError('full'));
    return new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new QueueBusyError('waited too long'));
        }, this.options.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  /** The slot passes straight to the next waiter, so `running` never drops below the queue's demand. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}
