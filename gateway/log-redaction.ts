import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import {
  argumentCoordinate,
  inputFieldCoordinate,
  type SensitiveCoordinates,
  type SensitiveKind,
} from '../platform/graphql/sensitive';

export const CENSORED: Record<SensitiveKind, string> = { SECRET: '[redacted]', PERSONAL: '[personal]' };
/** A value whose meaning is unknown (the document did not parse, or no argument uses the variable). */
const UNKNOWN = CENSORED.SECRET;
const MAX_STRING = 200;

export interface RedactedRequest {
  /** The variables with every value bound to a sensitive argument or input field censored, whatever its name. */
  variables: Record<string, unknown>;
  /** The document itself holds a sensitive value (an inline literal or a variable's default): log nothing derived from its text. */
  sensitiveText: boolean;
}

/** What a document tells about its variables; the same for every request that sends it. */
interface DocumentAnalysis {
  /** Variables bound to a sensitive argument or input field, by the strongest kind. */
  marked: Map<string, SensitiveKind>;
  /** The input types other variables are bound to, to censor sensitive fields inside their values. */
  uses: Map<string, GraphQLInputType[]>;
  sensitiveText: boolean;
}

/**
 * Analyses by sensitive coordinates, schema, document and operation name. Apollo Server hands every
 * request with the same text the same parsed document, so a busy operation is walked once, not per
 * request; a new schema or document starts afresh.
 */
type Analyses = WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, DocumentAnalysis | null>>>;
const analyses = new WeakMap<SensitiveCoordinates, Analyses>();

/**
 * Maps each variable (and each nested input field of its value) to the argument or input field it
 * is bound to, by walking the operation against the schema, and censors those marked `@sensitive`.
 * A client naming a password `$p` changes nothing; neither does writing it inline.
 */
export function redactRequest(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  sensitive: SensitiveCoordinates,
): RedactedRequest {
  const raw = variables ?? {};
  const analysis = document ? analysisOf(schema, document, operationName ?? '', sensitive) : null;
  if (!analysis) {
    return { variables: Object.fromEntries(Object.keys(raw).map((name) => [name, UNKNOWN])), sensitiveText: true };
  }
  const redacted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const kind = analysis.marked.get(name);
    const types = analysis.uses.get(name);
    redacted[name] = kind
      ? CENSORED[kind]
      : types
        ? types.reduce((v, type) => redactValue(v, type, sensitive), value)
        : UNKNOWN;
  }
  return { variables: redacted, sensitiveText: analysis.sensitiveText };
}

function analysisOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string,
  sensitive: SensitiveCoordinates,
): DocumentAnalysis | null {
  let bySensitive = analyses.get(sensitive);
  if (!bySensitive) analyses.set(sensitive, (bySensitive = new WeakMap()));
  let bySchema = bySensitive.get(schema);
  if (!bySchema) bySensitive.set(schema, (bySchema = new WeakMap()));
  let byName = bySchema.get(document);
  if (!byName) bySchema.set(document, (byName = new Map()));
  let analysis = byName.get(operationName);
  if (analysis === undefined)
    byName.set(operationName, (analysis = analyze(schema, document, operationName, sensitive)));
  return analysis;
}

function analyze(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string,
  sensitive: SensitiveCoordinates,
): DocumentAnalysis | null {
  const operation = getOperationAST(document, operationName || undefined);
  if (!operation) return null;
  const marked = new Map<string, SensitiveKind>();
  const uses = new Map<string, GraphQLInputType[]>();
  const context: (SensitiveKind | undefined)[] = [];
  const current = () => strongest(context);
  let sensitiveText = false;
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const enter = (kind: SensitiveKind | undefined) => context.push(kind);
  const leave = () => context.pop();

  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const onField = !typeInfo.getDirective() && parent && field;
          enter(onField ? sensitive.get(argumentCoordinate(parent.name, field.name, node.name.value)) : undefined);
        },
        leave,
      },
      ObjectField: {
        enter(node) {
          const parent = getNamedType(typeInfo.getParentInputType());
          enter(
            isInputObjectType(parent) ? sensitive.get(inputFieldCoordinate(parent.name, node.name.value)) : undefined,
          );
        },
        leave,
      },
      Variable(node, _key, parent) {
        if (isNode(parent) && parent.kind === Kind.VARIABLE_DEFINITION) return;
        const name = node.name.value;
        const kind = current();
        const type = typeInfo.getInputType();
        if (kind) marked.set(name, strongest([kind, marked.get(name)]) as SensitiveKind);
        else if (type) uses.set(name, [...(uses.get(name) ?? []), type]);
      },
      enter(node) {
        if (isLiteral(node) && current()) sensitiveText = true;
      },
    }),
  );

  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!definition.defaultValue) continue;
    if (marked.has(name)) sensitiveText = true;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && literalHoldsSensitive(definition.defaultValue, type, sensitive)) sensitiveText = true;
  }
  return { marked, uses, sensitiveText };
}

function redactValue(value: unknown, type: GraphQLInputType, sensitive: SensitiveCoordinates): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return redactValue(value, type.ofType, sensitive);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((item) => redactValue(item, type.ofType, sensitive))
      : redactValue(value, type.ofType, sensitive);
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return UNKNOWN;
    const fields = type.getFields();
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const kind = sensitive.get(inputFieldCoordinate(type.name, key));
        if (kind) return [key, CENSORED[kind]];
        return [key, fields[key] ? redactValue(item, fields[key].type, sensitive) : UNKNOWN];
      }),
    );
  }
  return typeof value === 'string' && value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
}

function literalHoldsSensitive(node: ValueNode, type: GraphQLInputType, sensitive: SensitiveCoordinates): boolean {
  const named = getNamedType(type);
  if (node.kind === Kind.LIST) return node.values.some((item) => literalHoldsSensitive(item, type, sensitive));
  if (node.kind !== Kind.OBJECT || !isInputObjectType(named)) return false;
  const fields = named.getFields();
  return node.fields.some(
    (field) =>
      sensitive.has(inputFieldCoordinate(named.name, field.name.value)) ||
      (fields[field.name.value] !== undefined &&
        literalHoldsSensitive(field.value, fields[field.name.value].type, sensitive)),
  );
}

function strongest(kinds: readonly (SensitiveKind | undefined)[]): SensitiveKind | undefined {
  return kinds.includes('SECRET') ? 'SECRET' : kinds.includes('PERSONAL') ? 'PERSONAL' : undefined;
}

function isLiteral(node: ASTNode): boolean {
  return [Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM].includes(node.kind as Kind);
}

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'kind' in value;
}
