import { LockMode, type MikroORM } from '@mikro-orm/postgresql';
import type { MediaFiles, StoredMediaSize } from '../../../platform/media/media-files';
import type { MediaUploadHandler, UploadAccepted, UploadClaim } from '../../../platform/media/media-upload';
import type { Clock } from '../../../platform/runtime/clock';
import type { Logger } from '../../../platform/runtime/logger';
import { User } from '../user/user.entity';
import { Avatar, AvatarStatus } from './avatar.entity';
import { discardAvatar } from './avatar-files';
import type { AvatarSizeName } from './avatar-media';

/** Accounts' side of an avatar upload: the Avatar row a signed URL names, from PENDING to READY. */
export class AvatarUploadService implements MediaUploadHandler<AvatarSizeName> {
  constructor(
    private readonly orm: MikroORM,
    private readonly files: MediaFiles<AvatarSizeName>,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** PENDING → PROCESSING in one statement: of two requests with one URL, exactly one gets it. */
  async claim(avatarId: string): Promise<UploadClaim> {
    const em = this.orm.em.fork();
    const claimed = await em.nativeUpdate(
      Avatar,
      { id: avatarId, status: AvatarStatus.PENDING, uploadExpiresAt: { $gt: this.clock() } },
      { status: AvatarStatus.PROCESSING },
    );
    if (claimed === 1) return 'claimed';
    const avatar = await em.findOne(Avatar, avatarId);
    if (!avatar || avatar.status === AvatarStatus.DELETED) return 'unknown';
    return avatar.status === AvatarStatus.PENDING ? 'expired' : 'used';
  }

  /** A refused file does not use the URL up: the user may send a proper one while it is valid. */
  async release(avatarId: string): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(Avatar, { id: avatarId, status: AvatarStatus.PROCESSING }, { status: AvatarStatus.PENDING });
  }

  async complete(avatarId: string, sizes: StoredMediaSize<AvatarSizeName>[]): Promise<UploadAccepted | null> {
    const replaced = await this.markReady(avatarId, sizes);
    if (!replaced) return null;
    // Already gone for clients; should the files resist now, the cleanup job removes them later.
    for (const oldId of replaced.oldIds)
      await discardAvatar(this.orm.em.fork(), this.files, oldId).catch((error: unknown) =>
        this.logger.warn({ err: error, avatarId: oldId }, 'avatar files left for cleanup'),
      );
    return {
      body: { avatarId, sizes: sizes.map(({ name, width, height }) => ({ name, width, height })) },
      log: { replaced: replaced.oldIds.length },
    };
  }

  discard(avatarId: string): Promise<void> {
    return discardAvatar(this.orm.em.fork(), this.files, avatarId);
  }

  /** Under the user's row lock, so of two uploads finishing together the later one wins and the other is DELETED. */
  private markReady(avatarId: string, sizes: StoredMediaSize<AvatarSizeName>[]): Promise<{ oldIds: string[] } | null> {
    return this.orm.em.fork().transactional(async (tx) => {
      const claimed = await tx.findOne(Avatar, { id: avatarId, status: AvatarStatus.PROCESSING });
      if (!claimed) return null;
      await tx.findOne(User, { id: claimed.userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const avatar = await tx.findOne(Avatar, { id: avatarId, status: AvatarStatus.PROCESSING }, { refresh: true });
      if (!avatar) return null;
      const previous = await tx.find(Avatar, { userId: avatar.userId, status: AvatarStatus.READY });
      for (const old of previous) old.status = AvatarStatus.DELETED;
      tx.assign(avatar, { status: AvatarStatus.READY, sizes });
      await tx.flush();
      return { oldIds: previous.map((old) => old.id) };
    });
  }
}
