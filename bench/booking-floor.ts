import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface Floor {
  tps: number;
  latencyMs: number;
}

/**
 * Runs bench/booking-floor.sql with pgbench for `seconds` on `clients` connections, against copies
 * (`like … including all`: the exclusion constraint too) of bookings' tables and the event log in a
 * `bench_floor` schema, dropped afterwards with the jobs it queued (due in a day, for no worker).
 */
export async function measureFloor(
  em: EntityManager,
  databaseUrl: string,
  options: { clients: number; listings: number; seconds: number },
): Promise<Floor> {
  await dropFloor(em);
  await em.execute(`create schema bench_floor;
    create table bench_floor.calendars (like bookings.calendars including all);
    create table bench_floor.occupancies (like bookings.occupancies including all);
    create table bench_floor.bookings (like bookings.bookings including all);
    create table bench_floor.booking_transitions (like bookings.booking_transitions including all);
    create table bench_floor.log (like events.log including all);
    create sequence bench_floor.slots;`);
  try {
    const { stdout } = await promisify(execFile)('pgbench', [
      '--no-vacuum',
      `--file=${join(__dirname, 'booking-floor.sql')}`,
      `--client=${options.clients}`,
      `--jobs=${Math.min(options.clients, 2)}`,
      `--time=${options.seconds}`,
      `--define=listings=${options.listings}`,
      databaseUrl,
    ]);
    return { tps: figure(stdout, /tps = ([\d.]+)/), latencyMs: figure(stdout, /latency average = ([\d.]+) ms/) };
  } finally {
    await dropFloor(em);
  }
}

async function dropFloor(em: EntityManager): Promise<void> {
  await em.execute(`drop schema if exists bench_floor cascade;
    delete from graphile_worker._private_jobs
    where task_id in (select id from graphile_worker._private_tasks where identifier = 'bench.floor');`);
}

function figure(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`pgbench printed no ${pattern.source}:\n${output}`);
  return Number(match[1]);
}
