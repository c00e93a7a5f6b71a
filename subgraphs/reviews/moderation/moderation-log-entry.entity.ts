import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { StoredReview } from '../review/stored-review.entity';

export enum ModerationAction {
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
}

/**
 * The audit trail of admins hiding and showing reviews again, with their reasons. Declared so the
 * ORM's schema diff knows the table; moderation.service.ts inserts rows with SQL.
 */
@Entity({ tableName: 'moderation_log' })
export class ModerationLogEntry {
  [OptionalProps]?: 'at' | 'requestId';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** Ids never change and reviews are never deleted: the reference neither cascades nor nulls out (PostgreSQL named it). */
  @ManyToOne(() => StoredReview, {
    mapToPk: true,
    fieldName: 'review_id',
    foreignKeyName: 'moderation_log_review_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  reviewId!: string;

  @Property({ type: 'uuid' })
  adminId!: string;

  @Enum({ items: () => ModerationAction })
  action!: ModerationAction;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** The request that moderated, to find it in the logs. */
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;
}
