import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CONNECTION_LIST_SIZE,
  MAX_PAGE_SIZE,
  PageArgs,
  readPage,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { CursorCodec } from '../../../platform/graphql/cursor';
import { Role } from '../../../platform/graphql/role';
import type { Clock } from '../../../platform/runtime/clock';
import type { ReviewsContext } from '../loaders';
import { StayRepository } from '../stay/stay.repository';
import { ReviewDirection } from '../review/review.enums';
import { present } from '../review/review.presenter';
import { positionOf, reviewPosition, ReviewQueries } from '../review/review.queries';
import { PendingReview, ReviewConnection, type Review } from '../review/review.types';
import { User } from './user';

/** A cursor is valid only for the user it was issued for. */
const CURSOR = new CursorCodec('User.reviewsAbout', reviewPosition);

@Resolver(() => User)
export class UserReviewsResolver {
  constructor(
    private readonly queries: ReviewQueries,
    private readonly stays: StayRepository,
    private readonly clock: Clock,
  ) {}

  @FieldResolver(() => ReviewConnection, {
    nullable: true,
    description:
      'Published reviews hosts wrote about this user as a guest, newest first: for hosts, admins and the user (null for anyone else).',
  })
  @Directive(CONNECTION_LIST_SIZE)
  async reviewsAbout(
    @Root() user: User,
    @Args() args: PageArgs,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ConnectionShape<Review> | null> {
    const page = readPage(args, CURSOR, user.id);
    const viewer = ctx.viewer;
    const allowed = viewer && (viewer.id === user.id || viewer.roles.some((r) => r === Role.HOST || r === Role.ADMIN));
    if (!allowed) return null;
    const found = await this.queries.aboutUserPage(ctx.em, user.id, page);
    const connection = toConnection(
      found.items,
      { hasNextPage: found.hasNextPage, hasPreviousPage: page.after !== null },
      (shown) => CURSOR.encode(positionOf(shown), user.id),
    );
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: present(viewer, e.node.review, e.node.revision) })),
    };
  }

  @FieldResolver(() => [PendingReview], {
    nullable: true,
    description:
      'Your completed stays you can still review (as guest or host), soonest deadline first: for the user only (null for anyone else).',
  })
  @Directive(`@listSize(assumedSize: ${MAX_PAGE_SIZE})`)
  async pendingReviews(@Root() user: User, @Ctx() ctx: ReviewsContext): Promise<PendingReview[] | null> {
    if (ctx.viewer?.id !== user.id) return null;
    const stays = await this.stays.pendingFor(ctx.em, user.id, this.clock(), MAX_PAGE_SIZE);
    return stays.map((stay) => ({
      bookingId: stay.bookingId,
      listing: { id: stay.listingId },
      listingTitle: stay.listingTitle,
      direction: stay.guestId === user.id ? ReviewDirection.GUEST_TO_LISTING : ReviewDirection.HOST_TO_GUEST,
      checkOut: stay.checkOut,
      deadline: stay.deadline,
    }));
  }
}
