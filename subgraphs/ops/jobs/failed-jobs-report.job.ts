import type { JobDefinition } from '../../../platform/events/event-handler';
import { FailedJobRepository } from './failed-job.repository';

/** Hourly: dead letters need a person, so their count is logged as a warning an alert can match. */
export const reportFailedJobs: JobDefinition = {
  name: 'ops.report_failed_jobs',
  async run(_payload, { em, logger }) {
    const count = await new FailedJobRepository(em).count();
    if (count > 0) logger.warn({ failedJobs: count }, 'jobs failed permanently; see the failedJobs query');
  },
};
