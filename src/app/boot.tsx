import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { App, createQueryClient } from '@/app/app';
import { SignInScreen, StartErrorScreen, StartingScreen } from '@/app/start-screens';
import { createClientAppBridge, type ClientAppBridge } from '@/genesys/client-app';
import { readLaunchContext, type DemoLaunch, type GenesysLaunch, type LaunchContext } from '@/genesys/launch-context';
import { clientIdFor, type OAuthConfig } from '@/genesys/oauth-config';
import { createSession, type GenesysSession } from '@/genesys/session';
import {
  completeSignIn,
  keptToken,
  readSignInReturn,
  relayPopupReturn,
  signInByPopup,
  signInByRedirect,
  type SignInHost,
  type SignInRequest,
} from '@/genesys/sign-in';

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
}

const NEVER = new Promise<never>(() => undefined);

function placeOf(win: Window): string {
  return `${win.location.pathname}${win.location.search}`;
}

function renderApp(options: BootOptions, session: GenesysSession) {
  const queryClient = createQueryClient((title, message) => {
    session.clientApp.toast('error', title, message);
  });
  options.render(
    <BrowserRouter>
      <App session={session} queryClient={queryClient} />
    </BrowserRouter>,
  );
}

async function bootDemo(options: BootOptions, launch: DemoLaunch, clientApp: ClientAppBridge) {
  options.render(<StartingScreen label="Starting the demo organization…" />);
  const demo = await options.startDemo(launch);
  const session = createSession({
    launch,
    environment: demo.environment,
    accessToken: demo.accessToken,
    reauthenticate: () => Promise.resolve(demo.signInAgain()),
    clientApp,
  });
  renderApp(options, session);
}

async function bootGenesys(
  options: BootOptions,
  launch: GenesysLaunch,
  clientApp: ClientAppBridge,
  fresh: { accessToken: string } | null,
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
  const signIn = async (): Promise<string> => {
    if (launch.usePopupAuth) return (await signInByPopup(request(), host)).accessToken;
    await signInByRedirect(request(), host);
    return NEVER;
  };
  const start = (accessToken: string, proven: boolean) => {
    renderApp(
      options,
      createSession({ launch, environment: launch.environment, accessToken, proven, reauthenticate: signIn, clientApp }),
    );
  };

  const kept = fresh ? null : keptToken(host.storage, launch.environment, host.now());
  const token = fresh?.accessToken ?? kept;
  if (token) {
    start(token, kept !== null);
    return;
  }
  if (launch.usePopupAuth) {
    options.render(
      <SignInScreen
        environment={launch.environment}
        onSignIn={async () => {
          start(await signIn(), false);
        }}
      />,
    );
    return;
  }
  options.render(<StartingScreen label="Signing in to Genesys Cloud…" />);
  await signInByRedirect(request(), host);
}

/**
 * Starts the app: finishes a sign-in the login page returned from, reads the
 * launch context, then runs the demo or signs in to Genesys Cloud.
 */
export async function boot(options: BootOptions): Promise<void> {
  const { win } = options;
  if (relayPopupReturn(win)) return;
  let fresh: { accessToken: string } | null = null;
  let launch: LaunchContext;
  try {
    const returned = readSignInReturn(win.location.href);
    if (returned) {
      // Whatever happens next, the code or token must not stay in the address bar.
      win.history.replaceState(null, '', win.location.pathname);
      const signedIn = await completeSignIn(returned, options.signInHost);
      win.history.replaceState(null, '', signedIn.returnTo);
      fresh = { accessToken: signedIn.accessToken };
    }
    launch = readLaunchContext(win.location.href);
  } catch (error: unknown) {
    options.render(<StartErrorScreen error={error} />);
    return;
  }
  const clientApp = createClientAppBridge(launch, options.framed);
  try {
    if (launch.mode === 'demo') await bootDemo(options, launch, clientApp);
    else await bootGenesys(options, launch, clientApp, fresh);
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    clientApp.toast('error', 'The app could not start', message);
    options.render(<StartErrorScreen error={error} />);
  }
}
