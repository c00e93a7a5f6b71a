import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written `YYYY-MM-DD`, years 0001 to 9999 (PostgreSQL's `date` has no year 0). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

const MESSAGE = 'Expected a calendar date written YYYY-MM-DD, e.g. 2027-03-01.';

function checked(value: unknown, node?: ValueNode): string {
  if (isLocalDate(value)) return value;
  throw new GraphQLError(MESSAGE, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * One `LocalDate` for every subgraph (and the gateway's coercion of the supergraph's): an impossible
 * date is refused when the value is coerced, before any resolver or SQL sees it.
 */
export const GraphQLLocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description:
    'A calendar date with no time zone, written `YYYY-MM-DD` (e.g. `2027-03-01`); impossible dates such as `2027-02-30` are refused.',
  serialize: (value) => checked(value),
  parseValue: (value) => checked(value),
  parseLiteral: (node) => checked(node.kind === Kind.STRING ? node.value : undefined, node),
});
