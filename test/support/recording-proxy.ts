import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Faults a test can switch on while the proxy runs; each acts after the upstream has answered. */
export interface ProxyFaults {
  /** Holds every answer this long before passing it on. */
  delayMs: number;
  /** Cuts the connection instead of answering, for this many more requests. */
  dropAnswers: number;
}

export interface RecordingProxy {
  url: string;
  seen: IncomingHttpHeaders[];
  faults: ProxyFaults;
  close: () => Promise<void>;
}

/** Forwards HTTP requests to `target` and records the headers each one carried. */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const seen: IncomingHttpHeaders[] = [];
  const faults: ProxyFaults = { delayMs: 0, dropAnswers: 0 };
  const to = new URL(target);
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    const upstream = httpRequest(
      { hostname: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        if (faults.dropAnswers > 0) {
          faults.dropAnswers -= 1;
          answer.resume();
          res.socket?.destroy();
          return;
        }
        const pass = () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        };
        if (faults.delayMs > 0) setTimeout(pass, faults.delayMs);
        else pass();
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    seen,
    faults,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
