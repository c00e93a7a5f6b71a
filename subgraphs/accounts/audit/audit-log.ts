import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { newId } from '../../../platform/graphql/ids';
import type { Logger } from '../../../platform/runtime/logger';
import { type AuditAction } from './audit-action';
import { AuditEntry } from './audit-entry.entity';

/** Where a request came from, as the gateway saw it. */
export interface RequestOrigin {
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  userId: string | null;
  actorId?: string | null;
  details?: Record<string, unknown>;
  /** Kept in the audit table with `details`, never in the log line, which names the user by id (emails, free text). */
  personalDetails?: Record<string, unknown>;
}

/**
 * Writes the audit trail: a row (through the caller's EntityManager, so inside a transaction it
 * commits or rolls back with the change it describes) and a structured log line.
 */
export class AuditLog {
  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async record(em: EntityManager, origin: RequestOrigin, record: AuditRecord): Promise<void> {
    const entry = {
      id: newId(),
      occurredAt: this.clock(),
      action: record.action,
      userId: record.userId,
      actorId: record.actorId ?? null,
      requestId: origin.requestId,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 512) ?? null,
      details: { ...record.details, ...record.personalDetails },
    };
    await em.insert(AuditEntry, entry);
    const { action, userId, actorId, requestId, ip, userAgent } = entry;
    const details = record.details ?? {};
    this.logger.info({ audit: action, userId, actorId, requestId, ip, userAgent, details }, `audit: ${action}`);
  }
}

export function originOf(ctx: { requestId: string; clientIp: string | null; userAgent: string | null }): RequestOrigin {
  return { requestId: ctx.requestId, ip: ctx.clientIp, userAgent: ctx.userAgent };
}
