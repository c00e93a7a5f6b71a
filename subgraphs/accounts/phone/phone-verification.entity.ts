import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { User } from '../user/user.entity';

/**
 * One code sent to one number for one user. The code itself is never stored: the send job draws it
 * and keeps an HMAC (`codeHash`); it works until `expiresAt`, for a few attempts, once.
 */
@Entity({ tableName: 'phone_verifications' })
@Index({ name: 'phone_verifications_user_id_created_at_index', properties: ['userId', 'createdAt'] })
export class PhoneVerification {
  [OptionalProps]?: 'codeHash' | 'attempts' | 'sentAt' | 'usedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  /** E.164. */
  @Property({ type: 'text' })
  phoneNumber!: string;

  /** Null until the job has sent the text. */
  @Property({ type: 'text', nullable: true })
  codeHash: string | null = null;

  /** Wrong codes tried so far. */
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  /** Confirmed with the right code, or ended by a newer verification. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
