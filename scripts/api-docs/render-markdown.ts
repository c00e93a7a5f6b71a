import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The public API (schema/api.graphql) as one Markdown page for client developers: root operations
 * first, then every type alphabetically, each with its description, fields and arguments.
 */
export function renderApiMarkdown(schema: GraphQLSchema, title = 'StayGraph API'): string {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t) => t !== null && t !== undefined,
  );
  const rootNames = new Set(roots.map((t) => t.name));
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t) && !rootNames.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    `# ${title}`,
    '',
    'Generated from `schema/api.graphql` by `npm run docs:api`; do not edit.',
    '',
    ...roots.flatMap((root) => [`## ${root.name}`, '', ...Object.values(root.getFields()).flatMap(fieldSection)]),
    '## Types',
    '',
    ...types.flatMap(typeSection),
  ].join('\n');
}

function fieldSection(field: GraphQLField<unknown, unknown>): string[] {
  return [
    `### \`${field.name}\`: \`${String(field.type)}\``,
    '',
    ...paragraph(field.description),
    ...deprecation(field.deprecationReason),
    ...argumentList(field.args),
  ];
}

function typeSection(type: GraphQLNamedType): string[] {
  const lines = [`### ${type.name} (${kindOf(type)})`, '', ...paragraph(type.description)];
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces().map((i) => i.name);
    if (interfaces.length > 0) lines.push(`Implements ${interfaces.map((n) => `\`${n}\``).join(', ')}.`, '');
    lines.push(...table(Object.values(type.getFields())));
  } else if (isInputObjectType(type)) {
    lines.push(...table(Object.values(type.getFields())));
  } else if (isUnionType(type)) {
    lines.push(
      `One of ${type
        .getTypes()
        .map((t) => `\`${t.name}\``)
        .join(', ')}.`,
      '',
    );
  } else if (isEnumType(type)) {
    lines.push(...table(type.getValues().map((v) => ({ ...v, type: undefined }))));
  }
  return lines;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isInputObjectType(type)) return 'input';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  return isScalarType(type) ? 'scalar' : 'type';
}

interface Row {
  name: string;
  type?: unknown;
  description?: string | null;
  deprecationReason?: string | null;
}

function table(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  return [
    '| Name | Type | Description |',
    '| --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.name}\` | ${row.type === undefined ? '' : `\`${String(row.type)}\``} | ${cell(
          [row.description ?? '', row.deprecationReason ? `**Deprecated:** ${row.deprecationReason}` : '']
            .filter(Boolean)
            .join(' '),
        )} |`,
    ),
    '',
  ];
}

function argumentList(args: readonly (GraphQLArgument | GraphQLInputField)[]): string[] {
  return args.length === 0 ? [] : ['Arguments:', '', ...table([...args])];
}

function paragraph(text: string | null | undefined): string[] {
  return text ? [text, ''] : [];
}

function deprecation(reason: string | null | undefined): string[] {
  return reason ? [`**Deprecated:** ${reason}`, ''] : [];
}
