import { randomBytes } from 'node:crypto';
import { isEnumType, type GraphQLNamedType } from 'graphql';

/** A value a client should never be able to break the API with. */
export interface HostileValue {
  kind: string;
  value: unknown;
  /** Also sent written into the document as a literal (not only as a variable); `once`: for one leaf per field. */
  inline?: boolean | 'once';
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export const LONG_TEXT_LENGTH = 100_000;

/** Text in every shape that has broken a text input somewhere. */
export const TEXT: HostileValue[] = [
  { kind: 'nul', value: 'before\u0000after', inline: true },
  { kind: 'lone-surrogate', value: 'before\uD800after', inline: 'once' },
  { kind: 'long-100k', value: 'a'.repeat(LONG_TEXT_LENGTH) },
  { kind: 'sql-injection', value: "'; drop table x; --" },
  { kind: 'script', value: '<script>alert(1)</script>' },
  { kind: 'template', value: '${7*7} ${} {{7*7}} %s %n' },
  { kind: 'enum-garbage', value: 'NOT_A_VALUE' },
  { kind: 'empty', value: '' },
];

export const IDS: HostileValue[] = [
  { kind: 'not-a-uuid', value: 'not-a-uuid', inline: true },
  { kind: 'empty', value: '' },
  { kind: 'sql-or', value: "' OR 1=1 --", inline: 'once' },
  { kind: 'nul', value: '0190f5a0-0000-7000-8000-000000000000\u0000' },
  { kind: 'lone-surrogate', value: '\uD800' },
  { kind: 'long-100k', value: 'a'.repeat(LONG_TEXT_LENGTH) },
  { kind: 'huge-number', value: '99999999999999999999999999' },
  { kind: 'negative', value: '-1' },
];

export const INTS: HostileValue[] = [
  { kind: 'int-max', value: 2_147_483_647, inline: 'once' },
  { kind: 'int-min', value: -2_147_483_648 },
  { kind: 'minus-one', value: -1 },
  { kind: 'zero', value: 0 },
  { kind: '2^31', value: 2_147_483_648 },
];

export const FLOATS: HostileValue[] = [
  { kind: '1e308', value: 1e308, inline: 'once' },
  { kind: '-1e308', value: -1e308 },
  { kind: 'minus-one', value: -1 },
  { kind: 'zero', value: 0 },
  { kind: '2^31', value: 2_147_483_648 },
  { kind: 'tiny', value: 5e-324 },
];

export const DATES: HostileValue[] = [
  { kind: '2027-02-30', value: '2027-02-30', inline: true },
  { kind: '2027-13-01', value: '2027-13-01' },
  { kind: '2027-1-1', value: '2027-1-1' },
  { kind: 'tomorrow', value: 'tomorrow' },
  { kind: '0000-00-00', value: '0000-00-00' },
  { kind: '99999-01-01', value: '99999-01-01' },
  { kind: 'date-nul', value: '2027-01-01\u0000' },
];

/** Cursors nobody issued: random bytes, and the JSON shapes cursors use with extra or wrong parts. */
export const CURSORS: HostileValue[] = [
  { kind: 'random-base64', value: randomBytes(24).toString('base64') },
  {
    kind: 'forged-json-object',
    value: base64url({ id: 'not-a-uuid', createdAt: '2027-02-30', admin: true, extra: "'; drop table x; --" }),
    inline: true,
  },
  { kind: 'forged-json-array', value: base64url(['2027-02-30T00:00:00.000Z', 'not-a-uuid', 'extra', 1e308]) },
  { kind: 'forged-json-types', value: base64url([{ nested: true }, null, -1]) },
  { kind: 'forged-job', value: Buffer.from('job:999999999999999999').toString('base64url') },
];

const CURSOR_NAMES = /^(after|before|cursor)$/i;
const DATE_NAMES = /^(from|to|date|checkIn|checkOut)$|Date$/;

/**
 * The hostile values for one argument or input field: by its type, and, for strings, by what its
 * name says it carries (a cursor, a date). Unknown scalars get text.
 */
export function hostileValuesFor(named: GraphQLNamedType, name: string): HostileValue[] {
  if (isEnumType(named)) return [{ kind: 'enum-garbage', value: 'NOT_A_VALUE', inline: 'once' }];
  switch (named.name) {
    case 'Boolean':
      return [{ kind: 'wrong-type', value: 'yes' }];
    case 'Int':
    case 'SafeInt':
      return INTS;
    case 'Float':
      return FLOATS;
    case 'ID':
      return IDS;
    case 'LocalDate':
      return [...DATES, ...TEXT.filter((t) => t.kind === 'lone-surrogate' || t.kind === 'long-100k')];
    default:
      if (CURSOR_NAMES.test(name)) return [...CURSORS, ...TEXT];
      if (DATE_NAMES.test(name)) return [...DATES, ...TEXT];
      return TEXT;
  }
}

/** How many elements a huge list argument gets. */
export const HUGE_LIST_LENGTH = 5_000;
