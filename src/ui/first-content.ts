// The moment the person first sees what they came for (the first presence badge): work that can wait (a
// library that only polishes what is shown) starts after it, so it does not compete with it for the network
// or the main thread.

/** Views without badges (admin, check) have no such moment: deferred work starts after this anyway. */
export const FIRST_CONTENT_FALLBACK_MS = 2000;

let shown = false;
const waiting = new Set<() => void>();

/** Called when the first badge has been drawn; later calls do nothing. */
export function markFirstContent(): void {
  if (shown) return;
  shown = true;
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/** Whether the first content has been shown. */
export function firstContentShown(): boolean {
  return shown;
}

/** Runs `callback` once the first content is shown (at once if it is), or after the fallback wait. */
export function afterFirstContent(callback: () => void, fallbackMs: number = FIRST_CONTENT_FALLBACK_MS): void {
  if (shown) {
    callback();
    return;
  }
  waiting.add(callback);
  setTimeout(() => {
    if (waiting.delete(callback)) callback();
  }, fallbackMs);
}
