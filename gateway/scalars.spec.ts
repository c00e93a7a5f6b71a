import { buildSchema, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { coercePlatformScalars } from './scalars';

describe('coercePlatformScalars', () => {
  const schema = buildSchema('scalar LocalDate\ntype Query { day(date: LocalDate): String }');
  coercePlatformScalars(schema);

  it('refuses an impossible date in a variable, as the subgraphs would', () => {
    const operation = parse('query ($d: LocalDate) { day(date: $d) }').definitions[0] as OperationDefinitionNode;
    const coerce = (d: string) => getVariableValues(schema, operation.variableDefinitions ?? [], { d });
    expect(coerce('2028-02-29').coerced).toEqual({ d: '2028-02-29' });
    expect(coerce('2027-02-30').errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses an impossible date written in the document', () => {
    expect(validate(schema, parse('{ day(date: "2027-13-01") }'))[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(validate(schema, parse('{ day(date: "2027-12-01") }'))).toEqual([]);
  });
});
