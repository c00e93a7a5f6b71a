import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import { User } from '../user/user.entity';
import { dataExportReadyEmail } from './data-export-ready.email';
import { EXPORT_TTL_HOURS, ExportLinkSigner } from './export-link';

const TASK = 'accounts.email_data_export_link';

/**
 * Emails the link once the archive's transaction has committed (enqueued in it): a link sent from
 * inside the transaction could be opened before the archive is READY, or for one that rolled back.
 */
export function scheduleExportLinkEmail(em: EntityManager, exportId: string): Promise<void> {
  return enqueueJob(em, TASK, { exportId }, { jobKey: `email-export:${exportId}` });
}

export const emailDataExportLink: JobDefinition = {
  name: TASK,
  async run(payload, { em, config, mailer }) {
    const { exportId } = payload as { exportId: string };
    const [row] = await em.execute<{ user_id: string; expires_at: Date }[]>(
      `select user_id, expires_at from accounts.data_exports where id = ? and status = 'READY'`,
      [exportId],
    );
    if (!row) return;
    const user = await em.findOne(User, { id: row.user_id });
    // A user who deleted the account since has no address; the archive still expires on time.
    if (!user || user.deletedAt) return;
    const secret = config.signing.secret;
    if (!secret) throw new Error('SUBGRAPH_SIGNING_SECRET is required to sign export links');
    const url = new ExportLinkSigner(secret).link(config.publicApiUrl, exportId, new Date(row.expires_at));
    await mailer.send(dataExportReadyEmail(user, { url, expiresInHours: EXPORT_TTL_HOURS }));
  },
};
