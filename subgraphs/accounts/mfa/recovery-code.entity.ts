import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { User } from '../user/user.entity';

/** One of a user's ten single-use MFA recovery codes; only its SHA-256 is stored. */
@Entity({ tableName: 'mfa_recovery_codes' })
export class RecoveryCode {
  [OptionalProps]?: 'usedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text' })
  @Unique({ name: 'mfa_recovery_codes_code_hash_unique' })
  codeHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
