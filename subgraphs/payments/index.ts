import { MikroORM } from '@mikro-orm/postgresql';
import { containerOf } from '../../platform/graphql/container';
import { startSubgraph, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { systemClock, type Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import type { Logger } from '../../platform/runtime/logger';
import { isEmulatorUrl } from '../../platform/runtime/production-readiness';
import { connectRedis, disconnectRedis, redisReady } from '../../platform/runtime/redis/connect';
import type { SubgraphModule } from '../../platform/subgraph-module';
import { PAYMENTS_EVENTS } from '../../contracts/events/payments';
import { createLoaders } from './loaders';
import { paymentsOrmConfig } from './mikro-orm.config';
import { BOOKING_END_HANDLERS, cancelCharge } from './payment/booking-end.handlers';
import { reconcilePayments, RECONCILE_PAYMENTS } from './payment/reconcile-payments.job';
import { PAYABLE_BOOKING_HANDLERS, resetPayableBookings } from './projections/payable-booking.handlers';
import { sendRefund } from './refund/send-refund.job';
import { eraseDeletedUsersPayerDetails } from './user-deleted/erase-payer-details.handler';
import { exportPaymentsPart } from './data-export/export-part.handler';
import { buildPaymentsSchema } from './schema';
import { paymentsResolvers } from './services';
import { processStripeEvent } from './webhooks/stripe-event.job';
import { stripeWebhookRoute } from './webhooks/stripe-webhook.route';
import { mpesaCallbackRoutes } from './mpesa/mpesa-callback.route';
import { processMpesaCallback } from './mpesa/mpesa-callback.job';
import { callbackTokens, darajaSettings } from './mpesa/mpesa-setup';

export async function startPayments({
  config,
  logger,
  port,
  clock = systemClock,
}: {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}): Promise<RunningSubgraph> {
  const { apiUrl, webhookSecret } = config.payments.stripe;
  const emulated = [apiUrl, config.payments.mpesa.apiUrl].filter((url) => url !== undefined && isEmulatorUrl(url));
  if (config.mode === 'production' && emulated.length > 0)
    logger.warn(
      { apiUrls: emulated },
      '!!! PAYMENTS_EMULATOR=allow: payments run against a local emulator, no real money moves !!!',
    );
  const redis = connectRedis(config, logger, 'payments');
  await redisReady(redis);
  const schema = await buildPaymentsSchema(containerOf(paymentsResolvers({ clock, config, redis })));
  const orm = await MikroORM.init(paymentsOrmConfig(config));
  const subgraph = await startSubgraph(
    {
      name: 'payments',
      schema,
      orm,
      config,
      logger,
      createLoaders,
      clock,
      routes: (app) => {
        if (webhookSecret) stripeWebhookRoute({ orm, webhookSecret, clock, logger })(app);
        if (darajaSettings(config)) mpesaCallbackRoutes({ orm, tokens: callbackTokens(config), logger })(app);
      },
    },
    port ?? config.subgraphPorts.payments,
  );
  return {
    ...subgraph,
    stop: async () => {
      await subgraph.stop();
      await disconnectRedis(redis);
    },
  };
}

export const paymentsSubgraph: SubgraphModule = {
  name: 'payments',
  buildSchema: () => buildPaymentsSchema(),
  ormConfig: paymentsOrmConfig,
  start: startPayments,
  events: PAYMENTS_EVENTS,
  handlers: [...PAYABLE_BOOKING_HANDLERS, ...BOOKING_END_HANDLERS, eraseDeletedUsersPayerDetails, exportPaymentsPart],
  jobs: [processStripeEvent, processMpesaCallback, sendRefund, cancelCharge, reconcilePayments],
  // Every minute: a missed webhook heals within a few minutes of the reconciliation threshold.
  schedules: [{ job: RECONCILE_PAYMENTS, cron: '* * * * *' }],
  resetProjections: resetPayableBookings,
};
