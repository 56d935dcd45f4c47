import { z } from 'zod';
import { presenceSchema, type Presence } from '@/features/presence/presence-model';

export interface DirectoryUser {
  id: string;
  name: string;
  title?: string;
  department?: string;
  email?: string;
  /** The 8×8 number ("Other Phone" tagged with the 8×8 integration), as the platform shows it. */
  eightByEightNumber: string;
  /** Only present when the viewer may see 8×8 presence and asked for it. */
  presence?: Presence;
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

const optionalText = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' && value.trim() !== '' ? value : undefined));

const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  title: optionalText,
  department: optionalText,
  email: optionalText,
  addresses: z.array(z.unknown()).default([]),
  presence: z.unknown().optional(),
  integrationPresence: z.unknown().optional(),
});

const EIGHT_BY_EIGHT_TAG = /^(eight\s*by\s*eight|8x8)$/i;

/** The 8×8 number on a Genesys user, or undefined when the user has none (not an 8×8 user). */
export function eightByEightNumberOf(addresses: readonly unknown[]): string | undefined {
  for (const entry of addresses) {
    const contact = contactSchema.safeParse(entry);
    if (!contact.success) continue;
    const { type, mediaType, integration, display, address } = contact.data;
    if (type?.toUpperCase() !== 'OTHER' || (mediaType && mediaType.toUpperCase() !== 'PHONE')) continue;
    if (!integration || !EIGHT_BY_EIGHT_TAG.test(integration)) continue;
    const number = display ?? address;
    if (number) return number;
  }
  return undefined;
}

/** Reads one user of a users answer; null when it is not usable or not an 8×8 user. */
export function toDirectoryUser(raw: unknown, withPresence: boolean): DirectoryUser | null {
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = parsed.data;
  const eightByEightNumber = eightByEightNumberOf(user.addresses);
  if (!eightByEightNumber) return null;
  const presenceSource = user.integrationPresence ?? user.presence;
  const presence = withPresence ? presenceSchema.safeParse(presenceSource ?? {}) : undefined;
  return {
    id: user.id,
    name: user.name.trim() === '' ? 'Unnamed user' : user.name,
    ...(user.title ? { title: user.title } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.email ? { email: user.email } : {}),
    eightByEightNumber,
    ...(presence?.success ? { presence: presence.data } : {}),
  };
}
