// The bridge to the Genesys Cloud page that frames us (purecloud-client-app-sdk).
// Outside Genesys Cloud, or when not framed, it is inert: the page shows its
// own messages and there is no host to talk to.
import type ClientAppClass from 'purecloud-client-app-sdk/dist/main.mjs';
import type { GenesysLaunch, LaunchContext } from '@/genesys/launch-context';
import { loadOnce } from '@/genesys/load-once';

export type ToastKind = 'error' | 'info' | 'success';

export interface ClientAppBridge {
  /** True when Genesys Cloud frames the app and can take toasts and navigation. */
  readonly embedded: boolean;
  /** Tells Genesys Cloud the first view is ready (once). */
  bootstrapped(): void;
  /** A Genesys toast; error toasts stay until closed. */
  toast(kind: ToastKind, title: string, message: string): void;
  /** Opens the person's Genesys Cloud profile; false when not embedded. */
  showUser(userId: string): boolean;
  /** Genesys Cloud is about to remove the app. */
  onStop(listener: () => void): () => void;
}

const inert: ClientAppBridge = {
  embedded: false,
  bootstrapped: () => undefined,
  toast: () => undefined,
  showUser: () => false,
  onStop: () => () => undefined,
};

type ClientApp = InstanceType<typeof ClientAppClass>;

/**
 * The client app SDK (with query-string, 6 kB gzip), fetched once and only framed in Genesys Cloud: demo mode
 * and a page opened on its own never load it. The tests load it beforehand, as they do the views. A chunk that
 * failed to load is tried again by the next bridge.
 */
export const loadClientAppSdk: () => Promise<typeof ClientAppClass> = loadOnce(
  async () => (await import('purecloud-client-app-sdk/dist/main.mjs')).default,
);

/** The SDK's client app, once loaded; it runs our stop listeners when Genesys Cloud stops the app. */
async function startClientApp(launch: GenesysLaunch, stopListeners: ReadonlySet<() => void>): Promise<ClientApp> {
  const ClientAppSdk = await loadClientAppSdk();
  // Validated values, not query parameter names: the SDK then posts only to this origin.
  const { hostOrigin, targetEnv, environment } = launch;
  const clientApp =
    hostOrigin && targetEnv
      ? new ClientAppSdk({ gcHostOrigin: hostOrigin, gcTargetEnv: targetEnv })
      : new ClientAppSdk({ pcEnvironment: environment });
  clientApp.lifecycle.addStopListener(() => {
    for (const listener of stopListeners) listener();
    clientApp.lifecycle.stopped();
  }, true);
  return clientApp;
}

/**
 * The bridge starts loading the SDK at once, in parallel with the rest of the start, and nothing waits for it
 * before the first badge: what the app asks of Genesys Cloud meanwhile (ready, toasts, a profile) waits for
 * it, in order.
 */
export function createClientAppBridge(launch: LaunchContext, framed: boolean): ClientAppBridge {
  if (launch.mode !== 'genesys' || !framed) return inert;
  let bootstrapped = false;
  const stopListeners = new Set<() => void>();
  const loading = startClientApp(launch, stopListeners);
  // A chunk that cannot load (offline, a new deployment) leaves the app working, without toasts or profiles.
  loading.catch((error: unknown) => {
    console.warn('The Genesys Cloud client app SDK could not be loaded', error);
  });
  const withClientApp = (use: (clientApp: ClientApp) => void): void => {
    loading
      .then(use, () => undefined)
      .catch((error: unknown) => {
        console.warn('The Genesys Cloud client app SDK failed', error);
      });
  };
  return {
    embedded: true,
    bootstrapped() {
      if (bootstrapped) return;
      bootstrapped = true;
      withClientApp((clientApp) => {
        clientApp.lifecycle.bootstrapped();
      });
    },
    toast(kind, title, message) {
      withClientApp((clientApp) => {
        if (kind === 'error') {
          clientApp.alerting.showToastPopup(title, message, { type: 'error', timeout: 0, showCloseButton: true });
        } else {
          clientApp.alerting.showToastPopup(title, message, { type: kind });
        }
      });
    },
    showUser(userId) {
      withClientApp((clientApp) => {
        clientApp.directory.showUser(userId);
      });
      return true;
    },
    onStop(listener) {
      stopListeners.add(listener);
      return () => stopListeners.delete(listener);
    },
  };
}

export function isFramed(win: Window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}
