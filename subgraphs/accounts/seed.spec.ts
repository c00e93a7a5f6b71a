import { DEMO_USER_IDS } from '../../contracts/demo-users';
import { demoUsers } from './seed';

describe('demo users (demo/users.json)', () => {
  it('are the users of contracts/demo-users.ts, under the same ids', () => {
    const { users } = demoUsers();
    expect(Object.fromEntries(users.map((u) => [u.key, u.id]))).toEqual(DEMO_USER_IDS);
  });

  it('include a host with a profile, which the demo listings belong to', () => {
    const host = demoUsers().users.find((u) => u.id === DEMO_USER_IDS.host);
    expect(host).toMatchObject({ roles: expect.arrayContaining(['HOST']), hostProfile: expect.any(Object) });
  });
});
