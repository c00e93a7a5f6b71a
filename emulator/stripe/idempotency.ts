import { type Clock } from '../shared/clock';
import { type EmulatorResponse } from '../shared/http-types';
import { type FormObject } from './form-encoding';
import { StripeApiError } from './stripe-errors';

const RETENTION_MS = 24 * 60 * 60 * 1000;

interface StoredResult {
  endpoint: string;
  fingerprint: string;
  response: EmulatorResponse;
  storedAt: number;
}

export type IdempotencyLookup = { kind: 'replay'; response: EmulatorResponse } | { kind: 'new' };

/**
 * Stripe's Idempotency-Key semantics: per account, a key remembers the first response for 24 hours;
 * the same request replays it, a different endpoint or different parameters is an `idempotency_error`.
 */
export class IdempotencyStore {
  private readonly results = new Map<string, StoredResult>();

  constructor(private readonly clock: Clock) {}

  lookup(account: string, key: string, endpoint: string, params: FormObject): IdempotencyLookup {
    this.forgetExpired();
    const stored = this.results.get(storageKey(account, key));
    if (!stored) return { kind: 'new' };
    if (stored.endpoint !== endpoint) {
      throw idempotencyError(
        `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${stored.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    if (stored.fingerprint !== fingerprint(params)) {
      throw idempotencyError(
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return { kind: 'replay', response: stored.response };
  }

  remember(account: string, key: string, endpoint: string, params: FormObject, response: EmulatorResponse): void {
    this.results.set(storageKey(account, key), {
      endpoint,
      fingerprint: fingerprint(params),
      response: structuredClone(response),
      storedAt: this.clock().getTime(),
    });
  }

  private forgetExpired(): void {
    const cutoff = this.clock().getTime() - RETENTION_MS;
    for (const [key, stored] of this.results) {
      if (stored.storedAt <= cutoff) this.results.delete(key);
    }
  }
}

function storageKey(account: string, key: string): string {
  return `${account}\u0000${key}`;
}

/** Parameter order on the wire is irrelevant to Stripe, so compare a key-sorted rendering. */
function fingerprint(params: FormObject): string {
  return JSON.stringify(params, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

function idempotencyError(message: string): StripeApiError {
  return new StripeApiError(400, { type: 'idempotency_error', message }, false);
}
