import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/graphql/context';
import { createHostProfileLoader } from './host/host-profile.loader';
import { createPhoneLoader } from './phone/phone.loader';
import { createAvatarLoader } from './profile/avatar.loader';
import { createProfileLoader } from './profile/profile.loader';
import { createUserLoader } from './user/user.loader';

export function createLoaders(em: EntityManager) {
  return {
    userById: createUserLoader(em),
    hostProfileByUserId: createHostProfileLoader(em),
    profileByUserId: createProfileLoader(em),
    avatarByUserId: createAvatarLoader(em),
    phoneByUserId: createPhoneLoader(em),
  };
}

export type AccountsContext = RequestContext<ReturnType<typeof createLoaders>>;
