// The bridge to the Genesys Cloud page that frames us (purecloud-client-app-sdk).
// Outside Genesys Cloud, or when not framed, it is inert: the page shows its
// own messages and there is no host to talk to.
import ClientApp from 'purecloud-client-app-sdk/dist/main.mjs';
import type { LaunchContext } from '@/genesys/launch-context';

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

export function createClientAppBridge(launch: LaunchContext, framed: boolean): ClientAppBridge {
  if (launch.mode !== 'genesys' || !framed) return inert;
  // Validated values, not query parameter names: the SDK then posts only to this origin.
  const clientApp =
    launch.hostOrigin && launch.targetEnv
      ? new ClientApp({ gcHostOrigin: launch.hostOrigin, gcTargetEnv: launch.targetEnv })
      : new ClientApp({ pcEnvironment: launch.environment });
  let bootstrapped = false;
  const stopListeners = new Set<() => void>();
  clientApp.lifecycle.addStopListener(() => {
    for (const listener of stopListeners) listener();
    clientApp.lifecycle.stopped();
  }, true);
  return {
    embedded: true,
    bootstrapped() {
      if (bootstrapped) return;
      bootstrapped = true;
      clientApp.lifecycle.bootstrapped();
    },
    toast(kind, title, message) {
      if (kind === 'error') {
        clientApp.alerting.showToastPopup(title, message, { type: 'error', timeout: 0, showCloseButton: true });
      } else {
        clientApp.alerting.showToastPopup(title, message, { type: kind });
      }
    },
    showUser(userId) {
      clientApp.directory.showUser(userId);
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
