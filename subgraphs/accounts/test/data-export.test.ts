import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { ExportMyDataDocument } from '../../../test/support/generated/graphql';
import { codeOf, ofType } from '../../../test/support/graphql-client';
import { registeredJob } from '../../../test/support/jobs';
import { asHost, createDraft } from '../../../test/support/listings/factories';
import { waitForMail } from '../../../test/support/mailbox';
import { viaGateway } from '../../../test/support/media/uploads';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { createLogger } from '../../../platform/runtime/logger';

const HOUR = 3_600_000;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
let stack: TestStack;
let worker: TestWorker;
beforeAll(async () => {
  [stack, worker] = await Promise.all([startTestStack({ clock }), startTestWorker()]);
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});
afterEach(() => (offsetMs = 0));

const accountsEm = () => stack.subgraph('accounts').orm.em.fork();
const get = (url: string) => fetch(url, { redirect: 'manual' });

async function exportMyData(token: string) {
  return (await stack.client.data(ExportMyDataDocument, { token })).exportMyData;
}

/** The emailed link to an export, pointed at the test gateway (quoted-printable soft breaks undone). */
async function emailedLink(email: string): Promise<string> {
  const message = await waitForMail(worker.config.mail.dir, email, 'Your StayGraph data is ready to download');
  const plain = message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https?:\/\/\S+\/exports\/[0-9a-f-]+\?expires=\d+&sig=[A-Za-z0-9_-]+/.exec(plain);
  if (!match) throw new Error(`No export link in:\n${message}`);
  return viaGateway(stack, match[0]);
}

/** Opens the link (a new download session) and follows it to the one-time download URL. */
async function openDownload(link: string): Promise<string> {
  const opened = await get(link);
  expect(opened.status).toBe(303);
  return new URL(opened.headers.get('location') ?? '', stack.gateway.url).toString();
}

describe('exportMyData', () => {
  it('assembles a part from every domain, emails a signed link that opens one-time downloads', async () => {
    const user = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
    const draft = await createDraft(stack.client, user.token);
    const requested = ofType(await exportMyData(user.token), 'DataExportRequested');

    const link = await emailedLink(user.email);
    expect(link).toContain(`/exports/${requested.exportId}?`);
    const download = await openDownload(link);
    const response = await get(download);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="staygraph-data-.+\.json"$/);
    const archive = (await response.json()) as Record<string, Record<string, unknown>>;
    expect(archive).toMatchObject({ exportId: requested.exportId, userId: user.id });
    expect(archive.accounts.user).toMatchObject({ id: user.id, email: user.email });
    expect(archive.listings.listings).toEqual([expect.objectContaining({ id: draft.id, status: 'DRAFT' })]);
    expect(archive.bookings).toEqual({ bookings: [], notes: [] });
    expect(archive.payments).toEqual({ payments: [] });
    expect(archive.reviews).toEqual({ written: [], about: [] });

    // The event log keeps the parts for good: only as ciphertext whose key is gone once assembled.
    const [logged] = await accountsEm().execute<{ payload: { sealedPart: string } }[]>(
      `select payload from events.log where name = 'listings.export_part_ready' and payload->>'exportId' = ?`,
      [requested.exportId],
    );
    expect(logged.payload.sealedPart).not.toContain(draft.title);
    const [keys] = await accountsEm().execute<{ sealing_private_key: string | null }[]>(
      'select sealing_private_key from accounts.data_exports where id = ?',
      [requested.exportId],
    );
    expect(keys.sealing_private_key).toBeNull();

    const replayed = await get(download);
    expect(replayed.status).toBe(410);
    expect(await replayed.json()).toMatchObject({ errors: [{ extensions: { code: 'DOWNLOAD_USED' } }] });
    expect((await get(await openDownload(link))).status).toBe(200);
  });

  it('refuses a link with a wrong signature, and an expired one; the archive is deleted after expiry', async () => {
    const user = await signedInVerifiedUser(stack.client, accountsEm());
    const { exportId } = ofType(await exportMyData(user.token), 'DataExportRequested');
    const link = await emailedLink(user.email);

    const forged = await get(
      link.replace(/sig=([A-Za-z0-9_-])/, (_m, first: string) => `sig=${first === 'A' ? 'B' : 'A'}`),
    );
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ errors: [{ extensions: { code: 'INVALID_EXPORT_SIGNATURE' } }] });
    const stretched = new URL(link);
    stretched.searchParams.set('expires', String(Number(stretched.searchParams.get('expires')) + 86_400));
    expect((await get(stretched.toString())).status).toBe(403);

    const [scheduled] = await accountsEm().execute<{ run_at: Date }[]>(
      'select run_at from graphile_worker.jobs where key = ?',
      [`delete-export:${exportId}`],
    );
    const [row] = await accountsEm().execute<{ expires_at: Date }[]>(
      'select expires_at from accounts.data_exports where id = ?',
      [exportId],
    );
    expect(new Date(scheduled.run_at).getTime()).toBe(new Date(row.expires_at).getTime());

    offsetMs = 24 * HOUR + 60_000;
    const expired = await get(link);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ errors: [{ extensions: { code: 'EXPORT_EXPIRED' } }] });

    await registeredJob('accounts.delete_data_export').run(
      { exportId },
      {
        em: accountsEm(),
        clock,
        config: stack.config,
        logger: createLogger({ level: 'silent', name: 'test-job' }),
        mailer: { send: async () => undefined, close: () => undefined },
        attempt: 1,
        signal: new AbortController().signal,
      },
    );
    const [deleted] = await accountsEm().execute<{ status: string; archive: unknown }[]>(
      'select status, archive from accounts.data_exports where id = ?',
      [exportId],
    );
    expect(deleted).toEqual({ status: 'EXPIRED', archive: null });
  });

  it('is limited to a few exports a day per user', async () => {
    const user = await signedInVerifiedUser(stack.client, accountsEm());
    for (let i = 0; i < 3; i++) expect((await exportMyData(user.token)).__typename).toBe('DataExportRequested');
    expect(codeOf(await exportMyData(user.token))).toBe('ACCOUNTS.TOO_MANY_ATTEMPTS');
  });
});
