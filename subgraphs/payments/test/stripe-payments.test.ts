import { randomUUID } from 'node:crypto';
import { BookingPaymentDocument } from '../../../test/support/generated/graphql';
import { codeOf, ofType } from '../../../test/support/graphql-client';
import { waitFor } from '../../../test/support/wait-for';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { bookingAwaitingPayment, confirmWithCard, startPayment, usePaymentsStack } from './payments-support';

const running = usePaymentsStack();

async function paymentOf(token: string, bookingId: string) {
  const { booking } = await running.stack.client.data(BookingPaymentDocument, { token, variables: { id: bookingId } });
  return booking;
}

describe('paying with Stripe through the gateway', () => {
  it('a declined card then a good one: two attempts, one PaymentIntent, the booking CONFIRMED', async () => {
    const { client } = running.stack;
    const { guest, booking } = await bookingAwaitingPayment(running, client);
    const started = ofType(await startPayment(client, guest.token, booking.id), 'PaymentStarted');
    const clientSecret = started.clientSecret as string;
    expect(clientSecret).toContain('_secret_');
    const again = ofType(await startPayment(client, guest.token, booking.id), 'PaymentStarted');
    expect(again.clientSecret).toBe(clientSecret);

    expect(await confirmWithCard(running.emulator.url, clientSecret, 'pm_card_chargeDeclined')).toBe(402);
    await waitFor(async () => (await paymentOf(guest.token, booking.id))?.payment?.attempts.length === 1, {
      what: 'the declined attempt',
    });
    expect(await confirmWithCard(running.emulator.url, clientSecret, 'pm_card_visa')).toBe(200);

    const confirmed = await waitFor(
      async () => {
        const found = await paymentOf(guest.token, booking.id);
        return found?.status === 'CONFIRMED' && found;
      },
      { what: 'the booking confirmed' },
    );
    expect(confirmed.payment).toMatchObject({
      status: 'SUCCEEDED',
      provider: 'STRIPE',
      cardBrand: 'visa',
      cardLast4: '4242',
    });
    expect(confirmed.payment?.attempts.map((a) => a.outcome)).toEqual(['FAILED', 'SUCCEEDED']);
    const intents = (await running.emulator.events()).filter((e) => e.type === 'payment_intent.created');
    expect(intents.filter((e) => JSON.stringify(e).includes(booking.id))).toHaveLength(1);
    expect(codeOf(await startPayment(client, guest.token, booking.id))).toBe('PAYMENT.ALREADY_PAID');
  });

  it('two concurrent starts make one PaymentIntent; another user can neither start nor see it', async () => {
    const { client } = running.stack;
    const { guest, host, booking } = await bookingAwaitingPayment(running, client);
    const [a, b] = await Promise.all([
      startPayment(client, guest.token, booking.id),
      startPayment(client, guest.token, booking.id),
    ]);
    expect(ofType(a, 'PaymentStarted').clientSecret).toBe(ofType(b, 'PaymentStarted').clientSecret);
    const stranger = await signedInVerifiedUser(client, running.stack.subgraph('accounts').orm.em.fork());
    expect(codeOf(await startPayment(client, stranger.token, booking.id))).toBe('PAYMENT.BOOKING_NOT_PAYABLE');
    expect(await paymentOf(stranger.token, booking.id)).toBeNull();
    const seenByHost = (await paymentOf(host.token, booking.id))?.payment;
    expect(seenByHost).toMatchObject({ status: 'PENDING', provider: null, attempts: [] });
  });

  it('counts only starts that reach a provider against the guest limit of ten a minute', async () => {
    const { client } = running.stack;
    const { guest, booking } = await bookingAwaitingPayment(running, client);
    for (let i = 0; i < 12; i++)
      expect(codeOf(await startPayment(client, guest.token, randomUUID()))).toBe('PAYMENT.BOOKING_NOT_PAYABLE');
    for (let i = 0; i < 10; i++) ofType(await startPayment(client, guest.token, booking.id), 'PaymentStarted');
    expect(codeOf(await startPayment(client, guest.token, booking.id))).toBe('PAYMENT.TOO_MANY_ATTEMPTS');
  });

  it('refuses forged and stale webhook signatures with 400', async () => {
    const url = new URL('/webhooks/stripe', running.stack.gateway.url);
    const body = JSON.stringify({
      id: 'evt_forged',
      type: 'payment_intent.succeeded',
      data: { object: { id: 'pi_x' } },
    });
    const forged = await fetch(url, { method: 'POST', body, headers: { 'stripe-signature': 't=1,v1=deadbeef' } });
    expect(forged.status).toBe(400);
    const unsigned = await fetch(url, { method: 'POST', body });
    expect(unsigned.status).toBe(400);
  });
});
