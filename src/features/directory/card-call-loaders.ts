// The directory's call code (a card's Transfer and Consult, and the requests that follow the agent's call) is not
// needed for the first badges: it loads after them (afterFirstContent), or when a card opens, whichever is first.
// Both loaders share one promise each (import() caches the module).

import { loadAgentCallEvents } from '@/features/directory/agent-call';

export { loadAgentCallEvents };
export const loadCardCallActions = () => import('@/features/directory/card-call-actions');

/** Starts loading both; a failure is left to the card that needs them (its lazy load tries again). */
export function preloadCardCallCode(): void {
  loadCardCallActions().catch(() => undefined);
  loadAgentCallEvents().catch(() => undefined);
}
