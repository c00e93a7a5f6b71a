import { createUnionType, Field, ObjectType } from 'type-graphql';
import { FailedJob } from './failed-job.type';
import { FailedJobNotFoundError } from './job.errors';

@ObjectType()
export class RetryJobSuccess {
  @Field(() => FailedJob, { description: 'The job as rescheduled: attempts reset, due now.' })
  job: FailedJob;

  constructor(job: FailedJob) {
    this.job = job;
  }
}

export const RetryJobResult = createUnionType({
  name: 'RetryJobResult',
  types: () => [RetryJobSuccess, FailedJobNotFoundError] as const,
});
export type RetryJobResult = RetryJobSuccess | FailedJobNotFoundError;
