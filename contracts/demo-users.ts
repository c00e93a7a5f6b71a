/**
 * Fixed ids of the demo users: accounts creates them, and other subgraphs' demo data (the demo
 * host's listings) points at them without importing accounts.
 */
export const DEMO_USER_IDS = {
  guest: '01900000-0000-7000-8000-00000000d001',
  host: '01900000-0000-7000-8000-00000000d002',
  admin: '01900000-0000-7000-8000-00000000d003',
} as const;
