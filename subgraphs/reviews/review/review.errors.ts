import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

export type ReviewErrorCode =
  | 'REVIEW.STAY_NOT_FOUND'
  | 'REVIEW.WINDOW_CLOSED'
  | 'REVIEW.ALREADY_REVIEWED'
  | 'REVIEW.NOT_FOUND'
  | 'REVIEW.ALREADY_PUBLISHED'
  | 'REVIEW.ALREADY_RESPONDED'
  | 'REVIEW.ALREADY_HIDDEN'
  | 'REVIEW.NOT_HIDDEN'
  | 'REVIEW.TOO_MANY_CHANGES';

@ObjectType({
  implements: UserError,
  description: "No completed stay of yours has this booking id (others' stays are reported the same way).",
})
export class StayNotFoundError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.STAY_NOT_FOUND' as const;
  override message = 'You have no completed stay with this booking id to review.';
}

@ObjectType({
  implements: UserError,
  description: "The stay's review window is closed (or its reviews are published).",
})
export class ReviewWindowClosedError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.WINDOW_CLOSED' as const;
  override message = 'Reviews for this stay can no longer be written or changed.';

  @Field(() => GraphQLISODateTime, { description: 'When the window closed (or closes, for a stay not yet over).' })
  deadline: Date;

  constructor(deadline: Date) {
    super();
    this.deadline = deadline;
  }
}

@ObjectType({ implements: UserError, description: 'You already reviewed this stay: edit it with `updateReview`.' })
export class AlreadyReviewedError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.ALREADY_REVIEWED' as const;
  override message = 'You already reviewed this stay; edit your review until it is published.';

  @Field({ description: 'The review holding what you wrote.' })
  reviewId: string;

  constructor(reviewId: string) {
    super();
    this.reviewId = reviewId;
  }
}

@ObjectType({
  implements: UserError,
  description: 'No review you may act on has this id (reviews you may not see are reported the same way).',
})
export class ReviewNotFoundError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.NOT_FOUND' as const;
  override message = 'There is no review with this id you can act on.';
}

@ObjectType({
  implements: UserError,
  description: 'The review is published: published revisions do not change (a later stay opens a new one).',
})
export class ReviewAlreadyPublishedError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.ALREADY_PUBLISHED' as const;
  override message = 'A published review cannot be changed.';
}

@ObjectType({ implements: UserError, description: 'You already responded to this review; a response is final.' })
export class AlreadyRespondedError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.ALREADY_RESPONDED' as const;
  override message = 'This review already has your response.';
}

@ObjectType({ implements: UserError, description: '`hideReview` on a review that is hidden already.' })
export class ReviewAlreadyHiddenError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.ALREADY_HIDDEN' as const;
  override message = 'This review is hidden already.';
}

@ObjectType({ implements: UserError, description: '`unhideReview` on a review that is not hidden.' })
export class ReviewNotHiddenError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.NOT_HIDDEN' as const;
  override message = 'This review is not hidden.';
}

@ObjectType({ implements: UserError, description: 'Too many review changes in a short time; try again later.' })
export class TooManyReviewChangesError extends UserError<ReviewErrorCode> {
  override readonly code = 'REVIEW.TOO_MANY_CHANGES' as const;
  override message = 'Too many review changes; try again later.';

  @Field(() => Int, { description: 'Seconds until you may try again.' })
  retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
