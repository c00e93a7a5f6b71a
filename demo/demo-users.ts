import demo from './users.json';

/** The password of every demo account (demo/users.json), which the launcher prints. */
export const DEMO_PASSWORD: string = demo.password;
