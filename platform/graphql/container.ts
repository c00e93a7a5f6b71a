import type { ContainerType, ResolverData } from 'type-graphql';

/**
 * type-graphql's resolver container: resolvers registered here get their services injected;
 * any other resolver class is constructed without arguments.
 */
export function containerOf(instances: object[]): ContainerType {
  const byClass = new Map<unknown, object>(instances.map((i) => [i.constructor, i]));
  return {
    get: (someClass: new () => object, _data: ResolverData) => byClass.get(someClass) ?? new someClass(),
  };
}
