import { readFileSync } from 'node:fs';
import { toJSONSchema } from 'zod';
import { EVENT_CONTRACTS } from '../contracts/events';
import type { EventDefinition } from '../platform/events/event-definition';
import { eventCatalog } from '../scripts/event-catalog';
import { SUBGRAPH_MODULES } from '../subgraphs';

const REGISTERED = SUBGRAPH_MODULES.map((m) => m.name);
const HANDLERS = SUBGRAPH_MODULES.flatMap((m) => m.handlers ?? []);
// Compiles only while a contract satisfies platform's own (contract-free) EventDefinition.
const CONTRACTS: readonly EventDefinition[] = EVENT_CONTRACTS;

describe('schema/events.md', () => {
  it('is the catalog generated from contracts/ and the registered handlers (run `npm run compose` when this fails)', () => {
    const { file, markdown } = eventCatalog();
    expect(readFileSync(file, 'utf8')).toBe(markdown);
  });
});

describe('event contracts', () => {
  it('defines each name and version once', () => {
    const keys = CONTRACTS.map((e) => `${e.name}@${e.version}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('names a registered subgraph as producer', () => {
    expect(CONTRACTS.filter((e) => !REGISTERED.includes(e.producer)).map((e) => `${e.name}: ${e.producer}`)).toEqual(
      [],
    );
  });

  it.each(SUBGRAPH_MODULES.map((m) => [m.name, m] as const))(
    'has %s publish exactly the contracts that name it as producer',
    (name, module) => {
      expect(module.events ?? []).toEqual(CONTRACTS.filter((e) => e.producer === name));
      for (const event of module.events ?? []) expect(CONTRACTS).toContain(event);
    },
  );

  it('describes every payload field (the written rule the catalog shows)', () => {
    const undescribed = CONTRACTS.flatMap((e) =>
      Object.entries(toJSONSchema(e.payload).properties ?? {})
        .filter(([, field]) => typeof field !== 'object' || !field.description)
        .map(([field]) => `${e.name}.${field}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('has every handler subscribe to a contract object itself, not a copy of it', () => {
    const copies = HANDLERS.filter((h) => !CONTRACTS.some((e) => e === h.event));
    expect(copies.map((h) => `${h.name} -> ${h.event.name}`)).toEqual([]);
  });

  it('has every handler say what it does (the consumers column)', () => {
    expect(HANDLERS.filter((h) => !h.description).map((h) => h.name)).toEqual([]);
  });
});
