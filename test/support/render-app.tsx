// Renders the whole app, signed in as a demo persona against a fresh emulator,
// the way demo mode does in the browser (minus the service worker).
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '@/app/app';
import type { EmulatorOptions } from '@/emulator/create-emulator';
import type { DemoPersona, Organization } from '@/emulator/org-model';
import { createSession } from '@/genesys/session';
import { startEmulator } from './emulator-server';

export interface RenderAppOptions extends Partial<EmulatorOptions> {
  persona?: DemoPersona;
  path?: string;
  org?: Organization;
}

export function renderApp({ persona = 'agent', path = '/directory', ...emulatorOptions }: RenderAppOptions = {}) {
  const harness = startEmulator(emulatorOptions);
  const session = createSession(
    { mode: 'demo', persona, size: harness.emulator.org.users.length, seed: 1 },
    harness.emulator.environment,
    harness.tokenFor(persona),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <App session={session} queryClient={queryClient} />
    </MemoryRouter>,
  );
  return { ...harness, ...view, session, queryClient, user };
}
