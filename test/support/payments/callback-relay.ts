import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const TARGET_PATH = '/__relay/target';

/**
 * The run's one address for M-Pesa callbacks (MPESA_CALLBACK_BASE_URL of every test process): any
 * file's worker may send a Daraja request, so all must name the same callback address. It passes
 * each callback to the gateway an M-Pesa test file registered; any live gateway will do, since
 * every stack of the run shares one database.
 */
export async function startCallbackRelay(): Promise<{ url: string; close: () => Promise<void> }> {
  let target: URL | undefined;
  const server: Server = createServer((req, res) => {
    if (req.url === TARGET_PATH && req.method === 'PUT') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        target = new URL(body);
        res.writeHead(204).end();
      });
      return;
    }
    if (!target) return void res.writeHead(503).end();
    const upstream = httpRequest(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Sends the run's M-Pesa callbacks to this gateway from now on. */
export async function relayCallbacksTo(gatewayUrl: string): Promise<void> {
  const relay = process.env.MPESA_CALLBACK_BASE_URL;
  if (!relay)
    throw new Error('MPESA_CALLBACK_BASE_URL is not set: the run has no callback relay (test/global-setup.ts)');
  const answer = await fetch(new URL(TARGET_PATH, relay), { method: 'PUT', body: gatewayUrl });
  if (answer.status !== 204) throw new Error(`callback relay answered ${answer.status}`);
}
