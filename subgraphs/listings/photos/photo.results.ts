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

  @Field(() => GraphQLISODateTime)
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

@ObjectType()
export class ListingPhotosReordered {
  @Field(() => [ListingPhoto], { description: 'In the new order; the first is the cover.' })
  photos: ListingPhoto[];

  constructor(photos: ListingPhoto[]) {
    this.photos = photos;
  }
}

@ObjectType()
export class ListingPhotoSaved {
  @Field(() => ListingPhoto)
  photo: ListingPhoto;

  constructor(photo: ListingPhoto) {
    this.photo = photo;
  }
}

@ObjectType()
export class ListingPhotoDeleted {
  @Field(() => ID)
  photoId: string;

  constructor(photoId: string) {
    this.photoId = photoId;
  }
}

export const RequestListingPhotoUploadResult = createUnionType({
  name: 'RequestListingPhotoUploadResult',
  types: () => [PhotoUploadTicket, ValidationError, ListingNotFoundError, TooManyPhotosError] as const,
});
export type RequestListingPhotoUploadResult =
  PhotoUploadTicket | ValidationError | ListingNotFoundError | TooManyPhotosError;

export const ReorderListingPhotosResult = createUnionType({
  name: 'ReorderListingPhotosResult',
  types: () => [ListingPhotosReordered, ListingNotFoundError, PhotoOrderMismatchError] as const,
});
export type ReorderListingPhotosResult = ListingPhotosReordered | ListingNotFoundError | PhotoOrderMismatchError;

export const UpdateListingPhotoResult = createUnionType({
  name: 'UpdateListingPhotoResult',
  types: () => [ListingPhotoSaved, ValidationError, PhotoNotFoundError] as const,
});
export type UpdateListingPhotoResult = ListingPhotoSaved | ValidationError | PhotoNotFoundError;

export const DeleteListingPhotoResult = createUnionType({
  name: 'DeleteListingPhotoResult',
  types: () => [ListingPhotoDeleted, PhotoNotFoundError] as const,
});
export type DeleteListingPhotoResult = ListingPhotoDeleted | PhotoNotFoundError;
