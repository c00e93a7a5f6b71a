import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({ implements: UserError, description: 'No failed job has this id (it may have been retried already).' })
export class FailedJobNotFoundError implements UserError {
  @Field()
  readonly code: string = 'OPS.FAILED_JOB_NOT_FOUND';

  @Field()
  message: string = 'No failed job with this id.';
}
