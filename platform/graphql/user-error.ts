import { Directive, Field, InterfaceType, ObjectType } from 'type-graphql';

/** An expected business outcome, returned as a union member rather than thrown. */
@InterfaceType({
  description: 'An expected failure the client can act on; `code` is namespaced, e.g. BOOKING.DATES_UNAVAILABLE.',
})
export abstract class UserError {
  @Field()
  readonly code!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'One invalid input field.' })
@Directive('@shareable')
export class FieldError {
  @Field(() => [String], { description: 'Path to the field from the operation input, e.g. ["input", "email"].' })
  path!: string[];

  @Field({ description: 'Stable machine-readable reason, e.g. TOO_SHORT.' })
  code!: string;

  @Field()
  message!: string;

  constructor(path: string[], code: string, message: string) {
    this.path = path;
    this.code = code;
    this.message = message;
  }
}

@ObjectType({ implements: UserError, description: 'The input broke one or more domain rules.' })
@Directive('@shareable')
export class ValidationError implements UserError {
  @Field()
  readonly code: string = 'VALIDATION.INVALID_INPUT';

  @Field()
  message: string = 'The input is invalid.';

  @Field(() => [FieldError])
  fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[]) {
    this.fieldErrors = fieldErrors;
  }
}
