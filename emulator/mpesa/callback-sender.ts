import { type DeliveryAttempt, type DeliveryQueue } from '../shared/delivery-queue';

export type CallbackMode = 'deliver' | 'drop';
export type CallbackKind = 'stk-push' | 'reversal' | 'b2c' | 'transaction-status';

export interface CallbackDelivery {
  id: string;
  kind: CallbackKind;
  url: string;
  body: unknown;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: DeliveryAttempt[];
}

/**
 * POSTs STK callbacks and Result messages. Safaricom sends each once, so the queue's policy for
 * M-Pesa has no retries; a missed callback is the client's to reconcile with a query.
 */
export class CallbackSender {
  private mode: CallbackMode = 'deliver';
  private readonly log: CallbackDelivery[] = [];

  constructor(private readonly queue: DeliveryQueue) {}

  setMode(mode: CallbackMode): void {
    this.mode = mode;
  }

  currentMode(): CallbackMode {
    return this.mode;
  }

  deliveries(): CallbackDelivery[] {
    return structuredClone(this.log);
  }

  /** `suppress` drops this one callback whatever the mode, for a single missed notification. */
  send(kind: CallbackKind, url: string, body: unknown, suppress = false): void {
    if (suppress || this.mode === 'drop') return;
    const delivery: CallbackDelivery = {
      id: `cb_${this.log.length + 1}`,
      kind,
      url,
      body,
      status: 'pending',
      attempts: [],
    };
    this.log.push(delivery);
    const payload = JSON.stringify(body);
    this.queue.enqueue({
      url,
      prepare: () => ({ body: payload, headers: {} }),
      onAttempt: (attempt, final) => {
        delivery.attempts.push(attempt);
        const succeeded = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
        if (succeeded) delivery.status = 'succeeded';
        else if (final) delivery.status = 'failed';
      },
    });
  }
}
