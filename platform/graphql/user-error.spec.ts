import 'reflect-metadata';
import type { GraphQLObjectType } from 'graphql';
import { buildSchema, createUnionType, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError } from './user-error';

/** How a new domain writes its errors: one code union, classes extending the base. */
type SpecErrorCode = 'SPEC.ALREADY_PAID' | 'SPEC.NOT_FOUND';

@ObjectType({ implements: UserError, description: 'Paid already.' })
class SpecAlreadyPaidError extends UserError<SpecErrorCode> {
  override readonly code = 'SPEC.ALREADY_PAID' as const;
  override message = 'This was paid already.';
}

@ObjectType({ implements: UserError, description: 'Unknown.' })
class SpecNotFoundError extends UserError<SpecErrorCode> {
  // @ts-expect-error a code outside the domain's union does not compile
  override readonly code = 'SPEC.SOMETHING_ELSE' as const;
  override message = 'Nothing here.';
}

@ObjectType({ description: 'Paid.' })
class SpecPaid {
  @Field()
  id: string = 'p-1';
}

const SpecPayResult = createUnionType({
  name: 'SpecPayResult',
  types: () => [SpecPaid, SpecAlreadyPaidError, SpecNotFoundError] as const,
});

@Resolver()
class SpecResolver {
  @Query(() => SpecPayResult)
  pay(): typeof SpecPayResult {
    return new SpecAlreadyPaidError();
  }
}

describe('UserError<Code>', () => {
  it('gives an extending error class the interface’s fields, as plain `String!` in the schema', async () => {
    const schema = await buildSchema({ resolvers: [SpecResolver], orphanedTypes: [UserError], validate: false });
    const type = schema.getType('SpecAlreadyPaidError') as GraphQLObjectType;
    expect(type.getInterfaces().map((i) => i.name)).toEqual(['UserError']);
    expect(Object.values(type.getFields()).map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      'code: String!',
      'message: String!',
    ]);
    expect(new SpecAlreadyPaidError().code).toBe('SPEC.ALREADY_PAID');
  });
});
