import { Directive, Field, InterfaceType, ObjectType } from 'type-graphql';

const MESSAGE_DESCRIPTION = 'Explanation for people, in English; its wording may change, so never branch on it.';

/**
 * An expected business outcome, returned as a union member rather than thrown. A new domain's
 * errors extend it with the domain's code union (`class AlreadyPaidError extends
 * UserError<PaymentErrorCode>`), so a code outside `<domain>.errors.ts` does not compile.
 */
@InterfaceType({
  description: 'An expected failure the client can act on; `code` is namespaced, e.g. BOOKING.DATES_UNAVAILABLE.',
})
export abstract class UserError<Code extends string = string> {
  // The explicit type: a type parameter has no runtime type for type-graphql to read.
  @Field(() => String, {
    description:
      'Stable machine-readable reason, namespaced by domain (`DOMAIN.REASON`), one per error type; branch on it or on `__typename`.',
  })
  readonly code!: Code;

  @Field({ description: MESSAGE_DESCRIPTION })
  message!: string;
}

@ObjectType({ description: 'One invalid input field.' })
@Directive('@shareable')
export class FieldError {
  @Field(() => [String], { description: 'Path to the field from the operation input, e.g. ["input", "email"].' })
  path!: string[];

  @Field({ description: 'Stable machine-readable reason, e.g. TOO_SHORT.' })
  code!: string;

  @Field({ description: MESSAGE_DESCRIPTION })
  message!: string;

  constructor(path: string[], code: string, message: string) {
    this.path = path;
    this.code = code;
    this.message = message;
  }
}

@ObjectType({
  implements: UserError,
  description: 'Returned when the input breaks one or more domain rules; every invalid field is listed at once.',
})
@Directive('@shareable')
export class ValidationError implements UserError {
  @Field({ description: 'Always VALIDATION.INVALID_INPUT.' })
  readonly code: string = 'VALIDATION.INVALID_INPUT';

  @Field({ description: MESSAGE_DESCRIPTION })
  message: string = 'The input is invalid.';

  @Field(() => [FieldError], { description: 'Each invalid field with its reason.' })
  fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[]) {
    this.fieldErrors = fieldErrors;
  }
}
