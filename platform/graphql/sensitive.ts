import { Kind, parse, type ConstDirectiveNode, type InputValueDefinitionNode } from 'graphql';
import { Directive } from 'type-graphql';

/**
 * SECRET: credentials and one-time secrets (passwords, tokens, TOTP and recovery codes, MFA
 * challenges). PERSONAL: data about a person (email, phone, names, exact addresses, free text).
 * Neither kind of value is ever logged; logs carry ids instead.
 */
export type SensitiveKind = 'SECRET' | 'PERSONAL';
const KINDS: readonly SensitiveKind[] = ['SECRET', 'PERSONAL'];

const SPEC_URL = 'https://specs.staygraph.dev/sensitive/v0.1';

/**
 * What every subgraph's SDL carries: the `@sensitive` directive, linked to its own spec and
 * composed (`@composeDirective`), so that the supergraph keeps every mark and the gateway reads them.
 * The client-facing schema (`schema/api.graphql`) leaves it out: it is logging policy, not API.
 */
export const SENSITIVE_SCHEMA = `extend schema @link(url: "${SPEC_URL}", import: ["@sensitive"]) @composeDirective(name: "@sensitive")

"""
The value of this argument or input field never reaches a log: kind SECRET (credentials, tokens, codes) or PERSONAL (email, names, free text).
"""
directive @sensitive(kind: String! = "SECRET") on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION`;

/**
 * Marks an argument (`@Arg('token') @Sensitive() token: string`) or an input field whose value must
 * never be logged, whatever a client names the variable that carries it.
 */
export function Sensitive(kind: SensitiveKind = 'SECRET'): ReturnType<typeof Directive> {
  return Directive(kind === 'SECRET' ? '@sensitive' : `@sensitive(kind: "${kind}")`);
}

/** Coordinates of marked arguments (`Mutation.verifyEmail(token:)`) and input fields (`LoginInput.password`). */
export type SensitiveCoordinates = ReadonlyMap<string, SensitiveKind>;

export const argumentCoordinate = (type: string, field: string, argument: string) => `${type}.${field}(${argument}:)`;
export const inputFieldCoordinate = (type: string, field: string) => `${type}.${field}`;

/** Reads every `@sensitive` mark from an SDL that keeps them (the composed supergraph or a subgraph's SDL). */
export function readSensitiveCoordinates(sdl: string): SensitiveCoordinates {
  const found = new Map<string, SensitiveKind>();
  const mark = (coordinate: string, value: InputValueDefinitionNode) => {
    const kind = kindOf(
      value.directives?.find((d) => d.name.value === 'sensitive'),
      coordinate,
    );
    if (kind) found.set(coordinate, kind);
  };
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_EXTENSION
    ) {
      for (const field of definition.fields ?? [])
        for (const argument of field.arguments ?? [])
          mark(argumentCoordinate(definition.name.value, field.name.value, argument.name.value), argument);
    } else if (
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION
    ) {
      for (const field of definition.fields ?? [])
        mark(inputFieldCoordinate(definition.name.value, field.name.value), field);
    }
  }
  return found;
}

function kindOf(directive: ConstDirectiveNode | undefined, coordinate: string): SensitiveKind | undefined {
  if (!directive) return undefined;
  const argument = directive.arguments?.find((a) => a.name.value === 'kind');
  if (!argument) return 'SECRET';
  const kind = argument.value.kind === Kind.STRING ? argument.value.value : '';
  if (!KINDS.includes(kind as SensitiveKind))
    throw new Error(`${coordinate}: @sensitive(kind: ${kind}) is not one of ${KINDS.join(', ')}`);
  return kind as SensitiveKind;
}
