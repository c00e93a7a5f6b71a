import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { Sensitive } from '../../../platform/graphql/sensitive';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { DeleteMyAccountResult } from './account-deletion.results';
import { AccountDeletionService } from './account-deletion.service';

@Resolver()
export class AccountDeletionResolver {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Mutation(() => DeleteMyAccountResult, {
    description:
      'Delete your account for good: needs your password (and a code when two-factor authentication is on). Refused while you have listings on the market, stays ahead or money in flight.',
  })
  deleteMyAccount(
    @Sensitive() @Arg('password', { description: 'Your password, to prove it is you.' }) password: string,
    @Sensitive()
    @Arg('mfaCode', () => String, {
      nullable: true,
      description: 'With two-factor authentication on: a code from the authenticator app, or an unused recovery code.',
    })
    mfaCode: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<DeleteMyAccountResult> {
    return this.deletion.delete(ctx.em, requireViewer(ctx.viewer).id, password, mfaCode ?? null, originOf(ctx));
  }
}
