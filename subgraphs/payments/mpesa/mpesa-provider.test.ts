import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import {
  EMULATOR_KEYS,
  startTestProviderEmulator,
  type ProviderEmulator,
} from '../../../test/support/payments/provider-emulator';
import { systemClock } from '../../../platform/runtime/clock';
import { CALLBACK_BASE_PATH, CallbackTokens } from './callback-token';
import { DarajaClient, type DarajaSettings } from './daraja-client';
import { parseDarajaResult, parseStkCallback } from './daraja-callbacks';
import { memoryTokenStore, redisTokenStore, type DarajaTokenStore } from './daraja-token-cache';
import { MpesaProvider } from './mpesa-provider';

const tokens = new CallbackTokens('test-secret-of-at-least-thirty-two-chars');
const paymentId = '01938a2e-7b1c-7cc2-9e4f-3a5b6c7d8e9f';
const bookingId = '01938a2e-7b1c-7cc2-9e4f-0123456789ab';

/** Stands in for the gateway: records what Daraja POSTs to each callback path. */
function startReceiver(): Promise<{ server: Server; url: string; received: { path: string; body: unknown }[] }> {
  const received: { path: string; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(raw) as unknown });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ResultCode":0,"ResultDesc":"Accepted"}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received }),
    ),
  );
}

describe('M-Pesa provider against the Daraja emulator', () => {
  let emulator: ProviderEmulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let settings: DarajaSettings;
  let phoneSuffix = 100;
  /** Each test pays from its own phone: Daraja refuses a second prompt to a phone showing one. */
  const nextPhone = () => `0712 345 ${String(phoneSuffix++).padStart(3, '0')}`;

  const provider = (store: DarajaTokenStore = memoryTokenStore(systemClock)) =>
    new MpesaProvider(new DarajaClient(settings, store, systemClock), tokens, receiver.url);

  const charge = (mpesa: MpesaProvider, amountMinor = 150_050, phoneNumber = nextPhone()) =>
    mpesa.startCharge({
      paymentId,
      attemptId: paymentId,
      bookingId,
      bookingReference: 'unused',
      amountMinor,
      currency: 'KES',
      idempotencyKey: paymentId,
      phoneNumber,
    });

  const callbacksTo = (kind: string) =>
    receiver.received.filter((callback) => callback.path.startsWith(`${CALLBACK_BASE_PATH}/${kind}/`));

  beforeAll(async () => {
    emulator = await startTestProviderEmulator();
    receiver = await startReceiver();
    settings = {
      apiUrl: emulator.url,
      consumerKey: EMULATOR_KEYS.mpesaConsumerKey,
      consumerSecret: EMULATOR_KEYS.mpesaConsumerSecret,
      shortcode: EMULATOR_KEYS.mpesaShortcode,
      passkey: EMULATOR_KEYS.mpesaPasskey,
      initiatorName: EMULATOR_KEYS.mpesaInitiatorName,
      securityCredential: 'emulated-credential',
    };
  });

  afterAll(async () => {
    await emulator.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('pushes whole shillings, rounded up, with a short reference and a token callback URL', async () => {
    const started = await charge(provider());
    expect(started).toMatchObject({ kind: 'started', chargedMinor: 150_100, payerPhone: '254712345100' });
    const push = emulator.mpesa
      .stkPushes()
      .find((p) => started.kind === 'started' && p.checkoutRequestId === started.providerReference);
    expect(push).toMatchObject({
      amount: 1501,
      phoneNumber: '254712345100',
      accountReference: 'SG23456789AB',
      transactionDesc: 'Stay 456789AB',
    });
    expect(push?.callbackUrl).toBe(tokens.url(receiver.url, 'stk', paymentId));
  });

  it('refuses a phone number or a currency M-Pesa cannot take, and a phone already showing a prompt', async () => {
    const mpesa = provider();
    await expect(charge(mpesa, 10_000, '+1 415 555 2671')).resolves.toMatchObject({
      kind: 'refused',
      code: 'INVALID_PHONE_NUMBER',
    });
    await expect(mpesa.startCharge({ ...chargeInput(), currency: 'USD' })).resolves.toMatchObject({
      kind: 'refused',
      code: 'CURRENCY_NOT_SUPPORTED',
    });
    const phone = nextPhone();
    await charge(mpesa, 10_000, phone);
    await expect(charge(mpesa, 10_000, phone)).resolves.toMatchObject({ kind: 'refused', code: 'REJECTED' });
  });

  it.each([
    ['approve', { kind: 'succeeded' }],
    ['cancel', { kind: 'failed', reason: expect.stringMatching(/cancelled on the phone/) }],
    ['timeout', { kind: 'failed', reason: expect.stringMatching(/could not be reached/) }],
  ] as const)('reads the truth from STK Push Query (%s)', async (outcome, status) => {
    const mpesa = provider();
    const started = await charge(mpesa);
    if (started.kind !== 'started') throw new Error('not started');
    await expect(mpesa.chargeStatus(started.providerReference)).resolves.toEqual({ kind: 'pending' });
    emulator.mpesa.respondToStkPush(started.providerReference, outcome);
    await expect(mpesa.chargeStatus(started.providerReference)).resolves.toMatchObject(status);
  });

  it('receives the STK callback with the receipt at the payment token URL', async () => {
    const started = await charge(provider());
    if (started.kind !== 'started') throw new Error('not started');
    emulator.mpesa.respondToStkPush(started.providerReference, 'approve');
    await emulator.mpesa.idle();
    const callback = callbacksTo('stk').at(-1);
    const token = callback?.path.split('/').at(-1) ?? '';
    expect(tokens.ownerOf('stk', token)).toBe(paymentId);
    const parsed = parseStkCallback(callback?.body);
    expect(parsed).toMatchObject({ checkoutRequestId: started.providerReference, resultCode: '0', amount: 1501 });
    expect(parsed?.receipt).toMatch(/^[A-Z0-9]{10}$/);
  });

  it('refunds a whole payment by reversal and a part by B2C, and asks Transaction Status about each', async () => {
    const mpesa = provider();
    const started = await charge(mpesa);
    if (started.kind !== 'started') throw new Error('not started');
    emulator.mpesa.respondToStkPush(started.providerReference, 'approve');
    const receipt = emulator.mpesa.transactions().find((t) => t.conversationId === started.providerReference)?.receipt;
    const payment = { providerReference: started.providerReference, receipt, chargedMinor: 150_100, currency: 'KES' };
    const refund = (refundId: string, amountMinor: number, full: boolean) =>
      mpesa.startRefund({
        refundId,
        paymentId,
        bookingId,
        payment,
        amountMinor,
        full,
        reason: 'requested_by_customer',
        idempotencyKey: refundId,
        phoneNumber: started.payerPhone,
      });

    const partialId = '01938a2e-0000-7000-8000-000000000001';
    await expect(refund(partialId, 75_025, false)).resolves.toEqual({ kind: 'pending', reference: partialId });
    // The same refund sent again (a retried job) moves no more money.
    await expect(refund(partialId, 75_025, false)).resolves.toEqual({ kind: 'pending', reference: partialId });
    const fullId = '01938a2e-0000-7000-8000-000000000002';
    await expect(refund(fullId, 150_050, true)).resolves.toEqual({ kind: 'pending', reference: fullId });
    await emulator.mpesa.idle();

    const results = callbacksTo('result').map((callback) => ({
      owner: tokens.ownerOf('result', callback.path.split('/').at(-1) ?? ''),
      result: parseDarajaResult(callback.body),
    }));
    expect(results).toEqual([
      {
        owner: partialId,
        result: expect.objectContaining({
          resultCode: '0',
          originatorConversationId: partialId,
          parameters: expect.objectContaining({ TransactionAmount: '750' }),
        }),
      },
      {
        owner: fullId,
        result: expect.objectContaining({
          resultCode: '0',
          originatorConversationId: fullId,
          parameters: expect.objectContaining({ Amount: '1501', OriginalTransactionID: receipt }),
        }),
      },
    ]);
    expect(emulator.mpesa.transactions().filter((t) => t.kind === 'b2c')).toHaveLength(1);

    await expect(mpesa.refundStatus({ refundId: fullId, reference: fullId, payment })).resolves.toEqual({
      kind: 'pending',
    });
    await emulator.mpesa.idle();
    const status = callbacksTo('status').at(-1);
    expect(tokens.ownerOf('status', status?.path.split('/').at(-1) ?? '')).toBe(fullId);
    expect(parseDarajaResult(status?.body)).toMatchObject({
      resultCode: '0',
      parameters: expect.objectContaining({ OriginatorConversationID: fullId, TransactionStatus: 'Completed' }),
    });
  });

  it('refuses a B2C payout below M-Pesa minimum without calling Daraja', async () => {
    const result = await provider().startRefund({
      refundId: '01938a2e-0000-7000-8000-000000000003',
      paymentId,
      bookingId,
      payment: { providerReference: 'ws_CO_1', chargedMinor: 150_100, currency: 'KES' },
      amountMinor: 950,
      full: false,
      reason: 'requested_by_customer',
      idempotencyKey: 'k',
      phoneNumber: '254712345678',
    });
    expect(result).toEqual({ kind: 'failed', reason: expect.stringMatching(/at least KES 10/) });
  });

  const redisIt = process.env.REDIS_URL ? it : it.skip;
  redisIt('shares one OAuth token between processes through Redis, fetched once', async () => {
    const redis = new Redis(process.env.REDIS_URL as string);
    const prefix = `${process.env.REDIS_KEY_PREFIX ?? 'test:'}mpesa-spec:`;
    try {
      const stores = [1, 2].map(() => redisTokenStore(redis, prefix, settings.consumerKey, systemClock));
      const sets = stores.map((store) => jest.spyOn(store, 'set'));
      const [first, second] = stores.map((store) => provider(store));
      await Promise.all([charge(first), charge(first), charge(first)]);
      await charge(second);
      expect(sets[0]).toHaveBeenCalledTimes(1);
      expect(sets[1]).not.toHaveBeenCalled();
      const keys = await redis.keys(`${prefix}mpesa:oauth:*`);
      expect(keys.filter((key) => !key.endsWith(':refreshing'))).toHaveLength(1);
      expect(keys.join()).not.toContain(settings.consumerKey);
      const ttl = await redis.pttl(keys.find((key) => !key.endsWith(':refreshing')) as string);
      expect(ttl).toBeGreaterThan(3_000_000);
      expect(ttl).toBeLessThanOrEqual(3_540_000);
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  function chargeInput() {
    return {
      paymentId,
      attemptId: paymentId,
      bookingId,
      bookingReference: 'unused',
      amountMinor: 10_000,
      currency: 'KES',
      idempotencyKey: paymentId,
      phoneNumber: nextPhone(),
    };
  }
});
