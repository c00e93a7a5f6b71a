import { envSchema, parseTrustProxy, subgraphEnvSchema, SUBGRAPHS } from './config-env';
import { ConfigError } from './config-error';
import { packageVersion, repoPath } from './paths';
import { parseMfaKeyring } from './mfa-keyring';
import type { Config } from './config-shape';
import { assertProductionReady } from './production-readiness';
import { withSecretFiles } from './secret-files';

export { MODES, SUBGRAPHS, type Env, type Mode, type SubgraphEntry } from './config-env';
export { ConfigError } from './config-error';
export type { Config } from './config-shape';
export { DEV_SECRETS_PATH, developmentSecretsIn, type DevelopmentSecrets } from './production-readiness';

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
