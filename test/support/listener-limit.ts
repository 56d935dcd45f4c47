// MSW 2.15 adds one 'message' listener that it never removes to a BroadcastChannel shared by the whole module
// (msw/lib/core/ws.mjs: one WebSocketClientManager per ws.link(), and every test's emulator makes a link). A file
// with more than ten emulators would make Node warn of a leak (MaxListenersExceededWarning) that is not ours.
// Node reads the default when an EventTarget is made, so this runs before msw is imported.
import { setMaxListeners } from 'node:events';

setMaxListeners(100);
