import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import type { StoredMediaSize } from '../../../platform/media/media-files';
import { User } from '../user/user.entity';
import type { AvatarSizeName } from './avatar-media';

/**
 * PENDING: an upload URL is out. PROCESSING: its bytes are being checked (the URL is claimed, so it
 * works once). READY: the user's avatar (one at most). DELETED: replaced or removed, files still to remove.
 */
export enum AvatarStatus {
  PENDING = 'PENDING',
  PROCESSING = 'PROCESSING',
  READY = 'READY',
  DELETED = 'DELETED',
}

/** One upload of a profile picture; its id names the upload URL and the files. */
@Entity({ tableName: 'avatars' })
@Index({ name: 'avatars_user_id_status_index', properties: ['userId', 'status'] })
@Index({ name: 'avatars_status_upload_expires_at_index', properties: ['status', 'uploadExpiresAt'] })
export class Avatar {
  [OptionalProps]?: 'status' | 'sizes' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Enum({ items: () => AvatarStatus })
  status: AvatarStatus = AvatarStatus.PENDING;

  /** Smallest first, as the pipeline stored them; URLs are built from the keys when read. */
  @Property({ type: 'json', nullable: true })
  sizes: StoredMediaSize<AvatarSizeName>[] | null = null;

  /** The upload URL stops working then; an avatar still not READY after it is cleaned up. */
  @Property({ type: 'timestamptz' })
  uploadExpiresAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
