import { ConnectionType } from '../../../platform/graphql/pagination';
import { Booking } from './booking.entity';

export const BookingConnection = ConnectionType('Booking', Booking);
