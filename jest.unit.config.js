/**
 * `npm run test:unit`: the pure specs (`*.spec.ts`) alone, in seconds, with no database, Redis or
 * running stack (so no global setup). `npm test` runs them too, with everything else.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
