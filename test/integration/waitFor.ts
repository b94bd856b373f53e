/**
 * Polls `condition` until it returns a truthy value and resolves with that value; rejects after `timeoutMs`
 * with `what` in the message. Integration tests wait for the extension host this way, never with a fixed sleep.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await condition();
    if (last) {
      return last as NonNullable<T>;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${String(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
