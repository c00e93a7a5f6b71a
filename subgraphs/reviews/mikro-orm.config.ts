import type { Config } from '../../platform/runtime/config';
import { InboxEntry } from '../../platform/events/inbox.entity';
import { createOrmConfig } from '../../platform/database/orm-config';
import { migrations } from './migrations';
import { ModerationLogEntry } from './moderation/moderation-log-entry.entity';
import { ReviewReport } from './moderation/review-report.entity';
import { ListingRatingTotals } from './rating/listing-rating-totals.entity';
import { Revision } from './review/revision.entity';
import { StoredReview } from './review/stored-review.entity';
import { CompletedStay } from './stay/completed-stay.entity';

export const REVIEWS_SCHEMA = 'reviews';

/**
 * The entities describe the tables for the schema diff; the repositories read and write them through
 * named SQL (locks, upserts, keyset pages).
 */
export function reviewsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({
    schema: REVIEWS_SCHEMA,
    entities: [
      CompletedStay,
      StoredReview,
      Revision,
      ListingRatingTotals,
      ReviewReport,
      ModerationLogEntry,
      InboxEntry,
    ],
    migrations,
    config,
  });
}
