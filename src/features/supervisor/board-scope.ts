import type { MessageKey } from '@/i18n/catalog-types';

/** Whose presence the board counts. */
export type BoardScope =
  { kind: 'all' } | { kind: 'department'; department: string } | { kind: 'group'; groupId: string } | { kind: 'selection' };

export type ScopeKind = BoardScope['kind'];

/** The scope picker's options; the selection's label also takes its size ({count}). */
export const SCOPE_KINDS: readonly { kind: ScopeKind; labelKey: MessageKey }[] = [
  { kind: 'all', labelKey: 'supervisor.scope.all' },
  { kind: 'department', labelKey: 'supervisor.scope.department' },
  { kind: 'group', labelKey: 'supervisor.scope.group' },
  { kind: 'selection', labelKey: 'supervisor.scope.selection' },
];

export const scopeKeyOf = (scope: BoardScope): string => JSON.stringify(scope);

/** Bars of the chart: one per department or per division. */
export type BarsBy = 'department' | 'division';
