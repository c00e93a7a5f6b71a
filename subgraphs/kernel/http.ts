import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, Request } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A well-formed `x-request-id` from the caller is kept so logs join up across processes; otherwise a new one. */
export function requestIdOf(req: Request): string {
  const given = req.header('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
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
