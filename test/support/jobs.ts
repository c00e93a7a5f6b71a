import type { EventHandler, JobDefinition } from '../../platform/events/event-handler';
import { SUBGRAPH_MODULES } from '../../subgraphs';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface JobRow {
  id: string;
  task_identifier: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_at: Date | null;
  run_at: Date;
  key: string | null;
}

/** Jobs (pending, failing or dead) whose key ends with the given event id. */
export function jobsForEvent(em: EntityManager, eventId: string): Promise<JobRow[]> {
  return em.execute<JobRow[]>(`select * from graphile_worker.jobs where key like ? order by id`, [`%:${eventId}`]);
}

/** Makes this event's failed-and-waiting jobs due now, instead of waiting out their back-off. */
export async function retryNow(em: EntityManager, eventId: string): Promise<void> {
  await em.execute(
    `select graphile_worker.reschedule_jobs(array(
       select id from graphile_worker.jobs
       where key like ? and locked_at is null and attempts > 0 and attempts < max_attempts and run_at > now()
     ), run_at => now())`,
    [`%:${eventId}`],
  );
}

/** A job some subgraph registers, by name: a test runs another domain's job without importing its code. */
export function registeredJob(name: string): JobDefinition {
  const job = SUBGRAPH_MODULES.flatMap((module) => module.jobs ?? []).find((candidate) => candidate.name === name);
  if (!job) throw new Error(`No subgraph registers a job named ${name}`);
  return job;
}

/** An event handler some subgraph registers, by name: a test feeds it an event no other domain should react to. */
export function registeredHandler(name: string): EventHandler {
  const handler = SUBGRAPH_MODULES.flatMap((module) => module.handlers ?? []).find(
    (candidate) => candidate.name === name,
  );
  if (!handler) throw new Error(`No subgraph registers a handler named ${name}`);
  return handler;
}
