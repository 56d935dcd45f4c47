// What every e2e test file uses: a Chromium per file, a fresh page per test on the
// production build (test/e2e/global-setup.ts), and the accessibility checks run in each view.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type AxeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';
import { launchBrowser, newPage, REPO, type PageOptions } from '../support/chromium.mjs';

declare global {
  interface Window {
    /** axe-core, once injected by expectNoSeriousAxeViolations. */
    axe?: typeof AxeCore;
  }
}

export const SCREENSHOTS = path.join(REPO, 'test-results/e2e/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Starts Chromium before the file's tests and closes it after them; returns it. */
export function launchBrowserForFile(): () => Browser {
  let harness: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    harness = await launchBrowser();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('Chromium is not running: call launchBrowserForFile() at the top of the file');
    return harness.browser;
  };
}

export type DemoParams = Record<string, string | number>;

/**
 * Opens `view` (e.g. "/transfer") of the production build in demo mode in a new isolated page
 * (English unless told otherwise), closed when the test ends. A page error or console.error
 * fails the test, as it does in the unit tests.
 */
export async function openApp(browser: Browser, view: string, params: DemoParams, options: PageOptions = {}): Promise<Page> {
  const { page, close } = await newPage(browser, { locale: 'en-US', ...options });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  onTestFinished(async () => {
    await close();
    if (problems.length > 0) throw new Error(`The page reported ${problems.length} error(s):\n${problems.join('\n')}`);
  });
  const url = new URL(view, inject('e2eBaseUrl'));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  await page.goto(url.href);
  return page;
}

/**
 * A full-page screenshot in test-results/e2e/screenshots/<name>.png. The shell is as tall as the
 * window and scrolls its <main>; for the picture, <main> and its ancestors grow to their content
 * so that the whole view is in it. The last step of a test: the page is not the same afterwards.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    for (let element = document.querySelector('main'); element; element = element.parentElement) {
      element.style.height = 'auto';
      element.style.overflow = 'visible';
    }
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is and fails on any serious or critical violation, naming the
 * rule, its impact and the elements. The CSP (script-src 'self') forbids adding a <script>, so axe
 * is evaluated through the DevTools protocol (page.evaluate), which the page's CSP does not govern:
 * the app keeps its production headers.
 */
export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async (): Promise<AxeFinding[]> => {
    if (!window.axe) throw new Error('axe-core did not load');
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      }));
  });
  const report = findings
    .map(
      (finding) => `  ${finding.id} (${finding.impact}): ${finding.help}\n${finding.targets.map((target) => `    ${target}`).join('\n')}`,
    )
    .join('\n');
  expect(findings, `axe found serious or critical violations (${where}):\n${report}`).toEqual([]);
}

interface FocusStop {
  /** Index of the control in the list of interactive controls, or -1 for another focusable element. */
  control: number;
  radioGroup: string | null;
  description: string;
  indicator: string | null;
}

/**
 * Presses Tab through the whole page (until focus comes round to where it started) and fails
 * unless every visible, enabled interactive control was focused (one radio of a group is enough:
 * arrows move within it) and every element that took focus showed a focus indicator: a computed
 * outline, at least 1 px and 3:1 against the background around it, or a box-shadow.
 */
export async function expectTabReachesEveryControl(page: Page, where: string): Promise<void> {
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const found = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.matches(':disabled') &&
        !(element instanceof HTMLInputElement && element.type === 'hidden') &&
        element.closest('[inert]') === null &&
        element.checkVisibility({ visibilityProperty: true }) &&
        element.getClientRects().length > 0,
    );
    for (const element of document.querySelectorAll('[data-e2e-control]')) element.removeAttribute('data-e2e-control');
    found.forEach((element, index) => {
      element.setAttribute('data-e2e-control', String(index));
    });
    return found.map((element) => ({
      radioGroup: element instanceof HTMLInputElement && element.type === 'radio' ? element.name : null,
      description: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role') ?? ''}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 60)}"`,
    }));
  });
  expect(controls.length, `no interactive control in ${where}`).toBeGreaterThan(0);

  const stops: FocusStop[] = [];
  let first: string | undefined;
  for (let press = 0; press < controls.length + 30; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((pressIndex): (FocusStop & { key: string }) | null => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return null;
      element.dataset.e2eFocusKey ??= String(pressIndex);
      const style = getComputedStyle(element);
      const rgba = (color: string): [number, number, number, number] | null => {
        const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(color);
        if (!match) return null;
        return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
      };
      const luminance = ([r, g, b]: [number, number, number, number]) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      // The outline is drawn around the element: what it must stand out from is the nearest opaque background outside it.
      let behind: [number, number, number, number] = [255, 255, 255, 1];
      for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
        const background = rgba(getComputedStyle(ancestor).backgroundColor);
        if (background && background[3] > 0.5) {
          behind = background;
          break;
        }
      }
      let indicator: string | null;
      const outline = rgba(style.outlineColor);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && outline && outline[3] > 0) {
        const [a, b] = [luminance(outline), luminance(behind)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        indicator =
          ratio >= 3
            ? null
            : `outline ${style.outlineColor} has ${ratio.toFixed(2)}:1 against rgb(${behind.slice(0, 3).join(', ')}) (needs 3:1)`;
      } else if (style.boxShadow !== 'none') {
        indicator = null;
      } else {
        indicator = 'no outline and no box-shadow';
      }
      return {
        key: element.dataset.e2eFocusKey,
        control: element.dataset.e2eControl === undefined ? -1 : Number(element.dataset.e2eControl),
        radioGroup: element instanceof HTMLInputElement && element.type === 'radio' ? element.name : null,
        description: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role') ?? ''}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 60)}"`,
        indicator,
      };
    }, press);
    if (stop === null) continue;
    if (stop.key === first) break;
    first ??= stop.key;
    stops.push(stop);
  }

  const reached = new Set(stops.map((stop) => stop.control));
  const reachedGroups = new Set(stops.flatMap((stop) => (stop.radioGroup === null ? [] : [stop.radioGroup])));
  const unreached = controls.filter(
    (control, index) => !reached.has(index) && !(control.radioGroup !== null && reachedGroups.has(control.radioGroup)),
  );
  expect(
    unreached.map((control) => control.description),
    `controls Tab never reached (${where})`,
  ).toEqual([]);
  const withoutIndicator = stops.filter((stop) => stop.indicator !== null).map((stop) => `${stop.description}: ${stop.indicator ?? ''}`);
  expect(withoutIndicator, `focused elements without a visible focus indicator (${where})`).toEqual([]);
}

/**
 * What moves in the page: running CSS animations and transitions longer than 1 ms, and elements
 * (or their ::before / ::after) that declare an animation or a transition longer than 1 ms.
 */
export async function motionIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const seconds = (list: string) =>
      Math.max(0, ...list.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''}`;
    for (const animation of document.getAnimations()) {
      const duration = animation.effect?.getComputedTiming().activeDuration ?? 0;
      if (animation.playState === 'running' && Number(duration) > 1) {
        const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        found.push(`running ${animation.constructor.name} of ${String(duration)} ms on ${target ? name(target) : '?'}`);
      }
    }
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.001) {
          found.push(`${name(element)}${pseudo ?? ''} animates (${style.animationName} ${style.animationDuration})`);
        }
        if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.001) {
          found.push(`${name(element)}${pseudo ?? ''} has a transition (${style.transitionProperty} ${style.transitionDuration})`);
        }
      }
    }
    return found;
  });
}

/** With prefers-reduced-motion: reduce, nothing moves (see motionIn). */
export async function expectNoMotion(page: Page, where: string): Promise<void> {
  expect(await motionIn(page), `motion with prefers-reduced-motion: reduce (${where})`).toEqual([]);
}

/**
 * Every presence badge in the page (role img, data-presence) as Chromium's accessibility tree
 * names it, with the label it shows: what a screen reader hears next to what a person sees.
 */
export async function badgeNames(page: Page): Promise<{ name: string; shown: string; label: string }[]> {
  // A live list replaces rows while it is read (a presence change re-renders a badge): a node gone
  // between the query and its read is no failure of the page, so the whole read starts again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await readBadgeNames(page);
    } catch (error) {
      if (attempt >= 5 || !/Could not find node|No node with given id|Node with given id does not exist/i.test(String(error))) throw error;
    }
  }
}

async function readBadgeNames(page: Page): Promise<{ name: string; shown: string; label: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[role="img"][data-presence]' });
    const badges: { name: string; shown: string; label: string }[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const shown = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId ?? '',
        functionDeclaration: 'function () { return this.innerText; }',
        returnByValue: true,
      });
      const text = String(shown.result.value ?? '');
      // "Available · 3 h 13 min": the presence label is what comes before the time in status.
      badges.push({ name: String(nodes[0]?.name?.value ?? ''), shown: text, label: text.split(/[\n·]/)[0]?.trim() ?? '' });
    }
    return badges;
  } finally {
    await cdp.detach();
  }
}

/** The emulator's request log (method, path with query string, status), as gc8x8Demo keeps it. */
export async function demoRequests(page: Page): Promise<{ method: string; url: string; status: number }[]> {
  return page.evaluate(() => {
    const demo = window.gc8x8Demo;
    if (!demo) throw new Error('window.gc8x8Demo is missing: not in demo mode?');
    return demo.requests().map((entry) => {
      const search: unknown = 'search' in entry ? entry.search : '';
      return { method: entry.method, url: `${entry.path}${typeof search === 'string' ? search : ''}`, status: entry.status };
    });
  });
}

/** Whether the page paints dark: the luminance of the root background (the app's --gse-semantic-background). */
export async function expectDarkPage(page: Page, dark: boolean, where: string): Promise<void> {
  const luminance = await page.evaluate(() => {
    const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(getComputedStyle(document.documentElement).backgroundColor);
    if (!match) return null;
    const channel = (value: string | undefined) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(match[1]) + 0.7152 * channel(match[2]) + 0.0722 * channel(match[3]);
  });
  expect(luminance, `background luminance (${where})`).not.toBeNull();
  if (dark) expect(luminance, `a dark page (${where})`).toBeLessThan(0.1);
  else expect(luminance, `a light page (${where})`).toBeGreaterThan(0.5);
}

/**
 * How a journey looks: each journey runs once per look (see RUNS), and calls `check` at each of its steps.
 * - light: axe in light and, on the same page, in emulated dark (prefers-color-scheme);
 * - theme=dark: the launch parameter sets Spark's flare-mode, with reduced motion: axe, and nothing moves.
 * In both, Tab reaches every control of the view with a visible focus indicator.
 */
export interface Look {
  name: string;
  /** Appended to the journey's screenshot name. */
  suffix: string;
  params: DemoParams;
  options: PageOptions;
  check: (page: Page, where: string) => Promise<void>;
}

/** The first look: light, and dark through prefers-color-scheme. */
const LIGHT_AND_DARK: Look = {
  name: 'light and dark colour scheme',
  suffix: '',
  params: {},
  options: { colorScheme: 'light' },
  check: async (page, where) => {
    await expectDarkPage(page, false, where);
    await expectNoSeriousAxeViolations(page, `${where}, light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await expectDarkPage(page, true, `${where}, prefers-color-scheme: dark`);
      await expectNoSeriousAxeViolations(page, `${where}, prefers-color-scheme: dark`);
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  },
};

const THEME_DARK: Look = {
  name: 'theme=dark, reduced motion',
  suffix: '-theme-dark',
  params: { theme: 'dark' },
  options: { colorScheme: 'light', reducedMotion: 'reduce' },
  check: async (page, where) => {
    await expectDarkPage(page, true, `${where}, theme=dark`);
    await expectNoSeriousAxeViolations(page, `${where}, theme=dark`);
    await expectNoMotion(page, `${where}, theme=dark`);
  },
};

export const LOOKS: readonly Look[] = [LIGHT_AND_DARK, THEME_DARK];

/**
 * A UC integration the journeys run against (issue 19): what the app calls it and what it checks for
 * it (src/genesys/uc-table.ts), and the demo parameters that make it the org's only UC integration.
 */
export interface Integration {
  key: '8x8' | 'teams';
  /** As the app says it: "Search {name} users", "{name} Presence". */
  name: string;
  /** "an 8×8 person", "a Microsoft Teams person". */
  article: 'a' | 'an';
  /** The generated org's UC integrations (none: 8×8, the default). */
  params: DemoParams;
  /**
   * What the integration's client app URL adds (uc=), as Terraform deploys one app per integration.
   * Only where the persona cannot read the org's integration list (no badge permission): without it the
   * app serves the default, 8×8.
   */
  clientApp: DemoParams;
  /** Its view permission, as Genesys Cloud's role editor labels it and as a permission string. */
  viewLabel: string;
  viewPermission: string;
  /** The demo org's role that grants only the view permission. */
  viewerRole: string;
  /** Appended to a screenshot's name. */
  suffix: string;
}

export const EIGHT_BY_EIGHT: Integration = {
  key: '8x8',
  name: '8×8',
  article: 'an',
  params: {},
  clientApp: {},
  viewLabel: 'Integration > 8×8 > View',
  viewPermission: 'integration:eightByEight:view',
  viewerRole: '8x8 Presence Viewer',
  suffix: '',
};

export const MICROSOFT_TEAMS: Integration = {
  key: 'teams',
  name: 'Microsoft Teams',
  article: 'a',
  params: { demoUc: 'teams' },
  clientApp: { uc: 'teams' },
  viewLabel: 'Integration > Microsoft Teams > View',
  viewPermission: 'integration:microsoftTeams:view',
  viewerRole: 'Microsoft Teams Presence Viewer',
  suffix: '-teams',
};

export const INTEGRATIONS: readonly Integration[] = [EIGHT_BY_EIGHT, MICROSOFT_TEAMS];

/** A test's title for `uc`: unchanged for 8×8 (so that history reads the same), "… (Microsoft Teams)" for another. */
export function ucTitle(title: string, uc: Integration): string {
  return uc === EIGHT_BY_EIGHT ? title : `${title} (${uc.name})`;
}

/** One run of a journey: a look, against an integration. */
export interface Run {
  look: Look;
  uc: Integration;
  /** The end of the test's title: "(light and dark colour scheme)", "(…) (Microsoft Teams)". */
  title: string;
  /** Appended to the journey's screenshot name: the look's, then the integration's. */
  suffix: string;
  /** The look's and the integration's demo parameters. */
  params: DemoParams;
}

const run = (look: Look, uc: Integration): Run => ({
  look,
  uc,
  title: ucTitle(`(${look.name})`, uc),
  suffix: `${look.suffix}${uc.suffix}`,
  params: { ...look.params, ...uc.params },
});

/**
 * How each journey runs: both looks for 8×8, and the first look once more for Microsoft Teams (every
 * look for every integration would double the e2e project's time for little more).
 */
export const RUNS: readonly Run[] = [
  run(LIGHT_AND_DARK, EIGHT_BY_EIGHT),
  run(THEME_DARK, EIGHT_BY_EIGHT),
  run(LIGHT_AND_DARK, MICROSOFT_TEAMS),
];

/** The header and the browser tab name the integration the app serves: "Microsoft Teams Presence". */
export async function expectServes(page: Page, uc: Integration): Promise<void> {
  await expect.poll(() => page.title(), { message: `the tab names ${uc.name}` }).toBe(`${uc.name} Presence for Genesys Cloud`);
  const banner = page.getByRole('banner');
  await expect
    .poll(async () => ((await banner.count()) === 1 ? await banner.textContent() : null), { message: `the header names ${uc.name}` })
    .toMatch(new RegExp(`^\\s*${escapeRegExp(`${uc.name} Presence`)}`));
}

/** For a regular expression: `text` as it is. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
