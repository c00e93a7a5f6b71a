import { envSchema, parseTrustProxy, subgraphEnvSchema, SUBGRAPHS, type Env, type Mode } from './config-env';
import { ConfigError } from './config-error';
import { repoPath } from './paths';
import { assertProductionReady } from './production-readiness';

export { MODES, SUBGRAPHS, type Env, type Mode, type SubgraphEntry } from './config-env';
export { ConfigError } from './config-error';
export { DEV_SECRETS_PATH, developmentSecretsIn, type DevelopmentSecrets } from './production-readiness';

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
    subgraphTimeoutMs: number;
    /** Apollo persisted query manifest; in production only its operations run. */
    manifestPath: string;
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
  /** Encrypts TOTP secrets at rest (AES-256-GCM). */
  mfa: { encryptionKey?: string };
  /** Shared by the gateway (signs) and the subgraphs (verify) for every subgraph request. */
  signing: { secret?: string; toleranceSeconds: number };
  /** `files` writes .eml files under `dir`: the default outside production, an explicit choice in it. */
  mail: { transport: 'smtp' | 'files'; smtpUrl?: string; from: string; dir: string };
  worker: { concurrency: number; maxAttempts: number; port: number };
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
