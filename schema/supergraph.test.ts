import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../scripts/supergraph';

describe('committed schema/', () => {
  it('matches a fresh composition of the subgraphs (run `npm run compose` when this fails)', async () => {
    const { subgraphs, supergraph } = await composeSupergraph();
    for (const file of [...subgraphs, supergraph]) {
      expect({ file: file.file, sdl: readFileSync(file.file, 'utf8') }).toEqual({ file: file.file, sdl: file.sdl });
    }
  });
});
