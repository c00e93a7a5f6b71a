import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import registry from '../../schema/subgraphs.json';
import { repoPath } from './paths';

export interface SubgraphEntry {
  name: string;
  /** Canonical URL named in the committed supergraph (docker compose service name). */
  url: string;
  port: number;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = registry.subgraphs;

export const MODES = ['development', 'test', 'production'] as const;
export type Mode = (typeof MODES)[number];

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  NODE_ENV: z.enum(MODES).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('staygraph:'),
  DB_POOL_MAX: positiveInt.default(10),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(5000),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt.default(30000),
  HOST: z.string().default('0.0.0.0'),
  GATEWAY_PORT: port.default(4000),
  WORKER_PORT: port.default(4010),
  JWT_ISSUER: z.string().min(1).default('https://accounts.staygraph.local'),
  JWT_AUDIENCE: z.string().min(1).default('staygraph'),
  JWT_PRIVATE_KEY: z.string().min(1).optional(),
  JWT_PUBLIC_KEYS: z.string().min(1).optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt.max(365).default(30),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  MFA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64url').length === 32, 'must be 32 bytes, base64url-encoded')
    .optional(),
  APP_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  PUBLIC_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOGIN_MAX_FAILURES: positiveInt.max(100).default(5),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(100),
  LOCKOUT_BASE_SECONDS: positiveInt.default(60),
  LOCKOUT_MAX_SECONDS: positiveInt.default(3600),
  REGISTER_MAX_PER_IP: positiveInt.default(10),
  EMAIL_MAX_PER_ADDRESS: positiveInt.default(3),
  VERIFY_EMAIL_TTL_HOURS: positiveInt.max(24 * 14).default(48),
  RESET_PASSWORD_TTL_MINUTES: positiveInt.max(24 * 60).default(60),
  CORS_ORIGINS: z.string().optional(),
  TRUST_PROXY: z.string().default('false'),
  MAX_BODY_BYTES: positiveInt.default(100 * 1024),
  GRAPHQL_MAX_DEPTH: positiveInt.default(8),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(5),
  GRAPHQL_MAX_DIRECTIVES: positiveInt.default(10),
  GRAPHQL_MAX_TOKENS: positiveInt.default(2000),
  GRAPHQL_MAX_CHARACTERS: positiveInt.default(15_000),
  COST_LIMIT: positiveInt.default(1000),
  COST_BUDGET: positiveInt.default(20_000),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
  RATE_LIMIT_OPERATIONS: positiveInt.default(300),
  RATE_LIMIT_MUTATIONS: positiveInt.default(60),
  RATE_LIMIT_AUTH: positiveInt.default(20),
  SUBGRAPH_TIMEOUT_MS: positiveInt.default(10_000),
  PERSISTED_QUERY_MANIFEST: z.string().min(1).optional(),
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  MEDIA_DIR: z.string().min(1).optional(),
  MEDIA_PUBLIC_URL: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  UPLOAD_URL_TTL_SECONDS: positiveInt.max(3600).default(600),
  UPLOAD_MAX_BYTES: positiveInt.default(15 * 1024 * 1024),
  UPLOAD_MAX_PIXELS: positiveInt.default(40_000_000),
  GUEST_SERVICE_FEE_PERCENT: z.coerce.number().min(0).max(50).default(12),
  TAX_PERCENT: z.coerce.number().min(0).max(50).default(0),
  PAYMENT_HOLD_MINUTES: positiveInt.max(24 * 60).default(15),
  HOST_RESPONSE_HOURS: positiveInt.max(24 * 7).default(24),
  LISTING_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(60),
  SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(30),
  SUBGRAPH_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SIGNATURE_TOLERANCE_SECONDS: positiveInt.max(300).default(30),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('StayGraph <no-reply@staygraph.local>'),
  MAIL_DIR: z.string().min(1).optional(),
  MAIL_TRANSPORT: z.enum(['smtp', 'files']).optional(),
  WORKER_CONCURRENCY: positiveInt.max(100).default(4),
  JOB_MAX_ATTEMPTS: positiveInt.max(100).default(10),
});

/** `<NAME>_PORT` and `<NAME>_URL` for every registered subgraph. */
const subgraphEnvSchema = z.object(
  Object.fromEntries(
    SUBGRAPHS.flatMap((s) => [
      [`${s.name.toUpperCase()}_PORT`, port.default(s.port)],
      [`${s.name.toUpperCase()}_URL`, z.url().optional()],
    ]),
  ) as Record<string, z.ZodType<number | string | undefined>>,
);

export type Env = z.infer<typeof envSchema>;

export interface Config {
  mode: Mode;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  databaseUrl?: string;
  redisUrl?: string;
  /** Prepended to every Redis key, so several systems (or test runs) can share one server. */
  redisKeyPrefix: string;
  db: { poolMax: number; statementTimeoutMs: number };
  http: { host: string; requestTimeoutMs: number };
  gatewayPort: number;
  /** Port each subgraph listens on, by subgraph name. */
  subgraphPorts: Record<string, number>;
  /** URL the gateway calls each subgraph at, by subgraph name. */
  subgraphUrls: Record<string, string>;
  jwt: {
    issuer: string;
    audience: string;
    privateKey?: string;
    publicKeys?: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    /** A rotated refresh token used again within this window is a double submit, not theft. */
    refreshReuseGraceSeconds: number;
  };
  /** Public web app that emailed links point at. */
  appUrl: string;
  /** The gateway as clients reach it, for URLs handed to them (photo uploads, media). */
  publicApiUrl: string;
  security: {
    /** Failed sign-ins per account (within an hour) before it is locked. */
    loginMaxFailures: number;
    /** Failed sign-ins per client address per hour. */
    loginMaxFailuresPerIp: number;
    /** First lockout; each further one within a day doubles, up to the maximum. */
    lockoutBaseSeconds: number;
    lockoutMaxSeconds: number;
    registerMaxPerIp: number;
    /** Verification and reset emails per address per hour. */
    emailMaxPerAddress: number;
    verifyEmailTtlHours: number;
    resetPasswordTtlMinutes: number;
  };
  gateway: {
    /** Origins allowed to call from a browser; empty: same origin only. */
    corsOrigins: string[];
    /** Express `trust proxy`: how the client address is read behind load balancers. */
    trustProxy: boolean | number | string;
    maxBodyBytes: number;
    limits: { depth: number; aliases: number; directives: number; tokens: number; characters: number };
    /** Highest estimated cost of one operation. */
    costLimit: number;
    /** Estimated cost a viewer (or address) may spend per rate-limit window. */
    costBudget: number;
    rateLimit: { windowSeconds: number; operations: number; mutations: number; auth: number };
    subgraphTimeoutMs: number;
    /** Apollo persisted query manifest; in production only its operations run. */
    manifestPath: string;
  };
  /** Listing photos: where they are kept and how uploads are bounded. */
  media: {
    storage: 'local' | 's3';
    /** Local storage root (MEDIA_STORAGE=local). */
    dir: string;
    /** Base URL photos are served from; default: the gateway's /media route. */
    publicUrl?: string;
    s3: { endpoint?: string; region: string; bucket?: string; accessKeyId?: string; secretAccessKey?: string };
    uploadUrlTtlSeconds: number;
    uploadMaxBytes: number;
    uploadMaxPixels: number;
  };
  /** What a stay costs beyond the host's prices, and how long unanswered or unpaid holds last. */
  bookings: { guestServiceFeePercent: number; taxPercent: number; paymentHoldMinutes: number; hostResponseHours: number };
  /** Redis caches of listing reads and anonymous search results (0 turns one off). */
  cache: { listingTtlSeconds: number; searchTtlSeconds: number };
  /** Encrypts TOTP secrets at rest (AES-256-GCM). */
  mfa: { encryptionKey?: string };
  /** Shared by the gateway (signs) and the subgraphs (verify) for every subgraph request. */
  signing: { secret?: string; toleranceSeconds: number };
  /** `files` writes .eml files under `dir`: the default outside production, an explicit choice in it. */
  mail: { transport: 'smtp' | 'files'; smtpUrl?: string; from: string; dir: string };
  worker: { concurrency: number; maxAttempts: number; port: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; every problem is reported with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const parsedSubgraphs = subgraphEnvSchema.safeParse(env);
  const issues = [...(parsed.error?.issues ?? []), ...(parsedSubgraphs.error?.issues ?? [])];
  if (!parsed.success || !parsedSubgraphs.success) {
    throw new ConfigError(issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const raw = parsedSubgraphs.data;
  const subgraphPorts = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, raw[`${s.name.toUpperCase()}_PORT`] as number]),
  );
  const config: Config = {
    mode: e.NODE_ENV,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    db: { poolMax: e.DB_POOL_MAX, statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS },
    http: { host: e.HOST, requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS },
    gatewayPort: e.GATEWAY_PORT,
    subgraphPorts,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map((s) => [
        s.name,
        (raw[`${s.name.toUpperCase()}_URL`] as string | undefined) ??
          `http://127.0.0.1:${subgraphPorts[s.name]}/graphql`,
      ]),
    ),
    jwt: {
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      privateKey: e.JWT_PRIVATE_KEY,
      publicKeys: e.JWT_PUBLIC_KEYS,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    },
    appUrl: e.APP_URL.replace(/\/$/, ''),
    publicApiUrl: (e.PUBLIC_API_URL ?? `http://localhost:${e.GATEWAY_PORT}`).replace(/\/$/, ''),
    security: {
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginMaxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      lockoutBaseSeconds: e.LOCKOUT_BASE_SECONDS,
      lockoutMaxSeconds: e.LOCKOUT_MAX_SECONDS,
      registerMaxPerIp: e.REGISTER_MAX_PER_IP,
      emailMaxPerAddress: e.EMAIL_MAX_PER_ADDRESS,
      verifyEmailTtlHours: e.VERIFY_EMAIL_TTL_HOURS,
      resetPasswordTtlMinutes: e.RESET_PASSWORD_TTL_MINUTES,
    },
    mfa: { encryptionKey: e.MFA_ENCRYPTION_KEY },
    media: {
      storage: e.MEDIA_STORAGE,
      dir: e.MEDIA_DIR ?? repoPath('var', 'media'),
      publicUrl: e.MEDIA_PUBLIC_URL?.replace(/\/$/, ''),
      s3: {
        endpoint: e.S3_ENDPOINT,
        region: e.S3_REGION,
        bucket: e.S3_BUCKET,
        accessKeyId: e.S3_ACCESS_KEY_ID,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      },
      uploadUrlTtlSeconds: e.UPLOAD_URL_TTL_SECONDS,
      uploadMaxBytes: e.UPLOAD_MAX_BYTES,
      uploadMaxPixels: e.UPLOAD_MAX_PIXELS,
    },
    bookings: {
      guestServiceFeePercent: e.GUEST_SERVICE_FEE_PERCENT,
      taxPercent: e.TAX_PERCENT,
      paymentHoldMinutes: e.PAYMENT_HOLD_MINUTES,
      hostResponseHours: e.HOST_RESPONSE_HOURS,
    },
    cache: { listingTtlSeconds: e.LISTING_CACHE_TTL_SECONDS, searchTtlSeconds: e.SEARCH_CACHE_TTL_SECONDS },
    gateway: {
      corsOrigins: (e.CORS_ORIGINS ?? (e.NODE_ENV === 'production' ? '' : 'http://localhost:3000'))
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      maxBodyBytes: e.MAX_BODY_BYTES,
      limits: {
        depth: e.GRAPHQL_MAX_DEPTH,
        aliases: e.GRAPHQL_MAX_ALIASES,
        directives: e.GRAPHQL_MAX_DIRECTIVES,
        tokens: e.GRAPHQL_MAX_TOKENS,
        characters: e.GRAPHQL_MAX_CHARACTERS,
      },
      costLimit: e.COST_LIMIT,
      costBudget: e.COST_BUDGET,
      rateLimit: {
        windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
        operations: e.RATE_LIMIT_OPERATIONS,
        mutations: e.RATE_LIMIT_MUTATIONS,
        auth: e.RATE_LIMIT_AUTH,
      },
      subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
      manifestPath: e.PERSISTED_QUERY_MANIFEST ?? repoPath('persisted-queries', 'manifest.json'),
    },
    signing: { secret: e.SUBGRAPH_SIGNING_SECRET, toleranceSeconds: e.SIGNATURE_TOLERANCE_SECONDS },
    mail: {
      transport: e.MAIL_TRANSPORT ?? (e.NODE_ENV === 'production' ? 'smtp' : 'files'),
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      dir: e.MAIL_DIR ?? repoPath('var', 'mail'),
    },
    worker: { concurrency: e.WORKER_CONCURRENCY, maxAttempts: e.JOB_MAX_ATTEMPTS, port: e.WORKER_PORT },
  };
  if (config.mode === 'production') assertProductionReady(config);
  return config;
}

/** `false`/`true`, a hop count (`1`), or Express's address list syntax (`loopback, 10.0.0.0/8`). */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function assertProductionReady(config: Config): void {
  const missing: string[] = [];
  if (!config.databaseUrl) missing.push('DATABASE_URL: required in production');
  if (!config.redisUrl) missing.push('REDIS_URL: required in production');
  if (!config.jwt.publicKeys) missing.push('JWT_PUBLIC_KEYS: required in production');
  if (!config.signing.secret) missing.push('SUBGRAPH_SIGNING_SECRET: required in production');
  if (config.media.storage === 's3' && !config.media.s3.bucket) missing.push('S3_BUCKET: required when MEDIA_STORAGE=s3');
  missing.push(...developmentSecretsIn(config, readDevelopmentSecrets()));
  if (missing.length > 0) throw new ConfigError(missing);
}

/** Where `npm start` keeps the secrets it generates for development. */
export const DEV_SECRETS_PATH = repoPath('var', 'keys', 'dev-secrets.json');

export interface DevelopmentSecrets {
  privateKey?: string;
  publicKeys?: string;
  signingSecret?: string;
  mfaKey?: string;
}

function readDevelopmentSecrets(): DevelopmentSecrets {
  return existsSync(DEV_SECRETS_PATH) ? (JSON.parse(readFileSync(DEV_SECRETS_PATH, 'utf8')) as DevelopmentSecrets) : {};
}

/** Production must not run on the secrets development generated (they sit unprotected in var/). */
export function developmentSecretsIn(config: Config, dev: DevelopmentSecrets): string[] {
  const devKids = new Set(dev.publicKeys ? (JSON.parse(dev.publicKeys) as { keys: { kid?: string }[] }).keys.map((k) => k.kid) : []);
  const configuredKids = config.jwt.publicKeys ? (JSON.parse(config.jwt.publicKeys) as { keys: { kid?: string }[] }).keys.map((k) => k.kid) : [];
  const reused = [
    dev.privateKey && config.jwt.privateKey === dev.privateKey ? 'JWT_PRIVATE_KEY' : null,
    configuredKids.some((kid) => devKids.has(kid)) ? 'JWT_PUBLIC_KEYS' : null,
    dev.signingSecret && config.signing.secret === dev.signingSecret ? 'SUBGRAPH_SIGNING_SECRET' : null,
    dev.mfaKey && config.mfa.encryptionKey === dev.mfaKey ? 'MFA_ENCRYPTION_KEY' : null,
  ];
  return reused.filter((name): name is string => name !== null).map((name) => `${name}: is a development secret (var/keys); generate production ones with npm run keys`);
}
