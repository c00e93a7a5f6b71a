import { repoPath } from '../platform/runtime/paths';
import { checkSchema, schemaFiles } from './schema-baseline';
import { type SchemaChange } from './schema-changes';

const list = (changes: SchemaChange[]) => changes.map((c) => `  - [${c.kind}] ${c.message}`).join('\n');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * `npm run schema:check`: schema/api.graphql against the committed baseline. Fails on a breaking
 * change nobody accepted, and on a baseline or changelog that is behind (CI runs it).
 */
async function main() {
  const verdict = await checkSchema(schemaFiles(repoPath('schema')));
  switch (verdict.status) {
    case 'current':
      console.log('schema/api.graphql matches schema/baseline/api.graphql; the changelog is current.');
      return;
    case 'breaking':
      return fail(
        `Breaking changes for clients since schema/baseline/api.graphql:\n${list(verdict.breaking)}\n` +
          `(and ${verdict.others.length} safe change(s), which schema:accept folds in with them)\n` +
          'Deprecate first (README, "Schema evolution and deprecation"). To ship them anyway, record who and why:\n' +
          '  npm run schema:accept -- --reason "…" [--by "…"]',
      );
    case 'stale':
      return fail(
        `schema/baseline/api.graphql is behind schema/api.graphql (no breaking change):\n${list(verdict.changes)}\n` +
          'Run `npm run compose` (it folds safe changes in) or `npm run schema:accept`, and commit schema/.',
      );
    case 'changelog-stale':
      return fail('schema/CHANGELOG.md is not what schema/accepted-changes.json gives: run `npm run schema:accept`.');
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
