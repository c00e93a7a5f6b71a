import type { JobDefinition } from '../../../platform/events/event-handler';
import { MediaFiles } from '../../../platform/media/media-files';
import { Avatar, AvatarStatus } from './avatar.entity';
import { discardAvatar } from './avatar-files';
import { AVATAR_MEDIA } from './avatar-media';

/** Per run, so one run stays short; a backlog drains over the following runs. */
const BATCH = 500;

/**
 * Every 15 minutes: removes the files and rows of replaced or deleted avatars whose removal failed,
 * and of uploads never finished before their URL expired (abandoned, refused, or cut short by a crash).
 */
export const cleanUpAvatars: JobDefinition = {
  name: 'accounts.clean_up_avatars',
  async run(_payload, { em, clock, config, logger, signal }) {
    const files = MediaFiles.of(AVATAR_MEDIA, config.media);
    const stale = await em.find(
      Avatar,
      {
        $or: [
          { status: AvatarStatus.DELETED },
          { status: { $in: [AvatarStatus.PENDING, AvatarStatus.PROCESSING] }, uploadExpiresAt: { $lte: clock() } },
        ],
      },
      { fields: ['id'], limit: BATCH, orderBy: { uploadExpiresAt: 'asc' } },
    );
    let removed = 0;
    for (const { id } of stale) {
      if (signal.aborted) break;
      // An upload still PROCESSING is cut short (it then finds its row gone and removes its own files);
      // one that became READY since the query is left alone.
      const marked = await em.nativeUpdate(
        Avatar,
        { id, status: { $ne: AvatarStatus.READY } },
        { status: AvatarStatus.DELETED },
      );
      if (marked === 0) continue;
      await discardAvatar(em, files, id);
      removed += 1;
    }
    logger.info({ removed }, 'cleaned up avatars');
  },
};
