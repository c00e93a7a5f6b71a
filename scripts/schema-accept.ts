import { parseArgs } from 'node:util';
import { repoPath } from '../platform/runtime/paths';
import { acceptSchema, gitAuthor, schemaFiles } from './schema-baseline';

/**
 * `npm run schema:accept -- [--reason "…"] [--by "…"]`: folds every change since the baseline into
 * it (schema/baseline/api.graphql, schema/accepted-changes.json, schema/CHANGELOG.md). A breaking
 * change needs --reason.
 */
async function main() {
  const { values } = parseArgs({ options: { reason: { type: 'string' }, by: { type: 'string' } } });
  const outcome = await acceptSchema(schemaFiles(repoPath('schema')), {
    date: new Date().toISOString().slice(0, 10),
    by: values.by ?? gitAuthor(),
    reason: values.reason,
  });
  switch (outcome.status) {
    case 'unchanged':
      console.log('No change since the baseline.');
      return;
    case 'reason-required':
      console.error(
        `Breaking changes need a reason:\n${outcome.breaking.map((c) => `  - ${c.message}`).join('\n')}\n` +
          'npm run schema:accept -- --reason "why clients may lose this" [--by "…"]',
      );
      process.exit(1);
      return;
    case 'accepted':
      console.log(`Folded ${outcome.changes.length} change(s) into schema/baseline/api.graphql; commit schema/.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
