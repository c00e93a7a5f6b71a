const OUTCOME = /* GraphQL */ `
  __typename
  ... on UserError { code message }
`;
const INVALID = /* GraphQL */ `... on ValidationError { fieldErrors { path code message } }`;

export const PHOTO_FIELDS = /* GraphQL */ `
  fragment PhotoFields on ListingPhoto {
    id
    altText
    position
    width
    height
    sizes {
      width
      height
      url
    }
  }
`;

export const REQUEST_UPLOAD = /* GraphQL */ `
  mutation RequestListingPhotoUpload($listingId: ID!, $altText: String!) {
    requestListingPhotoUpload(listingId: $listingId, altText: $altText) {
      ${OUTCOME}
      ${INVALID}
      ... on PhotoUploadTicket { photoId uploadUrl expiresAt maxBytes maxPixels }
      ... on TooManyPhotosError { limit }
    }
  }
`;

export const LISTING_PHOTOS = /* GraphQL */ `
  query ListingPhotos($id: ID!) {
    listing(id: $id) {
      id
      coverPhoto {
        ...PhotoFields
      }
      photos {
        ...PhotoFields
      }
    }
  }
  ${PHOTO_FIELDS}
`;

export const REORDER_PHOTOS = /* GraphQL */ `
  mutation ReorderListingPhotos($listingId: ID!, $photoIds: [ID!]!) {
    reorderListingPhotos(listingId: $listingId, photoIds: $photoIds) { ${OUTCOME} ... on ListingPhotosReordered { photos { id position } } }
  }
`;

export const UPDATE_PHOTO = /* GraphQL */ `
  mutation UpdateListingPhoto($photoId: ID!, $altText: String!) {
    updateListingPhoto(photoId: $photoId, altText: $altText) { ${OUTCOME} ${INVALID} ... on ListingPhotoSaved { photo { id altText } } }
  }
`;

export const DELETE_PHOTO = /* GraphQL */ `
  mutation DeleteListingPhoto($photoId: ID!) {
    deleteListingPhoto(photoId: $photoId) { ${OUTCOME} ... on ListingPhotoDeleted { photoId } }
  }
`;

export type PhotoShape = {
  id: string;
  altText: string;
  position: number;
  width: number;
  height: number;
  sizes: { width: number; height: number; url: string }[];
};
export type ListingPhotosData = { listing: { id: string; coverPhoto: PhotoShape | null; photos: PhotoShape[] } | null };
export type Ticket = {
  __typename: string;
  code?: string;
  photoId: string;
  uploadUrl: string;
  expiresAt: string;
  maxBytes: number;
  maxPixels: number;
  limit?: number;
};
export type PhotoOutcome = {
  __typename: string;
  code?: string;
  fieldErrors?: { path: string[]; code: string }[];
  photos?: { id: string; position: number }[];
  photo?: { id: string; altText: string };
  photoId?: string;
};
