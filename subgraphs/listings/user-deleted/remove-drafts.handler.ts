import { defineHandler } from '../../../platform/events/event-handler';
import { MediaFiles } from '../../../platform/media/media-files';
import { UserDeleted } from '../../../contracts/events/accounts';
import { Listing } from '../listing/listing.entity';
import { ListingStatus } from '../listing/listing.enums';
import { ListingPhoto } from '../photos/listing-photo.entity';
import { PHOTO_MEDIA } from '../photos/photo-media';

/**
 * A deleted host's drafts were never on the market and nobody booked them: they go, with their
 * photos' files. Published and deactivated listings stay (accounts refuses deletion while one is on
 * the market; a deactivated one keeps the bookings' and reviews' history readable).
 */
export const removeDeletedUsersDrafts = defineHandler({
  name: 'listings.remove_deleted_users_drafts',
  event: UserDeleted,
  kind: 'reaction',
  description: "removes the user's draft listings and their photos' files",
  async handle(event, { em, config, logger }) {
    const drafts = await em.find(
      Listing,
      { hostId: event.payload.userId, status: ListingStatus.DRAFT },
      { fields: ['id'] },
    );
    if (drafts.length === 0) return;
    const listingIds = drafts.map((draft) => draft.id);
    const photos = await em.find(ListingPhoto, { listingId: { $in: listingIds } }, { fields: ['id'] });
    const files = MediaFiles.of(PHOTO_MEDIA, config.media);
    // Files first: should removal fail, the job retries with the rows still naming them.
    for (const photo of photos) await files.remove(photo.id);
    await em.nativeDelete(Listing, { id: { $in: listingIds } });
    logger.info({ drafts: listingIds.length, photos: photos.length }, "removed a deleted user's drafts");
  },
});
