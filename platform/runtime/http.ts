import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorRequestHandler, Express, NextFunction, Request, Response } from 'express';
import type { Logger } from './logger';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Keeps a well-formed `x-request-id` from the caller (so logs join up across processes) or assigns a
 * new one, and returns it in the response.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('x-request-id', id);
  next();
}

/** The request id assigned by `requestIdMiddleware`. */
export function requestIdOf(req: Request): string {
  return req.header('x-request-id') ?? randomUUID();
}

/** An HTTP server with timeouts, so a slow client cannot hold a connection forever. */
export function createHttpServer(app: Express, requestTimeoutMs: number): Server {
  const server = createServer(app);
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(requestTimeoutMs, 20_000);
  server.keepAliveTimeout = 65_000;
  return server;
}

/** Listens and resolves with the bound port (port 0 picks a free one, as tests do). */
export async function listen(server: Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/**
 * The last Express error handler: a failure outside GraphQL is logged (through the error
 * serializer) and answered as JSON with the request id, never as Express's page with a stack.
 */
export function internalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown }, req, res, next) => {
    if (res.headersSent) return next(error);
    const requestId = requestIdOf(req);
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId }, 'request failed');
    const [message, code] =
      status === 500 ? ['Internal server error', 'INTERNAL_SERVER_ERROR'] : ['Bad request', 'BAD_REQUEST'];
    res.status(status).json({ errors: [{ message, extensions: { code, ...(status === 500 ? { requestId } : {}) } }] });
  };
}
