// Renders the whole app, signed in as a demo persona against a fresh emulator,
// the way demo mode does in the browser (minus the service worker).
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App, createQueryClient, type ErrorReporter } from '@/app/app';
import type { EmulatorOptions } from '@/emulator/create-emulator';
import type { DemoPersona, Organization } from '@/emulator/org-model';
import { createClientAppBridge, type ClientAppBridge } from '@/genesys/client-app';
import { createSession } from '@/genesys/session';
import { startEmulator } from './emulator-server';

export interface RenderAppOptions extends Partial<EmulatorOptions> {
  persona?: DemoPersona;
  path?: string;
  org?: Organization;
  /** Demo mode's re-sign-in by default: a new token for the persona. */
  reauthenticate?: () => Promise<string>;
  reportError?: ErrorReporter;
  /** The Genesys Cloud bridge; not embedded (inert) by default. */
  clientApp?: ClientAppBridge;
  /** The interaction the app was opened for (gcConversationId): the transfer view as a widget. */
  conversationId?: string;
  /** Wraps the app (a view's tuning provider, for instance). */
  wrap?: (app: ReactElement) => ReactElement;
}

export function renderApp({
  persona = 'agent',
  path = '/directory',
  reauthenticate,
  reportError,
  clientApp,
  conversationId,
  wrap = (app) => app,
  ...emulatorOptions
}: RenderAppOptions = {}) {
  const harness = startEmulator(emulatorOptions);
  const launch = {
    mode: 'demo',
    persona,
    size: harness.emulator.org.users.length,
    seed: 1,
    ...(conversationId === undefined ? {} : { conversationId }),
  } as const;
  const session = createSession({
    launch,
    environment: harness.emulator.environment,
    accessToken: harness.tokenFor(persona),
    reauthenticate: reauthenticate ?? (() => Promise.resolve(harness.tokenFor(persona))),
    clientApp: clientApp ?? createClientAppBridge(launch, false),
    // Tests measure behaviour, not pacing: a budget no test reaches.
    scheduler: { requestsPerMinute: 100_000, burst: 1000 },
  });
  const queryClient = createQueryClient(reportError);
  queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const user = userEvent.setup();
  const view = render(
    wrap(
      <MemoryRouter initialEntries={[path]}>
        <App session={session} queryClient={queryClient} />
      </MemoryRouter>,
    ),
  );
  return { ...harness, ...view, session, queryClient, user };
}
