import { createServer, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  json(): unknown;
}

export interface CallbackReceiver {
  url: string;
  received: ReceivedRequest[];
  /** Status codes for the next requests, in order; once used up every request gets 200. */
  respondWith(...statuses: number[]): void;
  close(): Promise<void>;
}

/** A local HTTP endpoint standing in for our webhook/callback handlers. */
export async function startCallbackReceiver(): Promise<CallbackReceiver> {
  const received: ReceivedRequest[] = [];
  const statuses: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      received.push({ path: request.url ?? '/', headers: request.headers, rawBody, json: () => JSON.parse(rawBody) });
      response.writeHead(statuses.shift() ?? 200, { 'Content-Type': 'application/json' });
      response.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    respondWith: (...codes) => statuses.push(...codes),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
