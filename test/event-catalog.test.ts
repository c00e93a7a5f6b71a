import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { EventDefinition } from '../platform/events/event-definition';
import { SUBGRAPH_MODULES } from '../subgraphs';

interface CatalogRow {
  event: string;
  version: number;
  producer: string;
  payloadFields: string[];
  consumers: string[];
}

function catalogRows(): CatalogRow[] {
  const text = readFileSync(join(__dirname, '..', 'schema', 'events.md'), 'utf8');
  const rows = text.split('\n').filter((line) => /^\|\s*`/.test(line));
  return rows.map((line) => {
    const [event, version, producer, payload, consumers] = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return { event: codes(event)[0], version: Number(version), producer, payloadFields: codes(payload).sort(), consumers: codes(consumers).sort() };
  });
}

const REGISTERED = new Set(SUBGRAPH_MODULES.map((m) => m.name));
const HANDLERS = SUBGRAPH_MODULES.flatMap((m) => m.handlers ?? []);
const PUBLISHED = new Map(SUBGRAPH_MODULES.flatMap((m) => m.events ?? []).map((e) => [`${e.name}@${e.version}`, e]));

/**
 * Events consumed before their producer subgraph exists: the consumer's copy is the contract until
 * then, so the catalog must list it under that producer.
 */
function awaitedEvents(): EventDefinition[] {
  const awaited = HANDLERS.map((h) => h.event).filter((e) => !REGISTERED.has(e.producer));
  return [...new Map(awaited.map((e) => [`${e.name}@${e.version}`, e])).values()];
}

function codeRows(): CatalogRow[] {
  return [...PUBLISHED.values(), ...awaitedEvents()].map((event) => ({
    event: event.name,
    version: event.version,
    producer: event.producer,
    payloadFields: Object.keys((event.payload as z.ZodObject).shape).sort(),
    consumers: HANDLERS.filter((h) => h.event.name === event.name).map((h) => h.name).sort(),
  }));
}

describe('schema/events.md', () => {
  it('lists exactly the events the subgraphs publish or await from a producer not built yet, with their payloads and consumers', () => {
    const byName = (a: CatalogRow, b: CatalogRow) => a.event.localeCompare(b.event);
    expect(catalogRows().sort(byName)).toEqual(codeRows().sort(byName));
  });

  it('names each event after the subgraph that publishes it', () => {
    for (const module of SUBGRAPH_MODULES) {
      for (const event of module.events ?? []) expect(event.producer).toBe(module.name);
    }
  });

  it("has a consumer's own copy of an event (subgraphs do not import each other) match the producer's payload", () => {
    const fields = (payload: unknown) => Object.keys((payload as z.ZodObject).shape).sort();
    for (const handler of HANDLERS.filter((h) => REGISTERED.has(h.event.producer))) {
      const producer = PUBLISHED.get(`${handler.event.name}@${handler.event.version}`);
      expect({ handler: handler.name, fields: fields(handler.event.payload) }).toEqual({ handler: handler.name, fields: fields(producer?.payload) });
      expect(handler.event.producer).toBe(producer?.producer);
    }
  });

  it('has every handler consume an event some subgraph publishes, or one the catalog lists ahead of its unregistered producer', () => {
    const catalog = new Set(catalogRows().map((row) => `${row.event}@${row.version}:${row.producer}`));
    for (const handler of HANDLERS) {
      const { name, version, producer } = handler.event;
      if (REGISTERED.has(producer)) expect([...PUBLISHED.keys()]).toContain(`${name}@${version}`);
      else expect(catalog).toContain(`${name}@${version}:${producer}`);
    }
  });
});
