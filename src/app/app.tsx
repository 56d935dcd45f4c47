// src/app: the shell above every view: providers (query client, session, i18n), routes, layout and start
// screens. The only layer that may import the views.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Layout } from '@/app/layout';
import { useRecoverFailedQueries } from '@/app/recover-queries';
import { Navigate, Routes } from '@/app/router';
import { UcGate } from '@/app/uc-gate';
import { AdminPage, CheckPage, DirectoryPage, SupervisorPage, TransferPage } from '@/app/view-pages';
import { describeError } from '@/ui/error-notice';
import { SessionProvider, type GenesysSession } from '@/genesys/session';
import { englishTranslator, type Translator } from '@/i18n/translator';

export type ErrorReporter = (title: string, message: string) => void;

/** The same failure is reported again only after this long (Genesys error toasts stay until closed). */
const REPEAT_REPORT_AFTER_MS = 5 * 60_000;

/**
 * Every failed request is also reported through `report` (Genesys toasts when embedded), in the launch's
 * language: a failed action each time, a failed query once per streak of failures (it is retried by
 * itself), and the same message once however many queries fail with it (a screenful of badges).
 */
export function createQueryClient(report?: ErrorReporter, translator: Translator = englishTranslator): QueryClient {
  const failing = new WeakSet<object>();
  const reportedAt = new Map<string, number>();
  const onError = (error: unknown) => {
    if (!report) return;
    const { title, detail } = describeError(error, translator.t);
    report(title, detail);
  };
  const onQueryError = (error: unknown, query: object) => {
    if (failing.has(query)) return;
    failing.add(query);
    const { title, detail } = describeError(error, translator.t);
    const key = `${title}\n${detail}`;
    const now = Date.now();
    if (now - (reportedAt.get(key) ?? -Infinity) < REPEAT_REPORT_AFTER_MS) return;
    reportedAt.set(key, now);
    report?.(title, detail);
  };
  return new QueryClient({
    queryCache: new QueryCache({
      onError: onQueryError,
      onSuccess: (_data, query) => {
        failing.delete(query);
      },
    }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // The request scheduler already waits out rate limits; a failed query shows its error with a retry button
      // and is tried again by itself (useRecoverFailedQueries).
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}

function useStopWhenGenesysSaysSo(session: GenesysSession, queryClient: QueryClient) {
  useEffect(
    () =>
      session.clientApp.onStop(() => {
        void queryClient.cancelQueries();
        queryClient.clear();
      }),
    [session, queryClient],
  );
}

/** The app for one session. The router (browser or memory) comes from the caller. */
export function App({ session, queryClient }: { session: GenesysSession; queryClient: QueryClient }) {
  useStopWhenGenesysSaysSo(session, queryClient);
  useRecoverFailedQueries(queryClient, session.recovery);
  return (
    <SessionProvider session={session}>
      <QueryClientProvider client={queryClient}>
        <UcGate>
          <Routes
            layout={<Layout />}
            paths={{
              '/directory': <DirectoryPage />,
              '/transfer': <TransferPage />,
              '/supervisor': <SupervisorPage />,
              '/admin': <AdminPage />,
              '/check': <CheckPage />,
            }}
            // The index and any other path: the directory, in place of the path (Back skips it), with the search
            // and hash: a later sign-in by redirect comes back to this address (boot.tsx, placeOf) and reads the
            // launch parameters (gcHostOrigin, gcTargetEnv, gcConversationId, …) from it again.
            otherwise={<Navigate to="/directory" replace keepSearch />}
          />
        </UcGate>
      </QueryClientProvider>
    </SessionProvider>
  );
}
