/** Whose presence the board counts. */
export type BoardScope =
  | { kind: 'all' }
  | { kind: 'department'; department: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'selection' };

export type ScopeKind = BoardScope['kind'];

export const SCOPE_KINDS: readonly { kind: ScopeKind; label: string }[] = [
  { kind: 'all', label: 'All 8×8 users' },
  { kind: 'department', label: 'A department' },
  { kind: 'group', label: 'A group' },
  { kind: 'selection', label: 'My saved selection' },
];

export const scopeKeyOf = (scope: BoardScope): string => JSON.stringify(scope);

/** Bars of the chart: one per department or per division. */
export type BarsBy = 'department' | 'division';
