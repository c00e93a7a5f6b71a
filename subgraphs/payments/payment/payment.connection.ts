import { ConnectionType } from '../../../platform/graphql/pagination';
import { Payment } from './payment.entity';

export const PaymentConnection = ConnectionType('Payment', Payment);
