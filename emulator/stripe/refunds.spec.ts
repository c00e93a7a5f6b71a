import type Stripe from 'stripe';
import { type ProviderEmulator } from '../index';
import { startTestEmulator, stripeClientFor } from '../test-support/test-emulator';

describe('Stripe refunds and disputes', () => {
  let emulator: ProviderEmulator;
  let stripe: Stripe;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    stripe = stripeClientFor(emulator);
  });

  afterAll(() => emulator.close());

  async function paidIntent(amount = 10_000): Promise<{ intent: Stripe.PaymentIntent; chargeId: string }> {
    const intent = await stripe.paymentIntents.create({
      amount,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    return { intent, chargeId: intent.latest_charge as string };
  }

  const control = (path: string, body: Record<string, unknown>) =>
    fetch(`${emulator.url}/_emulator/stripe${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('refunds part, then the rest by default, then refuses a third refund', async () => {
    const { intent, chargeId } = await paidIntent();
    const partial = await stripe.refunds.create({
      payment_intent: intent.id,
      amount: 2_500,
      reason: 'requested_by_customer',
      metadata: { booking_id: 'bk_1' },
    });
    expect(partial).toMatchObject({
      object: 'refund',
      status: 'succeeded',
      amount: 2_500,
      charge: chargeId,
      payment_intent: intent.id,
      reason: 'requested_by_customer',
      metadata: { booking_id: 'bk_1' },
    });
    expect(await stripe.charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 2_500, refunded: false });

    const rest = await stripe.refunds.create({ charge: chargeId });
    expect(rest.amount).toBe(7_500);
    expect(await stripe.charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 10_000, refunded: true });
    expect((await stripe.refunds.retrieve(rest.id)).status).toBe('succeeded');

    await expect(stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({
      code: 'charge_already_refunded',
    });
    const types = emulator.stripe.events().map((event) => event.type);
    expect(types.filter((type) => type === 'refund.created')).toHaveLength(2);
    expect(types.filter((type) => type === 'charge.refunded')).toHaveLength(2);
  });

  it('refuses to refund more than what remains and changes nothing', async () => {
    const { intent, chargeId } = await paidIntent(5_000);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 4_000 });
    await expect(stripe.refunds.create({ payment_intent: intent.id, amount: 1_001 })).rejects.toMatchObject({
      statusCode: 400,
      code: 'amount_too_large',
      param: 'amount',
    });
    expect((await stripe.charges.retrieve(chargeId)).amount_refunded).toBe(4_000);
  });

  it('refuses refunds of a PaymentIntent that has not succeeded, and unknown reasons', async () => {
    const unpaid = await stripe.paymentIntents.create({ amount: 1_000, currency: 'usd' });
    await expect(stripe.refunds.create({ payment_intent: unpaid.id })).rejects.toMatchObject({
      code: 'charge_not_refundable',
    });
    const { intent } = await paidIntent();
    await expect(
      stripe.refunds.create({ payment_intent: intent.id, reason: 'changed_mind' as Stripe.RefundCreateParams.Reason }),
    ).rejects.toMatchObject({ param: 'reason' });
  });

  it('keeps refunds pending until settled through the control endpoint', async () => {
    expect((await control('/refund-mode', { mode: 'pending' })).status).toBe(200);
    try {
      const { intent, chargeId } = await paidIntent(3_000);
      const pending = await stripe.refunds.create({ payment_intent: intent.id, amount: 1_000 });
      const failing = await stripe.refunds.create({ payment_intent: intent.id, amount: 2_000 });
      expect(pending.status).toBe('pending');
      expect((await stripe.charges.retrieve(chargeId)).amount_refunded).toBe(3_000);

      expect((await control(`/refunds/${pending.id}/settle`, { status: 'succeeded' })).status).toBe(200);
      expect((await stripe.refunds.retrieve(pending.id)).status).toBe('succeeded');
      const settleAgain = await control(`/refunds/${pending.id}/settle`, { status: 'failed' });
      expect(settleAgain.status).toBe(409);

      await control(`/refunds/${failing.id}/settle`, { status: 'failed' });
      expect(await stripe.refunds.retrieve(failing.id)).toMatchObject({ status: 'failed', failure_reason: 'declined' });
      expect((await stripe.charges.retrieve(chargeId)).amount_refunded).toBe(1_000);
      const updates = emulator.stripe.events().filter((event) => event.type === 'refund.updated');
      expect(updates.map((event) => (event.data.object as { id: string }).id)).toEqual([pending.id, failing.id]);
      expect(updates[0].data.previous_attributes).toEqual({ status: 'pending' });
    } finally {
      emulator.stripe.setRefundMode('succeeded');
    }
  });

  it('opens a dispute on a charge, which then can no longer be refunded', async () => {
    const { intent, chargeId } = await paidIntent(8_000);
    const response = await control(`/charges/${chargeId}/dispute`, { reason: 'product_not_received' });
    expect(response.status).toBe(200);
    const dispute = (await response.json()) as { id: string };
    expect(await stripe.disputes.retrieve(dispute.id)).toMatchObject({
      object: 'dispute',
      charge: chargeId,
      payment_intent: intent.id,
      amount: 8_000,
      reason: 'product_not_received',
      status: 'needs_response',
    });
    expect((await stripe.charges.retrieve(chargeId)).disputed).toBe(true);
    expect(
      emulator.stripe
        .events()
        .some(
          (event) => event.type === 'charge.dispute.created' && (event.data.object as { id: string }).id === dispute.id,
        ),
    ).toBe(true);
    await expect(stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({
      code: 'charge_disputed',
    });
    expect((await control(`/charges/${chargeId}/dispute`, {})).status).toBe(409);
    expect((await control('/charges/ch_missing/dispute', {})).status).toBe(404);
  });
});
