// The transfer view's notifications channel, and the socket's code, wait for the view's first content
// (src/ui/first-content.ts); the call is read once more when the channel opens (its first resync), so that a
// change between the first read and the subscription, which no event will ever carry, is shown. A file of its own: the first
// content is a moment per page, and this test needs a page that has not had it.
import { waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { FIRST_CONTENT_FALLBACK_MS } from '@/ui/first-content';
import { renderApp } from '../support/render-app';
import { USERS } from '../support/fixture-org';
import { callCard, transferOrg, withCall } from './transfer-org';

const CALL = 'ca110000-0000-4000-8000-000000000003';

test('a hang-up before the channel opened is shown once the channel opens (the call is read again)', async () => {
  // Without the 8×8 view permission the view draws no badge: the channel opens after the fallback wait.
  const org = withCall(transferOrg(), USERS.no8x8, CALL, 'Nina Caller', '+13175558888');
  const { emulator } = renderApp({ org, persona: 'no-uc-view', path: '/transfer' });
  const card = await callCard();
  expect(card).toHaveTextContent('Nina Caller');
  expect(emulator.state.channels.size, 'no channel before the first content').toBe(0);

  // The customer hangs up now: nobody is subscribed, so no event says so.
  emulator.endCall(CALL);
  await waitFor(
    () => {
      expect(card).toHaveTextContent('Call ended');
    },
    { timeout: FIRST_CONTENT_FALLBACK_MS + 4000 },
  );
  const topics = [...emulator.state.channels.values()].flatMap((channel) => [...channel.topics]);
  expect(topics).toEqual([`v2.users.${USERS.no8x8}.conversations.calls`]);
});
