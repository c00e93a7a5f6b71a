import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import {
  AlreadyRespondedError,
  AlreadyReviewedError,
  ReviewAlreadyHiddenError,
  ReviewAlreadyPublishedError,
  ReviewNotFoundError,
  ReviewNotHiddenError,
  ReviewWindowClosedError,
  StayNotFoundError,
  TooManyReviewChangesError,
} from './review.errors';
import { Review } from './review.types';

@ObjectType({ description: 'The review after the change.' })
export class ReviewChanged {
  @Field(() => Review, { description: 'The review as you see it now.' })
  review: Review;

  constructor(review: Review) {
    this.review = review;
  }
}

@ObjectType({
  description:
    'Your review is saved. It stays visible to you only until the other side writes theirs or the window closes.',
})
export class ReviewSubmitted {
  @Field(() => Review, { description: 'Your review as you see it now.' })
  review: Review;

  constructor(review: Review) {
    this.review = review;
  }
}

@ObjectType({ description: 'The report is recorded for the moderators (reporting twice counts once).' })
export class ReviewReported {
  @Field(() => ID, { description: 'The reported review.' })
  reviewId: string;

  constructor(reviewId: string) {
    this.reviewId = reviewId;
  }
}

export const SubmitReviewResult = createUnionType({
  name: 'SubmitReviewResult',
  description: 'The result of `submitReview`: the saved review, or why it cannot be written.',
  types: () =>
    [
      ReviewSubmitted,
      ValidationError,
      StayNotFoundError,
      ReviewWindowClosedError,
      AlreadyReviewedError,
      TooManyReviewChangesError,
    ] as const,
});
export type SubmitReviewResult =
  | ReviewSubmitted
  | ValidationError
  | StayNotFoundError
  | ReviewWindowClosedError
  | AlreadyReviewedError
  | TooManyReviewChangesError;

export const UpdateReviewResult = createUnionType({
  name: 'UpdateReviewResult',
  description: 'The result of `updateReview`: the changed review, or why it cannot change.',
  types: () =>
    [
      ReviewChanged,
      ValidationError,
      ReviewNotFoundError,
      ReviewAlreadyPublishedError,
      ReviewWindowClosedError,
      TooManyReviewChangesError,
    ] as const,
});
export type UpdateReviewResult =
  | ReviewChanged
  | ValidationError
  | ReviewNotFoundError
  | ReviewAlreadyPublishedError
  | ReviewWindowClosedError
  | TooManyReviewChangesError;

export const RespondToReviewResult = createUnionType({
  name: 'RespondToReviewResult',
  description: 'The result of `respondToReview`: the review with your response, or why not.',
  types: () =>
    [ReviewChanged, ValidationError, ReviewNotFoundError, AlreadyRespondedError, TooManyReviewChangesError] as const,
});
export type RespondToReviewResult =
  ReviewChanged | ValidationError | ReviewNotFoundError | AlreadyRespondedError | TooManyReviewChangesError;

export const ReportReviewResult = createUnionType({
  name: 'ReportReviewResult',
  description: 'The result of `reportReview`.',
  types: () => [ReviewReported, ValidationError, ReviewNotFoundError, TooManyReviewChangesError] as const,
});
export type ReportReviewResult = ReviewReported | ValidationError | ReviewNotFoundError | TooManyReviewChangesError;

export const ModerateReviewResult = createUnionType({
  name: 'ModerateReviewResult',
  description: 'The result of `hideReview` and `unhideReview`: the review as it is now, or why not.',
  types: () =>
    [ReviewChanged, ValidationError, ReviewNotFoundError, ReviewAlreadyHiddenError, ReviewNotHiddenError] as const,
});
export type ModerateReviewResult =
  ReviewChanged | ValidationError | ReviewNotFoundError | ReviewAlreadyHiddenError | ReviewNotHiddenError;
