import { Client } from 'pg';
import { loadConfig } from '../../../platform/runtime/config';

/**
 * Test files that drive the run's shared Stripe emulator (usePaymentsStack) take turns: its webhook
 * URL and mode are global, so one file's "drop" or webhook URL must not be another's. Held for the
 * file's whole life; released by the returned function.
 */
export async function takeProviderTestTurn(): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: loadConfig().databaseUrl });
  await client.connect();
  await client.query(`select pg_advisory_lock(hashtext('staygraph:payments-provider-tests'))`);
  return async () => {
    await client.query(`select pg_advisory_unlock(hashtext('staygraph:payments-provider-tests'))`);
    await client.end();
  };
}

/** How long a payments test file's setup may wait for its turn and start (other files go first). */
export const PROVIDER_TEST_SETUP_MS = 240_000;
