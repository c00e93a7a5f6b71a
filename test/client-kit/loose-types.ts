import ts from 'typescript';

/** Every place under `path` where the type is `any` or `unknown`, through unions, arrays and object properties. */
function walk(checker: ts.TypeChecker, type: ts.Type, path: string, seen: Set<ts.Type>): string[] {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return [`${path}: ${checker.typeToString(type)}`];
  if (seen.has(type)) return [];
  seen.add(type);
  if (type.isUnionOrIntersection()) return type.types.flatMap((member) => walk(checker, member, path, seen));
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return checker
      .getTypeArguments(type as ts.TypeReference)
      .flatMap((element) => walk(checker, element, `${path}[]`, seen));
  }
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  // An index signature (`Record<string, unknown>` for JSONObject) holds JSON values: only named properties are fields.
  return checker
    .getPropertiesOfType(type)
    .flatMap((property) => walk(checker, checker.getTypeOfSymbol(property), `${path}.${property.name}`, seen));
}

/**
 * The exported, non-generic type aliases of a generated file (operation results and variables,
 * inputs, enums) and the fields among them typed `any` or `unknown`.
 */
export function looseTypes(checker: ts.TypeChecker, file: ts.SourceFile): { checked: string[]; loose: string[] } {
  const aliases = file.statements
    .filter(ts.isTypeAliasDeclaration)
    .filter((alias) => !alias.typeParameters && ts.getCombinedModifierFlags(alias) & ts.ModifierFlags.Export);
  return {
    checked: aliases.map((alias) => alias.name.text),
    loose: aliases.flatMap((alias) =>
      walk(checker, checker.getTypeAtLocation(alias.name), alias.name.text, new Set<ts.Type>()),
    ),
  };
}
