// The integration table decides which number tags and presence sources belong to the served integration;
// Genesys' exact spellings are unverified, so every plausible one must read the same way.
import { expect, test } from 'vitest';
import { namesUc, ucNamedBy, ucProfile } from '@/genesys/uc-table';
import { sourceKindOf } from '@/foundations/presence/presence-reader';

const teams = ucProfile('teams');
const eightByEight = ucProfile('8x8');

test('a presence source however Genesys spells it is the served integration’s, another integration’s, or Genesys’ own', () => {
  for (const source of ['MicrosoftTeams', 'microsoftteams', 'MICROSOFT_TEAMS', 'Teams', 'msteams'])
    expect(sourceKindOf(source, teams), source).toBe('uc');
  for (const source of ['EightByEight', '8x8', 'ZoomPhone', 'RingCentral', 'PURECLOUD', 'Genesys Cloud', 'Outlook']) {
    expect(sourceKindOf(source, teams), source).toBe('other');
  }
  expect(sourceKindOf('MicrosoftTeams', eightByEight)).toBe('other');
  // A name no one has seen is taken as the one asked for (the source is unverified); no name says nothing.
  expect(sourceKindOf('SomeNewName', teams)).toBe('uc');
  expect(sourceKindOf('', teams)).toBe('unnamed');
  expect(sourceKindOf(undefined, teams)).toBe('unnamed');
});

test('a number tag names its integration in any spelling, and never another one', () => {
  for (const tag of ['eightbyeight', 'EIGHT_BY_EIGHT', 'Eight-By-Eight', '8x8', 'EightByEight']) {
    expect(namesUc(eightByEight, tag), tag).toBe(true);
    expect(namesUc(teams, tag), tag).toBe(false);
  }
  expect(ucNamedBy('zoomphone')?.key).toBe('zoom');
  expect(ucNamedBy('ring_central')?.key).toBe('ringcentral');
  expect(ucNamedBy('skype')).toBeUndefined();
});
