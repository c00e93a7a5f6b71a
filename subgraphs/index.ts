import registry from '../schema/subgraphs.json';
import type { SubgraphModule } from '../platform/subgraph-module';
import { accountsSubgraph } from './accounts';
import { bookingsSubgraph } from './bookings';
import { listingsSubgraph } from './listings';
import { opsSubgraph } from './ops';
import { paymentsSubgraph } from './payments';
import { reviewsSubgraph } from './reviews';

/**
 * The one list of subgraph modules, in the order they start: the launcher, the worker, compose
 * and the tests read it. schema/subgraphs.json holds only their URLs, ports and media folders (what
 * compose and the gateway need, and what platform/ may read).
 */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [
  accountsSubgraph,
  listingsSubgraph,
  bookingsSubgraph,
  paymentsSubgraph,
  reviewsSubgraph,
  opsSubgraph,
];

const listed = registry.subgraphs.map((s) => s.name).join(', ');
const registered = SUBGRAPH_MODULES.map((m) => m.name).join(', ');
if (listed !== registered)
  throw new Error(`schema/subgraphs.json lists [${listed}] but subgraphs/index.ts registers [${registered}]`);
