import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type EmulatorRequest, type EmulatorResponse, type RouteHandler } from './http-types';
import { type Logger } from './logger';
import { type Router } from './router';

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpServerOptions {
  host: string;
  port: number;
  router: Router;
  /** Answers requests no route matched, so each provider can keep its own 404 shape. */
  notFound: RouteHandler;
  logger: Logger;
}

export interface RunningHttpServer {
  url: string;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const server = createServer((incoming, outgoing) => {
    void handle(options, incoming, outgoing);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${reachableHost(options.host)}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // SDK clients keep sockets alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(options: HttpServerOptions, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  try {
    const rawBody = await readBody(incoming);
    if (rawBody === undefined) {
      write(outgoing, { status: 413, body: { error: 'Request body too large' } });
      return;
    }
    const url = new URL(incoming.url ?? '/', 'http://emulator.invalid');
    const method = incoming.method ?? 'GET';
    const match = options.router.match(method, url.pathname);
    const request: EmulatorRequest = {
      method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      headers: incoming.headers,
      rawBody,
      params: match?.params ?? {},
    };
    write(outgoing, await (match?.handler ?? options.notFound)(request));
  } catch (error) {
    options.logger.error('emulator request failed', { error: String(error), url: incoming.url });
    write(outgoing, { status: 500, body: { error: 'Internal emulator error' } });
  }
}

function readBody(incoming: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    incoming.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function write(outgoing: ServerResponse, response: EmulatorResponse): void {
  const payload = JSON.stringify(response.body);
  outgoing.writeHead(response.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(payload),
    ...response.headers,
  });
  outgoing.end(payload);
}

function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
