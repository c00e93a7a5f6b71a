import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Mode } from '../../platform/runtime/config';

const SANDBOX_CDN = 'https://embeddable-sandbox.cdn.apollographql.com';
const LANDING_CDN = 'https://apollo-server-landing-page.cdn.apollographql.com';

/** What Apollo's embedded Sandbox needs to load in a browser (development only). */
const SANDBOX_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-inline'", SANDBOX_CDN, LANDING_CDN],
  styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com', LANDING_CDN],
  imgSrc: ["'self'", 'data:', LANDING_CDN],
  fontSrc: ["'self'", 'https://fonts.gstatic.com'],
  frameSrc: ["'self'", 'https://sandbox.embed.apollographql.com'],
  manifestSrc: ["'self'", LANDING_CDN],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
};

/** An API answers JSON only: nothing to load, nothing to frame. */
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

/** helmet's headers; HSTS only in production, where TLS terminates in front of the gateway. */
export function securityHeaders(mode: Mode): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: mode === 'development' ? SANDBOX_CSP : API_CSP },
    strictTransportSecurity: mode === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}
