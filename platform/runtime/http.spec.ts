import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { internalErrorHandler, requestIdMiddleware } from './http';
import { createLogger } from './logger';

describe('internalErrorHandler', () => {
  const lines: string[] = [];
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    app.use(requestIdMiddleware);
    app.get('/boom', () => {
      throw Object.assign(new Error(`select * from users where email = 'alice@example.com' - timeout`), {
        code: '57014',
        severity: 'ERROR',
      });
    });
    app.use(
      internalErrorHandler(
        createLogger({ level: 'info', name: 'spec', destination: { write: (l: string) => lines.push(l) } }),
      ),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers JSON with the request id only, and logs the SQLSTATE without the statement', async () => {
    const response = await fetch(`${base}/boom`, { headers: { 'x-request-id': 'r-7' } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-7' } }],
    });
    expect(lines.join('')).toContain('57014');
    expect(lines.join('')).not.toMatch(/select \*|alice@example\.com/);
  });
});
