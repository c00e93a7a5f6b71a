import type Redis from 'ioredis';
import type { Logger } from '../logger';

/** While Redis is away, how often a client whose connection stayed up checks whether commands work again. */
const PROBE_MS = 1000;

/** Outage state per role, shared by the connections of that role (a job may open its own, briefly). */
interface Outage {
  since: number | null;
  failures: number;
}
const outages = new Map<string, Outage>();

/**
 * One process's view of one Redis connection role (`gateway`, `accounts`, `listings-cache`, …): up or
 * in an outage. An outage logs one alert line when it starts and one line when it ends, however many
 * requests fell back or connections of the role were opened in between (they are counted), instead of
 * a line per failed command.
 */
class OutageTracker {
  private probe: NodeJS.Timeout | null = null;
  private readonly outage: Outage;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly role: string,
  ) {
    this.outage = outages.get(role) ?? { since: null, failures: 0 };
    outages.set(role, this.outage);
    redis.on('error', (error) => this.failed(error, 'connection'));
    redis.on('ready', () => this.recovered());
    redis.on('end', () => this.stopProbing());
  }

  failed(error: unknown, use: string): void {
    this.outage.failures += 1;
    if (this.outage.since === null) {
      this.outage.since = Date.now();
      this.logger.error(
        { err: error, alert: 'redis_unreachable', role: this.role, use },
        'Redis unreachable; using per-process fallbacks and retrying',
      );
    }
    // A command can fail (a timeout) while the connection stays up, and then no `ready` will come.
    this.probe ??= setInterval(() => {
      if (this.redis.status === 'ready')
        this.redis.ping().then(
          () => this.recovered(),
          () => undefined,
        );
    }, PROBE_MS);
    this.probe.unref();
  }

  private recovered(): void {
    this.stopProbing();
    if (this.outage.since === null) return;
    this.logger.warn(
      {
        alert: 'redis_reachable',
        role: this.role,
        outageMs: Date.now() - this.outage.since,
        failures: this.outage.failures,
      },
      'Redis reachable again',
    );
    this.outage.since = null;
    this.outage.failures = 0;
  }

  private stopProbing(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }
}

const trackers = new WeakMap<Redis, OutageTracker>();

/** Called once per client, by `connectRedis`. */
export function trackOutages(redis: Redis, logger: Logger, role: string): void {
  trackers.set(redis, new OutageTracker(redis, logger, role));
}

/**
 * Every use of Redis that falls back on a failure (denylist reads, APQ, caches) reports it here
 * rather than logging it: one outage, one alert.
 */
export function reportRedisFailure(redis: Redis, error: unknown, use: string): void {
  trackers.get(redis)?.failed(error, use);
}

/** `promise`, with its failure reported; the caller still sees it and falls back its own way. */
export function reported<T>(redis: Redis, use: string, promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    reportRedisFailure(redis, error, use);
    throw error;
  });
}
