import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { LogCapture } from '../../../test/support/log-capture';
import { waitFor } from '../../../test/support/wait-for';
import { connectRedis, disconnectRedis, redisReady } from './connect';
import { endedSessions } from './ended-sessions';
import { suspendedUsers } from './suspended-users';

const describeWithRedis = process.env.REDIS_URL ? describe : describe.skip;

/** A TCP hop to the machine's Redis that a test can cut and restore (the shared Redis itself is never stopped). */
class RedisHop {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(Number(this.target.port || 6379), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }
}

describeWithRedis('a Redis outage', () => {
  const hop = new RedisHop(new URL(process.env.REDIS_URL as string));
  const log = new LogCapture('info');
  const alerts = (alert: string) => log.lines.filter((line) => line.alert === alert);

  beforeAll(() => hop.open());
  afterAll(() => hop.cut());

  it('logs one line when it starts and one when it ends, however many requests fall back', async () => {
    const redis = connectRedis(
      { redisUrl: `redis://127.0.0.1:${hop.port}`, mode: 'development' },
      log.loggerFor('gateway'),
      'gateway',
    );
    try {
      await redisReady(redis);
      const suspended = suspendedUsers(redis, 'test:outage:');
      const ended = endedSessions(redis, 'test:outage:');
      expect(await suspended.has('someone')).toBe(false);

      await hop.cut();
      const reads = Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? suspended.has(`user-${i}`) : ended.has(`session-${i}`)).then(
          () => 'read',
          () => 'fell back',
        ),
      );
      expect(new Set(await Promise.all(reads))).toEqual(new Set(['fell back']));
      expect(alerts('redis_unreachable')).toHaveLength(1);
      expect(alerts('redis_unreachable')[0]).toMatchObject({ role: 'gateway', level: 50 });

      await hop.open();
      await waitFor(async () => alerts('redis_reachable').length > 0, { what: 'the end of the outage' });
      expect(await suspended.has('someone')).toBe(false);
      expect(alerts('redis_unreachable')).toHaveLength(1);
      expect(alerts('redis_reachable')).toHaveLength(1);
      expect(alerts('redis_reachable')[0]).toMatchObject({ role: 'gateway' });
      expect(alerts('redis_reachable')[0].failures).toBeGreaterThanOrEqual(60);
    } finally {
      await disconnectRedis(redis);
    }
  });

  it('is one outage for every connection of a role, however many a job opens and closes during it', async () => {
    const before = alerts('redis_unreachable').length;
    const connection = () =>
      connectRedis(
        { redisUrl: `redis://127.0.0.1:${hop.port}`, mode: 'development' },
        log.loggerFor('worker'),
        'cache-per-job',
      );
    const first = connection();
    await redisReady(first);
    await hop.cut();
    await disconnectRedis(first);
    for (let i = 0; i < 3; i++) {
      const shortLived = connection();
      await redisReady(shortLived);
      await shortLived?.get('anything').catch(() => undefined);
      await disconnectRedis(shortLived);
    }
    expect(alerts('redis_unreachable').slice(before)).toHaveLength(1);

    await hop.open();
    const last = connection();
    try {
      await waitFor(async () => alerts('redis_reachable').some((line) => line.role === 'cache-per-job'), {
        what: 'the end of the outage',
      });
      expect(alerts('redis_unreachable').slice(before)).toHaveLength(1);
    } finally {
      await disconnectRedis(last);
    }
  });
});
