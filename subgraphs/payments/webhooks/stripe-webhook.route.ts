import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import Stripe from 'stripe';
import { enqueueJob } from '../../../platform/events/jobs';
import type { Clock } from '../../../platform/runtime/clock';
import type { Logger } from '../../../platform/runtime/logger';
import { PROCESS_STRIPE_EVENT } from './stripe-event.job';

/** Stripe's own default: a signature older than this is a replay. */
const TOLERANCE_SECONDS = 300;

/**
 * `POST /webhooks/stripe` (reached through the gateway): verifies Stripe's signature over the raw
 * body, records each event id once and answers 2xx at once; a job does the work, re-reading the
 * objects from Stripe's API. Anything unverified is a 400 that changes nothing.
 */
export function stripeWebhookRoute(options: {
  orm: MikroORM;
  webhookSecret: string;
  clock: Clock;
  logger: Logger;
}): (app: Express) => void {
  const verifier = Stripe.webhooks;
  return (app) => {
    app.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
      const signature = req.header('stripe-signature');
      let event: Stripe.Event;
      try {
        if (!signature || !Buffer.isBuffer(req.body)) throw new Error('unsigned');
        // The SDK takes the receipt time in milliseconds (it divides by 1000 itself).
        const receivedAtMs = options.clock().getTime();
        event = verifier.constructEvent(
          req.body,
          signature,
          options.webhookSecret,
          TOLERANCE_SECONDS,
          undefined,
          receivedAtMs,
        );
      } catch {
        options.logger.warn('refused an unverified Stripe webhook');
        return void res.status(400).json({ error: 'invalid signature' });
      }
      const object = event.data.object as { id?: string; payment_intent?: string | { id: string } | null };
      const intent = typeof object.payment_intent === 'string' ? object.payment_intent : object.payment_intent?.id;
      const em = options.orm.em.fork();
      await em.transactional(async (tx) => {
        const fresh = await tx.execute(
          `insert into payments.stripe_events (event_id, type, received_at) values (?, ?, ?) on conflict do nothing returning event_id`,
          [event.id, event.type, options.clock()],
        );
        if (fresh.length > 0)
          await enqueueJob(tx, PROCESS_STRIPE_EVENT, {
            eventId: event.id,
            type: event.type,
            objectId: object.id ?? null,
            paymentIntentId: intent ?? null,
          });
      });
      res.status(200).json({ received: true });
    });
  };
}
