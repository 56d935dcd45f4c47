// The views are lazy chunks (src/app/view-pages.tsx). A test that renders the app would otherwise load a view's
// modules inside its first findBy's timeout, which a busy machine overruns; load them before the tests, as the
// static imports did. The same for the other lazy modules a first screen may need: the client app SDK (framed in
// Genesys Cloud only, src/genesys/client-app.ts), the directory card's call code and the phone number formatter
// (both wait for the first badge in the app: src/ui/first-content.ts; test/ui/phone-format-deferred.test.tsx
// covers the wait). And every language's messages: a view shows once its areas are there (src/i18n/catalogs.ts),
// so a test in German would otherwise wait for their modules inside its findBy. Loading the modules registers
// nothing: which view registers which areas is test/i18n/view-messages.test.ts's, with fresh modules.
import { preloadViews } from '@/app/view-pages';
import { agentCallEvents, cardCallActions } from '@/features/directory/card-call-loaders';
import { loadClientAppSdk } from '@/genesys/client-app';
import { loadCatalog } from '@/i18n/catalogs';
import { LOCALES } from '@/i18n/locales';
import { loadPhoneFormatter } from '@/ui/phone-format';

const languageParts = [
  import('@/i18n/de/parts'),
  import('@/i18n/es/parts'),
  import('@/i18n/fr/parts'),
  import('@/i18n/ja/parts'),
  import('@/i18n/pt-br/parts'),
  ...LOCALES.map((locale) => loadCatalog(locale)),
];
await Promise.all([
  preloadViews(),
  cardCallActions.preload(),
  agentCallEvents.preload(),
  loadClientAppSdk(),
  loadPhoneFormatter(),
  ...languageParts,
]);
