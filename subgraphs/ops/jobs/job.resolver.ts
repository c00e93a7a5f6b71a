import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import type { RequestContext } from '../../../platform/graphql/context';
import {
  CONNECTION_LIST_SIZE,
  cursorOptions,
  PageArgs,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { Role } from '../../../platform/graphql/role';
import { FailedJobRepository } from './failed-job.repository';
import { FailedJobConnection, type FailedJob } from './failed-job.type';
import { FailedJobNotFoundError } from './job.errors';
import { RetryJobResult, RetryJobSuccess } from './job.results';

/** Admin-only view of the job queue's dead letters. */
@Resolver()
export class JobResolver {
  @Query(() => FailedJobConnection, { description: 'Jobs that failed on every attempt, newest first. Admins only.' })
  @Directive(CONNECTION_LIST_SIZE)
  async failedJobs(@Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<FailedJob>> {
    requireRole(ctx.viewer, Role.ADMIN);
    const { first, after } = cursorOptions(page);
    const before = after ? decodeCursor(after) : null;
    const rows = await new FailedJobRepository(ctx.em).list(first + 1, before);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node.id) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: before !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Mutation(() => RetryJobResult, { description: 'Runs a failed job again now, with its attempts reset. Admins only.' })
  async retryFailedJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RetryJobResult> {
    requireRole(ctx.viewer, Role.ADMIN);
    const job = await new FailedJobRepository(ctx.em).retry(id);
    return job ? new RetryJobSuccess(job) : new FailedJobNotFoundError();
  }
}

function encodeCursor(id: string): string {
  return Buffer.from(`job:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const match = /^job:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw new GraphQLError('"after" is not a cursor from this list.', { extensions: { code: 'BAD_USER_INPUT' } });
  return match[1];
}
