import { z } from 'zod';
import { Arg, Args, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import type { RequestContext } from '../../../platform/graphql/context';
import {
  CONNECTION_LIST_SIZE,
  PageArgs,
  readPage,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { CursorCodec } from '../../../platform/graphql/cursor';
import { Role } from '../../../platform/graphql/role';
import { FailedJobRepository, JOB_ID } from './failed-job.repository';
import { FailedJobConnection, type FailedJob } from './failed-job.type';
import { FailedJobNotFoundError } from './job.errors';
import { RetryJobResult, RetryJobSuccess } from './job.results';

/** By job id, newest first. */
const CURSOR = new CursorCodec('Query.failedJobs', z.string().regex(JOB_ID));

/** Admin-only view of the job queue's dead letters. */
@Resolver()
export class JobResolver {
  @Query(() => FailedJobConnection, { description: 'Jobs that failed on every attempt, newest first. Admins only.' })
  @Directive(CONNECTION_LIST_SIZE)
  async failedJobs(@Args() args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<FailedJob>> {
    requireRole(ctx.viewer, Role.ADMIN);
    const { first, after } = readPage(args, CURSOR);
    const rows = await new FailedJobRepository(ctx.em).list(first + 1, after);
    return toConnection(
      rows.slice(0, first),
      { hasNextPage: rows.length > first, hasPreviousPage: after !== null },
      (job) => CURSOR.encode(job.id),
    );
  }

  @Mutation(() => RetryJobResult, { description: 'Runs a failed job again now, with its attempts reset. Admins only.' })
  async retryFailedJob(
    @Arg('id', () => ID, { description: 'A job from `failedJobs`.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RetryJobResult> {
    requireRole(ctx.viewer, Role.ADMIN);
    const job = await new FailedJobRepository(ctx.em).retry(id);
    return job ? new RetryJobSuccess(job) : new FailedJobNotFoundError();
  }
}
