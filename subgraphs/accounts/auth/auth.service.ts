import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '../../kernel/events/publish';
import { validate } from '../../kernel/validation';
import { UserRegistered } from '../events';
import type { ClientInfo, SessionService } from '../session/session.service';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.repository';
import { EmailTakenError, InvalidCredentialsError } from './auth.errors';
import { loginSchema, registerSchema, type LoginInput, type RegisterInput } from './auth.inputs';
import { LoginSuccess, RegisterSuccess, type LoginResult, type RegisterResult } from './auth.results';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password';

export class AuthService {
  constructor(private readonly sessions: SessionService) {}

  async register(em: EntityManager, input: RegisterInput, requestId?: string): Promise<RegisterResult> {
    const parsed = validate(registerSchema, input);
    if (!parsed.ok) return parsed.error;
    const { email, password, displayName } = parsed.value;

    const passwordHash = await hashPassword(password);
    try {
      const user = await em.transactional(async (tx) => {
        const created = tx.create(User, { email: normalizeEmail(email), passwordHash, displayName });
        await tx.flush();
        await publish(tx, UserRegistered, { userId: created.id, registeredAt: created.createdAt.toISOString() }, { requestId });
        return created;
      });
      return new RegisterSuccess(user);
    } catch (error) {
      // The unique index decides, so two concurrent sign-ups with one address cannot both win.
      if (error instanceof UniqueConstraintViolationException) return new EmailTakenError();
      throw error;
    }
  }

  async login(em: EntityManager, input: LoginInput, client: ClientInfo): Promise<LoginResult> {
    const parsed = validate(loginSchema, input);
    if (!parsed.ok) return parsed.error;
    const { email, password } = parsed.value;

    const user = await em.getRepository(User).findByEmail(email);
    const passwordMatches = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);
    if (!user || !passwordMatches) return new InvalidCredentialsError();
    if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(password);
    const tokens = await em.transactional((tx) => this.sessions.start(tx, user, client));
    return new LoginSuccess(tokens, user);
  }
}
