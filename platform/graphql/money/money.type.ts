import { GraphQLSafeInt } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { fromMinorUnits } from './money';

/** Shareable: listings, bookings and payments all return money in this shape. */
@ObjectType({ description: 'An amount of money in one currency.' })
@Directive('@shareable')
export class Money {
  @Field({
    description: 'Decimal amount with the currency\'s own decimals, e.g. "120.50" USD, "15000" JPY, "12.345" KWD.',
  })
  amount: string;

  @Field(() => GraphQLSafeInt, { description: 'The amount in minor units (cents for USD), as stored and charged.' })
  amountMinor: number;

  @Field({ description: 'ISO 4217 currency code, e.g. USD.' })
  currency: string;

  constructor(amountMinor: number, currency: string) {
    this.amount = fromMinorUnits(amountMinor, currency);
    this.amountMinor = amountMinor;
    this.currency = currency;
  }
}
