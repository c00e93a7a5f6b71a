import { randomUUID } from 'node:crypto';
import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import {
  BookingPaymentDocument,
  PaymentsDocument,
  RefundPaymentDocument,
  type PaymentFilter,
  type RefundPaymentInput,
} from '../../../test/support/generated/graphql';
import { codeOf, ofType, present } from '../../../test/support/graphql-client';
import { waitFor } from '../../../test/support/wait-for';
import { bookingAwaitingPayment, confirmWithCard, startPayment, usePaymentsStack } from './payments-support';

const running = usePaymentsStack();

type Party = { id: string; token: string };
interface Fixture {
  admin: Party;
  paid: { guest: Party; host: Party; bookingId: string; paymentId: string; chargedMinor: number };
  pending: { guest: Party; bookingId: string; paymentId: string };
}
const fixture = {} as Fixture;

const accounts = () => running.stack.subgraph('accounts').orm.em.fork();

async function bookingAndPayment(token: string, bookingId: string) {
  const { booking } = await running.stack.client.data(BookingPaymentDocument, { token, variables: { id: bookingId } });
  return booking;
}

async function refund(input: Partial<RefundPaymentInput> & { amountMinor: number }, requestId = randomUUID()) {
  const { refundPayment } = await running.stack.client.data(RefundPaymentDocument, {
    token: fixture.admin.token,
    headers: { 'x-request-id': requestId },
    variables: {
      input: {
        paymentId: fixture.paid.paymentId,
        reason: 'REQUESTED_BY_CUSTOMER',
        idempotencyKey: randomUUID(),
        ...input,
      },
    },
  });
  return refundPayment;
}

async function listed(filter: PaymentFilter, page: { first?: number; after?: string } = {}) {
  const { payments } = await running.stack.client.data(PaymentsDocument, {
    token: fixture.admin.token,
    variables: { filter, ...page },
  });
  return payments;
}

async function paymentStatus(): Promise<string | undefined> {
  const booking = await bookingAndPayment(fixture.admin.token, fixture.paid.bookingId);
  return booking?.payment?.status;
}

beforeAll(async () => {
  const { client } = running.stack;
  fixture.admin = await signedInAdmin(client, accounts());

  const paid = await bookingAwaitingPayment(running, client);
  const started = ofType(await startPayment(client, paid.guest.token, paid.booking.id), 'PaymentStarted');
  expect(
    await confirmWithCard(running.emulator.url, present(started.clientSecret, 'a client secret'), 'pm_card_visa'),
  ).toBe(200);
  await waitFor(async () => (await bookingAndPayment(paid.guest.token, paid.booking.id))?.status === 'CONFIRMED', {
    what: 'the paid booking confirmed',
  });
  fixture.paid = {
    guest: paid.guest,
    host: paid.host,
    bookingId: paid.booking.id,
    paymentId: started.payment.id,
    chargedMinor: present(started.payment.charged, 'the charged amount').amountMinor,
  };

  const pending = await bookingAwaitingPayment(running, client);
  const pendingStart = ofType(await startPayment(client, pending.guest.token, pending.booking.id), 'PaymentStarted');
  fixture.pending = { guest: pending.guest, bookingId: pending.booking.id, paymentId: pendingStart.payment.id };
});

describe('admin refunds through the gateway', () => {
  it('refunds part, then the rest; a third is refused; a key sent twice refunds once; the booking stays CONFIRMED', async () => {
    const { chargedMinor, paymentId } = fixture.paid;
    const key = randomUUID();
    const requestId = randomUUID();
    const first = ofType(
      await refund({ amountMinor: 1000, idempotencyKey: key, note: 'Noisy street' }, requestId),
      'RefundRequested',
    );
    expect(first).toMatchObject({ replayed: false, refund: { status: 'PENDING', amount: { amountMinor: 1000 } } });
    const again = ofType(await refund({ amountMinor: 999, idempotencyKey: key }), 'RefundRequested');
    expect(again).toMatchObject({ replayed: true, refund: { id: first.refund.id, amount: { amountMinor: 1000 } } });

    const above = ofType(await refund({ amountMinor: chargedMinor - 1000 + 1 }), 'RefundExceedsRemainingError');
    expect(above).toMatchObject({
      code: 'PAYMENT.REFUND_EXCEEDS_REMAINING',
      remaining: { amountMinor: chargedMinor - 1000 },
    });

    await waitFor(async () => (await paymentStatus()) === 'PARTIALLY_REFUNDED', { what: 'the partial refund settled' });
    ofType(await refund({ amountMinor: chargedMinor - 1000, reason: 'DUPLICATE' }), 'RefundRequested');
    await waitFor(async () => (await paymentStatus()) === 'REFUNDED', { what: 'the rest refunded' });
    expect(codeOf(await refund({ amountMinor: 1 }))).toBe('PAYMENT.NOTHING_TO_REFUND');

    const booking = present(await bookingAndPayment(fixture.paid.guest.token, fixture.paid.bookingId), 'the booking');
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.payment?.refunds.map((r) => [r.amount.amountMinor, r.status])).toEqual([
      [1000, 'SUCCEEDED'],
      [chargedMinor - 1000, 'SUCCEEDED'],
    ]);
    const audit = await running.stack
      .subgraph('payments')
      .orm.em.fork()
      .execute<{ actor_id: string; request_id: string; amount_minor: string }[]>(
        `select actor_id, request_id, amount_minor from payments.money_audit
         where payment_id = ? and action = 'refund.requested' order by id`,
        [paymentId],
      );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor_id: fixture.admin.id, request_id: requestId });
    expect(audit.every((row) => row.actor_id === fixture.admin.id && row.request_id)).toBe(true);
  });

  it('answers typed errors for a payment that captured nothing, an unknown id and a malformed input', async () => {
    const pending = await refund({ paymentId: fixture.pending.paymentId, amountMinor: 100 });
    expect(ofType(pending, 'PaymentNotRefundableError')).toMatchObject({
      code: 'PAYMENT.NOT_REFUNDABLE',
      status: 'PENDING',
    });
    expect(codeOf(await refund({ paymentId: randomUUID(), amountMinor: 100 }))).toBe('PAYMENT.NOT_FOUND');
    const invalid = ofType(await refund({ amountMinor: 0, idempotencyKey: 'short' }), 'ValidationError');
    expect(invalid.fieldErrors.map((e) => e.path.join('.')).sort()).toEqual([
      'input.amountMinor',
      'input.idempotencyKey',
    ]);
  });

  it('lets no one but admins list or refund, and no other guest read the payment', async () => {
    const { client } = running.stack;
    const stranger = await signedInVerifiedUser(client, accounts());
    for (const who of [fixture.paid.guest, fixture.paid.host, stranger]) {
      const list = await client.request(PaymentsDocument, { token: who.token, variables: {} });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const refunded = await client.request(RefundPaymentDocument, {
        token: who.token,
        variables: {
          input: {
            paymentId: fixture.paid.paymentId,
            amountMinor: 1,
            reason: 'FRAUDULENT',
            idempotencyKey: randomUUID(),
          },
        },
      });
      expect(refunded.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await client.request(PaymentsDocument, { variables: {} });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await bookingAndPayment(fixture.pending.guest.token, fixture.paid.bookingId)).toBeNull();
    expect(await bookingAndPayment(stranger.token, fixture.paid.bookingId)).toBeNull();
  });

  it('filters payments and pages through them with signed cursors', async () => {
    const ids = (page: Awaited<ReturnType<typeof listed>>) => page.edges.map((e) => e.node.id);
    expect(ids(await listed({ bookingId: fixture.pending.bookingId }))).toEqual([fixture.pending.paymentId]);
    expect(ids(await listed({ guestId: fixture.paid.guest.id }))).toEqual([fixture.paid.paymentId]);
    expect(ids(await listed({ guestId: fixture.pending.guest.id, status: 'PENDING' }))).toEqual([
      fixture.pending.paymentId,
    ]);
    expect(ids(await listed({ guestId: fixture.pending.guest.id, status: 'SUCCEEDED' }))).toEqual([]);
    expect(ids(await listed({ bookingId: fixture.pending.bookingId, provider: 'MPESA' }))).toEqual([]);

    await running.stack
      .subgraph('payments')
      .orm.em.fork()
      .execute('update payments.payments set disputed = true where id = ?', [fixture.pending.paymentId]);
    const disputed = ids(await listed({ disputed: true }));
    expect(disputed).toContain(fixture.pending.paymentId);
    expect(disputed).not.toContain(fixture.paid.paymentId);
    expect((await listed({ bookingId: fixture.pending.bookingId })).edges[0]?.node.disputed).toBe(true);

    const stripe: PaymentFilter = { provider: 'STRIPE' };
    const first = await listed(stripe, { first: 1 });
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const after = present(first.pageInfo.endCursor, 'a cursor');
    const second = await listed(stripe, { first: 1, after });
    expect(second.edges).toHaveLength(1);
    expect(second.edges[0]!.node.id < first.edges[0]!.node.id).toBe(true);

    const elsewhere = await running.stack.client.request(PaymentsDocument, {
      token: fixture.admin.token,
      variables: { filter: { provider: 'MPESA' }, first: 1, after },
    });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
      reason: 'INVALID_CURSOR',
    });
  });
});
