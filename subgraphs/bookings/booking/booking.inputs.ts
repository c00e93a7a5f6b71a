import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({ description: 'A stay to book. The price and the status are decided by the server.' })
export class CreateBookingInput {
  @Field(() => ID, { description: 'The listing to stay at; it must be on the market.' })
  listingId!: string;

  @Field(() => GraphQLLocalDate, { description: "First night, in the listing's time zone." })
  checkIn!: string;

  @Field(() => GraphQLLocalDate, { description: "Check-out day; it may be the next guest's check-in day." })
  checkOut!: string;

  @Field(() => Int, { description: "How many guests stay, 1 to 50 and at most the listing's capacity." })
  guests!: number;

  @Field({
    description:
      'A key the client generates once per booking attempt (8 to 100 characters, e.g. a UUID) and sends again on retries: a retry returns the same booking.',
  })
  idempotencyKey!: string;

  @Sensitive('PERSONAL')
  @Field(() => String, { nullable: true, description: 'A note to the host, up to 1000 characters.' })
  message?: string | null;
}

export const createBookingSchema = z.object({
  listingId: z.uuid('Not a listing id.'),
  checkIn: z.string(),
  checkOut: z.string(),
  guests: z.number().int().min(1, 'At least one guest.').max(50, 'At most 50 guests.'),
  idempotencyKey: z.string().trim().min(8, 'At least 8 characters.').max(100, 'At most 100 characters.'),
  message: z
    .string()
    .trim()
    .max(1000, 'At most 1000 characters.')
    .nullish()
    .transform((m) => m || null),
});

export const noteSchema = z
  .string()
  .trim()
  .max(1000, 'At most 1000 characters.')
  .nullish()
  .transform((m) => m || null);
