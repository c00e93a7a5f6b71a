import { createUnionType, Field, ObjectType } from 'type-graphql';
import { FailedJob } from './failed-job.type';
import { FailedJobNotFoundError } from './job.errors';

@ObjectType({ description: 'The job is queued to run again now.' })
export class RetryJobSuccess {
  @Field(() => FailedJob, { description: 'The job as rescheduled: attempts reset, due now.' })
  job: FailedJob;

  constructor(job: FailedJob) {
    this.job = job;
  }
}

export const RetryJobResult = createUnionType({
  name: 'RetryJobResult',
  description: 'The result of `retryFailedJob`: the rescheduled job, or an unknown id.',
  types: () => [RetryJobSuccess, FailedJobNotFoundError] as const,
});
export type RetryJobResult = RetryJobSuccess | FailedJobNotFoundError;
