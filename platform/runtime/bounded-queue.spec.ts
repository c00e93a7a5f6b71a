import { BoundedQueue, QueueBusyError } from './bounded-queue';

/** Work that finishes when the test says so. */
function gate() {
  let open: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

describe('BoundedQueue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at most `concurrency` pieces at once and starts the queued ones in order', async () => {
    const queue = new BoundedQueue({ concurrency: 2, maxQueued: 10, maxWaitMs: 1000 });
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].open();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses at once when the queue is full', async () => {
    const queue = new BoundedQueue({ concurrency: 1, maxQueued: 1, maxWaitMs: 1000 });
    const g = gate();
    const first = queue.run(() => g.done);
    const second = queue.run(async () => 'second');
    await expect(queue.run(async () => 'third')).rejects.toEqual(new QueueBusyError('full'));
    g.open();
    await first;
    expect(await second).toBe('second');
  });

  it('refuses work that waited longer than maxWaitMs, without running it', async () => {
    const queue = new BoundedQueue({ concurrency: 1, maxQueued: 5, maxWaitMs: 1000 });
    const g = gate();
    const first = queue.run(() => g.done);
    const late = jest.fn(async () => 'late');
    const waiting = queue.run(late);
    jest.advanceTimersByTime(1001);
    await expect(waiting).rejects.toEqual(new QueueBusyError('waited too long'));
    g.open();
    await first;
    expect(late).not.toHaveBeenCalled();
    expect(await queue.run(async () => 'next')).toBe('next');
  });
});
