import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../platform/runtime/config';
import { retarget, runRestoreDrill, toolVersions } from '../scripts/restore-drill';
import { signedInVerifiedUser } from './support/accounts/factories';
import { asHost, createPublishedListing } from './support/listings/factories';
import { startTestStack } from './support/test-stack';

const databaseUrl = process.env.DATABASE_URL as string;
let toolsMatch = false;

beforeAll(async () => {
  const versions = await toolVersions(databaseUrl);
  toolsMatch = versions.dump === versions.server && versions.restore === versions.server;
  if (!toolsMatch)
    console.warn(
      `\n[test] !!! pg_dump ${versions.dump} / pg_restore ${versions.restore} do not match PostgreSQL ${versions.server}: the restore drill test is SKIPPED. !!!\n`,
    );
});

describe('restore drill', () => {
  it("restores the run's database into a scratch one, and the stack serves a listing from it", async () => {
    if (!toolsMatch) return;
    const stack = await startTestStack();
    const title = `Drill ${randomUUID()}`;
    let listingId: string;
    try {
      const host = await asHost(
        stack.client,
        await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
      );
      listingId = (await createPublishedListing(stack.client, host.token, { title })).id;
    } finally {
      await stack.stop();
    }

    const report = await runRestoreDrill({ config: loadConfig(), listingId });
    expect(report.database).toMatch(/test/);
    expect(report.listing).toEqual({ id: listingId, title });
    expect(report.dumpBytes).toBeGreaterThan(0);

    const admin = new Client({ connectionString: retarget(databaseUrl, 'postgres') });
    await admin.connect();
    try {
      const left = await admin.query('select 1 from pg_database where datname = $1', [report.database]);
      expect(left.rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  }, 180_000);
});
