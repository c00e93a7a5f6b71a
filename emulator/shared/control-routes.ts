import { ControlError } from './control-error';
import { headerValue, type EmulatorRequest, type Route } from './http-types';

export type ControlBody = Record<string, unknown>;

export interface ControlEndpoint {
  method: 'GET' | 'POST';
  pattern: string;
  handle(request: EmulatorRequest, body: ControlBody): unknown;
}

/** Maps a provider's own error type to a control answer; unknown errors stay 500s. */
export type ErrorTranslator = (error: unknown) => ControlError | undefined;

/**
 * Control endpoints take JSON or plain form fields (so `curl -d outcome=approve` works) and answer
 * `{ error }` with the ControlError's status when they refuse.
 */
export function controlRoutes(endpoints: ControlEndpoint[], translate: ErrorTranslator = () => undefined): Route[] {
  return endpoints.map((endpoint) => ({
    method: endpoint.method,
    pattern: endpoint.pattern,
    handler: (request: EmulatorRequest) => {
      try {
        return { status: 200, body: endpoint.handle(request, controlBody(request)) };
      } catch (error) {
        const refusal = error instanceof ControlError ? error : translate(error);
        if (!refusal) throw error;
        return { status: refusal.status, body: { error: refusal.message } };
      }
    },
  }));
}

function controlBody(request: EmulatorRequest): ControlBody {
  const text = request.rawBody.toString('utf8').trim();
  if (text === '') return Object.fromEntries(new URLSearchParams(request.query));
  if ((headerValue(request, 'content-type') ?? '').includes('json') || text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as ControlBody;
    } catch {
      // Answered below, same as a JSON array.
    }
    throw new ControlError(400, 'The body must be a JSON object.');
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export function optionalString(body: ControlBody, name: string): string | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ControlError(400, `${name} must be a string.`);
  return value;
}

export function oneOf<T extends string>(body: ControlBody, name: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(body, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ControlError(400, `${name} must be one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** Accepts a JSON number or a numeric form field. */
export function optionalInteger(body: ControlBody, name: string): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  const parsed = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isInteger(parsed))
    throw new ControlError(400, `${name} must be an integer.`);
  return parsed;
}

/** Accepts a JSON boolean or `true`/`false` form fields. */
export function optionalBoolean(body: ControlBody, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ControlError(400, `${name} must be true or false.`);
}
