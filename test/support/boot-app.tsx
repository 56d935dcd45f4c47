// Boots the app the way main.tsx does, in this jsdom window, against the emulator:
// the launch URL, language, theme, sign-in and demo start all run for real.
// The Genesys login page is a navigation the test records (and may play itself).
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { boot, type BootOptions } from '@/app/boot';
import type { Emulator } from '@/emulator/create-emulator';
import { DEMO_OAUTH_CLIENT_ID } from '@/emulator/oauth';
import type { DemoPersona } from '@/emulator/org-model';
import type { OAuthConfig } from '@/genesys/oauth-config';
import { browserSignInHost } from '@/genesys/sign-in';

let view: RenderResult | null = null;
const renderNode = (node: ReactNode) => {
  if (view) view.rerender(node);
  else view = render(node);
};

afterEach(() => {
  view = null;
  window.history.replaceState(null, '', '/');
  for (const attribute of ['lang', 'dir', 'flare-mode']) document.documentElement.removeAttribute(attribute);
});

/** A reload of the tab: the page goes away, sessionStorage stays. */
export function unloadPage(): void {
  view?.unmount();
  view = null;
}

export function openAt(path: string): void {
  window.history.replaceState(null, '', path);
}

export interface BootSetup extends Partial<BootOptions> {
  grant?: OAuthConfig['grant'];
  /** Demo mode signs this persona in to `emulator` (instead of starting a service worker). */
  demo?: { emulator: Emulator; persona?: DemoPersona };
}

/** Boot options for this window; `navigations` collects every URL the app leaves for. */
export function bootOptions({ grant = 'pkce', demo, ...overrides }: BootSetup = {}) {
  const navigations: string[] = [];
  const token = () => (demo ? demo.emulator.issueToken(demo.emulator.org.personas[demo.persona ?? 'agent']) : '');
  const options: BootOptions = {
    win: window,
    render: renderNode,
    signInHost: { ...browserSignInHost(window), navigate: (url) => navigations.push(url) },
    oauth: () => ({ grant, defaultClientId: DEMO_OAUTH_CLIENT_ID, clientIds: {} }),
    framed: false,
    basePath: '/',
    startDemo: demo
      ? () => Promise.resolve({ environment: demo.emulator.environment, accessToken: token(), signInAgain: token })
      : () => Promise.reject(new Error('not in demo mode')),
    ...overrides,
  };
  return { options, navigations };
}

/** Opens `path` and boots the app there. */
export async function bootAt(path: string, setup: BootSetup = {}) {
  openAt(path);
  const booted = bootOptions(setup);
  await boot(booted.options);
  return booted;
}
