import { z } from 'zod';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import {
  CONNECTION_LIST_SIZE,
  PageArgs,
  readPage,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { CursorCodec } from '../../../platform/graphql/cursor';
import { idSchema } from '../../../platform/graphql/ids';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { SessionConnection } from './session.connection';
import { Session } from './session.entity';
import { LogoutSuccess, RefreshResult, RevokeSessionResult } from './session.results';
import { SessionService } from './session.service';
import { Sensitive } from '../../../platform/graphql/sensitive';

/** Sessions are listed by last use, then id; a cursor is valid only in its owner's list. */
const SESSION_CURSOR = new CursorCodec('Query.mySessions', z.tuple([z.iso.datetime(), idSchema]));

@Resolver(() => Session)
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Mutation(() => RefreshResult, {
    description: 'Exchange a refresh token for a new token pair. The old refresh token stops working.',
  })
  refreshToken(
    @Sensitive()
    @Arg('refreshToken', { description: 'The newest refresh token you hold; it is single use.' })
    refreshToken: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<RefreshResult> {
    return this.sessions.refresh(ctx.em, refreshToken, originOf(ctx));
  }

  @Mutation(() => LogoutSuccess, { description: 'Sign out of this session: its refresh token stops working.' })
  async logout(@Ctx() ctx: AccountsContext): Promise<LogoutSuccess> {
    const viewer = requireViewer(ctx.viewer);
    if (!viewer.sessionId) return new LogoutSuccess(0);
    const result = await this.sessions.revoke(ctx.em, viewer.id, viewer.sessionId, 'logout');
    return result instanceof LogoutSuccess ? result : new LogoutSuccess(0);
  }

  @Mutation(() => LogoutSuccess, { description: 'Sign out of every session, on every device.' })
  logoutEverywhere(@Ctx() ctx: AccountsContext): Promise<LogoutSuccess> {
    return this.sessions.revokeAll(ctx.em, requireViewer(ctx.viewer).id, 'logout everywhere');
  }

  @Mutation(() => RevokeSessionResult, { description: 'Sign out one of your sessions, e.g. a lost phone.' })
  revokeSession(
    @Arg('id', () => ID, { description: 'One of your sessions, from `mySessions`.' }) id: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<RevokeSessionResult> {
    return this.sessions.revoke(ctx.em, requireViewer(ctx.viewer).id, id, 'revoked by user');
  }

  @Query(() => SessionConnection, { description: 'Your active sessions, most recently used first.' })
  @Directive(CONNECTION_LIST_SIZE)
  async mySessions(@Args() args: PageArgs, @Ctx() ctx: AccountsContext): Promise<ConnectionShape<Session>> {
    const viewer = requireViewer(ctx.viewer);
    const page = readPage(args, SESSION_CURSOR, viewer.id);
    const after = page.after && { lastUsedAt: new Date(page.after[0]), id: page.after[1] };
    const sessions = await this.sessions.listActive(ctx.em, viewer.id, { first: page.first, after });
    return toConnection(
      sessions.items,
      { hasNextPage: sessions.hasNextPage ?? false, hasPreviousPage: after !== null },
      (session) => SESSION_CURSOR.encode([session.lastUsedAt.toISOString(), session.id], viewer.id),
    );
  }

  @FieldResolver(() => Boolean, { description: 'True for the session this request was made with.' })
  current(@Root() session: Session, @Ctx() ctx: AccountsContext): boolean {
    return session.id === ctx.viewer?.sessionId;
  }
}
