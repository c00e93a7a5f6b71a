import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { Session } from './session.entity';

/** Stored only as a SHA-256 hash: the token itself exists only in the client's hands. */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken {
  [OptionalProps]?: 'rotatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Session, { deleteRule: 'cascade' })
  session!: Session;

  @Property({ type: 'text' })
  @Unique({ name: 'refresh_tokens_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When it was exchanged for its successor; using it again after that is reuse. */
  @Property({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null = null;
}
