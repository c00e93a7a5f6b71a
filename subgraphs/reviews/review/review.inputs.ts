import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { Sensitive } from '../../../platform/graphql/sensitive';

const star = (what: string) =>
  z
    .number()
    .int(`${what} is a whole number of stars.`)
    .min(1, `${what} is 1 to 5 stars.`)
    .max(5, `${what} is 1 to 5 stars.`);

@InputType({ description: 'How the stay was on six points, each 1 to 5 stars (guests reviewing a listing).' })
export class SubRatingsInput {
  @Field(() => Int, { description: 'Clean and tidy, 1 to 5.' })
  cleanliness!: number;

  @Field(() => Int, { description: 'As described in the listing, 1 to 5.' })
  accuracy!: number;

  @Field(() => Int, { description: 'How smooth arriving was, 1 to 5.' })
  checkIn!: number;

  @Field(() => Int, { description: "The host's communication, 1 to 5." })
  communication!: number;

  @Field(() => Int, { description: 'The surroundings, 1 to 5.' })
  location!: number;

  @Field(() => Int, { description: 'Worth the price, 1 to 5.' })
  value!: number;
}

@InputType({ description: 'What a review says; the same fields for writing and editing it.' })
export class ReviewContentInput {
  @Field(() => Int, { description: 'Overall, 1 to 5 stars.' })
  rating!: number;

  @Field(() => SubRatingsInput, {
    nullable: true,
    description: 'Required when a guest reviews a listing; hosts reviewing a guest leave it out.',
  })
  subRatings?: SubRatingsInput | null;

  @Field({ description: 'The public text, 10 to 2000 characters of plain text (never interpreted as HTML).' })
  text!: string;

  @Sensitive('PERSONAL')
  @Field(() => String, {
    nullable: true,
    description: 'Guests: a private note to the host, up to 1000 characters, shown to the host once published.',
  })
  privateNote?: string | null;
}

@InputType({ description: 'A review of a completed stay: guests review the listing, hosts the guest.' })
export class SubmitReviewInput extends ReviewContentInput {
  @Field(() => ID, { description: 'The completed stay (booking) you were the guest or host of.' })
  bookingId!: string;
}

@InputType({ description: 'New content for your review that is not published yet.' })
export class UpdateReviewInput extends ReviewContentInput {
  @Field(() => ID, { description: 'Your review; its latest, unpublished revision is changed.' })
  reviewId!: string;
}

export const subRatingsSchema = z.object({
  cleanliness: star('Cleanliness'),
  accuracy: star('Accuracy'),
  checkIn: star('Check-in'),
  communication: star('Communication'),
  location: star('Location'),
  value: star('Value'),
});

export const reviewContentSchema = z.object({
  rating: star('The rating'),
  subRatings: subRatingsSchema.nullish().transform((s) => s ?? null),
  text: z.string().trim().min(10, 'At least 10 characters.').max(2000, 'At most 2000 characters.'),
  privateNote: z
    .string()
    .trim()
    .max(1000, 'At most 1000 characters.')
    .nullish()
    .transform((n) => n || null),
});

export type ReviewContent = z.output<typeof reviewContentSchema>;

export const responseSchema = z.string().trim().min(1, 'Write a response.').max(1000, 'At most 1000 characters.');
export const reasonSchema = z.string().trim().min(3, 'At least 3 characters.').max(1000, 'At most 1000 characters.');
