import type { Config } from '../../platform/runtime/config';
import { InboxEntry } from '../../platform/events/inbox.entity';
import { createOrmConfig } from '../../platform/database/orm-config';
import { migrations } from './migrations';
import { MoneyAudit } from './payment/money-audit.entity';
import { PaymentAttempt } from './payment/payment-attempt.entity';
import { PaymentTransition } from './payment/payment-transition.entity';
import { Payment } from './payment/payment.entity';
import { PayableBooking } from './projections/payable-booking.entity';
import { Refund } from './refund/refund.entity';
import { StripeEvent } from './webhooks/stripe-event.entity';

export const PAYMENTS_SCHEMA = 'payments';

export function paymentsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({
    schema: PAYMENTS_SCHEMA,
    entities: [PayableBooking, Payment, PaymentAttempt, PaymentTransition, MoneyAudit, Refund, StripeEvent, InboxEntry],
    migrations,
    config,
  });
}
