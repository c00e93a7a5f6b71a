import { approximateCoordinate, approximateDistanceKm, publicAddress } from './approximate-location';

describe('approximate location', () => {
  it('keeps coordinates to about a kilometre', () => {
    expect(approximateCoordinate(38.713926)).toBe(38.71);
    expect(approximateCoordinate(-9.139458)).toBe(-9.14);
  });

  it('withholds street and postal code, keeping city, region and country', () => {
    const address = {
      street: '1 Rua Augusta',
      city: 'Lisbon',
      region: 'Lisboa',
      postalCode: '1100-053',
      country: 'PT',
    };
    expect(publicAddress(address)).toEqual({
      street: null,
      city: 'Lisbon',
      region: 'Lisboa',
      postalCode: null,
      country: 'PT',
    });
  });

  it('rounds distances to half kilometres', () => {
    expect([0.1, 0.3, 11.2, 11.3, 22.74].map(approximateDistanceKm)).toEqual([0, 0.5, 11, 11.5, 22.5]);
  });
});
