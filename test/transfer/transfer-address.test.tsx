// Genesys keeps a number's `address` for dialling ("+12149878237") and formats its `display`
// ("(214) 987-8237", country code lost): the view writes the address internationally for people
// ("+1 214 987 8237") and every transfer sends the address as it is.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import type { Person } from '../directory/directory-org';
import { withPeople } from '../directory/directory-org';
import { renderApp } from '../support/render-app';
import { AGENT, CALL_ID, callCard, customerParticipantId, participantPosts, participantsOf, searchBox, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

// A US number's display drops the country code: read as a number it would not be dialable.
const DANA: Person = {
  id: '7a000000-0000-4000-8000-000000000021',
  name: 'Dana Dallas',
  number: '+12149878237',
  department: 'Billing',
  presence: 'AVAILABLE',
};
const UNA: Person = {
  id: '7a000000-0000-4000-8000-000000000022',
  name: 'Una Edinburgh',
  number: '+441314331890',
  department: 'Billing',
  presence: 'AVAILABLE',
};

const addressOrg = () => withPeople(transferOrg(), [DANA, UNA]);

async function pick(user: ReturnType<typeof renderApp>['user'], person: Person) {
  await user.type(await searchBox(), person.name.split(' ')[0] ?? '');
  await user.click(await screen.findByRole('option', { name: new RegExp(person.name) }));
  return screen.findByRole('region', { name: `Transfer to ${person.name}` });
}

for (const { person, display } of [
  { person: DANA, display: '+1 214 987 8237' },
  { person: UNA, display: '+44 131 433 1890' },
]) {
  test(`blind transfer to ${display}: the number is shown formatted, the E.164 address goes to …/participants/{customer}/transfer, never /replace`, async () => {
    const { user, emulator } = renderApp({ org: addressOrg(), persona: 'agent', path: '/transfer' });
    await callCard();
    const panel = await pick(user, person);
    await waitFor(() => {
      expect(panel).toHaveTextContent(`8×8 ${display}`);
    });
    expect(panel).not.toHaveTextContent(person.number);
    await user.click(within(panel).getByRole('button', { name: `Transfer to ${person.name}` }));
    await waitFor(async () => {
      expect(await callCard()).toHaveTextContent(`Transferred`);
    });
    expect(await callCard()).toHaveTextContent(`The call is now with ${person.name}.`);

    expect(participantPosts(emulator.requestLog)).toEqual([
      `/api/v2/conversations/${CALL_ID}/participants/${customerParticipantId(emulator)}/transfer`,
    ]);
    expect(emulator.requestLog.filter((entry) => entry.path.includes('/participants/')).map((entry) => entry.status)).toEqual([202]);
    expect(emulator.requestLog.some((entry) => entry.path.endsWith('/replace'))).toBe(false);
    // The emulator dials what the body's `address` held: the E.164 number, not the formatted display.
    expect(participantsOf(emulator)).toEqual([
      expect.objectContaining({ purpose: 'customer', state: 'connected' }),
      expect.objectContaining({ userId: AGENT, state: 'disconnected', disconnectType: 'transfer' }),
      expect.objectContaining({ purpose: 'external', address: `tel:${person.number}` }),
    ]);
  });
}

test('a consult dials the E.164 address through …/voice/consult, though the formatted number is what the agent sees', async () => {
  const { user, emulator } = renderApp({ org: addressOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  const panel = await pick(user, DANA);
  await waitFor(() => {
    expect(panel).toHaveTextContent('8×8 +1 214 987 8237');
  });
  await user.click(within(panel).getByRole('button', { name: 'Consult Dana Dallas first' }));
  await screen.findByRole('region', { name: 'Consult transfer' });

  expect(participantPosts(emulator.requestLog)).toEqual([
    `/api/v2/conversations/calls/${CALL_ID}/participants/${customerParticipantId(emulator)}/voice/consult`,
  ]);
  expect(emulator.state.calls.get(CALL_ID)?.consult).toMatchObject({
    objectParticipantId: customerParticipantId(emulator),
    speakTo: 'DESTINATION',
  });
  expect(participantsOf(emulator).at(-1)).toMatchObject({ purpose: 'external', address: 'tel:+12149878237', state: 'alerting' });
});
