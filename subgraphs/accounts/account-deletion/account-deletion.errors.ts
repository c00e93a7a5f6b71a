import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({
  implements: UserError,
  description: '`deleteMyAccount` refused: some of your listings are on the market. Deactivate them first.',
})
export class ListingsOnMarketError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.LISTINGS_ON_MARKET';

  @Field()
  message: string = 'Some of your listings can still be booked. Deactivate them, then delete your account.';

  @Field(() => Int, { description: 'How many of your listings are on the market.' })
  count: number;

  constructor(count: number) {
    this.count = count;
  }
}

@ObjectType({
  implements: UserError,
  description: '`deleteMyAccount` refused: you have stays ahead, as guest or host, that are not cancelled or over.',
})
export class UpcomingStaysError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.UPCOMING_STAYS';

  @Field()
  message: string = 'You have upcoming or current stays. Delete your account once they are over or cancelled.';

  @Field(() => Int, { description: 'How many bookings, as guest or host, are pending or confirmed.' })
  count: number;

  constructor(count: number) {
    this.count = count;
  }
}

@ObjectType({
  implements: UserError,
  description: '`deleteMyAccount` refused: a booking of yours awaits a payment that may be under way.',
})
export class PaymentInFlightError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.PAYMENT_IN_FLIGHT';

  @Field()
  message: string = 'A payment of yours may still be under way. Finish or cancel the booking first.';

  @Field(() => Int, { description: 'How many of your bookings await a payment.' })
  count: number;

  constructor(count: number) {
    this.count = count;
  }
}

@ObjectType({
  implements: UserError,
  description: '`deleteMyAccount` refused: a refund owed to you has not fully reached you yet.',
})
export class RefundInFlightError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.REFUND_IN_FLIGHT';

  @Field()
  message: string = 'A refund is still on its way to you. Delete your account once it has arrived.';

  @Field(() => Int, { description: 'How many cancelled bookings still owe you a refund.' })
  count: number;

  constructor(count: number) {
    this.count = count;
  }
}
