import { createUnionType, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { ListingNotFoundError } from '../listing/listing.errors';
import { ListingPhoto } from './listing-photo.entity';
import { PhotoNotFoundError, PhotoOrderMismatchError, TooManyPhotosError } from './photo.errors';

@ObjectType({
  description: "Where and until when to PUT the photo's bytes (the raw file as the body, no form encoding).",
})
export class PhotoUploadTicket {
  @Field(() => ID, { description: 'The photo it becomes; it appears in Listing.photos once the upload is processed.' })
  photoId: string;

  @Field({ description: 'Signed, single-use URL for one PUT.' })
  uploadUrl: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When `uploadUrl` stops working (10 minutes after issue by default).',
  })
  expiresAt: Date;

  @Field(() => Int, { description: 'Largest accepted body, in bytes.' })
  maxBytes: number;

  @Field(() => Int, { description: 'Largest accepted image, in pixels (width × height).' })
  maxPixels: number;

  constructor(ticket: { photoId: string; uploadUrl: string; expiresAt: Date; maxBytes: number; maxPixels: number }) {
    this.photoId = ticket.photoId;
    this.uploadUrl = ticket.uploadUrl;
    this.expiresAt = ticket.expiresAt;
    this.maxBytes = ticket.maxBytes;
    this.maxPixels = ticket.maxPixels;
  }
}

@ObjectType({ description: "The listing's photos are in the new order." })
export class ListingPhotosReordered {
  @Field(() => [ListingPhoto], { description: 'In the new order; the first is the cover.' })
  photos: ListingPhoto[];

  constructor(photos: ListingPhoto[]) {
    this.photos = photos;
  }
}

@ObjectType({ description: 'The photo is saved.' })
export class ListingPhotoSaved {
  @Field(() => ListingPhoto, { description: 'The photo as it is now.' })
  photo: ListingPhoto;

  constructor(photo: ListingPhoto) {
    this.photo = photo;
  }
}

@ObjectType({ description: 'The photo (or pending upload) is deleted; its files are removed shortly.' })
export class ListingPhotoDeleted {
  @Field(() => ID, { description: 'The deleted photo.' })
  photoId: string;

  constructor(photoId: string) {
    this.photoId = photoId;
  }
}

export const RequestListingPhotoUploadResult = createUnionType({
  name: 'RequestListingPhotoUploadResult',
  description: 'The result of `requestListingPhotoUpload`: where to upload the photo, or why not.',
  types: () => [PhotoUploadTicket, ValidationError, ListingNotFoundError, TooManyPhotosError] as const,
});
export type RequestListingPhotoUploadResult =
  PhotoUploadTicket | ValidationError | ListingNotFoundError | TooManyPhotosError;

export const ReorderListingPhotosResult = createUnionType({
  name: 'ReorderListingPhotosResult',
  description: 'The result of `reorderListingPhotos`: the photos in their new order, or why not.',
  types: () => [ListingPhotosReordered, ListingNotFoundError, PhotoOrderMismatchError] as const,
});
export type ReorderListingPhotosResult = ListingPhotosReordered | ListingNotFoundError | PhotoOrderMismatchError;

export const UpdateListingPhotoResult = createUnionType({
  name: 'UpdateListingPhotoResult',
  description: 'The result of `updateListingPhoto`: the photo, or why not.',
  types: () => [ListingPhotoSaved, ValidationError, PhotoNotFoundError] as const,
});
export type UpdateListingPhotoResult = ListingPhotoSaved | ValidationError | PhotoNotFoundError;

export const DeleteListingPhotoResult = createUnionType({
  name: 'DeleteListingPhotoResult',
  description: 'The result of `deleteListingPhoto`: the deleted photo id, or why not.',
  types: () => [ListingPhotoDeleted, PhotoNotFoundError] as const,
});
export type DeleteListingPhotoResult = ListingPhotoDeleted | PhotoNotFoundError;
