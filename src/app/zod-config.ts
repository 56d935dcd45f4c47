import { z } from 'zod/mini';

// zod probes `new Function` once to decide whether to compile its parsers; the
// production Content-Security-Policy (script-src 'self') forbids eval, so tell
// zod not to try. zod/mini has no default locale (classic zod registers English
// itself): English keeps the messages the deployer and the emulator show as they were.
// Imported first by main.tsx, and by the unit tests' setup.
z.config({ jitless: true, ...z.locales.en() });
