import { boxesOf, chordOf, EARTH_RADIUS_M, sphereParams } from './geo';

const between = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('chordOf', () => {
  it('reaches a point as far along the great circle as the radius, and not one further', () => {
    const centre = sphereParams(60, 10);
    // 1° of latitude is EARTH_RADIUS_M * π / 180 along a meridian.
    const oneDegree = (EARTH_RADIUS_M * Math.PI) / 180;
    const north = sphereParams(61, 10);
    expect(between(centre, north)).toBeLessThanOrEqual(chordOf(oneDegree));
    expect(between(centre, north)).toBeGreaterThan(chordOf(oneDegree * 0.999));
  });

  it('spans the whole sphere from half the circumference on', () => {
    expect(chordOf(Math.PI * EARTH_RADIUS_M)).toBeGreaterThanOrEqual(2);
    expect(chordOf(10 * EARTH_RADIUS_M)).toBeGreaterThanOrEqual(2);
    expect(between(sphereParams(0, 0), sphereParams(0, 180))).toBeLessThanOrEqual(chordOf(20_100_000));
  });
});

describe('boxesOf', () => {
  it('keeps an ordinary rectangle and splits one that crosses the antimeridian', () => {
    expect(boxesOf({ west: 1, south: 2, east: 3, north: 4 })).toHaveLength(1);
    expect(boxesOf({ west: 170, south: -20, east: -170, north: -10 })).toEqual([
      { west: 170, south: -20, east: 180, north: -10 },
      { west: -180, south: -20, east: -170, north: -10 },
    ]);
  });
});
