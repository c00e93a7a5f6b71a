import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type PostOutcome = { status: number } | { error: string };

/**
 * One POST on a fresh connection (no keep-alive), so a closed emulator leaves no sockets behind.
 * Never rejects: a network failure is an outcome the caller records and may retry.
 */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  inFlight: Set<ClientRequest>,
): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ error: `invalid URL ${url}` });
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(target, {
      method: 'POST',
      agent: false,
      timeout: timeoutMs,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        Connection: 'close',
        ...headers,
      },
    });
    inFlight.add(request);
    const settle = (outcome: PostOutcome): void => {
      inFlight.delete(request);
      resolve(outcome);
    };
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => settle({ status: response.statusCode ?? 0 }));
      response.on('error', (error) => settle({ error: error.message }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => settle({ error: error.message }));
    request.end(body);
  });
}
