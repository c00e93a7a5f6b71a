import { lockoutSeconds } from './lockout';

const policy = { lockoutBaseSeconds: 60, lockoutMaxSeconds: 3600 };

describe('lockoutSeconds', () => {
  it('starts at the base and doubles with each lockout of the day', () => {
    expect([1, 2, 3, 4].map((n) => lockoutSeconds(n, policy))).toEqual([60, 120, 240, 480]);
  });

  it('never exceeds the maximum, however long the attack', () => {
    expect(lockoutSeconds(7, policy)).toBe(3600);
    expect(lockoutSeconds(10_000, policy)).toBe(3600);
  });

  it('treats a first lockout the same if the counter is not there yet', () => {
    expect(lockoutSeconds(0, policy)).toBe(60);
  });
});
