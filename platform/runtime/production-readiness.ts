import { existsSync, readFileSync } from 'node:fs';
import type { Config } from './config';
import { ConfigError } from './config-error';
import { repoPath } from './paths';

/** Production refuses to start without its services and keys, or with development secrets; every problem is named. */
export function assertProductionReady(config: Config): void {
  const missing: string[] = [];
  if (!config.databaseUrl) missing.push('DATABASE_URL: required in production');
  if (!config.redisUrl) missing.push('REDIS_URL: required in production');
  if (!config.jwt.publicKeys) missing.push('JWT_PUBLIC_KEYS: required in production');
  if (!config.signing.secret) missing.push('SUBGRAPH_SIGNING_SECRET: required in production');
  if (config.media.storage === 's3' && !config.media.s3.bucket)
    missing.push('S3_BUCKET: required when MEDIA_STORAGE=s3');
  const { stripe } = config.payments;
  if (!stripe.secretKey) missing.push('STRIPE_SECRET_KEY: required in production');
  if (!stripe.publishableKey) missing.push('STRIPE_PUBLISHABLE_KEY: required in production');
  if (!stripe.webhookSecret) missing.push('STRIPE_WEBHOOK_SECRET: required in production');
  if (stripe.apiUrl && isEmulatorUrl(stripe.apiUrl) && !config.payments.emulatorAllowed)
    missing.push(
      'STRIPE_API_URL: points at a local emulator; set PAYMENTS_EMULATOR=allow to run against it on purpose',
    );
  missing.push(...mpesaProblems(config));
  missing.push(...smsProblems(config));
  missing.push(...rotationProblems(config));
  missing.push(...developmentSecretsIn(config, readDevelopmentSecrets()));
  if (missing.length > 0) throw new ConfigError(missing);
}

/** M-Pesa is optional; once MPESA_CONSUMER_KEY turns it on, every Daraja credential is required. */
function mpesaProblems(config: Config): string[] {
  const { mpesa, emulatorAllowed } = config.payments;
  if (!mpesa.consumerKey) return [];
  const required = {
    MPESA_API_URL: mpesa.apiUrl,
    MPESA_CONSUMER_SECRET: mpesa.consumerSecret,
    MPESA_SHORTCODE: mpesa.shortcode,
    MPESA_PASSKEY: mpesa.passkey,
    MPESA_INITIATOR_NAME: mpesa.initiatorName,
    MPESA_SECURITY_CREDENTIAL: mpesa.securityCredential,
  };
  const problems = Object.entries(required)
    .filter(([, value]) => !value)
    .map(([name]) => `${name}: required in production when M-Pesa is on (MPESA_CONSUMER_KEY)`);
  if (mpesa.apiUrl && isEmulatorUrl(mpesa.apiUrl) && !emulatorAllowed)
    problems.push(
      'MPESA_API_URL: points at a local emulator; set PAYMENTS_EMULATOR=allow to run against it on purpose',
    );
  return problems;
}

/** A half-done key rotation: tokens nobody can verify, or a previous secret that is the current one. */
export function rotationProblems(config: Config): string[] {
  const problems: string[] = [];
  const { privateKey, publicKeys } = config.jwt;
  if (privateKey && publicKeys) {
    const signingKid = (JSON.parse(privateKey) as { kid?: string }).kid;
    const kids = (JSON.parse(publicKeys) as { keys: { kid?: string }[] }).keys.map((k) => k.kid);
    if (!kids.includes(signingKid))
      problems.push(
        'JWT_PUBLIC_KEYS: must include the public key of JWT_PRIVATE_KEY (same kid) or its tokens are refused',
      );
  }
  if (config.signing.previousSecret && config.signing.previousSecret === config.signing.secret)
    problems.push(
      'SUBGRAPH_SIGNING_SECRET_PREVIOUS: is the current secret; set it to the one being replaced, or unset it',
    );
  return problems;
}

/** Texts (phone verification codes) go through the provider unless SMS_TRANSPORT=files says otherwise. */
function smsProblems(config: Config): string[] {
  const { transport, twilio } = config.sms;
  if (transport === 'files') return [];
  const required = {
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: twilio.from,
  };
  return Object.entries(required)
    .filter(([, value]) => !value)
    .map(([name]) => `${name}: required in production to send texts (or set SMS_TRANSPORT=files)`);
}

/** A provider URL on this machine or the compose emulator: fake money, which production takes only when told to. */
export function isEmulatorUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return ['localhost', '127.0.0.1', '::1', '[::1]', 'emulator'].includes(host) || host.endsWith('.localhost');
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
  const devKids = new Set(
    dev.publicKeys ? (JSON.parse(dev.publicKeys) as { keys: { kid?: string }[] }).keys.map((k) => k.kid) : [],
  );
  const configuredKids = config.jwt.publicKeys
    ? (JSON.parse(config.jwt.publicKeys) as { keys: { kid?: string }[] }).keys.map((k) => k.kid)
    : [];
  const reused = [
    dev.privateKey && config.jwt.privateKey === dev.privateKey ? 'JWT_PRIVATE_KEY' : null,
    configuredKids.some((kid) => devKids.has(kid)) ? 'JWT_PUBLIC_KEYS' : null,
    dev.signingSecret && config.signing.secret === dev.signingSecret ? 'SUBGRAPH_SIGNING_SECRET' : null,
    dev.mfaKey && Object.values(config.mfa.keys).includes(dev.mfaKey) ? 'MFA_ENCRYPTION_KEY' : null,
  ];
  return reused
    .filter((name): name is string => name !== null)
    .map((name) => `${name}: is a development secret (var/keys); generate production ones with npm run keys`);
}
