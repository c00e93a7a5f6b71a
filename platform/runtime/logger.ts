import pino, { type Logger } from 'pino';
import { describeError, serializeError } from './error-serializer';

export type { Logger };

/**
 * Payment provider credentials by the names config (`config.payments.…`), the environment and the
 * providers' own request bodies (Daraja's `Password`, `SecurityCredential`) give them, at any depth
 * a logged object could hold them: a logged config or request body shows `[redacted]` instead.
 */
const PROVIDER_SECRETS = [
  'secretKey',
  'webhookSecret',
  'clientSecret',
  'consumerSecret',
  'passkey',
  'securityCredential',
  'Password',
  'SecurityCredential',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'MPESA_CONSUMER_SECRET',
  'MPESA_PASSKEY',
  'MPESA_SECURITY_CREDENTIAL',
];

/** Paths that may carry secrets; pino replaces their values before anything is written. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'currentPassword',
  '*.currentPassword',
  'newPassword',
  '*.newPassword',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'variables.input.password',
  'variables.password',
  'req.headers["stripe-signature"]',
  ...PROVIDER_SECRETS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
];

/**
 * JSON lines to stdout, or to `destination` (tests read what was logged). Errors go through
 * `serializeError` (no driver, ORM or upstream text); a line about an error with no message of its
 * own gets the error's safe description, not pino's default of its message.
 */
export function createLogger(options: { level: string; name: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      base: { service: options.name },
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        logMethod(args, method) {
          const [first, message] = args as unknown[];
          const error = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
          if (error && typeof message !== 'string') return method.apply(this, [first as object, describeError(error)]);
          return method.apply(this, args);
        },
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
