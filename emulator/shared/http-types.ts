import { type IncomingHttpHeaders } from 'node:http';

export interface EmulatorRequest {
  method: string;
  path: string;
  /** Raw query string without the leading `?`, kept raw because Stripe and Daraja decode it differently. */
  query: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  params: Record<string, string>;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export type RouteHandler = (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

export interface Route {
  method: 'GET' | 'POST';
  /** Path with `:name` segments, e.g. `/v1/payment_intents/:id/confirm`. */
  pattern: string;
  handler: RouteHandler;
}

export function headerValue(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
