import { randomInt } from 'node:crypto';
import { signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import {
  ConfirmPhoneVerificationDocument,
  ListingHostPhoneDocument,
  StartPhoneVerificationDocument,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { LogCapture } from '../../../test/support/log-capture';
import { textsTo, waitForCode } from '../../../test/support/sms-inbox';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';

const PER_NUMBER = 3;
const PER_USER = 4;

/** Every line the processes log, down to `info` (the access log, the worker's job lines). */
const logs = new LogCapture('info');
let stack: TestStack;
let worker: TestWorker;
/** The stack's clock runs this far ahead of real time (the worker's stays real). */
let aheadMs = 0;

beforeAll(async () => {
  [stack, worker] = await Promise.all([
    startTestStack({
      clock: () => new Date(Date.now() + aheadMs),
      env: { PHONE_CODES_MAX_PER_NUMBER: String(PER_NUMBER), PHONE_CODES_MAX_PER_USER: String(PER_USER) },
      loggerFor: logs.loggerFor,
    }),
    startTestWorker({ logger: logs.loggerFor('worker') }),
  ]);
});
afterEach(() => {
  aheadMs = 0;
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});

/** A Kenyan mobile number nobody else in the run uses. */
const newNumber = () => `+2547${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
const smsDir = () => worker.config.sms.dir;
const start = (token: string, phoneNumber: string) =>
  stack.client
    .data(StartPhoneVerificationDocument, { token, variables: { phoneNumber } })
    .then((d) => d.startPhoneVerification);
const confirm = (token: string, code: string) =>
  stack.client
    .data(ConfirmPhoneVerificationDocument, { token, variables: { code } })
    .then((d) => d.confirmPhoneVerification);
/** A different code of the same shape. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('phone verification', () => {
  it('verifies a number with the texted code: private to the owner, a public badge, an event without the number', async () => {
    const host = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    const number = newNumber();
    const written = `${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}`;
    const started = ofType(await start(host.token, written), 'PhoneVerificationStarted');
    expect(started.phoneNumber).toBe(number);
    const code = await waitForCode(smsDir(), number);

    const { user } = ofType(await confirm(host.token, code), 'PhoneVerified');
    expect(user).toMatchObject({ id: host.id, phoneNumber: number, phoneVerified: true });
    expect(user.profile.badges).toContain('PHONE_VERIFIED');

    const listing = await createPublishedListing(stack.client, host.token);
    const read = async (token?: string) =>
      (await stack.client.data(ListingHostPhoneDocument, { token, variables: { listingId: listing.id } })).listing
        ?.host;
    expect(await read(host.token)).toMatchObject({ phoneNumber: number, phoneVerified: true });
    const stranger = await signedInUser(stack.client);
    for (const viewer of [undefined, stranger.token])
      expect(await read(viewer)).toMatchObject({
        phoneNumber: null,
        phoneVerified: null,
        profile: { badges: expect.arrayContaining(['PHONE_VERIFIED']) },
      });

    const em = stack.subgraph('accounts').orm.em.fork();
    const [stored] = await em.execute<{ code_hash: string }[]>(
      'select code_hash from accounts.phone_verifications where user_id = ?',
      [host.id],
    );
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    const events = await em.execute<{ payload: unknown }[]>(
      `select payload from events.log where name = 'user.phone_verified' and payload->>'userId' = ?`,
      [host.id],
    );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(number.slice(1));
    // Neither the gateway (its access log names the operations) nor accounts logged the number or the code.
    expect(
      logs.lines.some((line) => line.service === 'gateway' && JSON.stringify(line).includes('StartPhoneVerification')),
    ).toBe(true);
    const logged = JSON.stringify(logs.lines);
    expect(logged).not.toContain(number.slice(4));
    expect(logged).not.toContain(code);
  });

  it('refuses a wrong code, counting tries, and ends the code after five', async () => {
    const user = await signedInUser(stack.client);
    const number = newNumber();
    ofType(await start(user.token, number), 'PhoneVerificationStarted');
    const code = await waitForCode(smsDir(), number);
    for (const attemptsLeft of [4, 3, 2, 1, 0])
      expect(await confirm(user.token, wrong(code))).toMatchObject({
        __typename: 'InvalidPhoneCodeError',
        code: 'ACCOUNTS.INVALID_PHONE_CODE',
        attemptsLeft,
      });
    expect(await confirm(user.token, code)).toMatchObject({ code: 'ACCOUNTS.PHONE_CODE_EXPIRED' });
  });

  it('refuses an expired code', async () => {
    const user = await signedInUser(stack.client);
    const number = newNumber();
    ofType(await start(user.token, number), 'PhoneVerificationStarted');
    const code = await waitForCode(smsDir(), number);
    aheadMs = 10 * 60_000 + 1000;
    expect(await confirm(user.token, code)).toMatchObject({
      __typename: 'PhoneCodeExpiredError',
      code: 'ACCOUNTS.PHONE_CODE_EXPIRED',
    });
  });

  it('takes a code once: a replay is refused', async () => {
    const user = await signedInUser(stack.client);
    const number = newNumber();
    ofType(await start(user.token, number), 'PhoneVerificationStarted');
    const code = await waitForCode(smsDir(), number);
    ofType(await confirm(user.token, code), 'PhoneVerified');
    expect(await confirm(user.token, code)).toMatchObject({ code: 'ACCOUNTS.PHONE_CODE_EXPIRED' });
  });

  it('limits codes per number, whoever asks', async () => {
    const number = newNumber();
    for (let i = 0; i < PER_NUMBER; i += 1)
      ofType(await start((await signedInUser(stack.client)).token, number), 'PhoneVerificationStarted');
    const refused = await start((await signedInUser(stack.client)).token, number);
    expect(refused).toMatchObject({ __typename: 'TooManyAttemptsError', code: 'ACCOUNTS.TOO_MANY_ATTEMPTS' });
    expect(ofType(refused, 'TooManyAttemptsError').retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits codes per user, whatever the number', async () => {
    const user = await signedInUser(stack.client);
    for (let i = 0; i < PER_USER; i += 1) ofType(await start(user.token, newNumber()), 'PhoneVerificationStarted');
    const number = newNumber();
    expect(await start(user.token, number)).toMatchObject({ __typename: 'TooManyAttemptsError' });
    // A refused request records no code, so no text can go out for it.
    const rows = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute('select id from accounts.phone_verifications where phone_number = ?', [number]);
    expect(rows).toEqual([]);
    expect(textsTo(smsDir(), number)).toEqual([]);
  });

  it('refuses an invalid number, and a code of the wrong shape, with typed errors', async () => {
    const user = await signedInUser(stack.client);
    for (const phoneNumber of ['not a number', '0712345678', '+254 20 1234567', '+999', `+2547${'1'.repeat(40)}`]) {
      const answer = ofType(await start(user.token, phoneNumber), 'ValidationError');
      expect([phoneNumber, answer.fieldErrors.map((e) => [e.path.join('.'), e.code])]).toEqual([
        phoneNumber,
        [['phoneNumber', expect.stringMatching(/^(INVALID_PHONE_NUMBER|TOO_LONG)$/)]],
      ]);
    }
    const badCode = ofType(await confirm(user.token, '12ab'), 'ValidationError');
    expect(badCode.fieldErrors.map((e) => e.path.join('.'))).toEqual(['code']);
  });

  it('is refused without a token', async () => {
    const result = await stack.client.request(StartPhoneVerificationDocument, {
      variables: { phoneNumber: newNumber() },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
