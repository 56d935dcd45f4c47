import { render, screen, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, test } from 'vitest';
import { boot, type BootOptions } from '@/app/boot';
import { generateOrg } from '@/emulator/generate-org';
import { DEMO_OAUTH_CLIENT_ID } from '@/emulator/oauth';
import { browserSignInHost } from '@/genesys/sign-in';
import { startEmulator } from '../support/emulator-server';

// Light or dark: Spark's flare-mode on <html> when the launch URL says which,
// otherwise no flare-mode, so the tokens follow the system preference.

let view: RenderResult | null = null;
const renderNode = (node: ReactNode) => {
  if (view) view.rerender(node);
  else view = render(node);
};

afterEach(() => {
  view = null;
  document.documentElement.removeAttribute('flare-mode');
  window.history.replaceState(null, '', '/');
});

async function bootDemoAt(path: string) {
  const { emulator, tokenFor } = startEmulator({ org: generateOrg({ size: 20, seed: 3 }) });
  window.history.replaceState(null, '', path);
  const options: BootOptions = {
    win: window,
    render: renderNode,
    signInHost: browserSignInHost(window),
    oauth: () => ({ grant: 'pkce', defaultClientId: DEMO_OAUTH_CLIENT_ID, clientIds: {} }),
    framed: false,
    basePath: '/',
    startDemo: () =>
      Promise.resolve({ environment: emulator.environment, accessToken: tokenFor('agent'), signInAgain: () => tokenFor('agent') }),
  };
  await boot(options);
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
