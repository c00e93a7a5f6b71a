import { BookingsExportPartReady } from './bookings';
import { ListingsExportPartReady } from './listings';
import { PaymentsExportPartReady } from './payments';
import { ReviewsExportPartReady } from './reviews';

/**
 * Every domain that holds data about users besides accounts, by its part contract: accounts
 * assembles an export once each has answered. A new domain with user data adds its part here.
 */
export const EXPORT_PART_EVENTS = [
  ListingsExportPartReady,
  BookingsExportPartReady,
  PaymentsExportPartReady,
  ReviewsExportPartReady,
];
