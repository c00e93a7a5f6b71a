/** A node of `EXPLAIN (format json)`; with ANALYZE it also carries what it actually did. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  'Plan Rows': number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

export const planNodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(planNodes)];

/**
 * Rows a bounded search may sort: a page, or the candidates of a text rank or a map box (search-order.ts
 * orders at most 1000 of their matches) with room to spare; a larger sort is one over every match.
 */
export const SORT_BUDGET = 2_500;

/**
 * Rows a sequential scan may read when a limit stops it early (a common term's first matches): more
 * is a scan that runs through the table.
 */
export const SEQ_SCAN_BUDGET = 10_000;

/** Rows a node handed on, over every loop: actual with ANALYZE, else estimated. */
const rowsOut = (node: PlanNode): number => (node['Actual Rows'] ?? node['Plan Rows']) * (node['Actual Loops'] ?? 1);

/** Rows a node read, filtered out ones included, over every loop; unknown (Infinity) without ANALYZE. */
const rowsRead = (node: PlanNode): number =>
  node['Actual Rows'] === undefined
    ? Infinity
    : (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);

/**
 * What makes a search plan grow with the number of matches: a sequential scan of a search table
 * that a limit did not stop early, or a full sort (not the incremental one after an index's order)
 * of more rows than a bounded search ever orders. Judged on actual rows when the plan was run
 * with ANALYZE, else on estimates (where any sequential scan counts).
 */
export function unboundedParts(plan: PlanNode, schema = 'listings'): string[] {
  return planNodes(plan).flatMap((node) => {
    if (node['Node Type'] === 'Seq Scan' && (node.Schema ?? schema) === schema && rowsRead(node) > SEQ_SCAN_BUDGET)
      return [`Seq Scan on ${node['Relation Name']}`];
    if (node['Node Type'] === 'Sort') {
      const input = (node.Plans ?? []).reduce((sum, child) => sum + rowsOut(child), 0);
      if (input > SORT_BUDGET) return [`Sort over ${input} rows`];
    }
    return [];
  });
}
