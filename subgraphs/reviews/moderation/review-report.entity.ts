import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { StoredReview } from '../review/stored-review.entity';

/**
 * A user's report of a review, for admins to look at. Declared so the ORM's schema diff knows the
 * table; moderation.service.ts inserts rows with SQL.
 */
@Entity({ tableName: 'reports' })
// A second report of one review by the same user counts once (`on conflict do nothing`).
@Unique({ name: 'reports_review_id_reporter_id_unique', properties: ['reviewId', 'reporterId'] })
export class ReviewReport {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** Ids never change and reviews are never deleted: the reference neither cascades nor nulls out (PostgreSQL named it). */
  @ManyToOne(() => StoredReview, {
    mapToPk: true,
    fieldName: 'review_id',
    foreignKeyName: 'reports_review_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  reviewId!: string;

  @Property({ type: 'uuid' })
  reporterId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
