// The steps of one transfer, as the reducer behind the transfer view and the directory card has them.
import { expect, test } from 'vitest';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { flowReducer, INITIAL_FLOW } from '@/foundations/calls/use-transfer-flow';

const ava: DirectoryUser = { id: 'ava', name: 'Ava Available', ucNumber: '+14155550111', ucAddress: '+14155550111' };
const oscar: DirectoryUser = {
  id: 'oscar',
  name: 'Oscar Offline',
  ucNumber: '+14155550112',
  ucAddress: '+14155550112',
};

test('a warning opens for one person and closes without starting anything', () => {
  const warned = flowReducer(INITIAL_FLOW, { type: 'warning-shown', confirmation: { user: oscar, kind: 'blind', presence: 'offline' } });
  expect(warned.confirm?.user).toBe(oscar);
  expect(flowReducer(warned, { type: 'warning-closed' })).toEqual(INITIAL_FLOW);
});

test('a blind transfer names whom the call went to and closes the warning that led to it', () => {
  const warned = flowReducer(INITIAL_FLOW, { type: 'warning-shown', confirmation: { user: oscar, kind: 'blind', presence: 'offline' } });
  const started = flowReducer(warned, { type: 'blind-started', user: oscar });
  expect(started.transferredTo).toBe('Oscar Offline');
  expect(started.confirm).toBeUndefined();
});

test('a consult starts by speaking to the person consulted, whatever the last consult ended on', () => {
  const before = flowReducer(INITIAL_FLOW, { type: 'speak-to-changed', speakTo: 'BOTH' });
  const consult = flowReducer(before, { type: 'consult-started', user: ava });
  expect(consult.consultTarget).toBe(ava);
  expect(consult.speakTo).toBe('DESTINATION');
  expect(flowReducer(consult, { type: 'speak-to-changed', speakTo: 'OBJECT' }).speakTo).toBe('OBJECT');
});
