import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../platform/graphql/pagination';

@ObjectType({
  description: 'A background job that failed as many times as it may: it will not run again unless retried.',
})
export class FailedJob {
  @Field(() => ID, { description: "The job's id in the queue, for `retryFailedJob`." })
  id!: string;

  @Field({ description: 'graphile-worker task, e.g. `event:accounts.send_welcome_email`.' })
  task!: string;

  @Field(() => GraphQLJSONObject, { description: "The job's input, as enqueued (for event handlers, the event)." })
  payload!: Record<string, unknown>;

  @Field(() => Int, { description: 'How many times it ran and failed.' })
  attempts!: number;

  @Field(() => Int, { description: 'How many runs it was allowed.' })
  maxAttempts!: number;

  @Field(() => String, { nullable: true, description: "The last failure's error message; null if none was recorded." })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the job was enqueued.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last failed.' })
  updatedAt!: Date;
}

export const FailedJobConnection = ConnectionType('FailedJob', FailedJob);
