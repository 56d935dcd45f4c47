import { z } from 'zod';

// zod probes `new Function` once to decide whether to compile its parsers; the
// production Content-Security-Policy (script-src 'self') forbids eval, so tell
// zod not to try. Imported first by main.tsx.
z.config({ jitless: true });
