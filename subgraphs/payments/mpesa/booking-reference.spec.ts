import { mpesaBookingReference } from './booking-reference';

describe('mpesaBookingReference', () => {
  it('fits Daraja limits and is not the UUID', () => {
    const { accountReference, transactionDesc } = mpesaBookingReference('01938a2e-7b1c-7cc2-9e4f-3a5b6c7d8e9f');
    expect(accountReference).toBe('SG5B6C7D8E9F');
    expect(transactionDesc).toBe('Stay 6C7D8E9F');
    expect(accountReference.length).toBeLessThanOrEqual(12);
    expect(transactionDesc.length).toBeLessThanOrEqual(13);
  });
});
