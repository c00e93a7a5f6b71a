import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSchema } from 'graphql';
import { repoPath } from '../platform/runtime/paths';
import { renderApiMarkdown } from './api-docs/render-markdown';

/** `npm run docs:api [out]`: the public API reference as Markdown (CI uploads it as an artifact). */
const out = process.argv[2] ?? repoPath('var', 'api-docs', 'api.md');
const schema = buildSchema(readFileSync(repoPath('schema', 'api.graphql'), 'utf8'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderApiMarkdown(schema));
console.log(`API reference written to ${out}`);
