// The views are lazy chunks (src/app/view-pages.tsx). A test that renders the app would otherwise load a view's
// modules inside its first findBy's timeout, which a busy machine overruns; load them before the tests, as the
// static imports did. The same for the other lazy modules a first screen may need: the client app SDK (framed in
// Genesys Cloud only, src/genesys/client-app.ts) and the phone number formatter (it waits for the first badge in
// the app, src/ui/phone-format.tsx, which test/ui/phone-format-deferred.test.tsx covers).
import { preloadViews } from '@/app/view-pages';
import { loadClientAppSdk } from '@/genesys/client-app';
import { loadPhoneFormatter } from '@/ui/phone-format';

await Promise.all([preloadViews(), loadClientAppSdk(), loadPhoneFormatter()]);
