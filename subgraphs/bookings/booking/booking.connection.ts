import { ConnectionType } from '../../kernel/pagination';
import { Booking } from './booking.entity';

export const BookingConnection = ConnectionType('Booking', Booking);
