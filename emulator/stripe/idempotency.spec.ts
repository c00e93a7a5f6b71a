import { IdempotencyStore } from './idempotency';
import { StripeApiError } from './stripe-errors';

describe('IdempotencyStore', () => {
  let now = new Date('2030-01-01T00:00:00Z');
  const store = new IdempotencyStore(() => now);
  const response = { status: 200, body: { id: 'pi_1' } };

  it('replays the stored response for the same endpoint and parameters in any order', () => {
    store.remember('acct', 'key-1', 'POST /v1/payment_intents', { amount: '1', currency: 'usd' }, response);
    expect(store.lookup('acct', 'key-1', 'POST /v1/payment_intents', { currency: 'usd', amount: '1' })).toEqual({
      kind: 'replay',
      response,
    });
    expect(store.lookup('other-account', 'key-1', 'POST /v1/payment_intents', {})).toEqual({ kind: 'new' });
  });

  it('refuses other parameters or another endpoint with an idempotency_error', () => {
    const attempt = (endpoint: string, params: Record<string, string>) => () =>
      store.lookup('acct', 'key-1', endpoint, params);
    for (const call of [
      attempt('POST /v1/payment_intents', { amount: '2', currency: 'usd' }),
      attempt('POST /v1/refunds', { amount: '1', currency: 'usd' }),
    ]) {
      expect(call).toThrow(StripeApiError);
      try {
        call();
      } catch (error) {
        expect((error as StripeApiError).body.type).toBe('idempotency_error');
      }
    }
  });

  it('forgets keys after 24 hours', () => {
    now = new Date('2030-01-01T23:59:59Z');
    expect(store.lookup('acct', 'key-1', 'POST /v1/payment_intents', { amount: '1', currency: 'usd' }).kind).toBe(
      'replay',
    );
    now = new Date('2030-01-02T00:00:00Z');
    expect(store.lookup('acct', 'key-1', 'POST /v1/payment_intents', { amount: '2' }).kind).toBe('new');
  });
});
