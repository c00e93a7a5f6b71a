import { type ProviderEmulator } from '../index';
import { startCallbackReceiver, type CallbackReceiver } from '../test-support/callback-receiver';
import { credentialsNow, DarajaTestClient, stkPushRequest } from '../test-support/daraja-client';
import { startTestEmulator } from '../test-support/test-emulator';

describe('M-Pesa Express (STK push)', () => {
  let emulator: ProviderEmulator;
  let receiver: CallbackReceiver;
  let daraja: DarajaTestClient;
  let token: string;
  let phoneCounter = 0;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    receiver = await startCallbackReceiver();
    daraja = new DarajaTestClient(emulator);
    token = await daraja.token();
  });

  afterAll(async () => {
    await emulator.close();
    await receiver.close();
  });

  /** A different customer per push, since a phone that is showing a prompt cannot get another. */
  const nextPhone = (): string => `2547${String(10_000_000 + (phoneCounter += 1)).slice(-8)}`;

  async function push(overrides: Record<string, unknown> = {}): Promise<{ checkoutRequestId: string; phone: string }> {
    const phone = nextPhone();
    const answer = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(`${receiver.url}/payments/stk/callback`, { PartyA: phone, PhoneNumber: phone, ...overrides }),
      token,
    );
    expect(answer.status).toBe(200);
    return { checkoutRequestId: answer.body.CheckoutRequestID as string, phone };
  }

  const query = (checkoutRequestId: string) =>
    daraja.post('/mpesa/stkpushquery/v1/query', { ...credentialsNow(), CheckoutRequestID: checkoutRequestId }, token);

  const customer = (checkoutRequestId: string, outcome: string, body: Record<string, unknown> = {}) =>
    fetch(`${emulator.url}/_emulator/mpesa/stk-pushes/${checkoutRequestId}/${outcome}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  const callbackFor = (checkoutRequestId: string) =>
    receiver.received
      .map((request) => request.json() as { Body: { stkCallback: Record<string, unknown> } })
      .find((body) => body.Body.stkCallback.CheckoutRequestID === checkoutRequestId);

  it('accepts a push, reports it processing until the customer approves, then calls back and answers queries', async () => {
    const phone = nextPhone();
    const answer = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(`${receiver.url}/payments/stk/callback`, { PartyA: phone, PhoneNumber: phone, Amount: '1500' }),
      token,
    );
    expect(answer).toEqual({
      status: 200,
      body: {
        MerchantRequestID: expect.stringMatching(/^\d+-\d+-1$/),
        CheckoutRequestID: expect.stringMatching(/^ws_CO_\d+$/),
        ResponseCode: '0',
        ResponseDescription: 'Success. Request accepted for processing',
        CustomerMessage: 'Success. Request accepted for processing',
      },
    });
    const checkoutRequestId = answer.body.CheckoutRequestID as string;

    expect(await query(checkoutRequestId)).toMatchObject({
      status: 500,
      body: { errorCode: '500.001.1001', errorMessage: 'The transaction is being processed' },
    });
    const pending = (await (await fetch(`${emulator.url}/_emulator/mpesa/stk-pushes?status=pending`)).json()) as Array<{
      checkoutRequestId: string;
    }>;
    expect(pending.map((item) => item.checkoutRequestId)).toContain(checkoutRequestId);

    expect((await customer(checkoutRequestId, 'approve')).status).toBe(200);
    await emulator.mpesa.idle();

    const callback = callbackFor(checkoutRequestId);
    expect(receiver.received.find((request) => request.rawBody.includes(checkoutRequestId))?.path).toBe(
      '/payments/stk/callback',
    );
    expect(callback).toEqual({
      Body: {
        stkCallback: {
          MerchantRequestID: answer.body.MerchantRequestID,
          CheckoutRequestID: checkoutRequestId,
          ResultCode: 0,
          ResultDesc: 'The service request is processed successfully.',
          CallbackMetadata: {
            Item: [
              { Name: 'Amount', Value: 1500 },
              { Name: 'MpesaReceiptNumber', Value: expect.stringMatching(/^[A-Z][A-Z0-9]{9}$/) },
              { Name: 'TransactionDate', Value: expect.any(Number) },
              { Name: 'PhoneNumber', Value: Number(phone) },
            ],
          },
        },
      },
    });
    const items = (callback?.Body.stkCallback.CallbackMetadata as { Item: Array<{ Value: unknown }> }).Item;
    expect(String(items[2].Value)).toMatch(/^20\d{12}$/);

    expect(await query(checkoutRequestId)).toEqual({
      status: 200,
      body: {
        ResponseCode: '0',
        ResponseDescription: 'The service request has been accepted successfully',
        MerchantRequestID: answer.body.MerchantRequestID,
        CheckoutRequestID: checkoutRequestId,
        ResultCode: '0',
        ResultDesc: 'The service request is processed successfully.',
      },
    });
    expect((await customer(checkoutRequestId, 'cancel')).status).toBe(409);
  });

  it.each([
    ['cancel', 1032, 'Request cancelled by user'],
    ['timeout', 1037, 'DS timeout user cannot be reached'],
    ['insufficient-balance', 1, 'The balance is insufficient for the transaction.'],
    ['wrong-pin', 2001, 'The initiator information is invalid.'],
  ])('reports %s as ResultCode %d in the callback and the query', async (outcome, code, description) => {
    const { checkoutRequestId } = await push();
    await customer(checkoutRequestId, outcome);
    await emulator.mpesa.idle();
    expect(callbackFor(checkoutRequestId)?.Body.stkCallback).toEqual({
      MerchantRequestID: expect.any(String),
      CheckoutRequestID: checkoutRequestId,
      ResultCode: code,
      ResultDesc: description,
    });
    expect((await query(checkoutRequestId)).body).toMatchObject({ ResultCode: String(code), ResultDesc: description });
  });

  it('can suppress the callback so the client has to query', async () => {
    const { checkoutRequestId } = await push();
    await customer(checkoutRequestId, 'approve', { deliverCallback: false });
    await emulator.mpesa.idle();
    expect(callbackFor(checkoutRequestId)).toBeUndefined();
    expect((await query(checkoutRequestId)).body.ResultCode).toBe('0');
  });

  it('sends no callbacks at all in drop mode', async () => {
    emulator.mpesa.setCallbackMode('drop');
    try {
      const { checkoutRequestId } = await push();
      emulator.mpesa.respondToStkPush(checkoutRequestId, 'approve');
      await emulator.mpesa.idle();
      expect(callbackFor(checkoutRequestId)).toBeUndefined();
    } finally {
      emulator.mpesa.setCallbackMode('deliver');
    }
  });

  it('refuses a second prompt to a phone that is still showing one', async () => {
    const { phone } = await push();
    const second = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(`${receiver.url}/payments/stk/callback`, { PartyA: phone, PhoneNumber: phone }),
      token,
    );
    expect(second).toMatchObject({
      status: 500,
      body: { errorCode: '500.001.1001', errorMessage: expect.stringContaining('Unable to lock subscriber') },
    });
  });

  it('refuses a wrong password or shortcode', async () => {
    const url = `${receiver.url}/payments/stk/callback`;
    const wrongPassword = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(url, credentialsNow('174379', 'not-the-passkey')),
      token,
    );
    expect(wrongPassword).toMatchObject({
      status: 500,
      body: { errorCode: '500.001.1001', errorMessage: 'Wrong credentials' },
    });
    const wrongShortcode = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(url, credentialsNow('600000')),
      token,
    );
    expect(wrongShortcode.body.errorMessage).toBe('Merchant does not exist');
    const staleTimestamp = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(url, { Timestamp: '20300101000000' }),
      token,
    );
    expect(staleTimestamp.body.errorMessage).toBe('Wrong credentials');
  });

  it.each([
    [{ PhoneNumber: '0708374149' }, 'PhoneNumber'],
    [{ PartyA: '254208374149' }, 'PartyA'],
    [{ Amount: 10.5 }, 'Amount'],
    [{ Amount: 0 }, 'Amount'],
    [{ TransactionType: 'CustomerPayBill' }, 'TransactionType'],
    [{ CallBackURL: 'https://api.staygraph.example/mpesa/callback' }, 'CallBackURL'],
    [{ CallBackURL: '/relative' }, 'CallBackURL'],
    [{ AccountReference: 'BOOKING-00042' }, 'AccountReference'],
    [{ TransactionDesc: 'Stay deposit 1' }, 'TransactionDesc'],
    [{ Timestamp: '2030-01-01' }, 'Timestamp'],
    [{ BusinessShortCode: undefined }, 'BusinessShortCode'],
  ])('refuses %j as Bad Request - Invalid %s', async (overrides, field) => {
    const answer = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(`${receiver.url}/cb`, overrides),
      token,
    );
    expect(answer).toMatchObject({
      status: 400,
      body: { errorCode: '400.002.02', errorMessage: `Bad Request - Invalid ${field}` },
    });
  });
});
