import { startProviderEmulator } from './index';
import { type Logger } from './shared/logger';

/**
 * Runs the emulator on its own, configured from the environment (for docker compose or by hand):
 *   npm run emulator
 */
const env = (name: string, fallback: string): string => process.env[name] ?? fallback;

const logger: Logger = {
  info: (message, details) => process.stdout.write(`${JSON.stringify({ level: 'info', message, ...details })}\n`),
  warn: (message, details) => process.stderr.write(`${JSON.stringify({ level: 'warn', message, ...details })}\n`),
  error: (message, details) => process.stderr.write(`${JSON.stringify({ level: 'error', message, ...details })}\n`),
};

async function main(): Promise<void> {
  const emulator = await startProviderEmulator({
    host: env('EMULATOR_HOST', '127.0.0.1'),
    port: Number(env('EMULATOR_PORT', '12111')),
    logger,
    stripe: {
      secretKey: env('EMULATOR_STRIPE_SECRET_KEY', 'sk_test_emulator'),
      publishableKey: env('EMULATOR_STRIPE_PUBLISHABLE_KEY', 'pk_test_emulator'),
      webhookSecret: env('EMULATOR_STRIPE_WEBHOOK_SECRET', 'whsec_emulator'),
      webhookUrl: process.env.EMULATOR_STRIPE_WEBHOOK_URL || undefined,
    },
    mpesa: {
      consumerKey: env('EMULATOR_MPESA_CONSUMER_KEY', 'emulator-consumer-key'),
      consumerSecret: env('EMULATOR_MPESA_CONSUMER_SECRET', 'emulator-consumer-secret'),
      shortcode: env('EMULATOR_MPESA_SHORTCODE', '174379'),
      passkey: env('EMULATOR_MPESA_PASSKEY', 'emulator-passkey'),
      initiatorName: env('EMULATOR_MPESA_INITIATOR_NAME', 'testapi'),
    },
  });
  process.stdout.write(`Payment-provider emulator: ${emulator.url}\n`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  logger.error('emulator failed to start', { error: String(error) });
  process.exit(1);
});
