import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { AuditAction } from './audit-action';

/**
 * One audited event. No foreign key to users: the trail outlives the account it describes. Never
 * holds a password, token, code or secret.
 */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_user_id_occurred_at_index', properties: ['userId', 'occurredAt'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Plain text, not a check constraint: new actions need no migration. */
  @Property({ type: 'text' })
  action!: AuditAction;

  /** The account it happened to (null for a sign-in attempt on an unknown email). */
  @Property({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** Who did it, when not the user themselves (an admin). */
  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Property({ type: 'text', nullable: true })
  requestId!: string | null;

  @Property({ type: 'text', nullable: true })
  ip!: string | null;

  @Property({ type: 'text', nullable: true })
  userAgent!: string | null;

  @Property({ type: 'jsonb' })
  details: Record<string, unknown> = {};
}
