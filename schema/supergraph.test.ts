import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../scripts/supergraph';

describe('committed schema/', () => {
  it('matches a fresh composition of the subgraphs (run `npm run compose` when this fails)', async () => {
    const { subgraphs, supergraph, api } = await composeSupergraph();
    for (const file of [...subgraphs, supergraph, api]) {
      expect({ file: file.file, sdl: readFileSync(file.file, 'utf8') }).toEqual({ file: file.file, sdl: file.sdl });
    }
  });
});

describe('schema/api.graphql', () => {
  it('shows clients no federation internals', () => {
    const api = readFileSync(`${__dirname}/api.graphql`, 'utf8');
    expect(api).not.toMatch(/join__|link__|_entities|_service|_Any|@key|@external/);
    expect(api).toMatch(/type Query \{/);
  });
});
