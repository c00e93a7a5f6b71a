import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { Booking } from './external/booking';
import { BookingPaymentResolver } from './external/booking-payment.resolver';
import { PaymentAdminResolver } from './payment/payment-admin.resolver';
import { PaymentFieldsResolver } from './payment/payment-fields.resolver';
import { PaymentResolver } from './payment/payment.resolver';
import { RefundFieldsResolver } from './refund/refund-fields.resolver';
import { RefundResolver } from './refund/refund.resolver';

export function buildPaymentsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      PaymentResolver,
      PaymentAdminResolver,
      PaymentFieldsResolver,
      RefundResolver,
      RefundFieldsResolver,
      BookingPaymentResolver,
    ],
    // Booking is reachable only through the field payments adds to it.
    orphanedTypes: [Booking],
    container,
  });
}
