import { jobsCall } from './jobs';

describe('jobsCall', () => {
  it('is null without jobs, so nothing is sent', () => {
    expect(jobsCall([])).toBeNull();
  });

  it('keeps the last spec of a repeated key (add_jobs may not upsert one row twice) and every keyless one', () => {
    const call = jobsCall([
      { task: 'a', payload: { n: 1 }, options: { jobKey: 'k' } },
      { task: 'b', payload: { n: 2 } },
      { task: 'a', payload: { n: 3 }, options: { jobKey: 'k', runAt: new Date('2030-01-01T00:00:00Z') } },
      { task: 'b', payload: { n: 4 } },
    ]);
    expect(call?.sql.match(/graphile_worker\.job_spec/g)).toHaveLength(3);
    expect(call?.params).toEqual([
      'b',
      '{"n":2}',
      null,
      null,
      null,
      'a',
      '{"n":3}',
      '2030-01-01T00:00:00.000Z',
      null,
      'k',
      'b',
      '{"n":4}',
      null,
      null,
      null,
    ]);
  });
});
