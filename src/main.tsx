// src/: main.tsx reads the launch context and renders; app/ is the shell, features/ the views, foundations/ what
// they share, ui/ the Spark-styled parts, genesys/ the SDK owner, i18n/ the messages, emulator/ the demo Genesys Cloud.
import '@/app/zod-config';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from '@/app/boot';
import { isFramed } from '@/genesys/client-app';
import { readOAuthConfig } from '@/genesys/oauth-config';
import { browserSignInHost } from '@/genesys/sign-in';
import '@/app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
if (window.location.pathname === `${import.meta.env.BASE_URL}workspace`) {
  // Demo only (src/emulator/demo/workspace.ts): one emulator for the tab, the app's views in frames around it.
  void import('@/emulator/demo/workspace').then(({ startWorkspace }) => startWorkspace(window, container, import.meta.env.BASE_URL));
} else {
  const root = createRoot(container);
  void boot({
    win: window,
    render: (node: ReactNode) => {
      root.render(<StrictMode>{node}</StrictMode>);
    },
    signInHost: browserSignInHost(window),
    oauth: () => readOAuthConfig(import.meta.env),
    framed: isFramed(window),
    basePath: import.meta.env.BASE_URL,
    // The emulator is a separate chunk: people inside Genesys Cloud never load it.
    startDemo: async (launch) => (await import('@/emulator/demo/start-demo')).startDemo(launch),
  });
}
