import { z } from 'zod/mini';

// zod/mini has no messages of its own ("Invalid input" for everything). The emulator answers bad requests the
// way Genesys does, with what was wrong in words, and the org file names its problems: English messages for
// the emulator only (2.7 kB that the app's views do not load: src/genesys/api-answer.ts words its own).
// Imported for its effect by every emulator module that reads a zod message.
z.config(z.locales.en());
