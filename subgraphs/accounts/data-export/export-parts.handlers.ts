import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventDefinition } from '../../../platform/events/event-definition';
import { defineHandler, type EventHandler, type JobContext } from '../../../platform/events/event-handler';
import { open } from '../../../platform/events/sealed-box';
import { EXPORT_PART_EVENTS } from '../../../contracts/events/export-parts';
import { scheduleExportDeletion } from './delete-export.job';
import { scheduleExportLinkEmail } from './email-export-link.job';
import { EXPORT_TTL_HOURS } from './export-link';

/** Accounts' own part and one per domain that holds user data. */
const EXPECTED_PARTS = ['accounts', ...EXPORT_PART_EVENTS.map((event) => event.producer)];

interface PendingExport {
  user_id: string;
  parts: Record<string, unknown>;
  sealing_public_key: string;
  sealing_private_key: string;
}

/**
 * Adds one domain's sealed part. Concurrent parts update the same row one after the other (the row
 * lock), so exactly one handler sees the set complete, and only while the export is still PENDING.
 */
async function addPart(em: EntityManager, exportId: string, producer: string, sealedPart: string) {
  const rows = await em.execute<PendingExport[]>(
    `update accounts.data_exports set parts = parts || jsonb_build_object(?::text, ?::text)
      where id = ? and status = 'PENDING'
      returning user_id, parts, sealing_public_key, sealing_private_key`,
    [producer, sealedPart, exportId],
  );
  return rows[0];
}

/** Accounts' own part as stored; every other domain's opened with the export's private key. */
function openParts(pending: PendingExport): Record<string, unknown> {
  const keys = { publicKey: pending.sealing_public_key, privateKey: pending.sealing_private_key };
  return Object.fromEntries(
    EXPECTED_PARTS.map((name) => {
      const part = pending.parts[name];
      return [name, name === 'accounts' ? part : (JSON.parse(open(keys, String(part))) as unknown)];
    }),
  );
}

async function assemble({ em, clock }: JobContext, exportId: string, pending: PendingExport): Promise<void> {
  const now = clock();
  const expiresAt = new Date(now.getTime() + EXPORT_TTL_HOURS * 3_600_000);
  const archive = {
    format: 'staygraph-data-export',
    version: 1,
    exportId,
    userId: pending.user_id,
    exportedAt: now.toISOString(),
    ...openParts(pending),
  };
  await em.execute(
    `update accounts.data_exports
        set status = 'READY', archive = ?::jsonb, parts = '{}', ready_at = ?, expires_at = ?,
            sealing_public_key = null, sealing_private_key = null
      where id = ?`,
    [JSON.stringify(archive), now, expiresAt, exportId],
  );
  await scheduleExportDeletion(em, exportId, expiresAt);
  await scheduleExportLinkEmail(em, exportId);
}

function collect(event: EventDefinition<(typeof EXPORT_PART_EVENTS)[number]['payload']>): EventHandler {
  return defineHandler({
    name: `accounts.collect_${event.producer}_export_part`,
    event,
    kind: 'reaction',
    description: 'adds the part to the export; the last part assembles the archive and emails its link',
    async handle({ payload }, ctx) {
      const pending = await addPart(ctx.em, payload.exportId, event.producer, payload.sealedPart);
      if (!pending || !EXPECTED_PARTS.every((name) => name in pending.parts)) return;
      await assemble(ctx, payload.exportId, pending);
    },
  });
}

export const EXPORT_PART_HANDLERS = EXPORT_PART_EVENTS.map(collect);
