// The app opened from Genesys Cloud (framed, with launch parameters) and signed in
// through the emulated login page with PKCE, booted as main.tsx boots it
// (test/support/boot-app.tsx). The Genesys Cloud page framing the app is a
// stand-in that records every postMessage the client app SDK sends it.
import { vi } from 'vitest';
import type { DemoPersona, Organization } from '@/emulator/org-model';
import { bootAt, openAt } from '../support/boot-app';
import { startEmulator } from '../support/emulator-server';

export const ENV = 'mypurecloud.com';
export const GENESYS_ORIGIN = `https://apps.${ENV}`;
export const LAUNCH = `/directory?gcHostOrigin=${encodeURIComponent(GENESYS_ORIGIN)}&gcTargetEnv=prod&gcLangTag=en-us`;

export interface Posted {
  message: unknown;
  text: string;
  targetOrigin: unknown;
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

/** Opens the app from Genesys Cloud and signs `persona` in; returns the emulator, the host's inbox and the token. */
export async function signInFramed(org: Organization, persona: DemoPersona = 'agent') {
  const harness = startEmulator({ org });
  const { host, posted } = genesysHost();
  const first = await bootAt(LAUNCH, { framed: true });
  const authorize = first.navigations[0];
  if (!authorize) throw new Error('the app did not leave for the login page');
  openAt(harness.emulator.authorize(authorize, org.personas[persona]));
  const second = await bootAt(`${window.location.pathname}${window.location.search}${window.location.hash}`, { framed: true });
  const kept = window.sessionStorage.getItem(`gc8x8:token:${ENV}`) ?? '';
  const token = /"accessToken":"([^"]+)"/.exec(kept)?.[1];
  if (!token) throw new Error('no token was kept after signing in');
  return { ...harness, host, posted, navigations: second.navigations, token };
}
