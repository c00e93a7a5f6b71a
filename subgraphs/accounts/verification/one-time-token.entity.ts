import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { User } from '../user/user.entity';

export enum TokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
  /** Proves the password was right while the second factor is asked for. */
  MFA_CHALLENGE = 'MFA_CHALLENGE',
}

/**
 * A single-use, expiring secret handed to one person (by email or in a login answer). Only its
 * SHA-256 is stored. An emailed token's secret is drawn by the job that sends it, so it exists
 * nowhere but in the email.
 */
@Entity({ tableName: 'one_time_tokens' })
@Index({ name: 'one_time_tokens_user_id_purpose_index', properties: ['user', 'purpose'] })
export class OneTimeToken {
  [OptionalProps]?: 'tokenHash' | 'email' | 'usedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text' })
  purpose!: TokenPurpose;

  /** Null until the secret is drawn (emailed tokens: when the email is sent). */
  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'one_time_tokens_token_hash_unique' })
  tokenHash: string | null = null;

  /** The address being verified (VERIFY_EMAIL): the current one, or the new one of an email change. */
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  @Index({ name: 'one_time_tokens_expires_at_index' })
  expiresAt!: Date;

  /** Set when used, or when a newer token of the same purpose replaced it. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
