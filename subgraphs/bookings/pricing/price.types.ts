import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';
import type { StayPrice } from './stay-price';

export enum PriceLineKind {
  ACCOMMODATION = 'ACCOMMODATION',
  CLEANING_FEE = 'CLEANING_FEE',
  SERVICE_FEE = 'SERVICE_FEE',
  TAXES = 'TAXES',
}

registerEnumType(PriceLineKind, { name: 'PriceLineKind', description: 'What a line of a price is for.' });

@ObjectType({ description: "One line of a price, rounded half-up in the currency's minor unit." })
export class PriceLine {
  @Field(() => PriceLineKind)
  kind: PriceLineKind;

  @Field({ description: 'For people, e.g. "3 nights".' })
  label: string;

  @Field(() => Money)
  amount: Money;

  constructor(kind: PriceLineKind, label: string, amount: Money) {
    this.kind = kind;
    this.label = label;
    this.amount = amount;
  }
}

@ObjectType({ description: 'What a stay costs, computed by the server: the lines add up to the total.' })
export class PriceBreakdown {
  @Field(() => Int)
  nights: number;

  @Field(() => [PriceLine])
  @Directive('@listSize(assumedSize: 4)')
  lines: PriceLine[];

  @Field(() => Money)
  total: Money;

  constructor(price: StayPrice) {
    const money = (minor: number) => new Money(minor, price.currency);
    this.nights = price.nights;
    this.lines = [
      new PriceLine(
        PriceLineKind.ACCOMMODATION,
        `${price.nights} ${price.nights === 1 ? 'night' : 'nights'}`,
        money(price.accommodationMinor),
      ),
      new PriceLine(PriceLineKind.CLEANING_FEE, 'Cleaning fee', money(price.cleaningFeeMinor)),
      new PriceLine(PriceLineKind.SERVICE_FEE, 'Guest service fee', money(price.serviceFeeMinor)),
      new PriceLine(PriceLineKind.TAXES, 'Taxes', money(price.taxesMinor)),
    ];
    this.total = money(price.totalMinor);
  }
}
