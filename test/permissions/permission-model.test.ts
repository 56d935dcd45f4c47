import { expect, test } from 'vitest';
import { capabilitiesOf, ucPermissionsOf, hasPermission } from '@/foundations/permissions/permission-model';
import { ucProfile } from '@/genesys/uc-table';

test('a permission matches itself and wildcard segments, nothing else', () => {
  expect(hasPermission(['integration:unifiedCommunications:view'], 'integration:unifiedCommunications:view')).toBe(true);
  expect(hasPermission(['integration:*:view'], 'integration:eightByEight:view')).toBe(true);
  expect(hasPermission(['*:*:*'], 'authorization:role:view')).toBe(true);
  expect(hasPermission(['integration:unifiedCommunications:edit'], 'integration:unifiedCommunications:view')).toBe(false);
  expect(hasPermission(['integration:*'], 'integration:eightByEight:view')).toBe(false);
  expect(hasPermission([], 'directory:user:view')).toBe(false);
});

test('capabilities name exactly the permissions that are missing', () => {
  const capabilities = capabilitiesOf(
    ['directory:user:view', 'integration:eightByEight:view', 'conversation:communication:blindTransfer'],
    ucPermissionsOf(ucProfile('8x8'), undefined),
  );
  expect(capabilities.seeBadges).toEqual({ allowed: false, missing: ['integration:unifiedCommunications:view'] });
  expect(capabilities.seeUcOnTransfer.missing).toEqual(['integration:unifiedCommunications:view']);
  expect(capabilities.searchDirectory.allowed).toBe(true);
  expect(capabilities.blindTransfer.allowed).toBe(true);
  expect(capabilities.consultTransfer.missing).toEqual(['conversation:communication:consultTransfer']);
});

test('the permissions the 8×8 integration declares take precedence over the fallbacks', () => {
  expect(
    ucPermissionsOf(ucProfile('8x8'), {
      pbxPermission: 'integration:eightbyeight:view',
      userPermissions: ['uc:badge:view', 'integration:eightbyeight:view'],
    }),
  ).toEqual({ badge: ['uc:badge:view'], uc: 'integration:eightbyeight:view' });
  expect(ucPermissionsOf(ucProfile('8x8'), null)).toEqual({
    badge: ['integration:unifiedCommunications:view'],
    uc: 'integration:eightByEight:view',
  });
});

test('each integration falls back to its own view permission when its clientapps entry states none', () => {
  expect(ucPermissionsOf(ucProfile('teams'), null).uc).toBe('integration:microsoftTeams:view');
  expect(ucPermissionsOf(ucProfile('zoom'), undefined).uc).toBe('integration:zoomPhone:view');
  expect(ucPermissionsOf(ucProfile('teams'), { pbxPermission: 'integration:teams:view', userPermissions: [] }).uc).toBe(
    'integration:teams:view',
  );
});
