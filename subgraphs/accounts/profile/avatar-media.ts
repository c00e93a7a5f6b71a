import { defineMediaCollection } from '../../../platform/media/media-collection';

/** Avatars in the platform's media pipeline: keys `avatars/<avatarId>/<size>.webp`, each cut square. */
export const AVATAR_MEDIA = defineMediaCollection({
  owner: 'accounts',
  folder: 'avatars',
  shape: 'square',
  sizes: [
    { name: 'small', width: 64 },
    { name: 'medium', width: 256 },
    { name: 'large', width: 512 },
  ],
});

export type AvatarSizeName = (typeof AVATAR_MEDIA.sizes)[number]['name'];
