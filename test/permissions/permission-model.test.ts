import { expect, test } from 'vitest';
import { capabilitiesOf, eightByEightPermissionsOf, hasPermission } from '@/foundations/permissions/permission-model';

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
    eightByEightPermissionsOf(undefined),
  );
  expect(capabilities.seeBadges).toEqual({ allowed: false, missing: ['integration:unifiedCommunications:view'] });
  expect(capabilities.seeEightByEightOnTransfer.missing).toEqual(['integration:unifiedCommunications:view']);
  expect(capabilities.searchDirectory.allowed).toBe(true);
  expect(capabilities.blindTransfer.allowed).toBe(true);
  expect(capabilities.consultTransfer.missing).toEqual(['conversation:communication:consultTransfer']);
});

test('the permissions the 8×8 integration declares take precedence over the fallbacks', () => {
  expect(
    eightByEightPermissionsOf({
      pbxPermission: 'integration:eightbyeight:view',
      userPermissions: ['uc:badge:view', 'integration:eightbyeight:view'],
    }),
  ).toEqual({ badge: ['uc:badge:view'], eightByEight: 'integration:eightbyeight:view' });
  expect(eightByEightPermissionsOf(null)).toEqual({
    badge: ['integration:unifiedCommunications:view'],
    eightByEight: 'integration:eightByEight:view',
  });
});
