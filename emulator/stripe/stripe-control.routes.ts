import { ControlError } from '../shared/control-error';
import { controlRoutes, oneOf, optionalInteger, optionalString } from '../shared/control-routes';
import { type Route } from '../shared/http-types';
import { StripeApiError } from './stripe-errors';
import { type StripeControls } from './stripe-emulator';

/** `/_emulator/stripe/...`: act as Stripe, the bank or the cardholder, and inspect webhook traffic. */
export function stripeControlRoutes(controls: StripeControls): Route[] {
  return controlRoutes(
    [
      { method: 'GET', pattern: '/_emulator/stripe/webhook', handle: () => controls.webhookSettings() },
      {
        method: 'POST',
        pattern: '/_emulator/stripe/webhook',
        handle: (_request, body) => {
          const url = optionalString(body, 'url');
          const mode = oneOf(body, 'mode', ['deliver', 'drop'] as const);
          if (url !== undefined) controls.setWebhookUrl(url === '' ? undefined : url);
          if (mode) controls.setWebhookMode(mode);
          return controls.webhookSettings();
        },
      },
      { method: 'GET', pattern: '/_emulator/stripe/deliveries', handle: () => controls.deliveries() },
      { method: 'GET', pattern: '/_emulator/stripe/events', handle: () => controls.events() },
      {
        method: 'POST',
        pattern: '/_emulator/stripe/events/:id/resend',
        handle: (request) => structuredClone(controls.resendEvent(request.params.id)),
      },
      {
        method: 'POST',
        pattern: '/_emulator/stripe/charges/:id/dispute',
        handle: (request, body) =>
          controls.openDispute(request.params.id, {
            reason: optionalString(body, 'reason'),
            amount: optionalInteger(body, 'amount'),
          }),
      },
      {
        method: 'POST',
        pattern: '/_emulator/stripe/refund-mode',
        handle: (_request, body) => {
          const mode = oneOf(body, 'mode', ['succeeded', 'pending'] as const);
          if (!mode) throw new ControlError(400, 'mode is required: succeeded or pending.');
          controls.setRefundMode(mode);
          return { mode };
        },
      },
      {
        method: 'POST',
        pattern: '/_emulator/stripe/refunds/:id/settle',
        handle: (request, body) => {
          const status = oneOf(body, 'status', ['succeeded', 'failed'] as const);
          if (!status) throw new ControlError(400, 'status is required: succeeded or failed.');
          return controls.settleRefund(request.params.id, status);
        },
      },
    ],
    (error) => (error instanceof StripeApiError ? new ControlError(error.status, error.body.message) : undefined),
  );
}
