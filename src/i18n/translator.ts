import type { MessageKey, Messages } from '@/i18n/catalog-types';
import { parseMessage, renderMessage, type MessageFormatters, type MessageParams } from '@/i18n/format-message';
import type { Locale } from '@/i18n/locales';
import { messagesOf } from '@/i18n/registry';

export interface DurationText {
  /** "12 min" */
  short: string;
  /** "12 minutes" */
  long: string;
}

/** Text and formats for one locale. Components get it from useI18n(); other code takes it as an argument. */
export interface Translator {
  readonly locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** 12,345 / 12.345 / 12 345 */
  number: (value: number) => string;
  /** "25 %" or "25%": a share of a whole, rounded to whole percent. */
  percent: (part: number, whole: number) => string;
  /** "12:03:04", 24-hour or not as the locale writes a time of day. */
  clock: (epochMs: number) => string;
  /** Date and time as the locale writes them, e.g. "29 Nov 2026, 09:41". */
  dateTime: (epochMs: number) => string;
  /** "a, b and c" */
  list: (items: readonly string[]) => string;
  /** How long a presence has lasted, in whole minutes; a clock behind the server's reads as under a minute. */
  duration: (minutes: number) => DurationText;
  /** An age to the second: "40 s", "1 min 40 s", "1 h 5 min". */
  age: (seconds: number) => string;
  /** Compares names as the locale sorts them. */
  compare: (a: string, b: string) => number;
  /** The same locale with placeholders bound for every message, e.g. `{ uc: 'Microsoft Teams' }`. */
  withParams: (params: MessageParams) => Translator;
}

type DurationName = 'underMinute' | 'minutes' | 'hours' | 'hoursMinutes' | 'days';

/** Keys already reported as unknown: said once each. */
const reported = new Set<string>();

/**
 * A key whose area has not loaded (a view that does not load every area its modules use, which
 * test/i18n/view-messages.test.ts rules out): the key itself, reported once, never a throw.
 */
function unknownKey(key: MessageKey): string {
  if (!reported.has(key)) {
    reported.add(key);
    console.error(`No message for ${key}: its area has not loaded`);
  }
  return key;
}

/**
 * Text for one locale, from `catalog`: by default the locale's messages loaded so far (src/i18n/registry.ts),
 * which fill in as areas load. `defaults` fill placeholders a caller leaves out: `{uc}`, the UC integration's
 * name, is bound once the app knows which integration it serves (withParams); until then the catalog's
 * `common.uc.default`.
 */
export function createTranslator(
  locale: Locale,
  catalog: Readonly<Messages> = messagesOf(locale),
  defaults: MessageParams = {},
): Translator {
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(locale);
  const clockFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const formatters: MessageFormatters = {
    number: (value) => numbers.format(value),
    pluralCategory: (value) => plurals.select(value),
  };
  const english = messagesOf('en');
  // By message rather than by key: a key's text may change as its area loads (English until then).
  const parsed = new Map<string, ReturnType<typeof parseMessage>>();

  const partsOf = (key: MessageKey) => {
    // A catalog gap (caught by tsc and test/i18n) still shows English, never a key.
    const message =
      (Object.hasOwn(catalog, key) ? catalog[key] : Object.hasOwn(english, key) ? english[key] : undefined) ?? unknownKey(key);
    let parts = parsed.get(message);
    if (!parts) {
      parts = parseMessage(message);
      parsed.set(message, parts);
    }
    return parts;
  };
  const bound: MessageParams = { uc: renderMessage(partsOf('common.uc.default'), {}, formatters), ...defaults };
  const t = (key: MessageKey, params: MessageParams = {}): string => renderMessage(partsOf(key), { ...bound, ...params }, formatters);

  const duration = (minutes: number): DurationText => {
    const pair = (name: DurationName, params: MessageParams): DurationText => ({
      short: t(`common.duration.${name}.short`, params),
      long: t(`common.duration.${name}.long`, params),
    });
    if (minutes < 1) return pair('underMinute', {});
    if (minutes < 60) return pair('minutes', { minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return minutes % 60 === 0 ? pair('hours', { hours }) : pair('hoursMinutes', { hours, minutes: minutes % 60 });
    return pair('days', { days: Math.floor(hours / 24) });
  };

  const age = (seconds: number): string => {
    const whole = Math.max(0, Math.floor(seconds));
    if (whole < 60) return t('common.age.seconds', { seconds: whole });
    const minutes = Math.floor(whole / 60);
    if (minutes < 60) {
      return whole % 60 === 0 ? t('common.age.minutes', { minutes }) : t('common.age.minutesSeconds', { minutes, seconds: whole % 60 });
    }
    const hours = Math.floor(minutes / 60);
    return minutes % 60 === 0 ? t('common.age.hours', { hours }) : t('common.age.hoursMinutes', { hours, minutes: minutes % 60 });
  };

  return {
    locale,
    t,
    withParams: (params) => createTranslator(locale, catalog, { ...defaults, ...params }),
    number: formatters.number,
    percent: (part, whole) => percents.format(whole === 0 ? 0 : Math.round((part / whole) * 100) / 100),
    clock: (epochMs) => clockFormat.format(epochMs),
    dateTime: (epochMs) => dateTimeFormat.format(epochMs),
    list: (items) => listFormat.format(items),
    duration,
    age,
    compare: (a, b) => collator.compare(a, b),
  };
}

/** English, for code that runs before a language is known and for tests that do not pick one. */
export const englishTranslator: Translator = createTranslator('en');
