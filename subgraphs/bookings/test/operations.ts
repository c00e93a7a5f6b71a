const OUTCOME = /* GraphQL */ `
  __typename
  ... on UserError { code message }
  ... on ValidationError { fieldErrors { path code message } }
`;

export const BOOKING_FIELDS = /* GraphQL */ `
  fragment BookingFields on Booking {
    id
    status
    awaiting
    endReason
    checkIn
    checkOut
    nights
    guests
    cancellationPolicy
    checkInAt
    checkOutAt
    holdExpiresAt
    lastPaymentError
    price {
      nights
      total {
        amount
        amountMinor
        currency
      }
    }
    refund {
      amountMinor
      currency
    }
    listing {
      id
    }
    guest {
      id
    }
    host {
      id
    }
    transitions {
      fromStatus
      fromAwaiting
      toStatus
      toAwaiting
      endReason
      actor
      note
      at
    }
  }
`;

export const QUOTE = /* GraphQL */ `
  query Quote($listingId: ID!, $checkIn: LocalDate!, $checkOut: LocalDate!, $guests: Int!) {
    quote(listingId: $listingId, checkIn: $checkIn, checkOut: $checkOut, guests: $guests) {
      ${OUTCOME}
      ... on BelowMinNightsError { minNights }
      ... on AboveMaxNightsError { maxNights }
      ... on TooManyGuestsError { maxGuests }
      ... on OutsideBookingWindowError { earliestCheckIn latestCheckOut }
      ... on DatesInPastError { today }
      ... on Quote { checkIn checkOut guests price { nights lines { kind amount { amountMinor currency } } total { amount amountMinor currency } } }
    }
  }
`;

export const CREATE_BOOKING = /* GraphQL */ `
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      ${OUTCOME}
      ... on BookingCreated { replayed booking { ...BookingFields } }
    }
  }
  ${BOOKING_FIELDS}
`;

export function changeBookingDocument(mutation: 'acceptBooking' | 'declineBooking' | 'cancelBooking'): string {
  const args = mutation === 'acceptBooking' ? '(id: $id)' : '(id: $id, reason: $reason)';
  const variables = mutation === 'acceptBooking' ? '($id: ID!)' : '($id: ID!, $reason: String)';
  return /* GraphQL */ `
    mutation ChangeBooking${variables} {
      result: ${mutation}${args} {
        ${OUTCOME}
        ... on InvalidBookingTransitionError { status }
        ... on BookingChanged { booking { ...BookingFields } }
      }
    }
    ${BOOKING_FIELDS}
  `;
}

export const BOOKING = /* GraphQL */ `
  query Booking($id: ID!) {
    booking(id: $id) {
      ...BookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

export const MY_BOOKINGS = /* GraphQL */ `
  query MyBookings {
    me {
      id
      bookings(first: 50) {
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`;

export const LISTING_BOOKINGS = /* GraphQL */ `
  query ListingBookings($id: ID!) {
    listing(id: $id) {
      id
      bookings(first: 50) {
        edges {
          node {
            id
            status
            guest {
              id
            }
          }
        }
      }
    }
  }
`;

export const CALENDAR = /* GraphQL */ `
  query Calendar($id: ID!, $from: LocalDate!, $to: LocalDate!) {
    listing(id: $id) {
      id
      calendar(from: $from, to: $to) {
        version
        advanceNoticeDays
        bookingWindowDays
        days {
          date
          status
          bookable
          price {
            amountMinor
            currency
          }
          priceOverridden
          minNights
          note
        }
      }
      availability(from: $from, to: $to) {
        date
        available
      }
    }
  }
`;

export function calendarChangeDocument(
  mutation: 'blockDates' | 'unblockDates' | 'setNightlyPrice' | 'updateCalendarSettings',
  input: string,
): string {
  return /* GraphQL */ `
    mutation ChangeCalendar($input: ${input}!) {
      result: ${mutation}(input: $input) {
        ${OUTCOME}
        ... on StaleCalendarVersionError { currentVersion }
        ... on CalendarChanged { version listing { id } }
      }
    }
  `;
}

export type Outcome = {
  __typename: string;
  code?: string;
  message?: string;
  fieldErrors?: { path: string[]; code: string; message: string }[];
  [field: string]: unknown;
};

export type BookingShape = {
  id: string;
  status: string;
  awaiting: string | null;
  endReason: string | null;
  checkIn: string;
  checkOut: string;
  nights: number;
  holdExpiresAt: string | null;
  lastPaymentError: string | null;
  price: { nights: number; total: { amount: string; amountMinor: number; currency: string } };
  refund: { amountMinor: number; currency: string } | null;
  transitions: {
    fromStatus: string | null;
    toStatus: string;
    toAwaiting: string | null;
    endReason: string | null;
    actor: string;
    note: string | null;
  }[];
  [field: string]: unknown;
};

export type BookingOutcome = Outcome & { replayed?: boolean; booking?: BookingShape };
