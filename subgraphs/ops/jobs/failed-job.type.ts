import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../platform/graphql/pagination';

@ObjectType({
  description: 'A background job that failed as many times as it may: it will not run again unless retried.',
})
export class FailedJob {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'graphile-worker task, e.g. `event:accounts.send_welcome_email`.' })
  task!: string;

  @Field(() => GraphQLJSONObject)
  payload!: Record<string, unknown>;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int)
  maxAttempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last failed.' })
  updatedAt!: Date;
}

export const FailedJobConnection = ConnectionType('FailedJob', FailedJob);
