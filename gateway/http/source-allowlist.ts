import { BlockList, isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { ConfigError } from '../../platform/runtime/config';

/** `::ffff:196.201.214.200` is how an IPv4 client looks on a dual-stack socket. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * Whether an address is in a list of CIDR blocks (`196.201.214.0/24`) or single addresses; an
 * empty list lets every address in. A malformed entry fails the start, naming `setting`.
 */
export function sourceAllowlist(entries: string[], setting: string): (address: string | undefined) => boolean {
  if (entries.length === 0) return () => true;
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    const valid =
      family !== 0 && rest.length === 0 && Number.isInteger(bits) && bits >= 0 && bits <= (family === 6 ? 128 : 32);
    if (!valid) throw new ConfigError([`${setting}: "${entry}" is not an address or CIDR block`]);
    blocks.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return (address) => {
    if (!address) return false;
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && blocks.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/** Refuses (403) a request whose client address (Express `req.ip`, per `trust proxy`) is not allowed. */
export function requireAllowedSource(allowed: (address: string | undefined) => boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (allowed(req.ip)) return next();
    res.status(403).json({ errors: [{ message: 'Forbidden.', extensions: { code: 'FORBIDDEN' } }] });
  };
}
