import { occupiedFrom } from './occupied-ranges';

describe('occupiedFrom', () => {
  it('drops past ranges and clips the current one to today', () => {
    expect(
      occupiedFrom('2030-05-10', [
        { from: '2030-05-01', to: '2030-05-05' },
        { from: '2030-05-08', to: '2030-05-12' },
        { from: '2030-05-05', to: '2030-05-10' },
      ]),
    ).toEqual([{ from: '2030-05-10', to: '2030-05-12' }]);
  });

  it('sorts and merges back-to-back stays and blocks into one range', () => {
    expect(
      occupiedFrom('2030-05-01', [
        { from: '2030-05-20', to: '2030-05-22' },
        { from: '2030-05-03', to: '2030-05-05' },
        { from: '2030-05-05', to: '2030-05-07' },
        { from: '2030-05-08', to: '2030-05-09' },
      ]),
    ).toEqual([
      { from: '2030-05-03', to: '2030-05-07' },
      { from: '2030-05-08', to: '2030-05-09' },
      { from: '2030-05-20', to: '2030-05-22' },
    ]);
  });

  it('is empty for nothing occupied', () => {
    expect(occupiedFrom('2030-05-01', [])).toEqual([]);
  });
});
