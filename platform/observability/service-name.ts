/** `gateway`, `worker` or the subgraph a `…/main.js` entry point runs; `staygraph` for the all-in-one launcher. */
export function serviceOfEntry(entry: string): string {
  const match = /(?:subgraphs[\\/](\w+)|(gateway|worker))[\\/]main\.[jt]s$/.exec(entry);
  return match?.[1] ?? match?.[2] ?? 'staygraph';
}
