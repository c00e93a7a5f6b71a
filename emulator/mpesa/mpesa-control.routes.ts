import { ControlError } from '../shared/control-error';
import { controlRoutes, oneOf, optionalBoolean } from '../shared/control-routes';
import { type Route } from '../shared/http-types';
import { type MpesaControls } from './mpesa-emulator';
import { STK_OUTCOMES, type StkOutcome } from './stk-pushes';

const OUTCOMES = Object.keys(STK_OUTCOMES) as StkOutcome[];

/** `/_emulator/mpesa/...`: act as the customer with the phone, and inspect callback traffic. */
export function mpesaControlRoutes(controls: MpesaControls): Route[] {
  return controlRoutes([
    {
      method: 'GET',
      pattern: '/_emulator/mpesa/stk-pushes',
      handle: (_request, body) => controls.stkPushes(oneOf(body, 'status', ['pending', 'completed'] as const)),
    },
    {
      method: 'POST',
      pattern: '/_emulator/mpesa/stk-pushes/:checkoutRequestId/:outcome',
      handle: (request, body) => {
        const outcome = request.params.outcome as StkOutcome;
        if (!OUTCOMES.includes(outcome)) {
          throw new ControlError(404, `Unknown outcome ${outcome}; use one of: ${OUTCOMES.join(', ')}.`);
        }
        return controls.respondToStkPush(request.params.checkoutRequestId, outcome, {
          deliverCallback: optionalBoolean(body, 'deliverCallback'),
        });
      },
    },
    { method: 'GET', pattern: '/_emulator/mpesa/callbacks', handle: () => controls.callbacks() },
    { method: 'GET', pattern: '/_emulator/mpesa/transactions', handle: () => controls.transactions() },
    { method: 'GET', pattern: '/_emulator/mpesa/callback-mode', handle: () => ({ mode: controls.callbackMode() }) },
    {
      method: 'POST',
      pattern: '/_emulator/mpesa/callback-mode',
      handle: (_request, body) => {
        const mode = oneOf(body, 'mode', ['deliver', 'drop'] as const);
        if (!mode) throw new ControlError(400, 'mode is required: deliver or drop.');
        controls.setCallbackMode(mode);
        return { mode };
      },
    },
  ]);
}
