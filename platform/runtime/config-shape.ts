import type { Env, Mode } from './config-env';
import type { MfaKeyring } from './mfa-keyring';

/** Every process's settings, read once from the environment by `loadConfig` (config.ts). */
export interface Config {
  mode: Mode;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  databaseUrl?: string;
  /** DATABASE_URL_<SUBGRAPH>: how the worker (or one-process start) connects as each subgraph's own role. */
  subgraphDatabaseUrls: Record<string, string>;
  /**
   * Migrations connect as the schemas' owner (MIGRATION_DATABASE_URL, default DATABASE_URL); they may run
   * longer than requests but give up rather than queue behind a lock the application holds.
   */
  migration: { databaseUrl?: string; lockTimeoutMs: number; statementTimeoutMs: number };
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
    limits: {
      depth: number;
      /** Depth cap of `__schema` introspection, which the depth limit leaves out. */
      introspectionDepth: number;
      aliases: number;
      directives: number;
      tokens: number;
      characters: number;
    };
    /** Highest estimated cost of one operation. */
    costLimit: number;
    /** Estimated cost a viewer (or address) may spend per rate-limit window. */
    costBudget: number;
    rateLimit: { windowSeconds: number; operations: number; mutations: number; auth: number };
    /**
     * How long one subgraph call may take: a query's reads are bounded by the statement timeout, a
     * mutation also hashes passwords, takes locks and calls providers, so it gets longer.
     */
    subgraphTimeoutMs: { query: number; mutation: number };
    /** Apollo persisted query manifest; in production only its operations run. */
    manifestPath: string;
    /** Operations shipped clients may still send, each until its retirement date. */
    retainedPath: string;
    /** Only manifest (and retained) operations run: always in production, by choice elsewhere. */
    enforcePersistedQueries: boolean;
    /** Redis that `npm run pq:publish` writes the manifest to: credentials allowed to publish. */
    publishRedisUrl?: string;
  };
  /** Uploaded images (platform/media: listing photos): where they are kept and how uploads are bounded. */
  media: {
    storage: 'local' | 's3';
    /** Local storage root (MEDIA_STORAGE=local). */
    dir: string;
    /** Base URL of a bucket or CDN holding every owner's folder; default: the gateway's /media/<owner> routes. */
    publicUrl?: string;
    s3: { endpoint?: string; region: string; bucket?: string; accessKeyId?: string; secretAccessKey?: string };
    uploadUrlTtlSeconds: number;
    uploadMaxBytes: number;
    uploadMaxPixels: number;
  };
  /** What a stay costs beyond the host's prices, and how long unanswered or unpaid holds last. */
  bookings: {
    guestServiceFeePercent: number;
    taxPercent: number;
    paymentHoldMinutes: number;
    hostResponseHours: number;
  };
  /** How long after a stay its reviews may be written, and how many review changes a user may make an hour. */
  reviews: { windowDays: number; mutationsPerHour: number };
  /** Redis caches of listing reads and anonymous search results (0 turns one off). */
  cache: { listingTtlSeconds: number; searchTtlSeconds: number };
  /**
   * Encrypts TOTP secrets at rest (AES-256-GCM): every key by id (opens what it sealed), the current
   * one seals. MFA_ENCRYPTION_KEY alone is the key `default`.
   */
  mfa: MfaKeyring;
  /**
   * Shared by the gateway (signs) and the subgraphs (verify) for every subgraph request; during a
   * rotation subgraphs also accept the previous secret.
   */
  signing: { secret?: string; previousSecret?: string; toleranceSeconds: number };
  /** `files` writes .eml files under `dir`: the default outside production, an explicit choice in it. */
  mail: { transport: 'smtp' | 'files'; smtpUrl?: string; from: string; dir: string };
  /** `files` writes .txt files under `dir`: the default outside production, an explicit choice in it. */
  sms: {
    transport: 'twilio' | 'files';
    dir: string;
    twilio: { apiUrl: string; accountSid?: string; authToken?: string; from?: string };
    /** Verification codes sent per phone number, and per user, per hour. */
    codesMaxPerNumber: number;
    codesMaxPerUser: number;
  };
  worker: { concurrency: number; maxAttempts: number; port: number };
  /** Prometheus `/metrics` on an internal port (platform/observability), and what the build-info metric reports. */
  metrics: {
    enabled: boolean;
    /** This process's metrics port (0: a free one); unset: the service's default (9400 gateway, 9401… subgraphs, 9410 worker). */
    port?: number;
    /** `apollographql-client-name` values counted by name; any other name is counted as `other`. */
    clientNames: string[];
    version: string;
    commit: string;
  };
  /** On SIGTERM readiness fails at once; the server keeps serving this long before it stops accepting. */
  shutdown: { drainSeconds: number };
  payments: {
    /** STRIPE_API_URL points the SDK elsewhere than api.stripe.com (the local emulator). */
    stripe: { secretKey?: string; publishableKey?: string; webhookSecret?: string; apiUrl?: string };
    /**
     * Safaricom Daraja (M-Pesa), on when MPESA_CONSUMER_KEY is set. Secrets are never logged.
     * `callbackAllowedIps`: CIDR blocks the gateway accepts M-Pesa callbacks from (empty: any).
     * `callbackBaseUrl`: where Daraja reaches the gateway's callback routes (PUBLIC_API_URL unless the
     * callbacks come in through another address, e.g. an allowlisted ingress).
     */
    mpesa: {
      apiUrl?: string;
      callbackBaseUrl: string;
      consumerKey?: string;
      consumerSecret?: string;
      shortcode?: string;
      passkey?: string;
      initiatorName?: string;
      securityCredential?: string;
      callbackAllowedIps: string[];
    };
    /** Production refuses emulator URLs unless PAYMENTS_EMULATOR=allow. */
    emulatorAllowed: boolean;
    /** startPayment refuses when less than this is left of the booking's hold. */
    minHoldMinutes: number;
    /** Reconciliation asks the provider about payments and refunds pending longer than this. */
    reconcileAfterMinutes: number;
  };
}
