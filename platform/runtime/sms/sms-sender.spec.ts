import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { createSmsSender } from './sms-sender';
import { smsOptions } from './sms-options';

const logger = createLogger({ level: 'silent', name: 'sms' });
const SMS = { to: '+254712345678', body: 'Your code is 123456.', template: 'phone-code' };

describe('the file SMS sender', () => {
  it('writes each text as a .txt file named by the number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staygraph-sms-spec-'));
    try {
      await createSmsSender({ kind: 'files', dir }, logger).send(SMS);
      const [file] = readdirSync(dir);
      expect(file).toMatch(/^\d+-phone-code-\+254712345678\.txt$/);
      expect(readFileSync(join(dir, file), 'utf8')).toBe('To: +254712345678\n\nYour code is 123456.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Twilio SMS sender', () => {
  let server: Server;
  let received: { url?: string; authorization?: string; body: string }[];
  let status: number;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ url: req.url, authorization: req.headers.authorization, body });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(status === 201 ? { sid: 'SM1' } : { code: 21211, message: `bad number ${SMS.to}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  beforeEach(() => {
    received = [];
    status = 201;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const sender = (from = '+15005550006') =>
    createSmsSender(
      {
        kind: 'twilio',
        twilio: {
          apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          accountSid: 'AC123',
          authToken: 'token',
          from,
        },
      },
      logger,
    );

  it("posts to the account's Messages resource with basic auth", async () => {
    await sender().send(SMS);
    expect(received).toEqual([
      {
        url: '/2010-04-01/Accounts/AC123/Messages.json',
        authorization: `Basic ${Buffer.from('AC123:token').toString('base64')}`,
        body: 'To=%2B254712345678&From=%2B15005550006&Body=Your+code+is+123456.',
      },
    ]);
    await sender('MG42').send(SMS);
    expect(received[1].body).toContain('MessagingServiceSid=MG42');
  });

  it('throws on a refusal, naming the provider code but not the number', async () => {
    status = 400;
    await expect(sender().send(SMS)).rejects.toThrow(/^SMS provider refused the message: HTTP 400, code 21211$/);
  });
});

describe('SMS configuration', () => {
  it('writes files outside production, under var/sms unless SMS_DIR says otherwise', () => {
    expect(smsOptions(loadConfig({}))).toEqual({ kind: 'files', dir: expect.stringMatching(/var\/sms$/) });
    expect(smsOptions(loadConfig({ SMS_DIR: '/tmp/texts' }))).toEqual({ kind: 'files', dir: '/tmp/texts' });
  });

  it('refuses production without the provider settings, unless SMS_TRANSPORT=files', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig({ NODE_ENV: 'production', ...env });
        return [];
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return error.message.split('\n').filter((line) => /TWILIO_|SMS_/.test(line));
      }
    };
    expect(problems({}).join('\n')).toMatch(/TWILIO_ACCOUNT_SID[\s\S]*TWILIO_AUTH_TOKEN[\s\S]*TWILIO_FROM/);
    expect(problems({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: '+15005550006' })).toEqual([]);
    expect(problems({ SMS_TRANSPORT: 'files' })).toEqual([]);
  });
});
