/**
 * The short reference a guest sees on the M-Pesa prompt and statement, from the booking id:
 * Daraja caps AccountReference at 12 characters and TransactionDesc at 13, and a UUID fits neither.
 * The last hex digits of a UUIDv7 are its random part, so references of one day's bookings differ.
 */
export function mpesaBookingReference(bookingId: string): { accountReference: string; transactionDesc: string } {
  const random = bookingId.replace(/-/g, '').slice(-10).toUpperCase();
  return { accountReference: `SG${random}`, transactionDesc: `Stay ${random.slice(-8)}` };
}
