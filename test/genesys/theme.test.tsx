import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { bootAt } from '../support/boot-app';
import { startEmulator } from '../support/emulator-server';

// Light or dark: Spark's flare-mode on <html> when the launch URL says which,
// otherwise no flare-mode, so the tokens follow the system preference.

async function bootDemoAt(path: string) {
  const { emulator } = startEmulator({ org: generateOrg({ size: 20, seed: 3 }) });
  await bootAt(path, { demo: { emulator } });
  return emulator;
}

test('a launch URL with theme=dark shows the app in Spark dark mode', async () => {
  await bootDemoAt('/directory?demo=agent&theme=dark');
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(document.documentElement.getAttribute('flare-mode')).toBe('dark');
});

test('theme=light keeps light even when the system prefers dark', async () => {
  await bootDemoAt('/directory?demo=agent&theme=light');
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(document.documentElement.getAttribute('flare-mode')).toBe('light');
});

test('without a theme the app sets no flare-mode, so the system preference decides', async () => {
  await bootDemoAt('/directory?demo=agent');
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(document.documentElement.hasAttribute('flare-mode')).toBe(false);
});

test('an unknown theme is named on the error screen and nothing is requested', async () => {
  const emulator = await bootDemoAt('/directory?demo=agent&theme=%3Cscript%3E');
  expect(screen.getByRole('alert')).toHaveTextContent('theme is "<script>": not one of light, dark');
  expect(document.documentElement.hasAttribute('flare-mode')).toBe(false);
  expect(emulator.requestLog).toEqual([]);
});
