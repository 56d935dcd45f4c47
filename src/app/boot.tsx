import type { ReactNode } from 'react';
import { App, createQueryClient } from '@/app/app';
import { BrowserRouter } from '@/app/router';
import { SignInScreen, StartErrorScreen, StartingScreen } from '@/app/start-screens';
import { preloadView } from '@/app/view-pages';
import { createClientAppBridge, type ClientAppBridge } from '@/genesys/client-app';
import { readLaunchContext, type DemoLaunch, type GenesysLaunch, type LaunchContext } from '@/genesys/launch-context';
import { I18nProvider } from '@/i18n/i18n-context';
import { startI18n } from '@/i18n/start-i18n';
import { englishTranslator, type Translator } from '@/i18n/translator';
import { clientIdFor, type OAuthConfig } from '@/genesys/oauth-config';
import { createSession, type GenesysSession } from '@/genesys/session';
import { browserTabEnvironment, openTabLink, type TabLink } from '@/genesys/tab-link';
import { errorText } from '@/ui/error-notice';
import { keptToken, readSignInReturn, relayPopupReturn, type SignInHost } from '@/genesys/sign-in';
import type { SignInRequest } from '@/genesys/sign-in-flow';

/** Signing in itself: a start with a kept token (most starts) never loads it. */
const signInFlow = () => import('@/genesys/sign-in-flow');

export interface DemoConnection {
  environment: string;
  accessToken: string;
  signInAgain: () => string;
}

export interface BootOptions {
  win: Window;
  render: (node: ReactNode) => void;
  signInHost: SignInHost;
  oauth: () => OAuthConfig;
  framed: boolean;
  /** Where the app is served from, e.g. "/" (Vite's BASE_URL). */
  basePath: string;
  startDemo: (launch: DemoLaunch) => Promise<DemoConnection>;
  /** Joins the app's other frames in this tab (default: the browser's Web Locks and BroadcastChannel, unless `tab=alone`). */
  openTab?: (launch: LaunchContext) => TabLink | null;
}

function tabOf(options: BootOptions, launch: LaunchContext): TabLink | null {
  if (options.openTab) return options.openTab(launch);
  return launch.aloneInTab ? null : openTabLink(browserTabEnvironment(options.win));
}

const NEVER = new Promise<never>(() => undefined);

function placeOf(win: Window): string {
  return `${win.location.pathname}${win.location.search}`;
}

/** `data-tab-role` on the frame's root says whether it leads the tab's frames (for people who inspect a frame, and tests). */
function markTabRole(win: Window, tab: TabLink | null): void {
  const root = win.document.documentElement;
  if (!tab) {
    root.dataset.tabRole = 'alone';
    return;
  }
  root.dataset.tabRole = tab.role();
  tab.onLeader((leaderId) => {
    root.dataset.tabRole = leaderId === tab.frameId ? 'leader' : 'follower';
  });
}

function renderApp(options: BootOptions, session: GenesysSession, translator: Translator) {
  markTabRole(options.win, session.tab);
  const queryClient = createQueryClient((title, message) => {
    session.clientApp.toast('error', title, message);
  }, translator);
  options.render(
    <BrowserRouter>
      <App session={session} queryClient={queryClient} />
    </BrowserRouter>,
  );
}

async function bootDemo(options: BootOptions, launch: DemoLaunch, clientApp: ClientAppBridge, translator: Translator) {
  options.render(<StartingScreen label={translator.t('app.start.demo')} />);
  const demo = await options.startDemo(launch);
  const session = createSession({
    launch,
    environment: demo.environment,
    accessToken: demo.accessToken,
    reauthenticate: () => Promise.resolve(demo.signInAgain()),
    clientApp,
    tab: tabOf(options, launch),
  });
  renderApp(options, session, translator);
}

async function bootGenesys(
  options: BootOptions,
  launch: GenesysLaunch,
  clientApp: ClientAppBridge,
  fresh: { accessToken: string } | null,
  translator: Translator,
) {
  const { win, signInHost: host } = options;
  const config = options.oauth();
  const request = (): SignInRequest => ({
    environment: launch.environment,
    clientId: clientIdFor(config, launch.environment),
    grant: config.grant,
    redirectUri: `${win.location.origin}${options.basePath}`,
    returnTo: placeOf(win),
  });
  // Without storage that outlives the page a redirect would come back to a page that forgot
  // the sign-in it started (state, PKCE verifier): the popup keeps it in this page's memory.
  const byPopup = launch.usePopupAuth || !host.storageOutlivesPage;
  const signIn = async (): Promise<string> => {
    const flow = await signInFlow();
    if (byPopup) return (await flow.signInByPopup(request(), host)).accessToken;
    await flow.signInByRedirect(request(), host);
    return NEVER;
  };
  const start = (accessToken: string, proven: boolean) => {
    renderApp(
      options,
      createSession({
        launch,
        environment: launch.environment,
        accessToken,
        proven,
        reauthenticate: signIn,
        clientApp,
        tab: tabOf(options, launch),
      }),
      translator,
    );
  };

  const kept = fresh ? null : keptToken(host.storage, launch.environment, host.now());
  const token = fresh?.accessToken ?? kept;
  if (token) {
    start(token, kept !== null);
    return;
  }
  if (byPopup) {
    options.render(
      <SignInScreen
        environment={launch.environment}
        storageBlocked={!host.storageOutlivesPage}
        onSignIn={async () => {
          start(await signIn(), false);
        }}
      />,
    );
    return;
  }
  options.render(<StartingScreen label={translator.t('app.start.signingIn')} />);
  await (await signInFlow()).signInByRedirect(request(), host);
}

/**
 * Starts the app: finishes a sign-in the login page returned from, reads the
 * launch context, then runs the demo or signs in to Genesys Cloud. Never rejects:
 * whatever fails is said on screen (in English when even the language could not load).
 */
export async function boot(bootOptions: BootOptions): Promise<void> {
  try {
    await bootSteps(bootOptions);
  } catch (error: unknown) {
    bootOptions.render(
      <I18nProvider translator={englishTranslator}>
        <StartErrorScreen error={error} />
      </I18nProvider>,
    );
  }
}

async function bootSteps(bootOptions: BootOptions): Promise<void> {
  const { win } = bootOptions;
  if (relayPopupReturn(win)) return;
  const returned = readSignInReturn(win.location.href);
  // Whatever happens next, the code or token must not stay in the address bar. The launch URL takes
  // its place before anything else (the start screens need its language, gcLangTag, too); if the
  // sign-in code cannot load, the bare path does, and completing the sign-in then says why it failed.
  if (returned) {
    const returnTo = await signInFlow().then(
      (flow) => flow.pendingReturnTo(bootOptions.signInHost.storage),
      () => undefined,
    );
    win.history.replaceState(null, '', returnTo ?? win.location.pathname);
  }
  // A language chunk that cannot load (offline, a new deployment) leaves the app in English.
  const translator = await startI18n(win).catch(() => englishTranslator);
  win.document.title = translator.t('app.documentTitle');
  // Every screen, from "Starting…" to the app itself, in the launch's language.
  const options: BootOptions = {
    ...bootOptions,
    render: (node) => {
      bootOptions.render(<I18nProvider translator={translator}>{node}</I18nProvider>);
    },
  };
  let fresh: { accessToken: string } | null = null;
  let launch: LaunchContext;
  try {
    if (returned) {
      const signedIn = await (await signInFlow()).completeSignIn(returned, options.signInHost);
      win.history.replaceState(null, '', signedIn.returnTo);
      fresh = { accessToken: signedIn.accessToken };
    }
    launch = readLaunchContext(win.location.href);
  } catch (error: unknown) {
    options.render(<StartErrorScreen error={error} />);
    return;
  }
  // Spark's switch: without it the tokens follow the system's light or dark preference.
  if (launch.theme) win.document.documentElement.setAttribute('flare-mode', launch.theme);
  const clientApp = createClientAppBridge(launch, options.framed);
  // The view's chunk loads while the demo starts or the session signs in, not after.
  preloadView(win.location.pathname);
  try {
    if (launch.mode === 'demo') await bootDemo(options, launch, clientApp, translator);
    else await bootGenesys(options, launch, clientApp, fresh, translator);
  } catch (error: unknown) {
    clientApp.toast('error', translator.t('app.start.failed'), errorText(error, translator.t));
    options.render(<StartErrorScreen error={error} />);
  }
}
