import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, createQueryClient } from '@/app/app';
import { StartErrorScreen, StartingScreen } from '@/app/start-screens';
import { readLaunchContext, type LaunchContext } from '@/genesys/launch-context';
import { createSession } from '@/genesys/session';
import '@/app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const render = (node: ReactNode) => {
  root.render(<StrictMode>{node}</StrictMode>);
};

async function connect(launch: LaunchContext): Promise<{ environment: string; accessToken: string }> {
  if (launch.mode === 'demo') {
    // The emulator is a separate chunk: production users inside Genesys Cloud never load it.
    const { startDemo } = await import('@/emulator/demo/start-demo');
    return startDemo(launch);
  }
  throw new Error(
    `Signing in to Genesys Cloud (${launch.environment}) is not available in this build yet. Open the app without launch parameters to use demo mode.`,
  );
}

async function boot() {
  let launch: LaunchContext;
  try {
    launch = readLaunchContext(window.location.href);
  } catch (error: unknown) {
    render(<StartErrorScreen error={error} />);
    return;
  }
  render(<StartingScreen label={launch.mode === 'demo' ? 'Starting the demo organization…' : 'Connecting…'} />);
  try {
    const { environment, accessToken } = await connect(launch);
    const session = createSession(launch, environment, accessToken);
    render(
      <BrowserRouter>
        <App session={session} queryClient={createQueryClient()} />
      </BrowserRouter>,
    );
  } catch (error: unknown) {
    render(<StartErrorScreen error={error} />);
  }
}

void boot();
