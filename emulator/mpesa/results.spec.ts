import { type ProviderEmulator } from '../index';
import { startCallbackReceiver, type CallbackReceiver } from '../test-support/callback-receiver';
import { asyncEnvelope, DarajaTestClient, stkPushRequest } from '../test-support/daraja-client';
import { startTestEmulator, TEST_KEYS } from '../test-support/test-emulator';

interface ResultMessage {
  Result: {
    ResultType: number;
    ResultCode: number | string;
    ResultDesc: string;
    OriginatorConversationID: string;
    ConversationID: string;
    TransactionID: string;
    ResultParameters?: { ResultParameter: Array<{ Key: string; Value?: string | number }> };
  };
}

describe('M-Pesa Reversal, B2C and Transaction Status results', () => {
  let emulator: ProviderEmulator;
  let receiver: CallbackReceiver;
  let daraja: DarajaTestClient;
  let token: string;
  let phoneCounter = 0;

  beforeAll(async () => {
    emulator = await startTestEmulator({ mpesa: { ...mpesaOptions(), b2cFloat: 100_000 } });
    receiver = await startCallbackReceiver();
    daraja = new DarajaTestClient(emulator);
    token = await daraja.token();
  });

  afterAll(async () => {
    await emulator.close();
    await receiver.close();
  });

  function mpesaOptions() {
    return {
      consumerKey: TEST_KEYS.consumerKey,
      consumerSecret: TEST_KEYS.consumerSecret,
      shortcode: TEST_KEYS.shortcode,
      passkey: TEST_KEYS.passkey,
      initiatorName: TEST_KEYS.initiatorName,
    };
  }

  /** Pays `amount` through an approved STK push and returns the receipt. */
  async function paidReceipt(amount: number): Promise<string> {
    const phone = `2541${String(10_000_000 + (phoneCounter += 1)).slice(-8)}`;
    const pushed = await daraja.post(
      '/mpesa/stkpush/v1/processrequest',
      stkPushRequest(`${receiver.url}/stk`, { Amount: amount, PartyA: phone, PhoneNumber: phone }),
      token,
    );
    const push = emulator.mpesa.respondToStkPush(pushed.body.CheckoutRequestID as string, 'approve');
    return push.result?.mpesaReceiptNumber as string;
  }

  /** Sends an async request and returns its sync answer and the Result delivered for it. */
  async function request(
    path: string,
    body: Record<string, unknown>,
  ): Promise<{ sync: Record<string, unknown>; result: ResultMessage['Result'] }> {
    const answer = await daraja.post(path, body, token);
    expect(answer.status).toBe(200);
    await emulator.mpesa.idle();
    const delivered = receiver.received
      .filter((received) => received.path === '/result')
      .map((received) => received.json() as ResultMessage)
      .find((message) => message.Result.ConversationID === answer.body.ConversationID);
    if (!delivered) throw new Error(`No Result for ${String(answer.body.ConversationID)}`);
    return { sync: answer.body, result: delivered.Result };
  }

  const reversal = (receipt: string, amount: number, overrides: Record<string, unknown> = {}) => ({
    ...asyncEnvelope(receiver.url, 'Initiator'),
    CommandID: 'TransactionReversal',
    TransactionID: receipt,
    Amount: String(amount),
    ReceiverParty: TEST_KEYS.shortcode,
    RecieverIdentifierType: '11',
    ...overrides,
  });

  const b2c = (overrides: Record<string, unknown> = {}) => ({
    ...asyncEnvelope(receiver.url, 'InitiatorName'),
    OriginatorConversationID: `payout-${Math.random().toString(36).slice(2)}`,
    CommandID: 'BusinessPayment',
    Amount: 2_500,
    PartyA: '600992',
    PartyB: '254705912645',
    ...overrides,
  });

  const statusQuery = (lookup: Record<string, string>) => ({
    ...asyncEnvelope(receiver.url, 'Initiator'),
    CommandID: 'TransactionStatusQuery',
    PartyA: TEST_KEYS.shortcode,
    IdentifierType: '4',
    ...lookup,
  });

  const parameter = (result: ResultMessage['Result'], key: string) =>
    result.ResultParameters?.ResultParameter.find((item) => item.Key === key)?.Value;

  it('reverses a payment in full once, then refuses a second reversal', async () => {
    const receipt = await paidReceipt(1_200);
    const first = await request('/mpesa/reversal/v1/request', reversal(receipt, 1_200));
    expect(first.sync).toEqual({
      OriginatorConversationID: expect.any(String),
      ConversationID: expect.stringMatching(/^AG_\d{8}_\w+$/),
      ResponseCode: '0',
      ResponseDescription: 'Accept the service request successfully.',
    });
    expect(first.result).toMatchObject({
      ResultType: 0,
      ResultCode: 0,
      ResultDesc: 'The service request is processed successfully.',
      OriginatorConversationID: first.sync.OriginatorConversationID,
      TransactionID: expect.stringMatching(/^[A-Z][A-Z0-9]{9}$/),
    });
    expect(parameter(first.result, 'OriginalTransactionID')).toBe(receipt);
    expect(parameter(first.result, 'Amount')).toBe(1_200);

    const second = await request('/mpesa/reversal/v1/request', reversal(receipt, 1_200));
    expect(second.result).toMatchObject({
      ResultCode: 'R000001',
      ResultDesc: 'The transaction has already been reversed',
    });
  });

  it('fails reversals of unknown receipts, by a wrong initiator, or for part of the amount', async () => {
    const unknown = await request('/mpesa/reversal/v1/request', reversal('QWE1234567', 100));
    expect(unknown.result).toMatchObject({
      ResultCode: 'R000002',
      ResultDesc: 'The OriginalTransactionID is invalid.',
    });

    const receipt = await paidReceipt(900);
    const wrongInitiator = await request(
      '/mpesa/reversal/v1/request',
      reversal(receipt, 900, { Initiator: 'someone-else' }),
    );
    expect(wrongInitiator.result).toMatchObject({
      ResultCode: 2001,
      ResultDesc: 'The initiator information is invalid.',
    });

    const partial = await daraja.post('/mpesa/reversal/v1/request', reversal(receipt, 400), token);
    expect(partial).toMatchObject({
      status: 400,
      body: { errorCode: '400.002.02', errorMessage: 'Bad Request - Invalid Amount' },
    });
    const noCredential = await daraja.post(
      '/mpesa/reversal/v1/request',
      reversal(receipt, 900, { SecurityCredential: '' }),
      token,
    );
    expect(noCredential.body.errorMessage).toBe('Bad Request - Invalid SecurityCredential');
  });

  it('pays out through B2C and reports the receipt in ResultParameters', async () => {
    const body = b2c();
    const payout = await request('/mpesa/b2c/v3/paymentrequest', body);
    expect(payout.sync).toMatchObject({ OriginatorConversationID: body.OriginatorConversationID, ResponseCode: '0' });
    expect(payout.result).toMatchObject({
      ResultCode: 0,
      TransactionID: parameter(payout.result, 'TransactionReceipt'),
    });
    expect(parameter(payout.result, 'TransactionAmount')).toBe(2_500);
    expect(parameter(payout.result, 'ReceiverPartyPublicName')).toMatch(/^254705912645 - /);
    expect(parameter(payout.result, 'TransactionCompletedDateTime')).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(parameter(payout.result, 'B2CUtilityAccountAvailableFunds')).toBe(97_500);

    const duplicate = await daraja.post('/mpesa/b2c/v3/paymentrequest', body, token);
    expect(duplicate).toMatchObject({ status: 500, body: { errorCode: '500.002.1001' } });
  });

  it('declines B2C payouts outside the limits or above the float', async () => {
    expect((await request('/mpesa/b2c/v3/paymentrequest', b2c({ Amount: 5 }))).result.ResultCode).toBe(2);
    expect((await request('/mpesa/b2c/v3/paymentrequest', b2c({ Amount: 250_001 }))).result.ResultCode).toBe(3);
    expect((await request('/mpesa/b2c/v3/paymentrequest', b2c({ Amount: 200_000 }))).result.ResultCode).toBe(1);
    const withoutId = b2c();
    delete (withoutId as Record<string, unknown>).OriginatorConversationID;
    const refused = await daraja.post('/mpesa/b2c/v3/paymentrequest', withoutId, token);
    expect(refused.body.errorMessage).toBe('Bad Request - Invalid OriginatorConversationID');
    expect((await request('/mpesa/b2c/v1/paymentrequest', withoutId)).result.ResultCode).toBe(0);
  });

  it('reconciles a reversal whose Result was lost through Transaction Status', async () => {
    const receipt = await paidReceipt(3_000);
    emulator.mpesa.setCallbackMode('drop');
    const lost = await daraja.post('/mpesa/reversal/v1/request', reversal(receipt, 3_000), token);
    emulator.mpesa.setCallbackMode('deliver');
    await emulator.mpesa.idle();
    expect(receiver.received.some((received) => received.rawBody.includes(lost.body.ConversationID as string))).toBe(
      false,
    );

    const byConversation = await request(
      '/mpesa/transactionstatus/v1/query',
      statusQuery({ OriginalConversationID: lost.body.OriginatorConversationID as string }),
    );
    expect(byConversation.sync.ResponseCode).toBe('0');
    expect(byConversation.result.ResultCode).toBe(0);
    expect(parameter(byConversation.result, 'TransactionStatus')).toBe('Completed');
    expect(parameter(byConversation.result, 'ReasonType')).toBe('Reversal');
    expect(parameter(byConversation.result, 'Amount')).toBe('3000');

    const original = await request('/mpesa/transactionstatus/v1/query', statusQuery({ TransactionID: receipt }));
    expect(parameter(original.result, 'ReceiptNo')).toBe(receipt);
    expect(parameter(original.result, 'TransactionStatus')).toBe('Reversed');

    const unknown = await request('/mpesa/transactionstatus/v1/query', statusQuery({ TransactionID: 'ZZZ0000000' }));
    expect(unknown.result.ResultCode).toBe(2032);
  });
});
