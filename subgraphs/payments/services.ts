import type Redis from 'ioredis';
import type { Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import { limiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { PaymentResolver } from './payment/payment.resolver';
import { StartPaymentService } from './payment/start-payment.service';
import { paymentProviders } from './providers/payment-providers';
import { AdminRefundService } from './refund/admin-refund.service';
import { RefundResolver } from './refund/refund.resolver';

/** startPayment calls per viewer per minute: a provider call each, so a retry loop must not hammer it. */
const STARTS_PER_MINUTE = 10;

/** Builds the payments services once per process and returns the resolvers that use them. */
export function paymentsResolvers({
  clock,
  config,
  redis,
}: {
  clock: Clock;
  config: Config;
  redis: Redis | null;
}): object[] {
  const perViewer = limiterFactory(
    redis,
    config.redisKeyPrefix,
  )({
    name: 'start-payment',
    points: STARTS_PER_MINUTE,
    durationSeconds: 60,
  });
  const providers = paymentProviders(config, redis);
  return [
    new PaymentResolver(new StartPaymentService(clock, config.payments, providers, perViewer)),
    new RefundResolver(new AdminRefundService(clock, providers)),
  ];
}
