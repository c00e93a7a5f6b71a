/**
 * Polls `probe` until it returns something other than undefined, failing after `timeoutMs`.
 * For waiting on asynchronous deliveries without fixed sleeps.
 */
export async function waitFor<T>(probe: () => T | undefined, description: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
