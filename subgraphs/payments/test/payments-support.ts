import { randomUUID } from 'node:crypto';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { CreateBookingDocument, StartPaymentDocument } from '../../../test/support/generated/graphql';
import { ofType, type GraphQLClient } from '../../../test/support/graphql-client';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { EMULATOR_KEYS, sharedStripeEmulator } from '../../../test/support/payments/provider-emulator';
import { PROVIDER_TEST_SETUP_MS, takeProviderTestTurn } from '../../../test/support/payments/provider-test-lock';
import { useStackWithWorker, type StackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';

export interface PaymentsStack extends StackWithWorker {
  emulator: ReturnType<typeof sharedStripeEmulator>;
}

/**
 * The federation and a worker on the run's shared Stripe emulator (global setup points every test
 * process at it: any file's worker may take this file's Stripe jobs), with its webhooks sent to this
 * file's gateway. Files that drive the emulator take turns, so its webhook settings are this file's
 * while it runs. A webhook that still lands at another file's live gateway is handled correctly:
 * every gateway and worker of the run share one database.
 */
export function usePaymentsStack(): PaymentsStack {
  const running = {} as PaymentsStack;
  let endTurn: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    endTurn = await takeProviderTestTurn();
    running.emulator = sharedStripeEmulator();
  }, PROVIDER_TEST_SETUP_MS);
  const stack = useStackWithWorker();
  beforeAll(async () => {
    running.stack = stack.stack;
    running.worker = stack.worker;
    await running.emulator.setWebhookUrl(new URL('/webhooks/stripe', stack.stack.gateway.url).toString());
    await running.emulator.setWebhookMode('deliver');
  });
  afterAll(async () => {
    // This gateway stops now: later events are recorded, not sent to a closed port.
    await running.emulator?.setWebhookUrl(undefined);
    await endTurn?.();
  });
  return running;
}

/** Confirms a PaymentIntent as Stripe.js would in the guest's browser: publishable key, client secret, a test card. */
export async function confirmWithCard(
  emulatorUrl: string,
  clientSecret: string,
  paymentMethod: string,
): Promise<number> {
  const intentId = clientSecret.split('_secret_')[0];
  const response = await fetch(`${emulatorUrl}/v1/payment_intents/${intentId}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      key: EMULATOR_KEYS.stripePublishableKey,
      client_secret: clientSecret,
      payment_method: paymentMethod,
    }),
  });
  return response.status;
}

/** A verified guest with a PENDING instant-book booking awaiting payment, known to payments' projection. */
export async function bookingAwaitingPayment(running: StackWithWorker, client: GraphQLClient) {
  const accounts = () => running.stack.subgraph('accounts').orm.em.fork();
  const host = await asHost(client, await signedInVerifiedUser(client, accounts()));
  const listing = await createPublishedListing(client, host.token, { instantBook: true });
  const guest = await signedInVerifiedUser(client, accounts());
  const bookings = running.stack.subgraph('bookings').orm.em;
  await waitFor(
    async () =>
      (await bookings.fork().execute('select 1 from bookings.listing_terms where listing_id = ?', [listing.id]))
        .length > 0,
    { what: 'listing terms in bookings' },
  );
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const { createBooking } = await client.data(CreateBookingDocument, {
    token: guest.token,
    variables: {
      input: { listingId: listing.id, checkIn: day(30), checkOut: day(33), guests: 2, idempotencyKey: randomUUID() },
    },
  });
  const booking = ofType(createBooking, 'BookingCreated').booking;
  const payments = running.stack.subgraph('payments').orm.em;
  await waitFor(
    async () =>
      (await payments.fork().execute('select 1 from payments.payable_bookings where booking_id = ?', [booking.id]))
        .length > 0,
    { what: 'booking in payments' },
  );
  return { host, guest, booking };
}

export async function startPayment(
  client: GraphQLClient,
  token: string,
  bookingId: string,
  idempotencyKey = randomUUID(),
) {
  const { startPayment } = await client.data(StartPaymentDocument, {
    token,
    variables: { input: { bookingId, provider: 'STRIPE', idempotencyKey } },
  });
  return startPayment;
}
