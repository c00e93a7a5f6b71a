import { BoundedLabel } from './bounded-label';

describe('BoundedLabel', () => {
  it('keeps the first values it sees and counts later new ones as other', () => {
    const label = new BoundedLabel(2);
    expect(['a', 'b', 'c', 'a', 'b', 'd'].map((v) => label.valueOf(v))).toEqual(['a', 'b', 'other', 'a', 'b', 'other']);
  });
});
