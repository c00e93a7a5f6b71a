import { generateSecrets } from './dev-keys';

/** `npm run keys`: prints a fresh ES256 key pair, signing secret and MFA key as .env lines (docker compose, production). */
generateSecrets().then(
  ({ privateKey, publicKeys, signingSecret, mfaKey }) => {
    console.log(`JWT_PRIVATE_KEY='${privateKey}'`);
    console.log(`JWT_PUBLIC_KEYS='${publicKeys}'`);
    console.log(`SUBGRAPH_SIGNING_SECRET='${signingSecret}'`);
    console.log(`MFA_ENCRYPTION_KEY='${mfaKey}'`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
