// Renders the whole app, signed in as a demo persona against a fresh emulator,
// the way demo mode does in the browser (minus the service worker).
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { App, createQueryClient, type ErrorReporter } from '@/app/app';
import { MemoryRouter } from '@/app/router';
import type { EmulatorOptions } from '@/emulator/create-emulator';
import type { DemoPersona, Organization } from '@/emulator/org-model';
import { createClientAppBridge, type ClientAppBridge } from '@/genesys/client-app';
import type { DemoLaunch, GenesysLaunch, PeopleRule } from '@/genesys/launch-context';
import type { RecoveryTimings } from '@/genesys/recovery';
import type { RequestSchedulerOptions } from '@/genesys/request-scheduler';
import { createSession } from '@/genesys/session';
import { I18nProvider } from '@/i18n/i18n-context';
import { englishTranslator, type Translator } from '@/i18n/translator';
import { startEmulator } from './emulator-server';
import type { UcKey } from '@/genesys/uc-table';

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
  /** Who counts as an 8×8 person (launch parameter `people`); `tagged` by default. */
  people?: PeopleRule;
  /** The integration the client app URL names (launch parameter `uc`); none by default. */
  uc?: UcKey;
  /** How the app was launched: demo mode by default; 'genesys' as a client app inside Genesys Cloud. */
  launchMode?: 'demo' | 'genesys';
  /** Wraps the app (a view's tuning provider, for instance). */
  wrap?: (app: ReactElement) => ReactElement;
  /** The language; English by default. E.g. `createTranslator('de', await loadCatalog('de'))`. */
  translator?: Translator;
  /** The request scheduler: by default a budget no test reaches; `{}` is production's 240/min. */
  scheduler?: RequestSchedulerOptions;
  /** Keep the app's own query defaults (a retry) instead of the tests' no-retry. */
  productionQueryDefaults?: boolean;
  /** How failed requests are retried by themselves (production's 5 s doubling to 60 s by default). */
  recovery?: Partial<RecoveryTimings>;
}

export function renderApp({
  persona = 'agent',
  path = '/directory',
  reauthenticate,
  reportError,
  clientApp,
  conversationId,
  people = 'tagged',
  uc,
  launchMode = 'demo',
  wrap = (app) => app,
  translator = englishTranslator,
  // Tests measure behaviour, not pacing: a budget no test reaches.
  scheduler = { requestsPerMinute: 100_000, burst: 1000 },
  productionQueryDefaults = false,
  recovery,
  ...emulatorOptions
}: RenderAppOptions = {}) {
  const harness = startEmulator(emulatorOptions);
  const launch: DemoLaunch | GenesysLaunch =
    launchMode === 'demo'
      ? {
          mode: 'demo',
          people,
          ...(uc ? { uc } : {}),
          persona,
          size: harness.emulator.org.users.length,
          seed: 1,
          ...(conversationId === undefined ? {} : { conversationId }),
        }
      : {
          mode: 'genesys',
          people,
          ...(uc ? { uc } : {}),
          environment: harness.emulator.environment,
          usePopupAuth: false,
          ...(conversationId === undefined ? {} : { conversationId }),
        };
  const session = createSession({
    launch,
    environment: harness.emulator.environment,
    accessToken: harness.tokenFor(persona),
    reauthenticate: reauthenticate ?? (() => Promise.resolve(harness.tokenFor(persona))),
    clientApp: clientApp ?? createClientAppBridge(launch, false),
    scheduler,
    ...(recovery ? { recovery } : {}),
  });
  const queryClient = createQueryClient(reportError, translator);
  if (!productionQueryDefaults) queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const user = userEvent.setup();
  const view = render(
    wrap(
      <I18nProvider translator={translator}>
        <MemoryRouter initialEntries={[path]}>
          <App session={session} queryClient={queryClient} />
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  return { ...harness, ...view, session, queryClient, user };
}
