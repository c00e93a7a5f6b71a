import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, requireViewer } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import { Sensitive } from '../../../platform/graphql/sensitive';
import type { ReviewsContext } from '../loaders';
import { ModerationService } from '../moderation/moderation.service';
import { RespondToReviewService } from './respond-to-review.service';
import { SubmitReviewService } from './submit-review.service';
import { UpdateReviewService } from './update-review.service';
import { SubmitReviewInput, UpdateReviewInput } from './review.inputs';
import { loadVisibleReview } from './review.reference';
import {
  ModerateReviewResult,
  ReportReviewResult,
  RespondToReviewResult,
  SubmitReviewResult,
  UpdateReviewResult,
} from './review.results';
import { Review } from './review.types';

@Resolver()
export class ReviewResolver {
  constructor(
    private readonly submissions: SubmitReviewService,
    private readonly updates: UpdateReviewService,
    private readonly responses: RespondToReviewService,
    private readonly moderation: ModerationService,
  ) {}

  @Query(() => Review, {
    nullable: true,
    description: 'A review you may see: published and not hidden, or your own (admins: any). Null otherwise.',
  })
  review(
    @Arg('id', () => ID, { description: 'A review id; unknown ids answer null like reviews you may not see.' })
    id: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<Review | null> {
    return loadVisibleReview(ctx, id);
  }

  @Mutation(() => SubmitReviewResult, {
    description:
      'Review your completed stay within its window: guests rate the listing (overall and six aspects), hosts the guest. Hidden from everyone else until the other side writes theirs or the window closes.',
  })
  submitReview(
    @Arg('input', { description: 'The stay and what you say about it.' }) input: SubmitReviewInput,
    @Ctx() ctx: ReviewsContext,
  ): Promise<SubmitReviewResult> {
    return this.submissions.submit(ctx.em, requireViewer(ctx.viewer), input, ctx.requestId);
  }

  @Mutation(() => UpdateReviewResult, {
    description: 'Change your review until it is published (and while its window is open).',
  })
  updateReview(
    @Arg('input', { description: 'Your review and its new content.' }) input: UpdateReviewInput,
    @Ctx() ctx: ReviewsContext,
  ): Promise<UpdateReviewResult> {
    return this.updates.update(ctx.em, requireViewer(ctx.viewer), input);
  }

  @Mutation(() => RespondToReviewResult, {
    description: 'Hosts: reply once, publicly, to a published guest review of your listing.',
  })
  respondToReview(
    @Arg('reviewId', () => ID, { description: 'A published review of your listing.' }) reviewId: string,
    @Sensitive('PERSONAL')
    @Arg('text', { description: 'Your reply, 1 to 1000 characters of plain text.' })
    text: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<RespondToReviewResult> {
    return this.responses.respond(ctx.em, requireViewer(ctx.viewer), reviewId, text);
  }

  @Mutation(() => ReportReviewResult, { description: 'Report a review you can see to the moderators.' })
  reportReview(
    @Arg('reviewId', () => ID, { description: 'The review.' }) reviewId: string,
    @Sensitive('PERSONAL')
    @Arg('reason', { description: 'What is wrong with it, 3 to 1000 characters.' })
    reason: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReportReviewResult> {
    return this.moderation.report(ctx.em, requireViewer(ctx.viewer), reviewId, reason);
  }

  @Mutation(() => ModerateReviewResult, {
    description: "Admins: hide a review from everyone but its author; it leaves its listing's rating. Audited.",
  })
  hideReview(
    @Arg('reviewId', () => ID, { description: 'The review.' }) reviewId: string,
    @Sensitive('PERSONAL')
    @Arg('reason', { description: 'Why, 3 to 1000 characters; kept in the moderation log.' })
    reason: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ModerateReviewResult> {
    const admin = requireRole(ctx.viewer, Role.ADMIN);
    return this.moderation.setHidden(ctx.em, admin, reviewId, reason, true, ctx);
  }

  @Mutation(() => ModerateReviewResult, {
    description: "Admins: show a hidden review again; it counts in its listing's rating again. Audited.",
  })
  unhideReview(
    @Arg('reviewId', () => ID, { description: 'The hidden review.' }) reviewId: string,
    @Sensitive('PERSONAL')
    @Arg('reason', { description: 'Why, 3 to 1000 characters; kept in the moderation log.' })
    reason: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ModerateReviewResult> {
    const admin = requireRole(ctx.viewer, Role.ADMIN);
    return this.moderation.setHidden(ctx.em, admin, reviewId, reason, false, ctx);
  }
}
