import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import { mediaTarget } from '../platform/media/media-owners';
import { requireAllowedSource, sourceAllowlist } from './http/source-allowlist';

/** Request headers a forwarded route may need (bodies, conditional GETs, log correlation); nothing else passes. */
const REQUEST_HEADERS = [
  'accept',
  'content-type',
  'content-length',
  'transfer-encoding',
  'if-none-match',
  'if-modified-since',
  'x-request-id',
  // Payment providers sign their webhooks; the payments subgraph verifies the signature over the raw body.
  'stripe-signature',
];
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'cache-control',
  'etag',
  'last-modified',
  'x-content-type-options',
  // Data exports: the emailed link redirects to a one-time download, served as an attachment.
  'location',
  'content-disposition',
];

/** How long a refused body is still read (and dropped) before the connection is cut, so the client gets the answer. */
const LINGER_MS = 2000;

/** Names no subgraph: clients learn nothing of the system's layout. */
const UNAVAILABLE = {
  errors: [{ message: 'A service is unavailable; try again shortly.', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
};

const NO_SUCH_MEDIA = { errors: [{ message: 'No such media.', extensions: { code: 'NOT_FOUND' } }] };

/**
 * The few non-GraphQL paths the gateway passes to the subgraph that owns them, so clients only
 * ever talk to the gateway. Each such route carries its own protection (public keys, signed upload
 * URLs, public photos), so these requests go unsigned. Bodies stream through in both directions:
 * a 15 MB photo is never held in the gateway's memory.
 */
export function forwardRoutes(
  app: Express,
  subgraphUrls: Record<string, string>,
  options: { mpesaCallbackAllowedIps?: string[] } = {},
): void {
  const forward =
    (subgraph: string, extraHeaders: Record<string, string> = {}, path?: string) =>
    (req: Request, res: Response) => {
      const target = new URL(path ?? req.originalUrl, subgraphUrls[subgraph]);
      const headers = Object.fromEntries(
        REQUEST_HEADERS.flatMap((name) => (req.headers[name] ? [[name, req.headers[name]]] : [])),
      );
      const upstreamRequest = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
        method: req.method,
        headers,
      });
      let answered = false;
      upstreamRequest.on('response', (upstream: IncomingMessage) => {
        answered = true;
        res.status(upstream.statusCode ?? 502).set(extraHeaders);
        for (const name of RESPONSE_HEADERS) {
          const value = upstream.headers[name];
          if (value) res.set(name, value);
        }
        // The subgraph answered before the whole body arrived (e.g. 413): stop passing it on.
        const refusedEarly = !req.complete;
        if (refusedEarly) stopReading(req, res);
        pipeline(upstream, res)
          .catch(() => res.destroy())
          .finally(() => refusedEarly && upstreamRequest.destroy());
      });
      upstreamRequest.on('error', () => {
        // After an answer, a write error only means the subgraph stopped reading a refused body.
        if (answered) return;
        if (!req.complete) stopReading(req, res);
        if (!res.headersSent) res.status(502).json(UNAVAILABLE);
      });
      if (req.method === 'PUT' || req.method === 'POST') req.pipe(upstreamRequest);
      else upstreamRequest.end();
    };
  app.get('/.well-known/jwks.json', forward('accounts'));
  // Signed, expiring links to a user's data export (accounts checks them).
  app.get('/exports/*path', forward('accounts'));
  app.post('/webhooks/stripe', forward('payments'));
  // M-Pesa callbacks are unsigned: besides their URL token, they may be limited to Safaricom's addresses.
  const fromSafaricom = sourceAllowlist(options.mpesaCallbackAllowedIps ?? [], 'MPESA_CALLBACK_ALLOWED_IPS');
  app.post('/callbacks/mobile-money/*path', requireAllowedSource(fromSafaricom), forward('payments'));
  // Media goes to the subgraph named in its path (schema/subgraphs.json says which keep media); see mediaTarget.
  const media = (req: Request, res: Response) => {
    const target = mediaTarget(req.method === 'HEAD' ? 'GET' : req.method, req.originalUrl);
    if (!target || !subgraphUrls[target.owner]) {
      if (!req.complete) stopReading(req, res);
      return void res.status(404).json(NO_SUCH_MEDIA);
    }
    // Images are shown on other origins (the web app): helmet's same-origin resource policy must not block them.
    const headers: Record<string, string> =
      req.method === 'PUT' ? {} : { 'cross-origin-resource-policy': 'cross-origin' };
    forward(target.owner, headers, target.path)(req, res);
  };
  app.get('/media/*key', media);
  app.put('/media/*key', media);
}

/**
 * Discards the rest of the client's body instead of forwarding it, for a moment only, then cuts the
 * connection: cutting it at once, with bytes unread, could reset it before the client reads the answer.
 */
function stopReading(req: Request, res: Response): void {
  req.unpipe();
  req.resume();
  res.on('finish', () => setTimeout(() => req.complete || req.destroy(), LINGER_MS).unref());
}
