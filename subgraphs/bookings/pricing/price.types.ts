import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';
import type { StayPrice } from './stay-price';

export enum PriceLineKind {
  ACCOMMODATION = 'ACCOMMODATION',
  CLEANING_FEE = 'CLEANING_FEE',
  SERVICE_FEE = 'SERVICE_FEE',
  TAXES = 'TAXES',
}

registerEnumType(PriceLineKind, {
  name: 'PriceLineKind',
  description: 'What a line of a price is for.',
  valuesConfig: {
    ACCOMMODATION: { description: "The nights, each at the host's price for that date." },
    CLEANING_FEE: { description: "The listing's cleaning fee, once per stay." },
    SERVICE_FEE: { description: "StayGraph's guest service fee, a percentage of nights and cleaning fee." },
    TAXES: { description: 'Taxes, a percentage of nights and cleaning fee.' },
  },
});

@ObjectType({ description: "One line of a price, rounded half-up in the currency's minor unit." })
export class PriceLine {
  @Field(() => PriceLineKind, { description: 'What the line is for; each kind appears once.' })
  kind: PriceLineKind;

  @Field({ description: 'For people, e.g. "3 nights".' })
  label: string;

  @Field(() => Money, { description: "The line's amount in the listing's currency; may be zero." })
  amount: Money;

  constructor(kind: PriceLineKind, label: string, amount: Money) {
    this.kind = kind;
    this.label = label;
    this.amount = amount;
  }
}

@ObjectType({ description: 'What a stay costs, computed by the server: the lines add up to the total.' })
export class PriceBreakdown {
  @Field(() => Int, { description: 'Nights priced, from check-in to check-out.' })
  nights: number;

  @Field(() => [PriceLine], { description: 'Accommodation, cleaning fee, service fee and taxes, in that order.' })
  @Directive('@listSize(assumedSize: 4)')
  lines: PriceLine[];

  @Field(() => Money, { description: 'The sum of the lines: what the guest pays.' })
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
