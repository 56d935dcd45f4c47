import type { RequestHandler, WebSocketHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** Starts MSW's service worker (and the in-page WebSocket interceptor) on these handlers, as demo mode does in every page. */
export async function startDemoWorker(handlers: readonly (RequestHandler | WebSocketHandler)[]): Promise<SetupWorker> {
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return worker;
}
