// Query keys of the supervisor board: groups (the picker, a group's UC members) and a saved selection, generic to specific.
import { whoKey, type WhoCounts } from '@/foundations/people/directory-user';

const groups = ['groups'] as const;

export const supervisorKeys = {
  groups,
  groupList: () => [...groups, 'all'] as const,
  groupMembers: (groupId: string, who: WhoCounts) => [...groups, groupId, 'members', whoKey(who)] as const,
  /** The saved selection's users, in the order they were saved. */
  selection: (ids: readonly string[], who: WhoCounts) => ['supervisor', 'selection', ids.join(','), whoKey(who)] as const,
};
