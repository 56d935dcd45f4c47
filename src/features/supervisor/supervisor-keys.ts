// Query keys of the supervisor board: groups (the picker, a group's 8×8 members) and a saved selection, generic to specific.
import type { PeopleRule } from '@/genesys/launch-context';

const groups = ['groups'] as const;

export const supervisorKeys = {
  groups,
  groupList: () => [...groups, 'all'] as const,
  groupMembers: (groupId: string, people: PeopleRule) => [...groups, groupId, 'members', 'eight-by-eight', people] as const,
  /** The saved selection's users, in the order they were saved. */
  selection: (ids: readonly string[], people: PeopleRule) => ['supervisor', 'selection', ids.join(','), people] as const,
};
