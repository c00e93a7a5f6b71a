import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { readCostDirectives } from './cost-directives';
import { demandControlEstimator } from './cost-estimator';

const SDL = /* GraphQL */ `
  directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT
  directive @listSize(
    assumedSize: Int
    slicingArguments: [String!]
    sizedFields: [String!]
    requireOneSlicingArgument: Boolean = true
  ) on FIELD_DEFINITION

  type Query {
    me: User
    users(first: Int): UserConnection! @listSize(assumedSize: 50, slicingArguments: ["first"], sizedFields: ["edges"])
    tags(limit: Int): [Tag!]! @listSize(assumedSize: 20, slicingArguments: ["limit"])
    report: Report
    heavy: Int @cost(weight: 7)
  }
  type Mutation {
    login: User
    rename: User @cost(weight: 3)
  }
  type User {
    id: ID!
    name: String
    friends: [User!]!
  }
  type Tag {
    label: String
  }
  type Report @cost(weight: 5) {
    total: Int
  }
  type UserConnection {
    edges: [UserEdge!]!
    pageInfo: PageInfo!
  }
  type UserEdge {
    cursor: String!
    node: User!
  }
  type PageInfo {
    hasNextPage: Boolean!
  }
`;

const schema = buildSchema(SDL);
const estimator = demandControlEstimator(readCostDirectives(SDL));
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [estimator] });

describe('demand-control cost', () => {
  it('charges 1 per object and 0 per scalar', () => {
    expect(cost('{ me { id name } }')).toBe(1);
  });

  it('multiplies a connection by first, or by its assumed size', () => {
    // users 1 + 10 × (edges 1 + node 1 + pageInfo 1)
    expect(cost('{ users(first: 10) { edges { node { id } } pageInfo { hasNextPage } } }')).toBe(31);
    expect(cost('{ users { edges { node { id } } } }')).toBe(1 + 50 * 2);
    expect(cost('query ($n: Int) { users(first: $n) { edges { node { id } } } }', { n: 3 })).toBe(7);
  });

  it('multiplies a plain list field item by item', () => {
    expect(cost('{ tags(limit: 4) { label } }')).toBe(4);
    expect(cost('{ tags { label } }')).toBe(20);
  });

  it('honours @cost on fields and types, and charges mutations 10 by default', () => {
    expect(cost('{ heavy report { total } }')).toBe(12);
    expect(cost('mutation { login { id } rename { id } }')).toBe(10 + 3);
  });
});
