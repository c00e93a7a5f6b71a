import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * The idempotency key a sign-up was made with, so a retry of it (after a timeout, an unknown
 * outcome) gets the account it created instead of "email taken". Keys are the client's, unique
 * across all sign-ups: one reused for another sign-up is refused.
 */
@Entity({ tableName: 'registration_keys' })
export class RegistrationKey {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
