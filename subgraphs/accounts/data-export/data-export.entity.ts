import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';

/** PENDING: waiting for domains' parts. READY: the archive can be downloaded until `expiresAt`. EXPIRED: deleted. */
export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
  EXPIRED = 'EXPIRED',
}

/** One request for a copy of a user's data, and the archive once every domain has answered. */
@Entity({ tableName: 'data_exports' })
@Index({ name: 'data_exports_user_id_requested_at_index', properties: ['userId', 'requestedAt'] })
export class DataExport {
  [OptionalProps]?:
    | 'status'
    | 'sealingPublicKey'
    | 'sealingPrivateKey'
    | 'parts'
    | 'archive'
    | 'readyAt'
    | 'expiresAt'
    | 'downloadTokenHash'
    | 'downloadExpiresAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** No foreign key: the row goes with the archive's expiry, whatever happens to the account. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Enum({ items: () => DataExportStatus })
  status: DataExportStatus = DataExportStatus.PENDING;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /**
   * This export's one-off key pair: domains seal their parts to the public key (the event log keeps
   * their ciphertext for good); both are deleted once the archive is assembled.
   */
  @Property({ type: 'text', nullable: true })
  sealingPublicKey: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  sealingPrivateKey: string | null = null;

  /** Each domain's sealed part by its name (accounts' own in clear), until the archive is assembled. */
  @Property({ type: 'jsonb', default: '{}' })
  parts: Record<string, unknown> = {};

  @Property({ type: 'jsonb', nullable: true, lazy: true })
  archive: Record<string, unknown> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  readyAt: Date | null = null;

  /** 24 hours after `readyAt`: the link stops working and a job deletes the archive. */
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  /** SHA-256 of the one-time token of the open download session (see export.route.ts). */
  @Property({ type: 'text', nullable: true })
  downloadTokenHash: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  downloadExpiresAt: Date | null = null;
}
