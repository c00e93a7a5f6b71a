import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import type { Clock } from '../../../platform/runtime/clock';

const TASK = 'accounts.delete_data_export';

/** Schedules the archive's deletion for when its link expires, in the caller's transaction. */
export function scheduleExportDeletion(em: EntityManager, exportId: string, expiresAt: Date): Promise<void> {
  return enqueueJob(em, TASK, { exportId }, { runAt: expiresAt, jobKey: `delete-export:${exportId}` });
}

/** Deletes an expired archive (the row stays, EXPIRED, so its link answers 410 rather than 404). */
export async function deleteExpiredExport(em: EntityManager, exportId: string, clock: Clock): Promise<boolean> {
  const rows = await em.execute(
    `update accounts.data_exports
        set status = 'EXPIRED', archive = null, parts = '{}', download_token_hash = null, download_expires_at = null
      where id = ? and status = 'READY' and expires_at <= ?
      returning id`,
    [exportId, clock()],
  );
  return rows.length > 0;
}

export const deleteDataExport: JobDefinition = {
  name: TASK,
  async run(payload, { em, clock, logger }) {
    const { exportId } = payload as { exportId: string };
    if (await deleteExpiredExport(em, exportId, clock)) logger.info({ exportId }, 'deleted an expired data export');
  },
};
