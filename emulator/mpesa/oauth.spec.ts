import { type ProviderEmulator } from '../index';
import { asyncEnvelope, credentialsNow, DarajaTestClient, stkPushRequest } from '../test-support/daraja-client';
import { startTestEmulator } from '../test-support/test-emulator';

describe('Daraja OAuth and access tokens', () => {
  let emulator: ProviderEmulator;
  let daraja: DarajaTestClient;
  let now = new Date('2030-03-01T09:00:00Z');

  beforeAll(async () => {
    emulator = await startTestEmulator({ now: () => now });
    daraja = new DarajaTestClient(emulator);
  });

  afterAll(() => emulator.close());

  it('issues a token for the consumer key and secret', async () => {
    const answer = await daraja.oauth(
      `Basic ${Buffer.from('spec-consumer-key:spec-consumer-secret').toString('base64')}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ access_token: expect.stringMatching(/^\w{20,}$/), expires_in: '3599' });
  });

  it('refuses wrong credentials, another auth type and another grant type', async () => {
    const wrong = await daraja.oauth(`Basic ${Buffer.from('spec-consumer-key:nope').toString('base64')}`);
    expect(wrong).toMatchObject({ status: 400, body: { errorCode: '400.008.01', requestId: expect.any(String) } });
    expect((await daraja.oauth('Bearer abc')).body.errorCode).toBe('400.008.01');
    const grant = await daraja.oauth(
      `Basic ${Buffer.from('spec-consumer-key:spec-consumer-secret').toString('base64')}`,
      'password',
    );
    expect(grant).toMatchObject({
      status: 400,
      body: { errorCode: '400.008.02', errorMessage: 'Invalid grant type passed' },
    });
  });

  it('answers an unknown token with each API family’s own error', async () => {
    const stk = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest('https://example.test/stk'),
      'bogus',
    );
    expect(stk).toMatchObject({ status: 404, body: { errorCode: '404.001.03', errorMessage: 'Invalid Access Token' } });
    const b2c = await daraja.post(
      '/mpesa/b2c/v3/paymentrequest',
      asyncEnvelope('https://example.test', 'InitiatorName'),
      'bogus',
    );
    expect(b2c).toMatchObject({ status: 401, body: { errorCode: '401.002.01' } });
    const status = await daraja.post(
      '/mpesa/transactionstatus/v1/query',
      asyncEnvelope('https://example.test', 'Initiator'),
      'bogus',
    );
    expect(status).toMatchObject({ status: 400, body: { errorCode: '400.003.01' } });
  });

  it('expires tokens after an hour', async () => {
    const token = await daraja.token();
    const query = { ...credentialsNow(), CheckoutRequestID: 'ws_CO_unknown' };
    now = new Date(now.getTime() + 3_599_000);
    expect((await daraja.post('/mpesa/stkpushquery/v1/query', query, token)).body.errorCode).toBe('400.002.02');
    now = new Date(now.getTime() + 1_000);
    expect((await daraja.post('/mpesa/stkpushquery/v1/query', query, token)).body.errorCode).toBe('404.001.03');
  });
});
