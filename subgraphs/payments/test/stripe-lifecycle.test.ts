import Stripe from 'stripe';
import type { JobContext } from '../../../platform/events/event-handler';
import type { DomainEvent } from '../../../platform/events/event-definition';
import { createLogger } from '../../../platform/runtime/logger';
import { createMailer } from '../../../platform/runtime/mail/mailer';
import { BookingPaymentDocument, CancelBookingDocument } from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { registeredJob } from '../../../test/support/jobs';
import { EMULATOR_KEYS } from '../../../test/support/payments/provider-emulator';
import { waitFor } from '../../../test/support/wait-for';
import { BOOKING_END_HANDLERS } from '../payment/booking-end.handlers';
import { reconcilePayments } from '../payment/reconcile-payments.job';
import { bookingAwaitingPayment, confirmWithCard, startPayment, usePaymentsStack } from './payments-support';

const running = usePaymentsStack();
const logger = createLogger({ level: 'silent', name: 'test' });
const emOf = (name: string) => running.stack.subgraph(name).orm.em.fork();

/** What a job or handler of `subgraph` gets, on a clock `aheadMs` in the future. */
function contextOf(subgraph: string, aheadMs = 0): JobContext {
  return {
    em: emOf(subgraph),
    mailer: createMailer({ kind: 'files', dir: running.stack.config.mail.dir, from: 'test' }, logger),
    logger,
    clock: () => new Date(Date.now() + aheadMs),
    config: running.stack.config,
    attempt: 1,
    signal: new AbortController().signal,
  };
}

async function bookingOf(token: string, id: string) {
  const { booking } = await running.stack.client.data(BookingPaymentDocument, { token, variables: { id } });
  if (!booking) throw new Error(`booking ${id} not visible`);
  return booking;
}

const waitForBooking = (token: string, id: string, probe: (b: Awaited<ReturnType<typeof bookingOf>>) => boolean) =>
  waitFor(async () => ((b) => probe(b) && b)(await bookingOf(token, id)), { what: `booking ${id}`, timeoutMs: 20_000 });

const transitions = (bookingId: string) =>
  emOf('payments').execute<{ to_status: string }[]>(
    `select t.to_status from payments.payment_transitions t join payments.payments p on p.id = t.payment_id
     where p.booking_id = ? order by t.id`,
    [bookingId],
  );

/** A guest's booking, its PaymentIntent confirmed with `card` (whether or not a webhook then arrives). */
async function paidWith(card: string) {
  const { client } = running.stack;
  const people = await bookingAwaitingPayment(running, client);
  const started = ofType(await startPayment(client, people.guest.token, people.booking.id), 'PaymentStarted');
  const clientSecret = started.clientSecret as string;
  expect(await confirmWithCard(running.emulator.url, clientSecret, card)).toBe(card === 'pm_card_visa' ? 200 : 402);
  return { ...people, clientSecret, intentId: clientSecret.split('_secret_')[0] as string };
}

const eventsOf = async (intentId: string, type: string) =>
  (await running.emulator.events()).filter((e) => e.type === type && JSON.stringify(e).includes(intentId));

afterEach(() => running.emulator.setWebhookMode('deliver'));

describe('Stripe webhooks, lifecycle and reconciliation', () => {
  it('the same webhook five times, and a stale failure after the success: one transition each', async () => {
    const { guest, booking, intentId, clientSecret } = await paidWith('pm_card_chargeDeclined');
    await waitForBooking(guest.token, booking.id, (b) => b.payment?.attempts.length === 1);
    expect(await confirmWithCard(running.emulator.url, clientSecret, 'pm_card_visa')).toBe(200);
    await waitForBooking(guest.token, booking.id, (b) => b.status === 'CONFIRMED');
    await running.emulator.idle();
    await stripeJobsDone();
    const before = await transitions(booking.id);
    expect(before.filter((t) => t.to_status === 'SUCCEEDED')).toHaveLength(1);
    const [succeeded] = await eventsOf(intentId, 'payment_intent.succeeded');
    const [failed] = await eventsOf(intentId, 'payment_intent.payment_failed');
    for (let i = 0; i < 5; i++) await running.emulator.resendEvent(succeeded!.id);
    await running.emulator.resendEvent(failed!.id);
    await running.emulator.idle();
    await stripeJobsDone();
    const after = await bookingOf(guest.token, booking.id);
    expect(after).toMatchObject({ status: 'CONFIRMED', payment: { status: 'SUCCEEDED' } });
    expect(after.payment?.attempts.map((a) => a.outcome)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(await transitions(booking.id)).toEqual(before);
  });

  it('a stale Stripe-Signature is refused with 400 and records nothing', async () => {
    const { guest, booking, intentId } = await paidWith('pm_card_visa');
    await waitForBooking(guest.token, booking.id, (b) => b.status === 'CONFIRMED');
    const payload = JSON.stringify({
      id: 'evt_stale_replay',
      type: 'payment_intent.payment_failed',
      data: { object: { id: intentId } },
    });
    const header = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: EMULATOR_KEYS.stripeWebhookSecret,
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    const response = await fetch(new URL('/webhooks/stripe', running.stack.gateway.url), {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
    });
    expect(response.status).toBe(400);
    const recorded = await emOf('payments').execute(
      `select 1 from payments.stripe_events where event_id = 'evt_stale_replay'`,
    );
    expect(recorded).toHaveLength(0);
    expect((await bookingOf(guest.token, booking.id)).payment?.status).toBe('SUCCEEDED');
  });

  it('reconciliation heals a payment whose webhook never came: SUCCEEDED, booking CONFIRMED', async () => {
    await running.emulator.setWebhookMode('drop');
    const { guest, booking } = await paidWith('pm_card_visa');
    expect((await bookingOf(guest.token, booking.id)).payment?.status).toBe('PENDING');
    const past = (running.stack.config.payments.reconcileAfterMinutes + 1) * 60_000;
    await reconcilePayments.run({}, contextOf('payments', past));
    await waitForBooking(guest.token, booking.id, (b) => b.status === 'CONFIRMED' && b.payment?.status === 'SUCCEEDED');
  });

  it('a payment that succeeds after the hold expired is refunded in full; the booking stays expired', async () => {
    await running.emulator.setWebhookMode('drop');
    const { guest, booking, intentId } = await paidWith('pm_card_visa');
    const [hold] = await emOf('bookings').execute<{ hold_expires_at: Date }[]>(
      'select hold_expires_at from bookings.bookings where id = ?',
      [booking.id],
    );
    const holdExpiresAt = new Date(hold!.hold_expires_at);
    await registeredJob('bookings.expire_hold').run(
      { bookingId: booking.id, holdExpiresAt: holdExpiresAt.toISOString() },
      contextOf('bookings', holdExpiresAt.getTime() - Date.now() + 1_000),
    );
    await waitForBooking(guest.token, booking.id, (b) => b.payment?.status === 'FAILED');
    await running.emulator.resendEvent((await eventsOf(intentId, 'payment_intent.succeeded'))[0]!.id);
    const after = await waitForBooking(guest.token, booking.id, (b) => b.payment?.status === 'REFUNDED');
    expect(after.status).not.toBe('CONFIRMED');
    expect(after.payment?.refunds.map((r) => r.amount.amountMinor)).toEqual([after.payment?.amount.amountMinor]);
    await waitFor(async () => (await eventsNamed('payment.refunded', booking.id)).length === 1, {
      what: 'payment.refunded',
    });
  });

  it("a guest's cancellation refunds refundMinor once, however often booking.cancelled is handled", async () => {
    const { guest, booking } = await paidWith('pm_card_visa');
    await waitForBooking(guest.token, booking.id, (b) => b.status === 'CONFIRMED');
    const { cancelBooking } = await running.stack.client.data(CancelBookingDocument, {
      token: guest.token,
      variables: { id: booking.id },
    });
    ofType(cancelBooking, 'BookingChanged');
    const [cancelled] = await eventsNamed('booking.cancelled', booking.id);
    const refundMinor = (cancelled!.payload as { refundMinor: number }).refundMinor;
    expect(refundMinor).toBeGreaterThan(0);
    await waitForBooking(guest.token, booking.id, (b) => /REFUNDED$/.test(b.payment?.status ?? ''));
    for (let i = 0; i < 3; i++) await BOOKING_END_HANDLERS[0]!.handle(cancelled as never, contextOf('payments'));
    const refunds = await emOf('payments').execute<{ amount_minor: number }[]>(
      'select r.amount_minor from payments.refunds r join payments.payments p on p.id = r.payment_id where p.booking_id = ?',
      [booking.id],
    );
    expect(refunds.map((r) => Number(r.amount_minor))).toEqual([refundMinor]);
  });
});

/** Every queued Stripe event has been processed (by any file's worker: all ask the same emulator). */
function stripeJobsDone(): Promise<unknown> {
  return waitFor(
    async () =>
      (
        await emOf('payments').execute(
          `select 1 from graphile_worker.jobs where task_identifier = 'payments.process_stripe_event'`,
        )
      ).length === 0,
    { what: 'Stripe event jobs processed' },
  );
}

function eventsNamed(name: string, bookingId: string): Promise<DomainEvent<unknown>[]> {
  return emOf('payments').execute<DomainEvent<unknown>[]>(
    `select id, name, version, producer, payload, occurred_at as "occurredAt", request_id as "requestId"
     from events.log where name = ? and payload->>'bookingId' = ? order by id`,
    [name, bookingId],
  );
}
