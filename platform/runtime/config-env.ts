import { z } from 'zod';
import registry from '../../schema/subgraphs.json';

export interface SubgraphEntry {
  name: string;
  /** Canonical URL named in the committed supergraph (docker compose service name). */
  url: string;
  port: number;
  /** Set when it keeps uploaded images: its own folder of the media storage (platform/media). */
  media?: { folder: string };
}

export const SUBGRAPHS: readonly SubgraphEntry[] = registry.subgraphs;

export const MODES = ['development', 'test', 'production'] as const;
export type Mode = (typeof MODES)[number];

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every setting StayGraph reads from the environment, with its default. */
export const envSchema = z.object({
  NODE_ENV: z.enum(MODES).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('staygraph:'),
  DB_POOL_MAX: positiveInt.default(10),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(5000),
  MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  MIGRATION_LOCK_TIMEOUT_MS: positiveInt.default(5000),
  MIGRATION_STATEMENT_TIMEOUT_MS: positiveInt.default(15 * 60_000),
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
  MFA_ENCRYPTION_KEYS: z.string().min(1).optional(),
  MFA_ENCRYPTION_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1 to 32 letters, digits, - or _')
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
  // graphql-js's standard introspection query is 15 levels deep (gateway/limits/introspection-depth.spec.ts), plus a margin.
  GRAPHQL_MAX_INTROSPECTION_DEPTH: positiveInt.default(18),
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
  SUBGRAPH_MUTATION_TIMEOUT_MS: positiveInt.default(25_000),
  PERSISTED_QUERY_MANIFEST: z.string().min(1).optional(),
  PERSISTED_QUERY_RETAINED: z.string().min(1).optional(),
  PERSISTED_QUERIES_ENFORCE: z.enum(['true', 'false']).optional(),
  PQ_PUBLISH_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
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
  REVIEW_WINDOW_DAYS: positiveInt.max(365).default(14),
  REVIEW_MUTATIONS_PER_HOUR: positiveInt.default(60),
  LISTING_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(60),
  SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(30),
  SUBGRAPH_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SUBGRAPH_SIGNING_SECRET_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  SIGNATURE_TOLERANCE_SECONDS: positiveInt.max(300).default(30),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('StayGraph <no-reply@staygraph.local>'),
  MAIL_DIR: z.string().min(1).optional(),
  MAIL_TRANSPORT: z.enum(['smtp', 'files']).optional(),
  SMS_TRANSPORT: z.enum(['twilio', 'files']).optional(),
  SMS_DIR: z.string().min(1).optional(),
  TWILIO_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.twilio.com'),
  TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z.string().min(1).optional(),
  PHONE_CODES_MAX_PER_NUMBER: positiveInt.default(3),
  PHONE_CODES_MAX_PER_USER: positiveInt.default(5),
  WORKER_CONCURRENCY: positiveInt.max(100).default(4),
  JOB_MAX_ATTEMPTS: positiveInt.max(100).default(10),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  PAYMENTS_EMULATOR: z.enum(['allow', 'refuse']).default('refuse'),
  MPESA_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  MPESA_CONSUMER_KEY: z.string().min(1).optional(),
  MPESA_CONSUMER_SECRET: z.string().min(1).optional(),
  MPESA_SHORTCODE: z
    .string()
    .regex(/^\d{5,9}$/, 'must be a 5 to 9 digit shortcode')
    .optional(),
  MPESA_PASSKEY: z.string().min(1).optional(),
  MPESA_INITIATOR_NAME: z.string().min(1).optional(),
  MPESA_SECURITY_CREDENTIAL: z.string().min(1).optional(),
  MPESA_CALLBACK_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  MPESA_CALLBACK_ALLOWED_IPS: z.string().optional(),
  PAYMENT_MIN_HOLD_MINUTES: positiveInt.max(60).default(2),
  PAYMENT_RECONCILE_AFTER_MINUTES: positiveInt.max(24 * 60).default(5),
  METRICS_ENABLED: z.enum(['true', 'false']).optional(),
  METRICS_PORT: port.optional(),
  METRICS_CLIENT_NAMES: z.string().default('web,ios,android'),
  APP_VERSION: z.string().min(1).max(64).optional(),
  GIT_COMMIT: z.string().min(1).max(64).default('unknown'),
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(60).optional(),
});

/** `<NAME>_PORT`, `<NAME>_URL` and `DATABASE_URL_<NAME>` (the worker's connection as that subgraph) for every registered subgraph. */
export const subgraphEnvSchema = z.object(
  Object.fromEntries(
    SUBGRAPHS.flatMap((s) => [
      [`${s.name.toUpperCase()}_PORT`, port.default(s.port)],
      [`${s.name.toUpperCase()}_URL`, z.url().optional()],
      [`DATABASE_URL_${s.name.toUpperCase()}`, z.url({ protocol: /^postgres(ql)?$/ }).optional()],
    ]),
  ) as Record<string, z.ZodType<number | string | undefined>>,
);

export type Env = z.infer<typeof envSchema>;

/** `false`/`true`, a hop count (`1`), or Express's address list syntax (`loopback, 10.0.0.0/8`). */
export function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
