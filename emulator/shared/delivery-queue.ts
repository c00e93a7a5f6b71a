import { type ClientRequest } from 'node:http';
import { type Clock } from './clock';
import { type Logger } from './logger';
import { postJson } from './post-json';

export interface DeliveryPolicy {
  /** Waits before each retry; its length bounds the retries. Empty: a single attempt. */
  retryDelaysMs: number[];
  timeoutMs: number;
}

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  status?: number;
  error?: string;
}

export interface OutboundMessage {
  url: string;
  /** Called for every attempt, since Stripe signs each attempt with a fresh timestamp. */
  prepare(): { body: string; headers: Record<string, string> };
  onAttempt(attempt: DeliveryAttempt, final: boolean): void;
}

/**
 * Sends callbacks after the API response that caused them, retrying failures on a bounded schedule.
 * Messages are independent: nothing here orders deliveries, because neither provider does.
 */
export class DeliveryQueue {
  private pending = 0;
  private waiters: Array<() => void> = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<ClientRequest>();
  private closed = false;

  constructor(
    private readonly policy: DeliveryPolicy,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  enqueue(message: OutboundMessage): void {
    if (this.closed) return;
    this.pending += 1;
    this.schedule(message, 0, 0);
  }

  /** Resolves once every queued message has succeeded or used up its retries. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const request of this.inFlight) request.destroy();
    this.pending = 0;
    this.release();
  }

  private schedule(message: OutboundMessage, attemptIndex: number, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(message, attemptIndex);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(message: OutboundMessage, attemptIndex: number): Promise<void> {
    const { body, headers } = message.prepare();
    const at = this.clock().toISOString();
    const outcome = await postJson(message.url, body, headers, this.policy.timeoutMs, this.inFlight);
    if (this.closed) return;
    const succeeded = 'status' in outcome && outcome.status >= 200 && outcome.status < 300;
    const final = succeeded || attemptIndex >= this.policy.retryDelaysMs.length;
    message.onAttempt({ attempt: attemptIndex + 1, at, ...outcome }, final);
    if (!succeeded) {
      this.logger.warn('callback delivery failed', { url: message.url, attempt: attemptIndex + 1, ...outcome });
    }
    if (final) {
      this.finish();
    } else {
      this.schedule(message, attemptIndex + 1, this.policy.retryDelaysMs[attemptIndex]);
    }
  }

  private finish(): void {
    this.pending -= 1;
    if (this.pending === 0) this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
