import { z } from 'zod/mini';
import { ucContactsOf, optionalText, type WhoCounts } from '@/foundations/people/directory-user';

/** What the provisioning audit keeps of one user: small, so that 50,000 of them stay cheap. */
export interface AuditUser {
  id: string;
  /** '' when Genesys sends none: the view shows it in the person's language (personName). */
  name: string;
  email?: string;
  department?: string;
  title?: string;
  /** 'active', 'inactive' or 'deleted' as Genesys reports it. */
  state: string;
  /** The UC number as dialled (the contact's `address`; `display` only when there is none); '' when a UC-tagged Other Phone has no number; undefined: no UC contact. */
  ucNumber?: string;
  /** The phone numbers Genesys lists as primary (primaryContactInfo, mediaType PHONE). */
  primaryPhones: string[];
  /** False when Genesys reports no sign-in ever (no dateLastLogin): a SCIM placeholder, i.e. a UC-only user. */
  signedIn: boolean;
}

const primaryContactSchema = z.object({
  address: z.optional(z.string()),
  display: z.optional(z.string()),
  mediaType: z.optional(z.string()),
});

const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: optionalText,
  email: optionalText,
  department: optionalText,
  title: optionalText,
  state: z._default(z.string(), 'active'),
  addresses: z._default(z.array(z.unknown()), []),
  primaryContactInfo: z._default(z.array(z.unknown()), []),
  dateLastLogin: z.catch(z.optional(z.string()), undefined),
});

/** Digits (and a leading +) only: how two spellings of one number are compared. */
export function phoneKeyOf(number: string): string {
  const digits = number.replace(/\D/g, '');
  return number.trim().startsWith('+') ? `+${digits}` : digits;
}

/** Reads one user of a GET /api/v2/users page; null when it is not usable. The rule says who is a UC person. */
export function toAuditUser(raw: unknown, who: WhoCounts): AuditUser | null {
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = parsed.data;
  const contacts = ucContactsOf(user.addresses, who);
  // The address is what a transfer dials, so that is what must be E.164; display is formatted for reading.
  const first = contacts.find((contact) => (contact.address ?? contact.display ?? '') !== '') ?? contacts[0];
  const primaryPhones: string[] = [];
  for (const entry of user.primaryContactInfo) {
    const contact = primaryContactSchema.safeParse(entry);
    if (!contact.success || contact.data.mediaType?.toUpperCase() !== 'PHONE') continue;
    const number = contact.data.address ?? contact.data.display;
    if (number) primaryPhones.push(number);
  }
  return {
    id: user.id,
    name: user.name ?? '',
    ...(user.email ? { email: user.email } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.title ? { title: user.title } : {}),
    state: user.state.toLowerCase(),
    ...(first ? { ucNumber: (first.address ?? first.display ?? '').trim() } : {}),
    primaryPhones,
    signedIn: user.dateLastLogin !== undefined && user.dateLastLogin !== '',
  };
}
