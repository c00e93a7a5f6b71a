import { randomUUID } from 'node:crypto';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import {
  BookingPaymentDocument,
  CreateBookingDocument,
  StartPaymentDocument,
  type PaymentDetailsFragment,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { relayCallbacksTo } from '../../../test/support/payments/callback-relay';
import { sharedMpesaEmulator, type StkOutcome } from '../../../test/support/payments/provider-emulator';
import { PROVIDER_TEST_SETUP_MS, takeProviderTestTurn } from '../../../test/support/payments/provider-test-lock';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { waitFor } from '../../../test/support/wait-for';

export interface MpesaWorld {
  emulator: ReturnType<typeof sharedMpesaEmulator>;
  stack: TestStack;
  worker: TestWorker;
}

/**
 * The federation and a worker, on the run's shared Daraja emulator and callback relay (any file's
 * worker may run this file's M-Pesa jobs). Files driving the shared emulator take turns, and the
 * relay sends the run's callbacks to this file's gateway meanwhile.
 */
export function useMpesaWorld(): MpesaWorld {
  const world = {} as MpesaWorld;
  let endTurn: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    endTurn = await takeProviderTestTurn();
    world.emulator = sharedMpesaEmulator();
    [world.stack, world.worker] = await Promise.all([startTestStack(), startTestWorker()]);
    await relayCallbacksTo(world.stack.gateway.url);
  }, PROVIDER_TEST_SETUP_MS);
  afterAll(async () => {
    await world.worker?.stop();
    await world.stack?.stop();
    await endTurn?.();
  });
  return world;
}

/** The offset of today's date in Nairobi, as the listings' local dates. */
function daysFromNow(days: number): string {
  const nairobi = new Date(Date.now() + 3 * 3_600_000 + days * 86_400_000);
  return nairobi.toISOString().slice(0, 10);
}

let nextStay = 10;

/** A guest's pending instant-book booking of a KES listing (total 2 × 1,500.50 + 300 cleaning, plus fees). */
export async function kesBooking(world: MpesaWorld, policy: 'FLEXIBLE' | 'STRICT' = 'FLEXIBLE') {
  const { client } = world.stack;
  const em = world.stack.subgraph('accounts').orm.em.fork();
  const host = await asHost(client, await signedInVerifiedUser(client, em));
  const guest = await signedInVerifiedUser(client, em);
  const listing = await createPublishedListing(client, host.token, {
    currency: 'KES',
    nightlyPrice: '1500.50',
    cleaningFee: '300',
    cancellationPolicy: policy,
  });
  const checkIn = daysFromNow(nextStay);
  nextStay += 3;
  const booking = await waitFor(
    async () => {
      const { createBooking } = await client.data(CreateBookingDocument, {
        token: guest.token,
        variables: {
          input: {
            listingId: listing.id,
            checkIn,
            checkOut: daysFromNow(nextStay - 1),
            guests: 2,
            idempotencyKey: randomUUID(),
          },
        },
      });
      return createBooking.__typename === 'BookingCreated' ? createBooking.booking : undefined;
    },
    { what: 'the listing to reach bookings' },
  );
  return { host, guest, booking };
}

/** startPayment with M-Pesa, retried while payments' projection has not seen the booking yet. */
export async function payByMpesa(world: MpesaWorld, token: string, bookingId: string, phoneNumber: string) {
  return waitFor(
    async () => {
      const { startPayment } = await world.stack.client.data(StartPaymentDocument, {
        token,
        variables: { input: { bookingId, provider: 'MPESA', idempotencyKey: randomUUID(), phoneNumber } },
      });
      return startPayment.__typename === 'NotPayableYetError' ? undefined : startPayment;
    },
    { what: 'the booking to become payable' },
  );
}

export async function startedMpesaPayment(world: MpesaWorld, token: string, bookingId: string, phoneNumber: string) {
  const started = ofType(await payByMpesa(world, token, bookingId, phoneNumber), 'PaymentStarted');
  const push = (await world.emulator.stkPushes('pending')).find((p) => p.phoneNumber === normalised(phoneNumber));
  if (!push) throw new Error(`No STK push to ${phoneNumber}`);
  return {
    payment: started.payment,
    checkoutRequestId: push.checkoutRequestId,
    customerMessage: started.customerMessage,
  };
}

/** The guest answers the prompt on the phone; without the callback, only a query finds out. */
export async function answerPrompt(
  world: MpesaWorld,
  checkoutRequestId: string,
  outcome: StkOutcome,
  deliverCallback = true,
): Promise<void> {
  await world.emulator.respondToStkPush(checkoutRequestId, outcome, deliverCallback);
}

export async function bookingPayment(world: MpesaWorld, token: string, id: string) {
  const { booking } = await world.stack.client.data(BookingPaymentDocument, { token, variables: { id } });
  if (!booking) throw new Error(`booking ${id} not visible`);
  return booking;
}

/** Waits for the booking and its payment to satisfy `probe`. */
export function waitForBooking(
  world: MpesaWorld,
  token: string,
  id: string,
  probe: (booking: { status: string; payment?: PaymentDetailsFragment | null }) => boolean,
  what: string,
) {
  return waitFor(
    async () => {
      const booking = await bookingPayment(world, token, id);
      return probe(booking) ? booking : undefined;
    },
    { what, timeoutMs: 20_000 },
  );
}

function normalised(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `254${digits.slice(1)}` : digits;
}
