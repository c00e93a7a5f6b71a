import type { AccountsContext } from '../loaders';
import type { User } from './user.entity';

export const userReference = {
  User: {
    __resolveReference(reference: { id: string }, ctx: AccountsContext): Promise<User | null> {
      return ctx.loaders.userById.load(reference.id);
    },
  },
};
