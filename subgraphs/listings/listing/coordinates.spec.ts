import { latitudeSchema, longitudeSchema } from './coordinates';

describe('coordinates', () => {
  it.each([
    [5e-324, 0],
    [-5e-324, 0],
    [1e-300, 0],
    [-1.234567891, -1.2345679],
    [90, 90],
    [-90, -90],
  ])('keep %p as %p', (input, expected) => {
    expect(Object.is(latitudeSchema.parse(input), expected)).toBe(true);
    expect(Object.is(longitudeSchema.parse(input), expected)).toBe(true);
  });

  it.each([90.0000001, -91, 1e308, -1e308])('refuse latitude %p', (input) => {
    expect(latitudeSchema.safeParse(input).success).toBe(false);
  });

  it.each([180.0000001, -181, 1e308])('refuse longitude %p', (input) => {
    expect(longitudeSchema.safeParse(input).success).toBe(false);
  });
});
