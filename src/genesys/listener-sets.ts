// Listener sets as the notifications hub and its clients keep them.

/** Calls every listener with `args`; one listener that throws does not keep the others from hearing. */
export function callEach<A extends unknown[]>(listeners: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch {
      // One listener's bug must not keep the others from hearing.
    }
  }
}

/** An `on…(listener)` method over `set`: it adds the listener and returns its removal. */
export function listen<T>(set: Set<T>): (listener: T) => () => void {
  return (listener) => {
    set.add(listener);
    return () => set.delete(listener);
  };
}
