import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { LoginInput, RegisterInput } from './auth.inputs';
import { CompleteMfaLoginResult, LoginResult, LoginSuccess, RegisterResult } from './auth.results';
import { AuthService } from './auth.service';
import { Sensitive } from '../../../platform/graphql/sensitive';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => RegisterResult, {
    description: 'Create an account. A confirmation link goes to the email; sign in with `login`.',
  })
  register(
    @Arg('input', { description: 'Email, password and display name.' }) input: RegisterInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<RegisterResult> {
    return this.auth.register(ctx.em, input, originOf(ctx));
  }

  @Mutation(() => LoginResult, {
    description:
      'Exchange email and password for tokens, or for an MFA challenge when two-factor authentication is on.',
  })
  async login(
    @Arg('input', { description: 'Email and password.' }) input: LoginInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<LoginResult> {
    return signIn(ctx, await this.auth.login(ctx.em, input, originOf(ctx)));
  }

  @Mutation(() => CompleteMfaLoginResult, {
    description: 'Finish a sign-in that answered `MfaRequired`, with a TOTP or recovery code.',
  })
  async completeMfaLogin(
    @Sensitive()
    @Arg('challengeToken', { description: '`MfaRequired.challengeToken` from `login`, within 5 minutes.' })
    challengeToken: string,
    @Sensitive()
    @Arg('code', { description: 'The six-digit code from the authenticator app, or an unused recovery code.' })
    code: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<CompleteMfaLoginResult> {
    return signIn(ctx, await this.auth.completeMfaLogin(ctx.em, challengeToken, code, originOf(ctx)));
  }
}

/** From here on this request acts as the signed-in user, so `user { email }` is visible to them. */
function signIn<R>(ctx: AccountsContext, result: R): R {
  if (result instanceof LoginSuccess) {
    const { user } = result;
    ctx.viewer = {
      id: user.id,
      roles: user.roles,
      sessionId: result.sessionId,
      emailVerified: user.emailVerifiedAt !== null,
    };
  }
  return result;
}
