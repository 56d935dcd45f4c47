import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, expect, test } from 'vitest';
import { errorResponse, tooManyRequests } from '@/emulator/errors';
import { renderApp } from '../support/render-app';
import { ROLES } from '../support/fixture-org';
import { AGENT, callCard, CALL_ID, participantsOf, searchBox, transferOrg, transferRequests } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

// The address-based blind transfer the app sends (the deprecated /replace is never called).
const BLIND_TRANSFER = (url: (path: string) => string) => url(`/api/v2/conversations/${CALL_ID}/participants/:participantId/transfer`);

async function pickAva() {
  const view = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  await view.user.type(await searchBox(), 'Ava');
  await view.user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  const transfer = await screen.findByRole('button', { name: 'Transfer to Ava Available' });
  return { ...view, transfer };
}

/** The emulator's call is as it was: the agent and the customer, nobody else. */
function expectCallUnchanged(emulator: Parameters<typeof participantsOf>[0]) {
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: AGENT, state: 'connected' }),
  ]);
}

test('a malformed 8×8 number is caught before anything can be sent: the actions are disabled with the reason', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await user.type(await searchBox(), 'Mal');
  await user.click(await screen.findByRole('option', { name: /Mal Formed.*Number cannot be dialled/ }));
  const panel = await screen.findByRole('region', { name: 'Transfer to Mal Formed' });
  expect(panel).toHaveTextContent('Mal Formed’s 8×8 number “(415) 555-0113” is not a complete international number');
  expect(within(panel).getByRole('button', { name: 'Transfer to Mal Formed' })).toBeDisabled();
  expect(within(panel).getByRole('button', { name: 'Consult Mal Formed first' })).toBeDisabled();
  expect(transferRequests(emulator.requestLog)).toBe(0);
  expectCallUnchanged(emulator);
});

test('the call ending as the transfer arrives: 404, the view says the call ended and disables the actions', async () => {
  const { user, emulator, server, url, transfer } = await pickAva();
  // The customer hangs up just as the request reaches Genesys Cloud; the emulator then answers it.
  server.use(
    http.post(
      BLIND_TRANSFER(url),
      () => {
        emulator.endCall(CALL_ID);
      },
      { once: true },
    ),
  );
  await user.click(transfer);
  const alert = await screen.findByRole('alert', { name: 'The call ended before the transfer' });
  expect(alert).toHaveTextContent('nothing was transferred');
  expect(await callCard()).toHaveTextContent('Call ended');
  expect(transfer).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Consult Ava Available first' })).toBeDisabled();
  expect(participantsOf(emulator).some((participant) => 'purpose' in participant && participant.purpose === 'external')).toBe(false);
});

test('a 403 (permission taken away since the page loaded) names the permission and leaves the call alone', async () => {
  // Own copies of the roles: the fixture's are shared by every test.
  const org = { ...transferOrg(), roles: transferOrg().roles.map((role) => ({ ...role, permissions: [...role.permissions] })) };
  const { user, emulator, transfer } = await (async () => {
    const view = renderApp({ org, persona: 'agent', path: '/transfer' });
    await callCard();
    await view.user.type(await searchBox(), 'Ava');
    await view.user.click(await screen.findByRole('option', { name: /Ava Available/ }));
    return { ...view, transfer: await screen.findByRole('button', { name: 'Transfer to Ava Available' }) };
  })();
  const agentRole = org.roles.find((role) => role.id === ROLES.agent.id);
  agentRole?.permissions.splice(agentRole.permissions.indexOf('conversation:communication:blindTransfer'), 1);
  await user.click(transfer);
  const alert = await screen.findByRole('alert', { name: 'Genesys Cloud refused to transfer the call to Ava Available' });
  expect(alert).toHaveTextContent('conversation:communication:blindTransfer');
  expect(alert).toHaveTextContent('Your call with Customer Carl is still with you, unchanged.');
  expectCallUnchanged(emulator);
});

test('a 429 on the transfer that outlasts the retries says Genesys Cloud is limiting requests; the call is unchanged', async () => {
  const { user, emulator, server, url, transfer } = await pickAva();
  // Genesys' own 429 (Retry-After 0 so the scheduler's retries run at once), on the transfer only.
  server.use(http.post(BLIND_TRANSFER(url), () => errorResponse(tooManyRequests(0), 'test-429')));
  await user.click(transfer);
  const alert = await screen.findByRole('alert', { name: 'Genesys Cloud is limiting requests' });
  expect(alert).toHaveTextContent('Genesys Cloud did not transfer the call to Ava Available');
  expect(alert).toHaveTextContent('Your call with Customer Carl is still with you, unchanged.');
  expectCallUnchanged(emulator);
  await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(transfer).toBeEnabled();
});

test('a 429 storm while transferring: the view keeps the call and explains the failure', async () => {
  const { user, emulator, transfer } = await pickAva();
  emulator.setFaults({ rateLimitStorm: true, stormRetryAfterSec: 0 });
  await user.click(transfer);
  const [first] = await screen.findAllByRole('alert', { name: 'Genesys Cloud is limiting requests' });
  emulator.clearFaults();
  expect(first).toHaveTextContent('Genesys Cloud did not transfer the call to Ava Available');
  // The call stays on screen from what was last read, even though re-reading it was limited too.
  expect(await callCard()).toHaveTextContent('Customer Carl');
  expectCallUnchanged(emulator);
  expect(emulator.requestLog.filter((entry) => entry.path.endsWith('/transfer') && entry.status === 429).length).toBeGreaterThan(1);
});

test('a network error says Genesys Cloud could not be reached; the call is unchanged', async () => {
  const { user, emulator, server, url, transfer } = await pickAva();
  server.use(http.post(BLIND_TRANSFER(url), () => HttpResponse.error()));
  await user.click(transfer);
  const alert = await screen.findByRole('alert', { name: 'Genesys Cloud could not be reached' });
  expect(alert).toHaveTextContent('got no answer');
  expectCallUnchanged(emulator);
  expect(await callCard()).toHaveTextContent('On call');
});

test('the call ending shows at once (conversations socket) and disables every transfer action', async () => {
  const { emulator, transfer } = await pickAva();
  await waitFor(() => {
    expect([...emulator.state.channels.values()].some((channel) => channel.topics.has(`v2.users.${AGENT}.conversations.calls`))).toBe(true);
  });
  emulator.endCall(CALL_ID);
  const card = await callCard();
  await waitFor(() => {
    expect(card).toHaveTextContent('Call ended');
  });
  expect(card).toHaveTextContent('The call has ended: there is nothing left to transfer.');
  expect(transfer).toBeDisabled();
  expect(screen.getByText('The call has ended, so it cannot be transferred.')).toBeInTheDocument();
  expect(transferRequests(emulator.requestLog)).toBe(0);
});
