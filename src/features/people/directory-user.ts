import { z } from 'zod';
import { presenceSchema, type Presence } from '@/features/presence/presence-model';

export interface DirectoryUser {
  id: string;
  name: string;
  title?: string;
  department?: string;
  /** The Genesys division's name (the board groups by it). */
  division?: string;
  email?: string;
  /** The 8×8 number ("Other Phone" tagged with the 8×8 integration), as the platform shows it. */
  eightByEightNumber: string;
  managerId?: string;
  /** Only present when the viewer may see 8×8 presence and asked for it. */
  presence?: Presence;
  /** Epoch ms when this copy was read from Genesys Cloud, so live updates can tell which is newer. */
  observedAt?: number;
}

const contactSchema = z
  .object({
    address: z.string(),
    display: z.string(),
    mediaType: z.string(),
    type: z.string(),
    integration: z.string(),
  })
  .partial();

// Control characters and bidi overrides in directory data can garble or spoof the
// text around them (dir="auto" isolates each field instead); NFC keeps combining marks stable.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/** Display text as it should be shown: normalised, without control characters, whitespace collapsed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

const optionalText = z
  .unknown()
  .optional()
  .transform((value) => {
    const text = typeof value === 'string' ? cleanText(value) : '';
    return text === '' ? undefined : text;
  });

const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().default('').transform(cleanText),
  title: optionalText,
  department: optionalText,
  email: optionalText,
  addresses: z.array(z.unknown()).default([]),
  manager: z.object({ id: z.string().min(1) }).nullish().catch(undefined),
  division: z.object({ name: optionalText }).nullish().catch(undefined),
  presence: z.unknown().optional(),
  integrationPresence: z.unknown().optional(),
});

const EIGHT_BY_EIGHT_TAG = /^(eight\s*by\s*eight|8x8)$/i;

/**
 * The contacts on a Genesys user that carry the 8×8 tag ("Other Phone" tagged with the 8×8
 * integration), even when their number is empty: the admin audit reports those.
 */
export function eightByEightContactsOf(addresses: readonly unknown[]): { address?: string; display?: string }[] {
  const contacts: { address?: string; display?: string }[] = [];
  for (const entry of addresses) {
    const contact = contactSchema.safeParse(entry);
    if (!contact.success) continue;
    const { type, mediaType, integration, display, address } = contact.data;
    if (type?.toUpperCase() !== 'OTHER' || (mediaType && mediaType.toUpperCase() !== 'PHONE')) continue;
    if (!integration || !EIGHT_BY_EIGHT_TAG.test(integration)) continue;
    contacts.push({ ...(address === undefined ? {} : { address }), ...(display === undefined ? {} : { display }) });
  }
  return contacts;
}

/** The 8×8 number on a Genesys user, or undefined when the user has none (not an 8×8 user). */
export function eightByEightNumberOf(addresses: readonly unknown[]): string | undefined {
  for (const { display, address } of eightByEightContactsOf(addresses)) {
    const number = display ?? address;
    if (number) return number;
  }
  return undefined;
}

/** Reads one user of a users answer; null when it is not usable or not an 8×8 user. */
export function toDirectoryUser(raw: unknown, withPresence: boolean, observedAt?: number): DirectoryUser | null {
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = parsed.data;
  const eightByEightNumber = eightByEightNumberOf(user.addresses);
  if (!eightByEightNumber) return null;
  const presenceSource = user.integrationPresence ?? user.presence;
  const presence = withPresence ? presenceSchema.safeParse(presenceSource ?? {}) : undefined;
  return {
    id: user.id,
    // Someone Genesys has no name for is shown by what identifies them: no made-up text in any language.
    name: user.name || user.email || eightByEightNumber,
    ...(user.title ? { title: user.title } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.division?.name ? { division: user.division.name } : {}),
    ...(user.email ? { email: user.email } : {}),
    eightByEightNumber,
    ...(user.manager ? { managerId: user.manager.id } : {}),
    ...(presence?.success ? { presence: presence.data } : {}),
    ...(observedAt === undefined ? {} : { observedAt }),
  };
}
