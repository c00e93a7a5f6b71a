import { unixSeconds, type Clock } from '../shared/clock';
import { ControlError } from '../shared/control-error';
import { type DeliveryAttempt, type DeliveryQueue } from '../shared/delivery-queue';
import { type Logger } from '../shared/logger';
import { stripeId } from './stripe-ids';
import { type EventObject, type StripeObject } from './stripe-objects';
import { stripeSignatureHeader } from './stripe-signature';
import { type StripeStore } from './stripe-store';

export type WebhookMode = 'deliver' | 'drop';

export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  url: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: DeliveryAttempt[];
}

export interface EventPublisherOptions {
  webhookSecret: string;
  webhookUrl?: string;
  apiVersion: string;
}

export type EventOrigin = EventObject['request'];

/** An event caused by the emulator's control endpoints rather than by an API request. */
export const NO_REQUEST: EventOrigin = { id: null, idempotency_key: null };

/**
 * Records an Event for every change and POSTs it, signed, to the webhook endpoint.
 * In `drop` mode events are still recorded (and retrievable) but never sent, like a lost webhook.
 */
export class EventPublisher {
  private webhookUrl: string | undefined;
  private mode: WebhookMode = 'deliver';
  private readonly log: WebhookDelivery[] = [];

  constructor(
    private readonly store: StripeStore,
    private readonly queue: DeliveryQueue,
    private readonly options: EventPublisherOptions,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.webhookUrl = options.webhookUrl;
  }

  setWebhookUrl(url: string | undefined): void {
    this.webhookUrl = url;
  }

  setMode(mode: WebhookMode): void {
    this.mode = mode;
  }

  settings(): { url: string | null; mode: WebhookMode } {
    return { url: this.webhookUrl ?? null, mode: this.mode };
  }

  deliveries(): WebhookDelivery[] {
    return structuredClone(this.log);
  }

  publish(
    type: string,
    object: StripeObject,
    origin: EventOrigin,
    previousAttributes?: Record<string, unknown>,
  ): EventObject {
    const sending = this.mode === 'deliver' && this.webhookUrl !== undefined;
    const event: EventObject = {
      id: stripeId('evt'),
      object: 'event',
      api_version: this.options.apiVersion,
      created: unixSeconds(this.clock),
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
      },
      livemode: false,
      pending_webhooks: sending ? 1 : 0,
      request: origin,
      type,
    };
    this.store.events.set(event.id, event);
    if (sending) this.send(event, this.webhookUrl as string);
    else if (this.mode === 'deliver') this.logger.info('no webhook URL set; event recorded only', { type });
    return event;
  }

  /** Sends an event again regardless of the mode, as the Dashboard's "Resend" does. */
  resend(eventId: string): WebhookDelivery {
    const event = this.store.event(eventId);
    if (this.webhookUrl === undefined) throw new ControlError(409, 'No webhook URL is set');
    return this.send(event, this.webhookUrl);
  }

  private send(event: EventObject, url: string): WebhookDelivery {
    const delivery: WebhookDelivery = {
      id: `whdel_${event.id.slice(4)}_${this.log.length + 1}`,
      eventId: event.id,
      eventType: event.type,
      url,
      status: 'pending',
      attempts: [],
    };
    this.log.push(delivery);
    const body = JSON.stringify(event, null, 2);
    this.queue.enqueue({
      url,
      prepare: () => ({
        body,
        headers: {
          'Stripe-Signature': stripeSignatureHeader(body, this.options.webhookSecret, unixSeconds(this.clock)),
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
      }),
      onAttempt: (attempt, final) => {
        delivery.attempts.push(attempt);
        if (attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300) {
          delivery.status = 'succeeded';
          event.pending_webhooks = 0;
        } else if (final) {
          delivery.status = 'failed';
        }
      },
    });
    return delivery;
  }
}
