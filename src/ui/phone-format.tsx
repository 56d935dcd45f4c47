import type * as PhoneLibrary from '@/ui/phone-format-library';
import { useSyncExternalStore } from 'react';
import { loadOnce } from '@/genesys/load-once';
import { afterFirstContent } from '@/ui/first-content';
import { memoByText } from '@/ui/memo-by-text';
import '@/ui/phone-format.css';

/** How numbers are written for people; loaded on first use so that its metadata stays out of the main chunk. */
export interface PhoneFormatter {
  /** "+44 131 433 1890" for "+441314331890"; a value that is not an E.164 number is returned as given. */
  international: (address: string) => string;
  /** The digits of the number as its own country dials it ("01314331890"), or undefined when it does not parse. */
  nationalDigits: (address: string) => string | undefined;
  /** Whether "+…" has a country code that exists and a length that country allows (not its national patterns). */
  isPossible: (e164: string) => boolean;
}

// Only a stored E.164 value is reformatted (spaces, dots, dashes and brackets aside): anything
// else (an extension, a national number, letters) is shown as given, so an admin sees what is wrong.
const FORMATTING = /[\s().-]+/g;
const E164 = /^\+[1-9]\d{6,14}$/;

function formatterOf({ parsePhoneNumberFromString, isPossiblePhoneNumber }: typeof PhoneLibrary): PhoneFormatter {
  const parse = (address: string) => {
    const compact = address.trim().replace(FORMATTING, '');
    if (!E164.test(compact)) return undefined;
    const parsed = parsePhoneNumberFromString(compact);
    return parsed?.isPossible() ? parsed : undefined;
  };
  return {
    // Every row of a long list formats its number on each render: parse each address once.
    international: memoByText((address) => parse(address)?.formatInternational() ?? address),
    nationalDigits: (address) => parse(address)?.formatNational().replace(/\D/g, ''),
    isPossible: (e164) => isPossiblePhoneNumber(e164),
  };
}

let loaded: PhoneFormatter | undefined;
const listeners = new Set<() => void>();

/** Loads the formatter once (later calls share the same promise); a failed load may be tried again. */
export const loadPhoneFormatter: () => Promise<PhoneFormatter> = loadOnce(async () => {
  const formatter = formatterOf(await import('@/ui/phone-format-library'));
  loaded = formatter;
  for (const listener of listeners) listener();
  return formatter;
});

/** The formatter if it has loaded, else undefined (nothing is started). */
export function loadedPhoneFormatter(): PhoneFormatter | undefined {
  return loaded;
}

/** How long the formatter waits for an idle moment (after the first badge) before it loads anyway. */
const IDLE_WAIT_MS = 1000;
let loadScheduled = false;

/**
 * Loads the formatter after the first badge, when the page is idle: a list's first rows come with their
 * badges, which matter more to the person than number spacing (the library is 30 kB gzip), so it does not
 * compete with them. Numbers show as stored until then.
 */
function loadWhenIdle(): void {
  if (loaded || loadScheduled) return;
  loadScheduled = true;
  const load = () => {
    loadScheduled = false;
    // A chunk that fails to load leaves the numbers as stored; the next list to mount tries again.
    loadPhoneFormatter().catch(() => undefined);
  };
  afterFirstContent(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: IDLE_WAIT_MS });
    else setTimeout(load, 0);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loadWhenIdle();
  return () => {
    listeners.delete(listener);
  };
}

const asGiven = (address: string): string => address;

/** Formats a number for people: as given until the formatter has loaded, then re-renders formatted. */
export function usePhoneFormatter(): (address: string) => string {
  const formatter = useSyncExternalStore(subscribe, loadedPhoneFormatter);
  return formatter?.international ?? asGiven;
}

/**
 * A phone number from its E.164 value, written for people ("+44 131 433 1890"): left to right
 * in any language, isolated from the text around it, digits of equal width.
 */
export function PhoneNumber({ value, className, truncate = false }: { value: string; className?: string; truncate?: boolean }) {
  const shown = usePhoneFormatter()(value);
  const classes = ['phone-number', truncate ? 'truncated' : undefined, className].filter(Boolean).join(' ');
  return (
    <bdi className={classes} dir="ltr" {...(truncate ? { title: shown } : {})}>
      {shown}
    </bdi>
  );
}
