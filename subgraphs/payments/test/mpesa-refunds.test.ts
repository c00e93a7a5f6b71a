import type { JobContext } from '../../../platform/events/event-handler';
import { createLogger } from '../../../platform/runtime/logger';
import { createMailer } from '../../../platform/runtime/mail/mailer';
import { CancelBookingDocument } from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { waitFor } from '../../../test/support/wait-for';
import { reconcilePayments } from '../payment/reconcile-payments.job';
import { answerPrompt, kesBooking, startedMpesaPayment, useMpesaWorld, waitForBooking } from './mpesa-support';

const world = useMpesaWorld();
let phone = 300;
const nextPhone = () => `0712 000 ${String(phone++)}`;

/** A guest's KES booking paid by M-Pesa and CONFIRMED; `deliverCallback: false` leaves it to reconciliation. */
async function paidBooking(policy: 'FLEXIBLE' | 'STRICT', deliverCallback = true) {
  const people = await kesBooking(world, policy);
  const phoneNumber = nextPhone();
  const { checkoutRequestId } = await startedMpesaPayment(world, people.guest.token, people.booking.id, phoneNumber);
  await answerPrompt(world, checkoutRequestId, 'approve', deliverCallback);
  return { ...people, checkoutRequestId, msisdn: `254${phoneNumber.replace(/\D/g, '').slice(1)}` };
}

const confirmed = (token: string, id: string) =>
  waitForBooking(world, token, id, (b) => b.status === 'CONFIRMED', 'a confirmed booking');

/** Waits on the payment's own status: one read may load the refund list after the refund committed. */
const refunded = (token: string, id: string) =>
  waitForBooking(world, token, id, (b) => /REFUNDED$/.test(b.payment?.status ?? ''), 'a refund');

async function cancel(token: string, id: string) {
  const { cancelBooking } = await world.stack.client.data(CancelBookingDocument, { token, variables: { id } });
  return ofType(cancelBooking, 'BookingChanged').booking;
}

/** The scheduled reconciliation, run now as if its threshold had passed. */
async function reconcile(): Promise<void> {
  const logger = createLogger({ level: 'silent', name: 'test' });
  const context: JobContext = {
    em: world.stack.subgraph('payments').orm.em.fork(),
    mailer: createMailer({ kind: 'files', dir: world.stack.config.mail.dir, from: 'test' }, logger),
    logger,
    clock: () => new Date(Date.now() + 60 * 60_000),
    config: world.stack.config,
    attempt: 1,
    signal: new AbortController().signal,
  };
  await reconcilePayments.run({}, context);
}

const transactions = async (kind: 'reversal' | 'b2c', msisdn: string) =>
  (await world.emulator.transactions()).filter((t) => t.kind === kind && t.msisdn === msisdn);

describe('M-Pesa refunds and reconciliation through the gateway', () => {
  it('refunds a host cancellation in full by reversal, once', async () => {
    const { host, guest, booking, msisdn } = await paidBooking('FLEXIBLE');
    await confirmed(guest.token, booking.id);
    await cancel(host.token, booking.id);
    const after = await refunded(guest.token, booking.id);
    expect(after.payment?.status).toBe('REFUNDED');
    expect(after.payment?.refunds).toHaveLength(1);
    expect(await transactions('reversal', msisdn)).toHaveLength(1);
    expect(await transactions('b2c', msisdn)).toHaveLength(0);
  });

  it("refunds a guest's cancellation under a strict policy in part, by B2C to the paying phone", async () => {
    const { guest, booking, msisdn } = await paidBooking('STRICT');
    await confirmed(guest.token, booking.id);
    await cancel(guest.token, booking.id);
    const after = await refunded(guest.token, booking.id);
    const [refund] = after.payment?.refunds ?? [];
    expect(after.payment?.status).toBe('PARTIALLY_REFUNDED');
    expect(after.payment?.refunds).toHaveLength(1);
    const payouts = await transactions('b2c', msisdn);
    expect(payouts).toEqual([expect.objectContaining({ amount: Math.floor((refund?.amount.amountMinor ?? 0) / 100) })]);
    expect(await transactions('reversal', msisdn)).toHaveLength(0);
  });

  it('heals a payment whose callback never came, and refunds it by B2C for want of a receipt', async () => {
    const { host, guest, booking, msisdn } = await paidBooking('FLEXIBLE', false);
    await reconcile();
    await confirmed(guest.token, booking.id);
    const [row] = await world.stack
      .subgraph('payments')
      .orm.em.fork()
      .execute<{ receipt: string | null }[]>('select receipt from payments.payments where booking_id = ?', [
        booking.id,
      ]);
    expect(row?.receipt).toBeNull();

    await cancel(host.token, booking.id);
    await refunded(guest.token, booking.id);
    await waitFor(async () => (await transactions('b2c', msisdn)).length === 1, { what: 'the payout' });
    expect(await transactions('reversal', msisdn)).toHaveLength(0);
  });
});
