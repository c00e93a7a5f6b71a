import { boxesAround, boxesOf } from './geo';

describe('boxesAround', () => {
  it('spans about radius / 111 km degrees of latitude, and more longitude away from the equator', () => {
    const [box] = boxesAround(60, 10, 111_195);
    expect(box.north - 60).toBeCloseTo(1, 3);
    expect(60 - box.south).toBeCloseTo(1, 3);
    expect(box.east - 10).toBeGreaterThan(1.9);
    expect(box.east - 10).toBeLessThan(2.1);
  });

  it('splits a circle that crosses the antimeridian', () => {
    const boxes = boxesAround(-17.7, 179.9, 50_000);
    expect(boxes).toHaveLength(2);
    expect(boxes[0].east).toBe(180);
    expect(boxes[1].west).toBe(-180);
    expect(boxes[1].east).toBeGreaterThan(-180);
    expect(boxes[1].east).toBeLessThan(-179);
  });

  it('takes every longitude around a pole', () => {
    expect(boxesAround(89.9, 0, 50_000)).toEqual([{ west: -180, south: expect.any(Number), east: 180, north: 90 }]);
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
