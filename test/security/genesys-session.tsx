// Boots the app as main.tsx does, opened from Genesys Cloud (framed, with launch
// parameters), signed in through the emulated login page with PKCE, in this jsdom
// window. The Genesys Cloud page framing the app is a stand-in that records every
// postMessage the client app SDK sends it.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import { boot, type BootOptions } from '@/app/boot';
import { DEMO_OAUTH_CLIENT_ID } from '@/emulator/oauth';
import type { DemoPersona, Organization } from '@/emulator/org-model';
import { browserSignInHost } from '@/genesys/sign-in';
import { startEmulator } from '../support/emulator-server';

export const ENV = 'mypurecloud.com';
export const GENESYS_ORIGIN = `https://apps.${ENV}`;
export const LAUNCH = `/directory?gcHostOrigin=${encodeURIComponent(GENESYS_ORIGIN)}&gcTargetEnv=prod&gcLangTag=en-us`;

export interface Posted {
  message: unknown;
  text: string;
  targetOrigin: unknown;
}

let view: RenderResult | null = null;
const renderNode = (node: ReactNode) => {
  if (view) view.rerender(node);
  else view = render(node);
};

afterEach(() => {
  view = null;
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
});

export function openAt(path: string): void {
  window.history.replaceState(null, '', path);
}

/** The page that frames the app: records what is posted to it. */
export function genesysHost() {
  const posted: Posted[] = [];
  const host = {
    postMessage: (message: unknown, targetOrigin: unknown) => {
      posted.push({ message, text: JSON.stringify(message), targetOrigin });
    },
  };
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host as unknown as Window);
  return { host: host as unknown as Window, posted };
}

function bootOptions(navigations: string[]): BootOptions {
  return {
    win: window,
    render: renderNode,
    signInHost: { ...browserSignInHost(window), navigate: (url) => navigations.push(url) },
    oauth: () => ({ grant: 'pkce', defaultClientId: DEMO_OAUTH_CLIENT_ID, clientIds: {} }),
    framed: true,
    basePath: '/',
    startDemo: () => Promise.reject(new Error('not in demo mode')),
  };
}

/** Opens the app from Genesys Cloud and signs `persona` in; returns the emulator, the host's inbox and the token. */
export async function signInFramed(org: Organization, persona: DemoPersona = 'agent') {
  const harness = startEmulator({ org });
  const { host, posted } = genesysHost();
  const navigations: string[] = [];
  openAt(LAUNCH);
  await boot(bootOptions(navigations));
  const authorize = navigations[0];
  if (!authorize) throw new Error('the app did not leave for the login page');
  openAt(harness.emulator.authorize(authorize, org.personas[persona]));
  await boot(bootOptions(navigations));
  const kept = window.sessionStorage.getItem(`gc8x8:token:${ENV}`) ?? '';
  const token = /"accessToken":"([^"]+)"/.exec(kept)?.[1];
  if (!token) throw new Error('no token was kept after signing in');
  return { ...harness, host, posted, navigations, token };
}
