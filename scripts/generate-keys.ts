import { generateSigningKeys } from './dev-keys';

/** `npm run keys`: prints a fresh ES256 key pair as .env lines (for docker compose or production). */
generateSigningKeys().then(({ privateKey, publicKeys }) => {
  console.log(`JWT_PRIVATE_KEY='${privateKey}'`);
  console.log(`JWT_PUBLIC_KEYS='${publicKeys}'`);
});
