// The views are lazy chunks (src/app/view-pages.tsx). A test that renders the app would otherwise load a view's
// modules inside its first findBy's timeout, which a busy machine overruns; load them before the tests, as the
// static imports did.
import { preloadViews } from '@/app/view-pages';

await preloadViews();
