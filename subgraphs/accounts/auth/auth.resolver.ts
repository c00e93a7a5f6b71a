import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsContext } from '../loaders';
import { LoginInput, RegisterInput } from './auth.inputs';
import { LoginResult, LoginSuccess, RegisterResult } from './auth.results';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => RegisterResult, { description: 'Create an account. Sign in afterwards with `login`.' })
  register(@Arg('input') input: RegisterInput, @Ctx() ctx: AccountsContext): Promise<RegisterResult> {
    return this.auth.register(ctx.em, input, ctx.requestId);
  }

  @Mutation(() => LoginResult, { description: 'Exchange email and password for an access token.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: AccountsContext): Promise<LoginResult> {
    const result = await this.auth.login(ctx.em, input, { ip: ctx.clientIp, userAgent: ctx.userAgent });
    // From here on this request acts as the signed-in user, so `user { email }` is visible to them.
    if (result instanceof LoginSuccess) ctx.viewer = { id: result.user.id, roles: result.user.roles, sessionId: result.sessionId };
    return result;
  }
}
