import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Every schema coordinate a client can see in `schema/api.graphql` that has no description:
 * named types (objects, interfaces, unions, enums, inputs, custom scalars), fields, arguments,
 * input fields and enum values. Built-in scalars and introspection types are not ours to describe;
 * the root types are described by the platform (ROOT_DESCRIPTIONS in platform/graphql/federated-schema.ts).
 */
function undescribedCoordinates(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  for (const type of types) {
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe('schema/api.graphql descriptions', () => {
  const schema = buildSchema(readFileSync(`${__dirname}/api.graphql`, 'utf8'));

  it('describes every type, field, argument, input field and enum value clients can see', () => {
    // Add `description` to the decorator (`valuesConfig` of registerEnumType for enum values) in
    // the subgraph that owns the coordinate, then `npm run compose`. A field implementing a
    // described interface field (`UserError.code`, `message`) inherits its description.
    expect(undescribedCoordinates(schema)).toEqual([]);
  });

  it('gets the same description from every subgraph that describes a shared type, field or enum value', () => {
    // Composition keeps one of two differing descriptions and only hints about it: shared
    // (@shareable, entity key, contract enum) descriptions must be identical in every subgraph.
    const { subgraphs } = JSON.parse(readFileSync(`${__dirname}/subgraphs.json`, 'utf8')) as {
      subgraphs: { name: string; url: string }[];
    };
    const result = composeServices(
      subgraphs.map(({ name, url }) => ({
        name,
        url,
        typeDefs: parse(readFileSync(`${__dirname}/${name}.graphql`, 'utf8')),
      })),
    );
    expect(result.errors ?? []).toEqual([]);
    const inconsistent = (result.hints ?? [])
      .filter((hint) => hint.definition.code === 'INCONSISTENT_DESCRIPTION')
      .map((hint) => hint.message);
    expect(inconsistent).toEqual([]);
  });

  it('finds an undescribed coordinate of each kind', () => {
    const probe = buildSchema(`
      "Root." type Query { "F." a(x: Int): E  "G." b("Y." y: I): U }
      enum E { "V." V W }
      input I { p: Int }
      union U = T
      "T." type T { q: Int }
      scalar S
    `);
    expect(undescribedCoordinates(probe)).toEqual(['E', 'E.W', 'I', 'I.p', 'Query.a(x:)', 'S', 'T.q', 'U']);
  });
});
