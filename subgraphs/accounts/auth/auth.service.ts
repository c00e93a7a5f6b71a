import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { validate } from '../../kernel/validation';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.repository';
import type { AccessTokenIssuer } from './access-token';
import { EmailTakenError, InvalidCredentialsError } from './auth.errors';
import { loginSchema, registerSchema, type LoginInput, type RegisterInput } from './auth.inputs';
import { LoginSuccess, RegisterSuccess, type LoginResult, type RegisterResult } from './auth.results';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

export class AuthService {
  constructor(private readonly tokens: AccessTokenIssuer) {}

  async register(em: EntityManager, input: RegisterInput): Promise<RegisterResult> {
    const parsed = validate(registerSchema, input);
    if (!parsed.ok) return parsed.error;
    const { email, password, displayName } = parsed.value;

    const user = em.create(User, {
      email: normalizeEmail(email),
      passwordHash: await hashPassword(password),
      displayName,
    });
    try {
      await em.persistAndFlush(user);
    } catch (error) {
      // The unique index decides, so two concurrent sign-ups with one address cannot both win.
      if (error instanceof UniqueConstraintViolationException) return new EmailTakenError();
      throw error;
    }
    return new RegisterSuccess(user);
  }

  async login(em: EntityManager, input: LoginInput): Promise<LoginResult> {
    const parsed = validate(loginSchema, input);
    if (!parsed.ok) return parsed.error;
    const { email, password } = parsed.value;

    const user = await em.getRepository(User).findByEmail(email);
    const passwordMatches = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);
    if (!user || !passwordMatches) return new InvalidCredentialsError();

    const { token, expiresAt } = await this.tokens.issue(user);
    return new LoginSuccess(token, expiresAt, user);
  }
}
