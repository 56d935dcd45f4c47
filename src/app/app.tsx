import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';
import { PlaceholderPage } from '@/app/placeholder-page';
import { DirectoryPage } from '@/features/directory/directory-page';
import { SessionProvider, type GenesysSession } from '@/genesys/session';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The request scheduler already waits out rate limits; a failed query shows its error with a retry button.
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}

/** The app for one session. The router (browser or memory) comes from the caller. */
export function App({ session, queryClient }: { session: GenesysSession; queryClient: QueryClient }) {
  return (
    <SessionProvider session={session}>
      <QueryClientProvider client={queryClient}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/directory" replace />} />
            <Route path="/directory" element={<DirectoryPage />} />
            <Route
              path="/transfer"
              element={<PlaceholderPage title="Transfer" purpose="Transfer your call to an 8×8 colleague." />}
            />
            <Route
              path="/supervisor"
              element={<PlaceholderPage title="Supervisor" purpose="8×8 presence across departments, live." />}
            />
            <Route
              path="/admin"
              element={<PlaceholderPage title="Admin" purpose="Who can see 8×8 badges, and is provisioning healthy." />}
            />
            <Route path="*" element={<Navigate to="/directory" replace />} />
          </Route>
        </Routes>
      </QueryClientProvider>
    </SessionProvider>
  );
}
