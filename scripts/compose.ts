import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { eventCatalog } from './event-catalog';
import { composeSupergraph } from './supergraph';

composeSupergraph().then(
  ({ subgraphs, supergraph, api }) => {
    for (const file of [...subgraphs, supergraph, api]) {
      writeFileSync(file.file, file.sdl);
      console.log(`wrote ${relative(process.cwd(), file.file)}`);
    }
    const catalog = eventCatalog();
    writeFileSync(catalog.file, catalog.markdown);
    console.log(`wrote ${relative(process.cwd(), catalog.file)}`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
