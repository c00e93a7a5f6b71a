import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../platform/graphql/pagination';
import { Listing } from '../external/listing';
import { User } from '../external/user';
import type { SubRatings as SubRatingValues } from '../rating/rating-math';
import { ReviewDirection } from './review.enums';

@ObjectType({ description: 'Six aspects of a stay, each 1 to 5 stars.' })
export class SubRatings {
  @Field(() => Int, { description: 'Clean and tidy.' })
  cleanliness!: number;

  @Field(() => Int, { description: 'As described in the listing.' })
  accuracy!: number;

  @Field(() => Int, { description: 'How smooth arriving was.' })
  checkIn!: number;

  @Field(() => Int, { description: "The host's communication." })
  communication!: number;

  @Field(() => Int, { description: 'The surroundings.' })
  location!: number;

  @Field(() => Int, { description: 'Worth the price.' })
  value!: number;
}

@ObjectType({ description: "The host's one public reply to a published review." })
export class ReviewResponse {
  @Field({ description: 'The reply, plain text.' })
  text!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the host replied.' })
  respondedAt!: Date;
}

@ObjectType({
  description:
    'A review after a stay: a guest reviewing a listing (one per guest per listing; a later stay adds a revision) or a host reviewing a guest. Double-blind: only its author sees it until both sides of the stay wrote or the window closed.',
})
@Directive('@key(fields: "id")')
export class Review {
  @Field(() => ID, { description: "The review's permanent id (the same across a guest's revisions)." })
  id!: string;

  @Field(() => ReviewDirection, { description: 'Who reviewed whom.' })
  direction!: ReviewDirection;

  @Field(() => Listing, { description: 'The listing stayed at.' })
  listing!: Listing;

  @Field(() => User, { description: 'Who wrote it.' })
  author!: User;

  @Field(() => User, { description: 'Who it is about: the host of the listing, or the guest.' })
  about!: User;

  @Field(() => Int, { description: 'Which revision this is: 1 for the first stay reviewed, then one per later stay.' })
  revision!: number;

  @Field(() => Int, { description: 'Overall, 1 to 5 stars.' })
  rating!: number;

  @Field(() => SubRatings, { nullable: true, description: 'Guest reviews: six aspects; null for host reviews.' })
  subRatings!: SubRatingValues | null;

  @Field({ description: 'The public text, plain text: display it as text, never as HTML.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "The guest's private note to the host: for its author, the host once published, and admins.",
  })
  privateNote!: string | null;

  @Field({ description: 'True once visible to everyone (both sides wrote, or the window closed).' })
  published!: boolean;

  @Field({ description: 'True when an admin hid it: then only its author and admins see it.' })
  hidden!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When this revision was first submitted.' })
  submittedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this revision was published.' })
  publishedAt!: Date | null;

  @Field(() => ReviewResponse, { nullable: true, description: "The host's public reply, if any." })
  response!: ReviewResponse | null;
}

export const ReviewConnection = ConnectionType('Review', Review);

@ObjectType({ description: 'A completed stay you can still review, and until when.' })
export class PendingReview {
  @Field(() => ID, { description: 'The stay (booking) to pass to `submitReview`.' })
  bookingId!: string;

  @Field(() => Listing, { description: 'The listing stayed at.' })
  listing!: Listing;

  @Field({ description: "The listing's title when booked." })
  listingTitle!: string;

  @Field(() => ReviewDirection, { description: 'GUEST_TO_LISTING: review the listing; HOST_TO_GUEST: the guest.' })
  direction!: ReviewDirection;

  @Field({ description: "Check-out day, in the listing's time zone (YYYY-MM-DD)." })
  checkOut!: string;

  @Field(() => GraphQLISODateTime, { description: 'The review window closes at this instant.' })
  deadline!: Date;
}

@ObjectType({ description: 'How many shown reviews gave this many stars.' })
export class StarCount {
  @Field(() => Int, { description: 'Stars, 1 to 5.' })
  stars!: number;

  @Field(() => Int, { description: 'Reviews with that rating.' })
  count!: number;
}

@ObjectType({ description: 'Average of each aspect over the shown reviews.' })
export class SubRatingAverages {
  @Field(() => Float, { description: 'Clean and tidy.' })
  cleanliness!: number;

  @Field(() => Float, { description: 'As described in the listing.' })
  accuracy!: number;

  @Field(() => Float, { description: 'How smooth arriving was.' })
  checkIn!: number;

  @Field(() => Float, { description: "The host's communication." })
  communication!: number;

  @Field(() => Float, { description: 'The surroundings.' })
  location!: number;

  @Field(() => Float, { description: 'Worth the price.' })
  value!: number;
}

@ObjectType({ description: "A listing's rating over its shown reviews (current revisions, hidden ones left out)." })
export class ListingRating {
  @Field(() => Float, { nullable: true, description: 'The exact average, 1 to 5; null without reviews.' })
  average!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The average as shown to people, one decimal (what `minRating` compares with); null without reviews.',
  })
  displayAverage!: number | null;

  @Field(() => Int, { description: 'How many reviews count.' })
  reviewCount!: number;

  @Field(() => SubRatingAverages, { nullable: true, description: 'Per-aspect averages; null without reviews.' })
  subRatings!: SubRatingAverages | null;

  @Field(() => [StarCount], { description: 'How many reviews gave 1, 2, 3, 4 and 5 stars, in that order.' })
  distribution!: StarCount[];
}
