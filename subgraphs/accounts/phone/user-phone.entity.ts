import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/postgresql';
import { User } from '../user/user.entity';

/** The phone number a user proved they receive texts at; replaced by the next one they verify. */
@Entity({ tableName: 'user_phones' })
export class UserPhone {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @OneToOne(() => User, { primary: true, deleteRule: 'cascade', owner: true })
  user!: User;

  /** E.164, e.g. `+254712345678`. */
  @Property({ type: 'text' })
  phoneNumber!: string;

  @Property({ type: 'timestamptz' })
  verifiedAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
