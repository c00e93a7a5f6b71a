/**
 * Polls `probe` until it returns a value other than undefined/false, running `onTick` between
 * polls (e.g. to make retried jobs due now instead of sleeping through back-off).
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  options: { timeoutMs?: number; onTick?: () => Promise<unknown>; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${options.what ?? 'a condition'}`);
    await options.onTick?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
