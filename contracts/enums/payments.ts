/* Payments' enums that its event payloads carry; the payments subgraph registers them as GraphQL enums. */

/** Who moves the money. */
export enum PaymentProvider {
  STRIPE = 'STRIPE',
  MPESA = 'MPESA',
}
