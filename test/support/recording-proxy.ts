import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  url: string;
  seen: IncomingHttpHeaders[];
  close: () => Promise<void>;
}

/** Forwards HTTP requests to `target` and records the headers each one carried. */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const seen: IncomingHttpHeaders[] = [];
  const to = new URL(target);
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    const upstream = httpRequest(
      { hostname: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
