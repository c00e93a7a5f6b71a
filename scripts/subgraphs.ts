import { accountsSubgraph } from '../subgraphs/accounts';
import { bookingsSubgraph } from '../subgraphs/bookings';
import { listingsSubgraph } from '../subgraphs/listings';
import { opsSubgraph } from '../subgraphs/ops';
import type { SubgraphModule } from '../subgraphs/kernel/subgraph-module';

/** Every domain subgraph, in the order they start. Must match schema/subgraphs.json. */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [accountsSubgraph, listingsSubgraph, bookingsSubgraph, opsSubgraph];
