import { generateSecrets } from './dev-keys';

/** `npm run keys`: prints a fresh ES256 key pair and signing secret as .env lines (docker compose, production). */
generateSecrets().then(({ privateKey, publicKeys, signingSecret }) => {
  console.log(`JWT_PRIVATE_KEY='${privateKey}'`);
  console.log(`JWT_PUBLIC_KEYS='${publicKeys}'`);
  console.log(`SUBGRAPH_SIGNING_SECRET='${signingSecret}'`);
});
