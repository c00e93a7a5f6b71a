import { loadConfig } from '../../../platform/runtime/config';
import { startProxiedGateway } from '../../../test/support/proxied-gateway';
import { CallbackTokens } from '../mpesa/callback-token';
import {
  answerPrompt,
  kesBooking,
  payByMpesa,
  startedMpesaPayment,
  useMpesaWorld,
  waitForBooking,
} from './mpesa-support';

const world = useMpesaWorld();
let phone = 200;
/** Each test pays from its own phone: Daraja refuses a second prompt to a phone already showing one. */
const nextPhone = () => `0712 000 ${String(phone++)}`;

/** What the payments subgraph keeps about a payment beyond its API fields. */
async function storedPayment(bookingId: string) {
  const [row] = await world.stack
    .subgraph('payments')
    .orm.em.fork()
    .execute<{ id: string; status: string; receipt: string | null; charged_minor: string }[]>(
      'select id, status, receipt, charged_minor from payments.payments where booking_id = ?',
      [bookingId],
    );
  return row;
}

function postCallback(path: string, body: unknown) {
  return fetch(new URL(path, world.stack.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const successBody = (checkoutRequestId: string) => ({
  Body: {
    stkCallback: {
      MerchantRequestID: 'forged',
      CheckoutRequestID: checkoutRequestId,
      ResultCode: 0,
      ResultDesc: 'The service request is processed successfully.',
      CallbackMetadata: {
        Item: [
          { Name: 'MpesaReceiptNumber', Value: 'FORGED0001' },
          { Name: 'Amount', Value: 1 },
        ],
      },
    },
  },
});

describe('paying with M-Pesa through the gateway', () => {
  it('confirms the booking when the guest approves the prompt, keeping the receipt and the rounded-up charge', async () => {
    const { guest, booking } = await kesBooking(world);
    const { payment, checkoutRequestId, customerMessage } = await startedMpesaPayment(
      world,
      guest.token,
      booking.id,
      nextPhone(),
    );
    expect(customerMessage).toMatch(/enter your M-Pesa PIN/);
    expect(payment.amount.currency).toBe('KES');
    // The total has cents; M-Pesa takes whole shillings, so the charge is rounded up and both are recorded.
    expect(payment.charged?.amountMinor).toBe(Math.ceil(payment.amount.amountMinor / 100) * 100);
    const push = (await world.emulator.stkPushes()).find((p) => p.checkoutRequestId === checkoutRequestId);
    expect(push?.amount).toBe((payment.charged?.amountMinor ?? 0) / 100);
    expect(push?.callbackUrl).toMatch(/\/callbacks\/mobile-money\/stk\/[\w-]+\.[\w-]{43}$/);

    await answerPrompt(world, checkoutRequestId, 'approve');
    const paid = await waitForBooking(
      world,
      guest.token,
      booking.id,
      (b) => b.status === 'CONFIRMED',
      'a confirmed booking',
    );
    expect(paid.payment?.status).toBe('SUCCEEDED');
    const receipt = (await world.emulator.transactions()).find((t) => t.conversationId === checkoutRequestId)?.receipt;
    expect((await storedPayment(booking.id)).receipt).toBe(receipt);
  });

  it.each([
    ['cancel', /cancelled on the phone/],
    ['timeout', /could not be reached/],
  ] as const)(
    'records a failed attempt and keeps the booking pending when the guest lets the prompt %s',
    async (outcome, reason) => {
      const { guest, booking } = await kesBooking(world);
      const { checkoutRequestId } = await startedMpesaPayment(world, guest.token, booking.id, nextPhone());
      await answerPrompt(world, checkoutRequestId, outcome);
      const after = await waitForBooking(
        world,
        guest.token,
        booking.id,
        (b) => b.payment?.attempts.some((a) => a.outcome === 'FAILED') ?? false,
        'a failed attempt',
      );
      expect(after.status).toBe('PENDING');
      expect(after.payment?.status).toBe('PENDING');
      expect(after.payment?.failureReason).toMatch(reason);
    },
  );

  it('ignores a callback with a forged token, and one the query API contradicts', async () => {
    const { guest, booking } = await kesBooking(world);
    const phoneNumber = nextPhone();
    const { payment, checkoutRequestId } = await startedMpesaPayment(world, guest.token, booking.id, phoneNumber);

    const forged = await postCallback(
      `/callbacks/mobile-money/stk/${payment.id}.${'A'.repeat(43)}`,
      successBody(checkoutRequestId),
    );
    expect(forged.status).toBe(200);
    expect(await forged.json()).toEqual({ ResultCode: 0, ResultDesc: 'Accepted' });

    // The guest cancels and Safaricom's callback is lost; then a "success" arrives at the genuine URL.
    await answerPrompt(world, checkoutRequestId, 'cancel', false);
    const tokens = new CallbackTokens(world.stack.config.signing.secret as string);
    const genuine = await postCallback(
      `/callbacks/mobile-money/stk/${tokens.tokenFor('stk', payment.id)}`,
      successBody(checkoutRequestId),
    );
    expect(genuine.status).toBe(200);

    const after = await waitForBooking(
      world,
      guest.token,
      booking.id,
      (b) => b.payment?.attempts.some((a) => a.outcome === 'FAILED') ?? false,
      'the query API to decide',
    );
    expect(after.status).toBe('PENDING');
    expect(after.payment?.status).toBe('PENDING');
    expect((await storedPayment(booking.id)).receipt).toBeNull();
  });

  it('refuses a number M-Pesa cannot prompt', async () => {
    const { guest, booking } = await kesBooking(world);
    const answer = await payByMpesa(world, guest.token, booking.id, '+1 415 555 2671');
    expect(answer).toMatchObject({ __typename: 'InvalidPhoneNumberError', code: 'PAYMENT.INVALID_PHONE_NUMBER' });
  });

  it('can take callbacks from the configured source addresses only (403 for others)', async () => {
    const gatewayWith = (MPESA_CALLBACK_ALLOWED_IPS: string) =>
      startProxiedGateway(world.stack, loadConfig({ ...process.env, MPESA_CALLBACK_ALLOWED_IPS }));
    const post = (url: string) =>
      fetch(new URL('/callbacks/mobile-money/stk/anything', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    const closed = await gatewayWith('196.201.214.0/24, 196.201.213.114');
    const open = await gatewayWith('127.0.0.0/8');
    try {
      expect((await post(closed.gateway.url)).status).toBe(403);
      const allowed = await post(open.gateway.url);
      expect(allowed.status).toBe(200);
      expect(await allowed.json()).toEqual({ ResultCode: 0, ResultDesc: 'Accepted' });
    } finally {
      await Promise.all([closed.stop(), open.stop()]);
    }
  });
});
