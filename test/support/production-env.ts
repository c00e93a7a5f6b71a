/**
 * Settings that let a test gateway run as production against this run's services: the run's provider
 * emulator stands in for Stripe and M-Pesa (test/global-setup.ts) and text messages go to files.
 */
export function productionTestEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    PAYMENTS_EMULATOR: 'allow',
    SMS_TRANSPORT: 'files',
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY ?? 'sk_test_production_mode',
    STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY ?? 'pk_test_production_mode',
    STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_production_mode',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ...overrides,
  };
}
