import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { isLocalDate } from '../../../platform/graphql/scalars/local-date';
import { nightsBetween } from '../stay/local-dates';
import { Sensitive } from '../../../platform/graphql/sensitive';

/** Longest range one calendar change may cover. */
export const MAX_RANGE_DAYS = 366;

/** The nights [from, to) of one of your listings (local dates); each input below adds its own fields. */
@InputType()
abstract class CalendarRangeInput {
  @Field(() => ID, { description: 'One of your listings.' })
  listingId!: string;

  @Field(() => Int, { description: 'The calendar version you read; a change since then refuses the edit.' })
  expectedVersion!: number;

  @Field(() => GraphQLLocalDate, { description: 'First night.' })
  from!: string;

  @Field(() => GraphQLLocalDate, {
    description: `Day after the last night; at most ${MAX_RANGE_DAYS} nights after from.`,
  })
  to!: string;
}

@InputType({
  description: 'Nights [from, to) of one of your listings to close to guests, from today on (local dates).',
})
export class BlockDatesInput extends CalendarRangeInput {
  @Sensitive('PERSONAL')
  @Field(() => String, { nullable: true, description: 'Private note, up to 500 characters.' })
  note?: string | null;
}

@InputType({ description: 'Nights [from, to) of one of your listings to open again, from today on (local dates).' })
export class UnblockDatesInput extends CalendarRangeInput {}

@InputType({ description: 'A price for the nights [from, to) of one of your listings (local dates).' })
export class SetNightlyPriceInput extends CalendarRangeInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Decimal amount in the listing\'s currency, e.g. "150.00"; null returns these nights to the listing\'s nightly price.',
  })
  price?: string | null;
}

@InputType({ description: 'How far ahead guests may book one of your listings.' })
export class CalendarSettingsInput {
  @Field(() => ID, { description: 'One of your listings.' })
  listingId!: string;

  @Field(() => Int, { description: 'The calendar version you read; a change since then refuses the edit.' })
  expectedVersion!: number;

  @Field(() => Int, { description: '0 to 30 days.' })
  advanceNoticeDays!: number;

  @Field(() => Int, { description: '1 to 730 days.' })
  bookingWindowDays!: number;
}

const range = {
  listingId: z.uuid('Not a listing id.'),
  expectedVersion: z.number().int(),
  from: z.string(),
  to: z.string(),
};

function checkRange(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (!isLocalDate(value.from) || !isLocalDate(value.to)) return;
  const nights = nightsBetween(value.from, value.to);
  if (nights < 1)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: '"to" must be after "from".',
      params: { code: 'NOT_AFTER_FROM' },
    });
  if (nights > MAX_RANGE_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `At most ${MAX_RANGE_DAYS} nights at once.`,
      params: { code: 'RANGE_TOO_LONG' },
    });
}

export const blockSchema = z
  .object({
    ...range,
    note: z
      .string()
      .trim()
      .max(500, 'At most 500 characters.')
      .nullish()
      .transform((n) => n || null),
  })
  .superRefine(checkRange);

export const unblockSchema = z.object(range).superRefine(checkRange);

export const priceSchema = z
  .object({
    ...range,
    price: z
      .string()
      .nullish()
      .transform((p) => p ?? null),
  })
  .superRefine(checkRange);

export const settingsSchema = z.object({
  listingId: range.listingId,
  expectedVersion: range.expectedVersion,
  advanceNoticeDays: z.number().int().min(0, 'At least 0.').max(30, 'At most 30.'),
  bookingWindowDays: z.number().int().min(1, 'At least 1.').max(730, 'At most 730.'),
});
