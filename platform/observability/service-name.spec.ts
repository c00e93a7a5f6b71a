import { serviceOfEntry } from './service-name';

describe('the service a process traces as', () => {
  it.each([
    ['/app/dist/gateway/main.js', 'gateway'],
    ['/app/dist/worker/main.js', 'worker'],
    ['/app/dist/subgraphs/bookings/main.js', 'bookings'],
    ['/repo/subgraphs/accounts/main.ts', 'accounts'],
    ['/app/dist/scripts/start.js', 'staygraph'],
    ['', 'staygraph'],
  ])('%p traces as %p', (entry, service) => {
    expect(serviceOfEntry(entry)).toBe(service);
  });
});
