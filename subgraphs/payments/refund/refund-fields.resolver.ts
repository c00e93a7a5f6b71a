import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';
import { Refund } from './refund.entity';

@Resolver(() => Refund)
export class RefundFieldsResolver {
  @FieldResolver(() => Money, { description: 'What goes back to the guest.' })
  amount(@Root() refund: Refund): Money {
    return new Money(refund.amountMinor, refund.currency);
  }
}
