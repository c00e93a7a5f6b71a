import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../kernel/context';
import { createUserLoader } from './user/user.loader';

export function createLoaders(em: EntityManager) {
  return { userById: createUserLoader(em) };
}

export type AccountsContext = RequestContext<ReturnType<typeof createLoaders>>;
