/**
 * `compute` remembered by its text argument: every row of a long list derives the same text on each render
 * (initials, a formatted number). Bounded: the map is cleared once it holds `limit` entries.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 5000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const result = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, result);
    return result;
  };
}
