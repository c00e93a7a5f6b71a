import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A Stripe webhook event already accepted: Stripe delivers at least once, so the route inserts the id
 * with `on conflict do nothing` (stripe-webhook.route.ts) and queues work only for a fresh one.
 */
@Entity({ tableName: 'stripe_events' })
export class StripeEvent {
  @PrimaryKey({ type: 'text' })
  eventId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;
}
