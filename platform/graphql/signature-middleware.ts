import type { NextFunction, Request, Response } from 'express';
import type { Clock } from '../runtime/clock';
import {
  CLIENT_IP_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  USER_AGENT_HEADER,
  verifyRequestSignature,
} from './request-signing';

/** Keeps the exact bytes of a JSON body, which is what the gateway signed. */
export function keepRawBody(req: Request, _res: Response, buffer: Buffer): void {
  (req as Request & { rawBody?: Buffer }).rawBody = buffer;
}

/**
 * Refuses, with 401, any request not signed by the gateway just now with a shared secret (the current
 * one or, during a rotation, the previous): a subgraph is never a public entry point, and forwarded
 * identity headers cannot be forged.
 */
export function requireGatewaySignature(secrets: readonly string[], toleranceSeconds: number, clock: Clock) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const check = verifyRequestSignature(
      secrets,
      {
        method: req.method,
        path: req.originalUrl,
        body: (req as Request & { rawBody?: Buffer }).rawBody ?? '',
        headers: {
          authorization: req.header('authorization'),
          'x-request-id': req.header('x-request-id'),
          [CLIENT_IP_HEADER]: req.header(CLIENT_IP_HEADER),
          [USER_AGENT_HEADER]: req.header(USER_AGENT_HEADER),
        },
        signature: req.header(SIGNATURE_HEADER),
        timestamp: req.header(TIMESTAMP_HEADER),
      },
      clock(),
      toleranceSeconds,
    );
    if (check.ok) return next();
    res.status(401).json({
      errors: [
        {
          message: `Subgraphs only answer signed gateway requests (${check.reason} signature).`,
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  };
}
