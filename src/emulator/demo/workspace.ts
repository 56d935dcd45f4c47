// The demo workspace (/workspace): one browser tab as Genesys Cloud fills it, several frames of the
// app side by side (directory, presence board, interaction widgets), all against one emulator that
// this top window holds (tab-host.ts). Demo only: a harness for people, tests and benches.
import { z } from 'zod/mini';
import { createDemoEmulator, demoControl } from '@/emulator/demo/start-demo';
import { createTabHost } from '@/emulator/demo/tab-host';
import { readLaunchContext } from '@/genesys/launch-context';

export const WORKSPACE_FRAME_VIEWS = ['directory', 'supervisor', 'transfer', 'admin', 'check'] as const;
export type WorkspaceFrameView = (typeof WORKSPACE_FRAME_VIEWS)[number];

/** An agent desktop: the directory, the presence board and two interaction widgets. */
export const DEFAULT_WORKSPACE_FRAMES: readonly WorkspaceFrameView[] = ['directory', 'supervisor', 'transfer', 'transfer'];

const framesSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => value.split(',').map((part) => part.trim())),
  ),
  z.array(z.enum(WORKSPACE_FRAME_VIEWS)).check(z.minLength(1)),
);

const TITLES: Record<WorkspaceFrameView, string> = {
  directory: 'UC directory',
  supervisor: 'Presence board',
  transfer: 'Interaction widget',
  admin: 'Admin checks',
  check: 'Org check',
};

/** The interaction widget's width in Genesys Cloud; the other views share the rest, at least this wide. */
const WIDGET_WIDTH = 400;
const VIEW_WIDTH = 520;
// The launch parameters a frame must not inherit from the workspace: each transfer frame names its own call.
const NOT_INHERITED = new Set(['frames', 'gcConversationId', 'pcConversationId']);

export interface WorkspaceFrame {
  /** Stable name for tests: "directory", "transfer-1", … (numbered when a view appears more than once). */
  name: string;
  view: WorkspaceFrameView;
  title: string;
  /** Path and query of the frame's page. */
  src: string;
  /** CSS pixels: the widget's width, or the least width of another view (which grows into the room left). */
  width: number;
}

/** The frames the workspace URL asks for, each with its src; transfer frames take the persona's calls in turn. */
export function workspaceFrames(href: string, basePath: string, callIds: readonly string[]): WorkspaceFrame[] {
  const url = new URL(href);
  const framesParam = url.searchParams.get('frames');
  const views = framesParam === null || framesParam === '' ? DEFAULT_WORKSPACE_FRAMES : framesSchema.parse(framesParam);
  const inherited = [...url.searchParams].filter(([name]) => !NOT_INHERITED.has(name));
  const seen = new Map<WorkspaceFrameView, number>();
  return views.map((view) => {
    const index = (seen.get(view) ?? 0) + 1;
    seen.set(view, index);
    const several = views.filter((other) => other === view).length > 1;
    const params = new URLSearchParams(inherited);
    const callId = callIds.length > 0 ? callIds[(index - 1) % callIds.length] : undefined;
    if (view === 'transfer' && callId !== undefined) params.set('gcConversationId', callId);
    const query = params.toString();
    return {
      name: several ? `${view}-${String(index)}` : view,
      view,
      title: several ? `${TITLES[view]} ${String(index)}` : TITLES[view],
      src: `${basePath}${view}${query === '' ? '' : `?${query}`}`,
      width: view === 'transfer' ? WIDGET_WIDTH : VIEW_WIDTH,
    };
  });
}

function frameElement(doc: Document, frame: WorkspaceFrame): HTMLIFrameElement {
  const iframe = doc.createElement('iframe');
  iframe.name = frame.name;
  iframe.dataset.frame = frame.name;
  iframe.title = frame.title;
  iframe.src = frame.src;
  // CSSOM, not a style attribute: the CSP allows no inline styles.
  iframe.style.flex = frame.view === 'transfer' ? `0 0 ${String(frame.width)}px` : `1 0 ${String(frame.width)}px`;
  iframe.style.height = '100%';
  iframe.style.border = '1px solid #c9ccd1';
  return iframe;
}

function showFailure(container: HTMLElement, error: unknown): void {
  const notice = container.ownerDocument.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.textContent = error instanceof Error ? error.message : String(error);
  container.replaceChildren(notice);
}

/**
 * Starts the tab's one emulator here (the demo launch parameters, as the app reads them), exposes it as
 * `window.gc8x8TabEmulator` (and `window.gc8x8Demo`), then opens the frames, which find it and relay to it.
 */
export async function startWorkspace(win: Window, container: HTMLElement, basePath: string): Promise<void> {
  try {
    const launch = readLaunchContext(win.location.href);
    if (launch.mode !== 'demo') throw new Error('The workspace runs in demo mode only: open it without Genesys Cloud parameters.');
    const { emulator, org } = await createDemoEmulator(launch);
    const agentId = org.personas[launch.persona];
    const callIds = org.calls.filter((call) => call.agentUserId === agentId).map((call) => call.id);
    const frames = workspaceFrames(win.location.href, basePath, callIds);
    emulator.start();
    const host = createTabHost(emulator);
    win.gc8x8Demo = demoControl(emulator, org);
    win.gc8x8TabEmulator = host;
    win.addEventListener('pagehide', () => {
      host.stop();
      emulator.stop();
    });
    const doc = win.document;
    if (launch.language) doc.documentElement.lang = launch.language;
    container.style.display = 'flex';
    container.style.gap = '8px';
    container.style.height = '100vh';
    container.style.boxSizing = 'border-box';
    container.style.padding = '8px';
    container.style.overflowX = 'auto';
    container.replaceChildren(...frames.map((frame) => frameElement(doc, frame)));
  } catch (error) {
    showFailure(container, error);
    throw error;
  }
}
