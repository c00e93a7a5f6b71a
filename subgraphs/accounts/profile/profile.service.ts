import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { validate } from '../../../platform/graphql/validation';
import { User } from '../user/user.entity';
import { Profile } from './profile.entity';
import { updateProfileSchema, type UpdateProfileInput } from './profile.inputs';
import { ProfileUpdated, type UpdateProfileResult } from './profile.results';

export class ProfileService {
  /** Replaces the whole profile; the name goes to `users`, the rest to the user's `profiles` row. */
  async updateProfile(em: EntityManager, userId: string, input: UpdateProfileInput): Promise<UpdateProfileResult> {
    const parsed = validate(updateProfileSchema, input);
    if (!parsed.ok) return parsed.error;
    const { displayName, ...rest } = parsed.value;
    return em.transactional(async (tx) => {
      // Locking the user serializes concurrent updates, so the second one finds the row the first created.
      const user = await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      user.displayName = displayName;
      const profile = await tx.findOne(Profile, { user });
      if (profile) tx.assign(profile, rest);
      else tx.create(Profile, { user, ...rest });
      await tx.flush();
      return new ProfileUpdated(user);
    });
  }
}
