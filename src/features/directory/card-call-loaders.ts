// The directory's card (user-card.tsx: its code and the dialog's) loads after the first badges too, or when the
// first card opens. The directory's call code (a card's Transfer and Consult, with the transfer messages they show, and the requests
// that follow the agent's call) is not needed for the first badges: it loads after them (afterFirstContent), or when
// a card opens, whichever is first. Both loaders share one promise each (import() caches the module).
import { agentCallEvents } from '@/features/directory/agent-call';
import { lazyWithAreas } from '@/i18n/lazy-with-areas';

export { agentCallEvents };

/** A card's Transfer and Consult, with the transfer area's messages; render it inside a Suspense. */
export const cardCallActions = lazyWithAreas(
  async () => (await import('@/features/directory/card-call-actions')).CardCallActions,
  ['transfer', 'calls'],
);

/** The person card; render it inside a Suspense. Its messages are the shell's (people). */
export const userCard = lazyWithAreas(async () => (await import('@/foundations/people/user-card')).UserCard, []);

/** Starts loading the card's code; a failure is left to the card (its lazy load tries again). */
export function preloadUserCard(): void {
  userCard.preload().catch(() => undefined);
}

/** Starts loading both; a failure is left to the card that needs them (its lazy load tries again). */
export function preloadCardCallCode(): void {
  cardCallActions.preload().catch(() => undefined);
  agentCallEvents.preload().catch(() => undefined);
}
