import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { publish } from '../../../platform/events/publish';
import { newSealingKeys } from '../../../platform/events/sealed-box';
import type { Clock } from '../../../platform/runtime/clock';
import { UserExportRequested } from '../../../contracts/events/accounts';
import type { RequestOrigin } from '../audit/audit-log';
import { consume } from '../auth/consume-point';
import { accountsPart } from './accounts-part';
import { DataExport } from './data-export.entity';
import { DataExportRequested, type ExportMyDataResult } from './data-export.results';

/**
 * Starts an export of the signed-in user's data: accounts writes its own part at once and asks
 * every other domain for theirs (`user.export_requested`); export-parts.handlers.ts assembles the
 * archive when the last part arrives. Limited per user: an export reads every domain's data.
 */
export class DataExportService {
  constructor(
    private readonly perUser: RateLimiterAbstract,
    private readonly clock: Clock,
  ) {}

  async request(em: EntityManager, userId: string, origin: RequestOrigin): Promise<ExportMyDataResult> {
    const refused = await consume(this.perUser, userId);
    if (refused) return refused;
    return em.transactional(async (tx) => {
      const now = this.clock();
      const keys = newSealingKeys();
      const dataExport = tx.create(DataExport, {
        userId,
        requestedAt: now,
        sealingPublicKey: keys.publicKey,
        sealingPrivateKey: keys.privateKey,
        parts: { accounts: await accountsPart(tx, userId) },
      });
      await tx.flush();
      await publish(
        tx,
        UserExportRequested,
        { exportId: dataExport.id, userId, requestedAt: now.toISOString(), publicKey: keys.publicKey },
        { requestId: origin.requestId ?? undefined, clock: this.clock },
      );
      return new DataExportRequested(dataExport.id, now);
    });
  }
}
