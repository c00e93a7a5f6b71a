import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, NextFunction, Request, Response } from 'express';

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
