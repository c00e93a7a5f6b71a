import { startTestStack, type TestStack } from './test-stack';
import { startTestWorker, type TestWorker } from './test-worker';

export interface StackWithWorker {
  stack: TestStack;
  worker: TestWorker;
}

/**
 * The federation and a worker for this test file (for behaviour that crosses events or jobs),
 * started before its tests and stopped after them. Read the fields inside tests, not at load time.
 */
export function useStackWithWorker(): StackWithWorker {
  const running = {} as StackWithWorker;
  beforeAll(async () => {
    [running.stack, running.worker] = await Promise.all([startTestStack(), startTestWorker()]);
  });
  afterAll(async () => {
    await running.worker?.stop();
    await running.stack?.stop();
  });
  return running;
}
