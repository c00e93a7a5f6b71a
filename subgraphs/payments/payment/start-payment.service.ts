import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { enqueueJob } from '../../../platform/events/jobs';
import { newId } from '../../../platform/graphql/ids';
import { validate } from '../../../platform/graphql/validation';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import { PayableBooking } from '../projections/payable-booking.entity';
import type { PaymentProviders } from '../providers/payment-providers';
import { CANCEL_CHARGE } from './booking-end.handlers';
import { PaymentAttempt } from './payment-attempt.entity';
import { logTransition } from './payment-records';
import { Payment } from './payment.entity';
import { PaymentProvider, PaymentStatus } from './payment.enums';
import {
  AlreadyPaidError,
  BookingNotPayableError,
  CurrencyNotSupportedError,
  HoldExpiringError,
  InvalidPhoneNumberError,
  NotPayableYetError,
  ProviderUnavailableError,
  TooManyPaymentAttemptsError,
} from './payment.errors';
import { startPaymentSchema, type StartPaymentInput } from './payment.inputs';
import { PaymentStarted, type StartPaymentResult } from './payment.results';

type Request = ReturnType<typeof startPaymentSchema.parse>;

/** A booking id minted this recently may simply not have reached payments' projection yet. */
const PROJECTION_LAG_MS = 60_000;

export class StartPaymentService {
  constructor(
    private readonly clock: Clock,
    private readonly settings: Config['payments'],
    private readonly providers: PaymentProviders,
    private readonly perViewer: RateLimiterAbstract,
  ) {}

  /**
   * Starts or resumes the one payment of the viewer's booking. Amount and currency come from the
   * projection; the unique booking id arbitrates concurrent starts, and the provider's idempotency
   * key (derived from the payment) makes them reach one charge.
   */
  async start(em: EntityManager, guestId: string, input: StartPaymentInput): Promise<StartPaymentResult> {
    const parsed = validate(startPaymentSchema, input);
    if (!parsed.ok) return parsed.error;
    const request = parsed.value;
    const booking = await em.findOne(PayableBooking, { bookingId: request.bookingId });
    if (!booking)
      return isRecent(request.bookingId, this.clock()) ? new NotPayableYetError() : new BookingNotPayableError();
    if (booking.guestId !== guestId) return new BookingNotPayableError();
    if (booking.state === 'CONFIRMED') return new AlreadyPaidError();
    if (booking.state === 'ENDED' || booking.awaiting !== 'PAYMENT') return new BookingNotPayableError();
    const left = (booking.holdExpiresAt?.getTime() ?? Infinity) - this.clock().getTime();
    if (left < this.settings.minHoldMinutes * 60_000) return new HoldExpiringError();
    const provider = this.providers[request.provider];
    if (!provider) return new ProviderUnavailableError();
    if (!provider.supportsCurrency(booking.currency)) return new CurrencyNotSupportedError();
    // Only starts that reach a provider count: a client polling "not payable yet" spends nothing.
    const limited = await this.consume(guestId);
    if (limited) return limited;
    const payment = await this.paymentFor(em, booking, request);
    if (payment.status !== PaymentStatus.PENDING) return new AlreadyPaidError();
    if (payment.provider === PaymentProvider.STRIPE && payment.clientSecret)
      return new PaymentStarted(payment, { clientSecret: payment.clientSecret, publishableKey: this.publishableKey() });
    return this.charge(em, payment, booking, request);
  }

  private async charge(
    em: EntityManager,
    payment: Payment,
    booking: PayableBooking,
    request: Request,
  ): Promise<StartPaymentResult> {
    const provider = this.providers[payment.provider];
    if (!provider) return new ProviderUnavailableError();
    const attemptId = newId();
    const result = await provider.startCharge({
      paymentId: payment.id,
      attemptId,
      bookingId: booking.bookingId,
      bookingReference: booking.bookingId.replace(/-/g, '').slice(-10).toUpperCase(),
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      idempotencyKey: `${payment.provider.toLowerCase()}:${payment.id}:${payment.idempotencyKey}`,
      phoneNumber: request.phoneNumber ?? undefined,
    });
    if (result.kind === 'unavailable') return new ProviderUnavailableError();
    if (result.kind === 'refused')
      return result.code === 'INVALID_PHONE_NUMBER'
        ? new InvalidPhoneNumberError()
        : result.code === 'CURRENCY_NOT_SUPPORTED'
          ? new CurrencyNotSupportedError(result.message)
          : new ProviderUnavailableError();
    const now = this.clock();
    Object.assign(payment, {
      providerReference: result.providerReference,
      clientSecret: result.clientSecret ?? null,
      chargedMinor: result.chargedMinor,
      payerPhone: result.payerPhone ?? payment.payerPhone,
      updatedAt: now,
    });
    // A card's attempts are its confirmations (recorded from the webhook); a push is an attempt now.
    if (!result.clientSecret)
      em.create(PaymentAttempt, {
        paymentId: payment.id,
        providerReference: result.providerReference,
        outcome: 'STARTED',
        at: now,
      });
    await em.flush();
    return new PaymentStarted(payment, {
      clientSecret: result.clientSecret,
      publishableKey: result.clientSecret ? this.publishableKey() : null,
      customerMessage: result.customerMessage,
    });
  }

  /** The booking's one payment: created by the first start; a start with another provider switches it. */
  private async paymentFor(em: EntityManager, booking: PayableBooking, request: Request): Promise<Payment> {
    const now = this.clock();
    const existing = await em.findOne(Payment, { bookingId: booking.bookingId });
    if (existing) return existing.provider === request.provider ? existing : this.switchProvider(em, existing, request);
    const inserted = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `insert into payments.payments (id, booking_id, guest_id, host_id, provider, status, amount_minor, currency, charged_minor,
           idempotency_key, created_at, updated_at)
         values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)
         on conflict (booking_id) do nothing returning id`,
        [
          newId(),
          booking.bookingId,
          booking.guestId,
          booking.hostId,
          request.provider,
          booking.amountMinor,
          booking.currency,
          booking.amountMinor,
          request.idempotencyKey,
          now,
          now,
        ],
      );
      if (rows[0]) await logTransition(tx, rows[0].id, null, PaymentStatus.PENDING, 'the guest started paying', now);
      return rows[0]?.id;
    });
    const payment = await em.findOneOrFail(Payment, { bookingId: booking.bookingId }, { refresh: true });
    return inserted || payment.provider === request.provider ? payment : this.switchProvider(em, payment, request);
  }

  /** The guest changed their mind: the old charge is cancelled at its provider, the payment starts over with the new one. */
  private async switchProvider(em: EntityManager, payment: Payment, request: Request): Promise<Payment> {
    if (payment.status !== PaymentStatus.PENDING) return payment;
    await em.transactional(async (tx) => {
      if (payment.providerReference)
        await enqueueJob(tx, CANCEL_CHARGE, {
          paymentId: payment.id,
          provider: payment.provider,
          reference: payment.providerReference,
        });
      Object.assign(payment, {
        provider: request.provider,
        providerReference: null,
        clientSecret: null,
        idempotencyKey: request.idempotencyKey,
        updatedAt: this.clock(),
      });
      await tx.flush();
    });
    return payment;
  }

  private publishableKey(): string | null {
    return this.settings.stripe.publishableKey ?? null;
  }

  private async consume(guestId: string): Promise<TooManyPaymentAttemptsError | null> {
    try {
      await this.perViewer.consume(guestId);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return new TooManyPaymentAttemptsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }
}

/** UUIDv7 carries its creation time in its first 48 bits. */
function isRecent(id: string, now: Date): boolean {
  const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
  return id[14] === '7' && now.getTime() - ms < PROJECTION_LAG_MS && ms <= now.getTime() + 5_000;
}
