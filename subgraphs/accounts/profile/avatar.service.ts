import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { MediaPipeline } from '../../../platform/media/media-pipeline';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import type { Logger } from '../../../platform/runtime/logger';
import { User } from '../user/user.entity';
import { Avatar, AvatarStatus } from './avatar.entity';
import { discardAvatar } from './avatar-files';
import type { AvatarSizeName } from './avatar-media';
import { AvatarDeleted, AvatarUploadTicket } from './avatar.results';

/** The viewer's own avatar: callers pass the viewer's id, never a client-supplied one. */
export class AvatarService {
  constructor(
    private readonly clock: Clock,
    private readonly config: Pick<Config, 'media'>,
    private readonly media: Pick<MediaPipeline<AvatarSizeName>, 'uploadUrl' | 'files'>,
  ) {}

  /** A new ticket ends the user's earlier unused ones, so one user holds one open upload URL at most. */
  async requestUpload(em: EntityManager, userId: string): Promise<AvatarUploadTicket> {
    const { uploadUrlTtlSeconds, uploadMaxBytes, uploadMaxPixels } = this.config.media;
    return em.transactional(async (tx) => {
      await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await tx.nativeUpdate(Avatar, { userId, status: AvatarStatus.PENDING }, { status: AvatarStatus.DELETED });
      const expiresAt = new Date(this.clock().getTime() + uploadUrlTtlSeconds * 1000);
      const avatar = tx.create(Avatar, { userId, uploadExpiresAt: expiresAt });
      await tx.flush();
      return new AvatarUploadTicket({
        avatarId: avatar.id,
        uploadUrl: this.media.uploadUrl(avatar.id, expiresAt),
        expiresAt,
        maxBytes: uploadMaxBytes,
        maxPixels: uploadMaxPixels,
      });
    });
  }

  /** Idempotent: the avatar and any open upload go; their files are removed now or by the cleanup job. */
  async delete(em: EntityManager, userId: string, logger: Logger): Promise<AvatarDeleted> {
    const { user, removed } = await em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const avatars = await tx.find(Avatar, {
        userId,
        status: { $in: [AvatarStatus.PENDING, AvatarStatus.PROCESSING, AvatarStatus.READY] },
      });
      for (const avatar of avatars) avatar.status = AvatarStatus.DELETED;
      await tx.flush();
      return { user: locked, removed: avatars.map((a) => a.id) };
    });
    for (const avatarId of removed)
      await discardAvatar(em, this.media.files, avatarId).catch((error: unknown) =>
        logger.warn({ err: error, avatarId }, 'avatar files left for cleanup'),
      );
    return new AvatarDeleted(user);
  }
}
