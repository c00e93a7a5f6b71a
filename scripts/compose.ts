import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoPath } from '../platform/runtime/paths';
import { eventCatalog } from './event-catalog';
import { acceptSchema, gitAuthor, schemaFiles } from './schema-baseline';
import { composeSupergraph } from './supergraph';

composeSupergraph().then(
  async ({ subgraphs, supergraph, api }) => {
    for (const file of [...subgraphs, supergraph, api]) {
      writeFileSync(file.file, file.sdl);
      console.log(`wrote ${relative(process.cwd(), file.file)}`);
    }
    const catalog = eventCatalog();
    writeFileSync(catalog.file, catalog.markdown);
    console.log(`wrote ${relative(process.cwd(), catalog.file)}`);
    // Safe changes join the baseline and changelog as they are composed; breaking ones wait for a reason.
    const date = new Date().toISOString().slice(0, 10);
    const folded = await acceptSchema(schemaFiles(repoPath('schema')), { date, by: gitAuthor() });
    if (folded.status === 'accepted') console.log(`schema/CHANGELOG.md: ${folded.changes.length} change(s) added`);
    if (folded.status === 'reason-required')
      console.log(
        'schema/api.graphql has breaking changes: see `npm run schema:check`, accept with `npm run schema:accept`',
      );
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
