import { envSchema, parseTrustProxy, subgraphEnvSchema, SUBGRAPHS, type Env, type Mode } from './config-env';
import { ConfigError } from './config-error';
import { packageVersion, repoPath } from './paths';
import { parseMfaKeyring, type MfaKeyring } from './mfa-keyring';
import { assertProductionReady } from './production-readiness';
import { withSecretFiles } from './secret-files';

export { MODES, SUBGRAPHS, type Env, type Mode, type SubgraphEntry } from './config-env';
export { ConfigError } from './config-error';
export { DEV_SECRETS_PATH, developmentSecretsIn, type DevelopmentSecrets } from './production-readiness';

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

const SETTINGS = new Set([...Object.keys(envSchema.shape), ...Object.keys(subgraphEnvSchema.shape)]);

/**
 * Reads and validates the environment once (any setting `X` may be a file named by `X_FILE`);
 * every problem is reported with the variable's name.
 */
export function loadConfig(processEnv: NodeJS.ProcessEnv = process.env): Config {
  const env = withSecretFiles(processEnv, SETTINGS);
  const parsed = envSchema.safeParse(env);
  const parsedSubgraphs = subgraphEnvSchema.safeParse(env);
  const issues = [...(parsed.error?.issues ?? []), ...(parsedSubgraphs.error?.issues ?? [])];
  if (!parsed.success || !parsedSubgraphs.success) {
    throw new ConfigError(issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const raw = parsedSubgraphs.data;
  const mfaKeyring = parseMfaKeyring(e);
  if (!('keys' in mfaKeyring)) throw new ConfigError(mfaKeyring.problems);
  const subgraphPorts = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, raw[`${s.name.toUpperCase()}_PORT`] as number]),
  );
  const config: Config = {
    mode: e.NODE_ENV,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    databaseUrl: e.DATABASE_URL,
    subgraphDatabaseUrls: Object.fromEntries(
      SUBGRAPHS.flatMap((s) => {
        const url = raw[`DATABASE_URL_${s.name.toUpperCase()}`] as string | undefined;
        return url ? [[s.name, url]] : [];
      }),
    ),
    migration: {
      databaseUrl: e.MIGRATION_DATABASE_URL ?? e.DATABASE_URL,
      lockTimeoutMs: e.MIGRATION_LOCK_TIMEOUT_MS,
      statementTimeoutMs: e.MIGRATION_STATEMENT_TIMEOUT_MS,
    },
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
    mfa: mfaKeyring,
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
    reviews: { windowDays: e.REVIEW_WINDOW_DAYS, mutationsPerHour: e.REVIEW_MUTATIONS_PER_HOUR },
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
        introspectionDepth: e.GRAPHQL_MAX_INTROSPECTION_DEPTH,
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
      subgraphTimeoutMs: { query: e.SUBGRAPH_TIMEOUT_MS, mutation: e.SUBGRAPH_MUTATION_TIMEOUT_MS },
      manifestPath: e.PERSISTED_QUERY_MANIFEST ?? repoPath('persisted-queries', 'manifest.json'),
      retainedPath: e.PERSISTED_QUERY_RETAINED ?? repoPath('persisted-queries', 'retained.json'),
      enforcePersistedQueries: e.NODE_ENV === 'production' || e.PERSISTED_QUERIES_ENFORCE === 'true',
      publishRedisUrl: e.PQ_PUBLISH_REDIS_URL ?? e.REDIS_URL,
    },
    signing: {
      secret: e.SUBGRAPH_SIGNING_SECRET,
      previousSecret: e.SUBGRAPH_SIGNING_SECRET_PREVIOUS,
      toleranceSeconds: e.SIGNATURE_TOLERANCE_SECONDS,
    },
    mail: {
      transport: e.MAIL_TRANSPORT ?? (e.NODE_ENV === 'production' ? 'smtp' : 'files'),
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      dir: e.MAIL_DIR ?? repoPath('var', 'mail'),
    },
    sms: {
      transport: e.SMS_TRANSPORT ?? (e.NODE_ENV === 'production' ? 'twilio' : 'files'),
      dir: e.SMS_DIR ?? repoPath('var', 'sms'),
      twilio: {
        apiUrl: e.TWILIO_API_URL.replace(/\/$/, ''),
        accountSid: e.TWILIO_ACCOUNT_SID,
        authToken: e.TWILIO_AUTH_TOKEN,
        from: e.TWILIO_FROM,
      },
      codesMaxPerNumber: e.PHONE_CODES_MAX_PER_NUMBER,
      codesMaxPerUser: e.PHONE_CODES_MAX_PER_USER,
    },
    worker: { concurrency: e.WORKER_CONCURRENCY, maxAttempts: e.JOB_MAX_ATTEMPTS, port: e.WORKER_PORT },
    metrics: {
      enabled: (e.METRICS_ENABLED ?? (e.NODE_ENV === 'test' ? 'false' : 'true')) === 'true',
      port: e.METRICS_PORT,
      clientNames: e.METRICS_CLIENT_NAMES.split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      version: e.APP_VERSION ?? packageVersion(),
      commit: e.GIT_COMMIT,
    },
    shutdown: { drainSeconds: e.SHUTDOWN_DRAIN_SECONDS ?? (e.NODE_ENV === 'production' ? 5 : 0) },
    payments: {
      stripe: {
        secretKey: e.STRIPE_SECRET_KEY,
        publishableKey: e.STRIPE_PUBLISHABLE_KEY,
        webhookSecret: e.STRIPE_WEBHOOK_SECRET,
        apiUrl: e.STRIPE_API_URL,
      },
      mpesa: {
        apiUrl: e.MPESA_API_URL?.replace(/\/$/, ''),
        callbackBaseUrl: (
          e.MPESA_CALLBACK_BASE_URL ??
          e.PUBLIC_API_URL ??
          `http://localhost:${e.GATEWAY_PORT}`
        ).replace(/\/$/, ''),
        consumerKey: e.MPESA_CONSUMER_KEY,
        consumerSecret: e.MPESA_CONSUMER_SECRET,
        shortcode: e.MPESA_SHORTCODE,
        passkey: e.MPESA_PASSKEY,
        initiatorName: e.MPESA_INITIATOR_NAME,
        securityCredential: e.MPESA_SECURITY_CREDENTIAL,
        callbackAllowedIps: (e.MPESA_CALLBACK_ALLOWED_IPS ?? '')
          .split(',')
          .map((block) => block.trim())
          .filter(Boolean),
      },
      emulatorAllowed: e.PAYMENTS_EMULATOR === 'allow',
      minHoldMinutes: e.PAYMENT_MIN_HOLD_MINUTES,
      reconcileAfterMinutes: e.PAYMENT_RECONCILE_AFTER_MINUTES,
    },
  };
  if (config.mode === 'production') assertProductionReady(config);
  return config;
}
