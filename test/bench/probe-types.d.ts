// The in-page side of `npm run bench` (probe.js, injected before the page's
// own scripts): what run.mjs can ask the page. Times are performance.now()
// milliseconds, i.e. relative to the navigation start of the page.

export interface ProbeStatus {
  /** window.gc8x8Demo exists (the emulator is running in this page). */
  hasDemo: boolean;
  /** When a [data-presence] element first appeared in the DOM. */
  firstBadgeAt: number | null;
  /** The frame after that (requestAnimationFrame, then a task): the badge is on screen. */
  firstBadgePaintedAt: number | null;
  /** API requests the emulator had answered when the first badge appeared. */
  firstBadgeRequests: number | null;
  /** performance.mark('first-badge') from the page itself, if it sets one. */
  firstBadgeMark: number | null;
  rows: number;
  badges: number;
  listbox: boolean;
  /** Rows carry data-user-id (needed for the socket figure). */
  userIds: boolean;
  text: string;
}

export interface KeystrokeSample {
  /** keydown to the frame after the first change of the results. */
  firstMs: number;
  /** keydown to the frame after the last change, once the results stayed quiet. */
  settledMs: number;
}

export interface VisibleRow {
  id: string;
  presence: string;
}

export interface ScrollResult {
  container: string;
  /** The timed window: frames and long tasks count in it. */
  seconds: number;
  /** The window requests are counted in, ending with the scrolling: longer for a client whose requests come in bursts. */
  requestSeconds: number;
  scrolledPx: number;
  frames: number;
  requests: number;
  /** The same requests by route, most first. */
  byRoute: { route: string; count: number }[];
  rateLimited: number;
  longTasks: number;
  longestTaskMs: number;
}

export interface RequestSummary {
  total: number;
  rateLimited: number;
  /** Requests per route, ids replaced by {id}, most frequent first. */
  byRoute: { route: string; count: number }[];
}

export interface BenchProbe {
  /** Full status: walks the DOM, so not for polling while the page loads. */
  status: () => ProbeStatus;
  /** Cheap: only what the first-badge observer recorded. */
  firstBadge: () => Pick<ProbeStatus, 'firstBadgeAt' | 'firstBadgePaintedAt' | 'firstBadgeRequests'>;
  apiRequests: () => number;
  setChurn: (perMinute: number) => boolean;
  armKeystroke: () => void;
  keystrokeResult: (quietMs: number, noChangeMs: number, timeoutMs: number) => Promise<KeystrokeSample | null>;
  waitQuiet: (quietMs: number, timeoutMs: number) => Promise<void>;
  visibleRows: () => VisibleRow[];
  presenceToRepaint: (userId: string, systemPresence: string, timeoutMs: number) => Promise<number | null>;
  scrollFor: (seconds: number, pxPerSecond: number, requestSeconds: number) => Promise<ScrollResult>;
  requestSummary: () => RequestSummary;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}
