import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../../platform/runtime/config';
import { introspectionDepth } from './introspection-depth';

const depthOf = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return introspectionDepth(document, operation!);
};

// The options GraphQL IDEs such as Apollo Sandbox turn on (not `oneOf`: the gateway's planner has no `isOneOf`).
const everyOption = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

describe('introspectionDepth', () => {
  it("measures graphql-js's standard introspection query at 15 levels", () => {
    expect(depthOf(getIntrospectionQuery())).toBe(15);
    expect(depthOf(getIntrospectionQuery(everyOption))).toBe(15);
  });

  it('defaults the cap to just above the standard query', () => {
    const cap = loadConfig({}).gateway.limits.introspectionDepth;
    const standard = depthOf(getIntrospectionQuery(everyOption));
    expect(cap).toBeGreaterThan(standard);
    expect(cap - standard).toBeLessThanOrEqual(3);
  });

  it('counts fields, not fragments, and only paths through __schema', () => {
    expect(depthOf('{ me { id } }')).toBe(0);
    expect(depthOf('{ me { id } __schema { types { name } } }')).toBe(3);
    expect(
      depthOf(
        '{ ...A } fragment A on Query { __schema { ... on __Schema { types { ...B } } } } fragment B on __Type { fields { name } }',
      ),
    ).toBe(4);
  });

  it('ends the walk at a fragment cycle', () => {
    expect(depthOf('{ __schema { types { ...T } } } fragment T on __Type { ofType { ...T } }')).toBe(3);
  });
});
