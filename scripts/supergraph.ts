import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from '../platform/runtime/config';
import { repoPath } from '../platform/runtime/paths';
import { SUBGRAPH_MODULES } from '../subgraphs';

export interface Composition {
  subgraphs: { name: string; file: string; sdl: string }[];
  supergraph: { file: string; sdl: string };
  /** The schema clients see: no federation internals (`join__`, `link__`, `_entities`, `_service`). */
  api: { file: string; sdl: string };
}

/** Prints every subgraph's SDL and composes the supergraph with @apollo/composition (no rover, no network). */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = await Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const module = SUBGRAPH_MODULES.find((m) => m.name === entry.name);
      if (!module) throw new Error(`schema/subgraphs.json lists "${entry.name}" but no subgraph module has that name`);
      const sdl = printSubgraphSchema(await module.buildSchema());
      return { name: entry.name, url: entry.url, file: repoPath('schema', `${entry.name}.graphql`), sdl };
    }),
  );
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  const api = printSchema(Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema());
  return {
    subgraphs: subgraphs.map(({ name, file, sdl }) => ({ name, file, sdl: `${sdl.trim()}\n` })),
    supergraph: { file: repoPath('schema', 'supergraph.graphql'), sdl: `${result.supergraphSdl.trim()}\n` },
    api: { file: repoPath('schema', 'api.graphql'), sdl: `${api.trim()}\n` },
  };
}
