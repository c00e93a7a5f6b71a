import { repoPath } from '../platform/runtime/paths';

/** The committed composition the gateway serves (`npm run compose` writes it). */
export const SUPERGRAPH_PATH = repoPath('schema', 'supergraph.graphql');
