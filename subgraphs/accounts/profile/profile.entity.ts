import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/postgresql';
import { User } from '../user/user.entity';

/**
 * What a user says about themselves and how they like to be served. Created by the first
 * `updateProfile`; a user without a row has an empty `about` and no preferences. The name stays on
 * `users.display_name`, the one name every other subgraph and email shows.
 */
@Entity({ tableName: 'profiles' })
export class Profile {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @OneToOne(() => User, { primary: true, deleteRule: 'cascade', owner: true })
  user!: User;

  @Property({ type: 'text' })
  about!: string;

  /** A tag from SUPPORTED_LANGUAGES; null: the client decides. */
  @Property({ type: 'text', nullable: true })
  preferredLanguage: string | null = null;

  /** An ISO 4217 code the money module knows; null: prices stay in each listing's currency. */
  @Property({ type: 'text', nullable: true })
  preferredCurrency: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
