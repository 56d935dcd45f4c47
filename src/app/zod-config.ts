import { z } from 'zod/mini';

// zod probes `new Function` once to decide whether to compile its parsers; the
// production Content-Security-Policy (script-src 'self') forbids eval, so tell
// zod not to try. zod/mini has no locale: the app words a failed parse itself
// (src/genesys/api-answer.ts, issueText), and only the emulator loads zod's English
// messages (src/emulator/zod-english.ts), which every view would otherwise carry.
// Imported first by main.tsx, and by the unit tests' setup.
z.config({ jitless: true });
