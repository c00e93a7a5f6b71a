export const LISTING_FIELDS = /* GraphQL */ `
  fragment ListingFields on Listing {
    id
    status
    title
    description
    propertyType
    roomType
    address {
      street
      city
      region
      postalCode
      country
    }
    latitude
    longitude
    timeZone
    capacity {
      guests
      bedrooms
      beds
      bathrooms
    }
    amenities
    houseRules
    checkInTime
    checkOutTime
    nightlyPrice {
      amount
      amountMinor
      currency
    }
    cleaningFee {
      amount
      amountMinor
      currency
    }
    minNights
    maxNights
    instantBook
    cancellationPolicy
    version
    publishedAt
    host {
      id
    }
  }
`;

const OUTCOME = /* GraphQL */ `
  __typename
  ... on UserError { code message }
`;

export const CREATE_LISTING = /* GraphQL */ `
  mutation CreateListing($input: CreateListingInput!) {
    createListing(input: $input) {
      ${OUTCOME}
      ... on ValidationError { fieldErrors { path code message } }
      ... on ListingSaved { listing { ...ListingFields } }
    }
  }
  ${LISTING_FIELDS}
`;

export const UPDATE_LISTING = /* GraphQL */ `
  mutation UpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateListingInput!) {
    updateListing(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ${OUTCOME}
      ... on ValidationError { fieldErrors { path code message } }
      ... on StaleListingVersionError { currentVersion }
      ... on ListingSaved { listing { ...ListingFields } }
    }
  }
  ${LISTING_FIELDS}
`;

export const STATUS_MUTATIONS = {
  publish: 'publishListing',
  deactivate: 'deactivateListing',
  reactivate: 'reactivateListing',
} as const;

export function changeStatusDocument(change: keyof typeof STATUS_MUTATIONS): string {
  return /* GraphQL */ `
    mutation ChangeStatus($id: ID!) {
      result: ${STATUS_MUTATIONS[change]}(id: $id) {
        ${OUTCOME}
        ... on InvalidListingStatusError { status }
        ... on ListingStatusChanged { listing { id status version publishedAt } }
      }
    }
  `;
}

export const LISTING = /* GraphQL */ `
  query Listing($id: ID!) {
    listing(id: $id) {
      ...ListingFields
    }
  }
  ${LISTING_FIELDS}
`;

export const BECOME_HOST = /* GraphQL */ `
  mutation BecomeHost($input: HostProfileInput!) {
    becomeHost(input: $input) {
      __typename
      ... on BecomeHostSuccess {
        accessToken
      }
      ... on UserError {
        code
      }
    }
  }
`;

export type FieldErrorShape = { path: string[]; code: string; message: string };

export type ListingShape = {
  id: string;
  status: string;
  title: string;
  description: string;
  address: { street: string; city: string; region: string | null; postalCode: string | null; country: string };
  timeZone: string;
  capacity: { guests: number; bedrooms: number; beds: number; bathrooms: number };
  amenities: string[];
  nightlyPrice: { amount: string; amountMinor: number; currency: string };
  cleaningFee: { amount: string; amountMinor: number; currency: string };
  minNights: number;
  maxNights: number;
  version: number;
  publishedAt: string | null;
  host: { id: string };
  [field: string]: unknown;
};

export type Outcome = {
  __typename: string;
  code?: string;
  message?: string;
  fieldErrors?: FieldErrorShape[];
  currentVersion?: number;
  status?: string;
  listing?: ListingShape;
};
