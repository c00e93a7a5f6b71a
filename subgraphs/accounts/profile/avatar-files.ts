import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediaFiles } from '../../../platform/media/media-files';
import { Avatar, AvatarStatus } from './avatar.entity';
import type { AvatarSizeName } from './avatar-media';

/**
 * Removes an avatar's files, then its row. Files first: if removal fails the row stays (DELETED or
 * expired) and the cleanup job tries again; a READY avatar is never touched.
 */
export async function discardAvatar(
  em: EntityManager,
  files: MediaFiles<AvatarSizeName>,
  avatarId: string,
): Promise<void> {
  await files.remove(avatarId);
  await em.nativeDelete(Avatar, { id: avatarId, status: { $ne: AvatarStatus.READY } });
}
