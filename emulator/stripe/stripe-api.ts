import { headerValue, type EmulatorRequest, type EmulatorResponse, type Route } from '../shared/http-types';
import { parseForm, type FormObject } from './form-encoding';
import { type IdempotencyStore } from './idempotency';
import { Params } from './params';
import { identifyCaller, type StripeCaller, type StripeKeys } from './stripe-auth';
import { authenticationError, parameterError, StripeApiError, withDocUrl } from './stripe-errors';
import { stripeId } from './stripe-ids';

/** The emulator is a single Stripe account; idempotency keys are scoped to it like Stripe scopes them per account. */
const ACCOUNT = 'acct_emulator';

export interface StripeCall {
  params: Params;
  pathParams: Record<string, string>;
  caller: StripeCaller;
  /** Recorded on the events the call causes, as Stripe does in `event.request`. */
  origin: { id: string; idempotency_key: string | null };
}

export interface StripeEndpoint {
  method: 'GET' | 'POST';
  pattern: string;
  /** Stripe.js may call this from a browser with the publishable key and the PaymentIntent's client secret. */
  publishable?: boolean;
  handle(call: StripeCall): { status?: number; body: unknown };
}

export interface StripeApiOptions {
  keys: StripeKeys;
  apiVersion: string;
  idempotency: IdempotencyStore;
}

/** Wraps endpoint logic with what every Stripe call shares: form decoding, auth, idempotency, error shape, headers. */
export function stripeRoutes(endpoints: StripeEndpoint[], options: StripeApiOptions): Route[] {
  return endpoints.map((endpoint) => ({
    method: endpoint.method,
    pattern: endpoint.pattern,
    handler: (request: EmulatorRequest) => answer(endpoint, request, options),
  }));
}

export function unrecognizedStripeUrl(request: EmulatorRequest): EmulatorResponse {
  return errorResponse(
    new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${request.method}: ${request.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    }),
  );
}

function answer(endpoint: StripeEndpoint, request: EmulatorRequest, options: StripeApiOptions): EmulatorResponse {
  const requestId = stripeId('req');
  const idempotencyKey = endpoint.method === 'POST' ? headerValue(request, 'idempotency-key') : undefined;
  const headers: Record<string, string> = {
    'Request-Id': requestId,
    'Stripe-Version': headerValue(request, 'stripe-version') ?? options.apiVersion,
    ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
  };
  try {
    // Stripe.js may send the publishable key as a parameter; it is a credential, not an API parameter.
    const { key, ...params } = decodeParams(request);
    const caller = identifyCaller(request, typeof key === 'string' ? key : undefined, options.keys);
    if (caller === 'publishable' && !endpoint.publishable) {
      throw authenticationError(
        'This API call cannot be made with a publishable API key. Please use a secret API key.',
      );
    }
    const endpointName = `${request.method} ${request.path}`;
    if (idempotencyKey) {
      const previous = options.idempotency.lookup(ACCOUNT, idempotencyKey, endpointName, params);
      if (previous.kind === 'replay') {
        return { ...previous.response, headers: { ...previous.response.headers, 'Idempotent-Replayed': 'true' } };
      }
    }
    const response = execute(endpoint, request, params, caller, requestId, idempotencyKey ?? null, headers);
    if (idempotencyKey && response.replayable) {
      options.idempotency.remember(ACCOUNT, idempotencyKey, endpointName, params, response.response);
    }
    return response.response;
  } catch (error) {
    if (error instanceof StripeApiError) return errorResponse(error, headers);
    throw error;
  }
}

function execute(
  endpoint: StripeEndpoint,
  request: EmulatorRequest,
  params: FormObject,
  caller: StripeCaller,
  requestId: string,
  idempotencyKey: string | null,
  headers: Record<string, string>,
): { response: EmulatorResponse; replayable: boolean } {
  try {
    const result = endpoint.handle({
      params: new Params(params),
      pathParams: request.params,
      caller,
      origin: { id: requestId, idempotency_key: idempotencyKey },
    });
    return { response: { status: result.status ?? 200, body: result.body, headers }, replayable: true };
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    return { response: errorResponse(error, headers), replayable: error.replayable };
  }
}

function decodeParams(request: EmulatorRequest): FormObject {
  const encoded = request.method === 'GET' ? request.query : request.rawBody.toString('utf8');
  try {
    return parseForm(encoded);
  } catch (error) {
    throw parameterError((error as Error).message, 'body');
  }
}

function errorResponse(error: StripeApiError, headers?: Record<string, string>): EmulatorResponse {
  return { status: error.status, body: { error: withDocUrl(error.body) }, headers };
}
