// In-page probe of `npm run bench`, injected with page.addInitScript before the
// page's own scripts. All timing happens here, in the page's clock
// (performance.now(), relative to navigation start), never from Playwright's
// wall clock. It relies only on the UI contract: [role=listbox] named
// "8×8 users" (or the older <ul aria-label>), rows with [data-user-id],
// badges with [data-presence]; and on window.gc8x8Demo in demo mode.
(() => {
  const LIST = '[role="listbox"][aria-label="8×8 users"], [role="listbox"], ul[aria-label="8×8 users"]';
  const BADGE = '[data-presence]';

  /** @type {import('./probe-types').ProbeStatus} */
  const first = {
    hasDemo: false,
    firstBadgeAt: null,
    firstBadgePaintedAt: null,
    firstBadgeRequests: null,
    firstBadgeMark: null,
    rows: 0,
    badges: 0,
    listbox: false,
    userIds: false,
    text: '',
  };

  /** @type {{ startTime: number, duration: number }[]} */
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figure reads n/a.
  }

  /** Calls back in the task after the next frame: the change is painted by then. */
  const afterPaint = (/** @type {(at: number) => void} */ callback) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        callback(performance.now());
      };
      channel.port2.postMessage(0);
    });
  };

  /**
   * Requests counted by route (ids replaced by {id}), most first.
   * @param {{ method: string, path: string }[]} entries
   */
  const byRoute = (entries) => {
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const entry of entries) {
      const route = `${entry.method} ${entry.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}')}`;
      counts.set(route, (counts.get(route) ?? 0) + 1);
    }
    return [...counts].map(([route, count]) => ({ route, count })).sort((a, b) => b.count - a.count);
  };
  const apiRequests = () => window.gc8x8Demo?.requests().filter((entry) => entry.path.startsWith('/api/')).length ?? 0;

  const listbox = () => document.querySelector(LIST);
  const rows = () => {
    const withIds = document.querySelectorAll('[data-user-id]');
    if (withIds.length > 0) return [...withIds];
    const list = listbox();
    return list ? [...list.querySelectorAll('[role="option"], li')] : [];
  };

  const firstBadgeObserver = new MutationObserver(() => {
    if (first.firstBadgeAt !== null || !document.querySelector(BADGE)) return;
    first.firstBadgeAt = performance.now();
    first.firstBadgeRequests = apiRequests();
    firstBadgeObserver.disconnect();
    afterPaint((at) => {
      first.firstBadgePaintedAt = at;
    });
  });
  firstBadgeObserver.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-presence'],
  });

  /** A change of the results: inside the list (or the list itself coming or going), not a badge. */
  const isResultChange = (/** @type {MutationRecord} */ record) => {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (!target) return false;
    if (record.type === 'attributes' && record.attributeName === 'data-presence') return false;
    if (target.closest(BADGE)) return false;
    if (target.closest(LIST)) return true;
    if (record.type !== 'childList') return false;
    return [...record.addedNodes, ...record.removedNodes].some(
      (node) => node instanceof Element && (node.matches(LIST) || node.querySelector(LIST) !== null),
    );
  };

  /** @type {{ armedAt: number, keydownAt: number | null, firstPaint: number | null, lastChange: number | null, lastPaint: number | null }} */
  const keystroke = { armedAt: 0, keydownAt: null, firstPaint: null, lastChange: null, lastPaint: null };
  let lastResultChange = 0;
  window.addEventListener(
    'keydown',
    (event) => {
      if (keystroke.keydownAt === null) keystroke.keydownAt = event.timeStamp;
    },
    true,
  );
  new MutationObserver((records) => {
    if (!records.some(isResultChange)) return;
    const now = performance.now();
    lastResultChange = now;
    if (keystroke.keydownAt === null) return;
    const isFirst = keystroke.lastChange === null;
    keystroke.lastChange = now;
    afterPaint((at) => {
      if (isFirst) keystroke.firstPaint = at;
      keystroke.lastPaint = at;
    });
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  const sleep = (/** @type {number} */ ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    });

  const keyOf = (/** @type {string} */ systemPresence) => systemPresence.toLowerCase().replace('_', '-');

  const badgeOf = (/** @type {string} */ userId) => {
    const row = document.querySelector(`[data-user-id="${CSS.escape(userId)}"]`);
    if (!row) return null;
    return row.matches(BADGE) ? row : row.querySelector(BADGE);
  };

  const scrollContainer = () => {
    for (let element = listbox(); element; element = element.parentElement) {
      const { overflowY } = getComputedStyle(element);
      if ((overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 4) {
        return element;
      }
    }
    return document.scrollingElement ?? document.documentElement;
  };

  const describe = (/** @type {Element} */ element) =>
    element === document.scrollingElement
      ? 'document'
      : `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role') ?? ''}]` : ''}`;

  /** @type {import('./probe-types').BenchProbe} */
  const probe = {
    status: () => {
      const mark = performance.getEntriesByName('first-badge', 'mark')[0];
      const list = listbox();
      return {
        ...first,
        hasDemo: window.gc8x8Demo !== undefined,
        firstBadgeMark: mark ? mark.startTime : null,
        rows: rows().length,
        badges: document.querySelectorAll(BADGE).length,
        listbox: list !== null,
        userIds: document.querySelector('[data-user-id]') !== null,
        text: [...document.querySelectorAll('h1, p, [role="status"], [aria-live]')]
          .slice(0, 6)
          .map((element) => element.textContent.trim())
          .filter(Boolean)
          .join(' / ')
          .slice(0, 240),
      };
    },

    firstBadge: () => ({ ...first }),

    apiRequests,

    setChurn: (perMinute) => {
      if (!window.gc8x8Demo) return false;
      window.gc8x8Demo.setChurnPerMinute(perMinute);
      return true;
    },

    armKeystroke: () => {
      Object.assign(keystroke, {
        armedAt: performance.now(),
        keydownAt: null,
        firstPaint: null,
        lastChange: null,
        lastPaint: null,
      });
    },

    keystrokeResult: async (quietMs, noChangeMs, timeoutMs) => {
      for (;;) {
        const now = performance.now();
        const { keydownAt, firstPaint, lastChange, lastPaint } = keystroke;
        if (keydownAt !== null && firstPaint !== null && lastChange !== null && lastPaint !== null) {
          if (now - lastChange >= quietMs) return { firstMs: firstPaint - keydownAt, settledMs: lastPaint - keydownAt };
        }
        // A keystroke that leaves the results as they were ("thomp" after "thom") is no sample.
        if (lastChange === null && now - keystroke.armedAt > noChangeMs) return null;
        if (now - keystroke.armedAt > timeoutMs) {
          return keydownAt !== null && firstPaint !== null
            ? { firstMs: firstPaint - keydownAt, settledMs: (lastPaint ?? firstPaint) - keydownAt }
            : null;
        }
        await sleep(25);
      }
    },

    waitQuiet: async (quietMs, timeoutMs) => {
      const started = performance.now();
      lastResultChange = Math.max(lastResultChange, started);
      while (performance.now() - lastResultChange < quietMs && performance.now() - started < timeoutMs) {
        await sleep(25);
      }
    },

    visibleRows: () =>
      [...document.querySelectorAll('[data-user-id]')].flatMap((row) => {
        const rect = row.getBoundingClientRect();
        const id = row.getAttribute('data-user-id');
        const presence = (row.matches(BADGE) ? row : row.querySelector(BADGE))?.getAttribute('data-presence');
        const onScreen = rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
        return onScreen && id && presence ? [{ id, presence }] : [];
      }),

    presenceToRepaint: (userId, systemPresence, timeoutMs) => {
      const demo = window.gc8x8Demo;
      const expected = keyOf(systemPresence);
      if (!demo || badgeOf(userId)?.getAttribute('data-presence') === expected) return Promise.resolve(null);
      return new Promise((resolve) => {
        let done = false;
        const finish = (/** @type {number | null} */ value) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        const observer = new MutationObserver(() => {
          if (badgeOf(userId)?.getAttribute('data-presence') !== expected) return;
          observer.disconnect();
          afterPaint((at) => {
            finish(at - started);
          });
        });
        const timer = setTimeout(() => {
          finish(null);
        }, timeoutMs);
        observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-presence'] });
        const started = performance.now();
        try {
          demo.setIntegrationPresence(userId, /** @type {Parameters<typeof demo.setIntegrationPresence>[1]} */ (systemPresence));
        } catch {
          finish(null);
        }
      });
    },

    scrollFor: async (seconds, pxPerSecond, requestSeconds) => {
      const container = scrollContainer();
      const startedAt = performance.now();
      let direction = 1;
      let scrolledPx = 0;
      let frames = 0;
      let framesInWindow = 0;
      let last = startedAt;
      await new Promise((resolve) => {
        const step = (/** @type {number} */ now) => {
          frames += 1;
          const max = container.scrollHeight - container.clientHeight;
          const delta = Math.max(0, now - last) * (pxPerSecond / 1000);
          last = now;
          let next = container.scrollTop + direction * delta;
          if (next >= max || next <= 0) {
            direction = -direction;
            next = Math.min(Math.max(next, 0), max);
          }
          scrolledPx += Math.abs(next - container.scrollTop);
          container.scrollTop = next;
          if (now - startedAt < seconds * 1000) framesInWindow = frames;
          // Past the timed window, go on until the request window fits after the first badge.
          const sinceFirstBadge = now - (first.firstBadgePaintedAt ?? startedAt);
          if (now - startedAt < seconds * 1000 || sinceFirstBadge < requestSeconds * 1000) requestAnimationFrame(step);
          else resolve(undefined);
        };
        requestAnimationFrame(step);
      });
      const endedAt = performance.now();
      const endedEpoch = Date.now();
      const requestsFrom = endedEpoch - Math.max(requestSeconds * 1000, endedAt - startedAt);
      const windowEnd = startedAt + seconds * 1000;
      const during = longTasks.filter((task) => task.startTime + task.duration >= startedAt && task.startTime <= windowEnd);
      const inWindow = (window.gc8x8Demo?.requests() ?? []).filter(
        (entry) => entry.path.startsWith('/api/') && entry.timestamp >= requestsFrom && entry.timestamp <= endedEpoch,
      );
      return {
        container: describe(container),
        seconds: Math.min(seconds, (endedAt - startedAt) / 1000),
        requestSeconds: (endedEpoch - requestsFrom) / 1000,
        scrolledPx: Math.round(scrolledPx),
        frames: framesInWindow,
        requests: inWindow.length,
        byRoute: byRoute(inWindow),
        rateLimited: inWindow.filter((entry) => entry.status === 429).length,
        longTasks: during.length,
        longestTaskMs: during.reduce((max, task) => Math.max(max, task.duration), 0),
      };
    },

    requestSummary: () => {
      const entries = (window.gc8x8Demo?.requests() ?? []).filter((entry) => entry.path.startsWith('/api/'));
      return {
        total: entries.length,
        rateLimited: entries.filter((entry) => entry.status === 429).length,
        byRoute: byRoute(entries),
      };
    },
  };

  window.__bench = probe;
})();
