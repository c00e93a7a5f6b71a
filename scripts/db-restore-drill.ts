import 'reflect-metadata';
import { loadConfig } from '../platform/runtime/config';
import { safeMessage } from '../platform/runtime/error-serializer';
import { runRestoreDrill, ToolVersionMismatch } from './restore-drill';

/**
 * `npm run db:restore-drill`: proves today's backup restores. Dumps the live database (as the migrator,
 * MIGRATION_DATABASE_URL), restores it into a scratch database, migrates it, serves a listing from it
 * through the gateway and drops it. DATABASE_ADMIN_URL (default: the migrator on `postgres`) creates
 * and drops the scratch database.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  try {
    const report = await runRestoreDrill({ config, adminUrl: process.env.DATABASE_ADMIN_URL, log: console.log });
    const read = report.listing ? `listing ${report.listing.id} ("${report.listing.title}")` : 'no published listing';
    console.log(`Restore drill passed: ${report.dumpBytes} bytes dumped; the gateway served ${read} from the copy.`);
    return 0;
  } catch (error) {
    if (error instanceof ToolVersionMismatch) {
      console.error(`Restore drill NOT RUN: ${error.message}. Install the server's major version of the client tools.`);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(safeMessage(error));
    process.exit(1);
  },
);
