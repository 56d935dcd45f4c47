import { z } from 'zod/mini';
import type { PeopleRule } from '@/genesys/launch-context';
import { namesUc, type UcIdentity } from '@/genesys/uc-table';
import { UNKNOWN_PRESENCE, type Presence } from '@/foundations/presence/presence-model';
import { ucPresenceOf } from '@/foundations/presence/presence-reader';

/**
 * Who counts as a person of the served UC integration: a user whose Other Phone carries its tag, or
 * (rule otherPhone) any untagged Other Phone too. Never a number tagged for another integration.
 */
export interface WhoCounts {
  rule: PeopleRule;
  uc: UcIdentity;
}

/** What a query key needs of WhoCounts (the profile is data of the app, not of the request). */
export const whoKey = (who: WhoCounts): string => `${who.uc.key}:${who.rule}`;

export interface DirectoryUser {
  id: string;
  name: string;
  title?: string;
  department?: string;
  /** The Genesys division's name (the board groups by it). */
  division?: string;
  email?: string;
  /** The UC number ("Other Phone" tagged with the UC integration), as the platform shows it (`display`). */
  ucNumber: string;
  /** The same number as the platform dials it (`address`, E.164 when provisioning wrote it so): what a transfer sends. */
  ucAddress: string;
  managerId?: string;
  /** Only present when the viewer may see UC presence and asked for it. */
  presence?: Presence;
  /** Epoch ms when this copy was read from Genesys Cloud, so live updates can tell which is newer. */
  observedAt?: number;
}

const contactSchema = z.partial(
  z.object({
    address: z.string(),
    display: z.string(),
    mediaType: z.string(),
    type: z.string(),
    integration: z.string(),
  }),
);

// Control characters and bidi overrides in directory data can garble or spoof the
// text around them (dir="auto" isolates each field instead); NFC keeps combining marks stable.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/** Display text as it should be shown: normalised, without control characters, whitespace collapsed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

/** A name from Genesys as it is shown: cleaned, '' when absent (the one schema every reader of names uses). */
export const nameText = z.pipe(z._default(z.string(), ''), z.transform(cleanText));

/** Optional display text: cleaned, undefined when absent, blank or not text. */
export const optionalText = z.pipe(
  z.optional(z.unknown()),
  z.transform((value) => {
    const text = typeof value === 'string' ? cleanText(value) : '';
    return text === '' ? undefined : text;
  }),
);

const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: nameText,
  title: optionalText,
  department: optionalText,
  email: optionalText,
  addresses: z._default(z.array(z.unknown()), []),
  manager: z.catch(z.nullish(z.object({ id: z.string().check(z.minLength(1)) })), undefined),
  division: z.catch(z.nullish(z.object({ name: optionalText })), undefined),
});

/** How an Other Phone is tagged: for UC, untagged, or for another integration (Teams, Zoom, …). */
export type OtherPhoneTag = 'uc' | 'untagged' | 'other';

interface OtherPhone {
  tag: OtherPhoneTag;
  /** The `integration` value as Genesys wrote it (trimmed), when there is one. */
  integration?: string;
  address?: string;
  display?: string;
}

/** Every "Other Phone" contact of a user, with how it is tagged. */
export function otherPhonesOf(addresses: readonly unknown[], uc: UcIdentity): OtherPhone[] {
  const phones: OtherPhone[] = [];
  for (const entry of addresses) {
    const contact = contactSchema.safeParse(entry);
    if (!contact.success) continue;
    const { type, mediaType, integration, display, address } = contact.data;
    if (type?.toUpperCase() !== 'OTHER' || (mediaType && mediaType.toUpperCase() !== 'PHONE')) continue;
    const written = integration?.trim() ?? '';
    const tag: OtherPhoneTag = written === '' ? 'untagged' : namesUc(uc, written) ? 'uc' : 'other';
    phones.push({
      tag,
      ...(written === '' ? {} : { integration: written }),
      ...(address === undefined ? {} : { address }),
      ...(display === undefined ? {} : { display }),
    });
  }
  return phones;
}

/**
 * The contacts on a Genesys user that make them a UC person under the rule: tagged for UC,
 * or (rule otherPhone) any Other Phone not tagged for another integration; even when the
 * number is empty: the admin audit reports those.
 */
export function ucContactsOf(addresses: readonly unknown[], who: WhoCounts): { address?: string; display?: string }[] {
  const phones = otherPhonesOf(addresses, who.uc);
  // A tagged number wins over an untagged one on the same user.
  const tagged = phones.filter((phone) => phone.tag === 'uc');
  const chosen = tagged.length > 0 || who.rule === 'tagged' ? tagged : phones.filter((phone) => phone.tag === 'untagged');
  return chosen.map(({ address, display }) => ({
    ...(address === undefined ? {} : { address }),
    ...(display === undefined ? {} : { display }),
  }));
}

/** True when a user has an Other Phone number with no integration tag (what `people=otherPhone` would count). */
export function hasUntaggedOtherPhone(addresses: readonly unknown[], uc: UcIdentity): boolean {
  return otherPhonesOf(addresses, uc).some((phone) => phone.tag === 'untagged' && Boolean(phone.address || phone.display));
}

/** The UC number on a Genesys user (shown and dialled), or undefined when the user has none (not a UC user). */
export function ucNumberOf(addresses: readonly unknown[], who: WhoCounts): { display: string; address: string } | undefined {
  for (const { display, address } of ucContactsOf(addresses, who)) {
    const shown = display || address;
    const dialled = address || display;
    if (shown && dialled) return { display: shown, address: dialled };
  }
  return undefined;
}

/** Reads one user of a users answer; null when it is not usable or not a UC user under the rule. */
export function toDirectoryUser(raw: unknown, withPresence: boolean, observedAt: number | undefined, who: WhoCounts): DirectoryUser | null {
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = parsed.data;
  const number = ucNumberOf(user.addresses, who);
  if (!number) return null;
  const ucNumber = number.display;
  // Only a UC presence (either field), never a Genesys one; a user without one reads as unknown.
  const presence = withPresence ? (ucPresenceOf(raw, who.uc)?.presence ?? UNKNOWN_PRESENCE) : undefined;
  return {
    id: user.id,
    // Someone Genesys has no name for is shown by what identifies them: no made-up text in any language.
    name: user.name || user.email || ucNumber,
    ...(user.title ? { title: user.title } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.division?.name ? { division: user.division.name } : {}),
    ...(user.email ? { email: user.email } : {}),
    ucNumber,
    ucAddress: number.address,
    ...(user.manager ? { managerId: user.manager.id } : {}),
    ...(presence ? { presence } : {}),
    ...(observedAt === undefined ? {} : { observedAt }),
  };
}
