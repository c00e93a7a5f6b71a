import type Redis from 'ioredis';
import { systemClock, type Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import { CallbackTokens } from './callback-token';
import { DarajaClient, type DarajaSettings } from './daraja-client';
import { memoryTokenStore, redisTokenStore } from './daraja-token-cache';
import { MpesaProvider } from './mpesa-provider';

/** Safaricom's production base URL; development and tests point MPESA_API_URL at the emulator. */
const DARAJA_PRODUCTION_URL = 'https://api.safaricom.co.ke';

/** The Daraja settings when M-Pesa is on (MPESA_CONSUMER_KEY set), else undefined. */
export function darajaSettings(config: Config): DarajaSettings | undefined {
  const mpesa = config.payments.mpesa;
  if (!mpesa.consumerKey) return undefined;
  return {
    apiUrl: mpesa.apiUrl ?? DARAJA_PRODUCTION_URL,
    consumerKey: mpesa.consumerKey,
    consumerSecret: mpesa.consumerSecret ?? '',
    shortcode: mpesa.shortcode ?? '',
    passkey: mpesa.passkey ?? '',
    initiatorName: mpesa.initiatorName ?? '',
    securityCredential: mpesa.securityCredential ?? '',
  };
}

/** Callback tokens are keyed by the subgraph signing secret, which every payments process has. */
export function callbackTokens(config: Config): CallbackTokens {
  if (!config.signing.secret) throw new Error('SUBGRAPH_SIGNING_SECRET is needed for M-Pesa callback tokens');
  return new CallbackTokens(config.signing.secret, config.signing.previousSecret);
}

/**
 * The M-Pesa provider, or undefined when M-Pesa is off. With Redis the OAuth token is shared by
 * every process; without it (the worker's jobs, the embedded default) each process keeps its own.
 */
export function createMpesaProvider(
  config: Config,
  redis: Redis | null = null,
  clock: Clock = systemClock,
): MpesaProvider | undefined {
  const settings = darajaSettings(config);
  if (!settings) return undefined;
  const tokens = redis
    ? redisTokenStore(redis, config.redisKeyPrefix, settings.consumerKey, clock)
    : memoryTokenStore(clock);
  return new MpesaProvider(
    new DarajaClient(settings, tokens, clock),
    callbackTokens(config),
    config.payments.mpesa.callbackBaseUrl,
  );
}
