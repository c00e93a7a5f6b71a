import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { promisify } from 'node:util';
import { buildSchema, isAbstractType, isScalarType, isSpecifiedScalarType } from 'graphql';
import ts from 'typescript';
import { scalars } from '../../client-kit/codegen';
import { looseTypes } from './loose-types';

const ROOT = join(__dirname, '..', '..');
const KIT = join(ROOT, 'client-kit');
const API = join(ROOT, 'schema', 'api.graphql');
const schema = buildSchema(readFileSync(API, 'utf8'));

/** What a client team has after copying the kit, adding the schema and installing (here: this repo's node_modules). */
function copyOfTheKit(): string {
  const dir = mkdtempSync(join(tmpdir(), 'client-kit-'));
  // Leave out what running the kit in place may have added (its output, schema copy, installed packages).
  const local = ['src/gql', 'schema', 'node_modules'].map((path) => join(KIT, path));
  cpSync(KIT, dir, { recursive: true, filter: (source) => !local.some((path) => source.startsWith(path)) });
  mkdirSync(join(dir, 'schema'));
  cpSync(API, join(dir, 'schema', 'api.graphql'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The kit's tsconfig with `strict` forced on, as `tsc --strict --noEmit` compiles it. */
function strictProgram(dir: string): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(dir, 'tsconfig.json'),
    { strict: true, noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed || parsed.errors.length > 0) throw new Error('client-kit/tsconfig.json does not parse');
  return ts.createProgram(parsed.fileNames, parsed.options);
}

describe('client-kit (codegen for client teams)', () => {
  let dir: string;
  let program: ts.Program;

  beforeAll(async () => {
    dir = copyOfTheKit();
    const cli = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    await promisify(execFile)(process.execPath, [cli, '--config', 'codegen.ts'], { cwd: dir });
    program = strictProgram(dir);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps every custom scalar of schema/api.graphql, and no other', () => {
    // A new scalar in the API needs a line in client-kit/codegen.ts (the repo's own codegen.ts uses that map too).
    const custom = Object.values(schema.getTypeMap())
      .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
      .map((type) => type.name);
    expect(Object.keys(scalars).sort()).toEqual(custom.sort());
  });

  it('compiles the example with tsc --strict', () => {
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(program.getRootFileNames()).toEqual(expect.arrayContaining([join(dir, 'src', 'example.ts')]));
  });

  it('types every field and variable of the generated operations: no scalar comes out as unknown or any', () => {
    const generated = program.getSourceFile(join(dir, 'src', 'gql', 'graphql.ts'));
    if (!generated) throw new Error('codegen wrote no src/gql/graphql.ts');
    const { checked, loose } = looseTypes(program.getTypeChecker(), generated);
    expect(checked).toEqual(expect.arrayContaining(['LoginMutation', 'QuoteQueryVariables', 'FailedJobsQuery']));
    expect(loose).toEqual([]);
  });

  it("writes possibleTypes for Apollo Client's cache: every union and interface with its members", () => {
    const source = readFileSync(join(dir, 'src', 'gql', 'possible-types.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } });
    const exports: { default?: { possibleTypes: Record<string, string[]> } } = {};
    runInNewContext(outputText, { exports });
    const expected = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isAbstractType)
        .filter((type) => !type.name.startsWith('__'))
        .map((type) => [type.name, schema.getPossibleTypes(type).map((member) => member.name)]),
    );
    const sorted = (map: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(map).map(([name, members]) => [name, [...members].sort()]));
    expect(sorted(exports.default?.possibleTypes ?? {})).toEqual(sorted(expected));
    expect(expected.UserError).toEqual(expect.arrayContaining(['InvalidCredentialsError', 'ListingNotFoundError']));
  });

  it('pins in its package.json the versions this repository tests it with', () => {
    const kit = JSON.parse(readFileSync(join(KIT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const pins = { ...kit.dependencies, ...kit.devDependencies };
    const installed = Object.fromEntries(
      Object.keys(pins).map((name) => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        };
        return [name, manifest.version];
      }),
    );
    expect(pins).toEqual(installed);
  });
});
