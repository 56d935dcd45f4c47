import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';
import { AdminPage } from '@/features/admin/admin-page';
import { SupervisorPage } from '@/features/supervisor/supervisor-page';
import { TransferPage } from '@/features/transfer/transfer-page';
import { DirectoryPage } from '@/features/directory/directory-page';
import { describeError } from '@/ui/error-notice';
import { SessionProvider, type GenesysSession } from '@/genesys/session';

export type ErrorReporter = (title: string, message: string) => void;

/** Every failed request is also reported through `report` (Genesys toasts when embedded). */
export function createQueryClient(report?: ErrorReporter): QueryClient {
  const onError = (error: unknown) => {
    if (!report) return;
    const { title, detail } = describeError(error);
    report(title, detail);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // The request scheduler already waits out rate limits; a failed query shows its error with a retry button.
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
  return (
    <SessionProvider session={session}>
      <QueryClientProvider client={queryClient}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/directory" replace />} />
            <Route path="/directory" element={<DirectoryPage />} />
            <Route path="/transfer" element={<TransferPage />} />
            <Route path="/supervisor" element={<SupervisorPage />} />
            <Route path="/admin" element={<AdminPage />} />
            <Route path="*" element={<Navigate to="/directory" replace />} />
          </Route>
        </Routes>
      </QueryClientProvider>
    </SessionProvider>
  );
}
