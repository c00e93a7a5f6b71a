import { type Clock } from '../shared/clock';
import { DeliveryQueue, type DeliveryPolicy } from '../shared/delivery-queue';
import { type Route } from '../shared/http-types';
import { type Logger } from '../shared/logger';
import { AccessTokens } from './access-tokens';
import { b2cEndpoints } from './b2c.routes';
import { CallbackSender, type CallbackDelivery, type CallbackMode } from './callback-sender';
import { darajaRoutes } from './daraja-api';
import { mpesaControlRoutes } from './mpesa-control.routes';
import { MpesaLedger, type MpesaTransaction } from './mpesa-ledger';
import { oauthRoutes } from './oauth.routes';
import { reversalEndpoint } from './reversal.routes';
import { stkPushEndpoints } from './stk-push.routes';
import { StkPushes, type RespondOptions, type StkOutcome, type StkPush } from './stk-pushes';
import { transactionStatusEndpoint } from './transaction-status.routes';

export interface MpesaEmulatorOptions {
  consumerKey: string;
  consumerSecret: string;
  /** The Lipa na M-Pesa shortcode STK pushes must name as BusinessShortCode. */
  shortcode: string;
  passkey: string;
  /** The API operator accepted as Initiator/InitiatorName. Default `testapi`. */
  initiatorName?: string;
  /** KES in the B2C utility account at start. Default 1,000,000. */
  b2cFloat?: number;
}

/** In-process equivalents of the `/_emulator/mpesa/...` control endpoints. */
export interface MpesaControls {
  setCallbackMode(mode: CallbackMode): void;
  callbackMode(): CallbackMode;
  stkPushes(status?: StkPush['status']): StkPush[];
  /** Acts as the customer holding the phone. */
  respondToStkPush(checkoutRequestId: string, outcome: StkOutcome, options?: RespondOptions): StkPush;
  callbacks(): CallbackDelivery[];
  transactions(): MpesaTransaction[];
  /** Resolves when no callback is waiting to be sent. */
  idle(): Promise<void>;
}

export interface MpesaEmulator {
  routes: Route[];
  controls: MpesaControls;
  close(): void;
}

export function createMpesaEmulator(
  options: MpesaEmulatorOptions,
  clock: Clock,
  logger: Logger,
  delivery: DeliveryPolicy,
): MpesaEmulator {
  const initiatorName = options.initiatorName ?? 'testapi';
  const tokens = new AccessTokens(clock);
  const ledger = new MpesaLedger();
  // Safaricom does not retry callbacks, whatever the Stripe side is configured to do.
  const queue = new DeliveryQueue({ ...delivery, retryDelaysMs: [] }, clock, logger);
  const callbacks = new CallbackSender(queue);
  const pushes = new StkPushes(ledger, callbacks, clock);
  const controls: MpesaControls = {
    setCallbackMode: (mode) => callbacks.setMode(mode),
    callbackMode: () => callbacks.currentMode(),
    stkPushes: (status) => pushes.list(status),
    respondToStkPush: (checkoutRequestId, outcome, respondOptions) =>
      pushes.respond(checkoutRequestId, outcome, respondOptions),
    callbacks: () => callbacks.deliveries(),
    transactions: () => ledger.all(),
    idle: () => queue.idle(),
  };
  const apiRoutes = darajaRoutes(
    [
      ...stkPushEndpoints({ shortcode: options.shortcode, passkey: options.passkey }, pushes, clock),
      reversalEndpoint(initiatorName, ledger, callbacks, clock),
      ...b2cEndpoints(initiatorName, ledger, callbacks, { available: options.b2cFloat ?? 1_000_000 }, clock),
      transactionStatusEndpoint(initiatorName, ledger, callbacks, clock),
    ],
    tokens,
  );
  return {
    routes: [...oauthRoutes(options, tokens), ...apiRoutes, ...mpesaControlRoutes(controls)],
    controls,
    close: () => queue.close(),
  };
}
