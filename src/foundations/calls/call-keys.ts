// The query keys of the agent's calls, apart from the code that reads them (get-calls.ts, call-model.ts): the
// directory observes the calls a card acts on by key before that code has loaded (agent-call.tsx).
export const callKeys = {
  all: ['conversations', 'calls'] as const,
  list: (myUserId: string) => ['conversations', 'calls', myUserId, 'active'] as const,
  one: (myUserId: string, conversationId: string) => ['conversations', 'calls', myUserId, 'one', conversationId] as const,
};
