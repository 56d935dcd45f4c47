import type { AreaMessages } from '@/i18n/catalog-types';
import type { common as en } from '@/i18n/en/common';

export const common: AreaMessages<typeof en> = {
  // The UC integration's name where a text is shown before the app knows which one it serves (brand: not translated).
  'common.uc.default': '8×8',
  'common.presence.available': 'Verfügbar',
  'common.presence.busy': 'Beschäftigt',
  'common.presence.away': 'Abwesend',
  'common.presence.meeting': 'Besprechung',
  'common.presence.on-queue': 'In Warteschlange',
  'common.presence.break': 'Pause',
  'common.presence.meal': 'Mahlzeit',
  'common.presence.training': 'Schulung',
  'common.presence.idle': 'Inaktiv',
  'common.presence.offline': 'Offline',
  'common.presence.unknown': 'Unbekannt',
  'common.duration.underMinute.short': '< 1 Min.',
  'common.duration.underMinute.long': 'weniger als eine Minute',
  'common.duration.minutes.short': '{minutes} Min.',
  'common.duration.minutes.long': '{minutes, plural, one {# Minute} other {# Minuten}}',
  'common.duration.hours.short': '{hours} Std.',
  'common.duration.hours.long': '{hours, plural, one {# Stunde} other {# Stunden}}',
  'common.duration.hoursMinutes.short': '{hours} Std. {minutes} Min.',
  'common.duration.hoursMinutes.long':
    '{hours, plural, one {# Stunde} other {# Stunden}} {minutes, plural, one {# Minute} other {# Minuten}}',
  'common.duration.days.short': '{days} T.',
  'common.duration.days.long': '{days, plural, one {# Tag} other {# Tage}}',
  'common.age.seconds': '{seconds} Sek.',
  'common.age.minutes': '{minutes} Min.',
  'common.age.minutesSeconds': '{minutes} Min. {seconds} Sek.',
  'common.age.hours': '{hours} Std.',
  'common.age.hoursMinutes': '{hours} Std. {minutes} Min.',
  'common.badge.spoken': 'Präsenz: {label}',
  'common.badge.spokenFor': 'Präsenz: {label} seit {duration}',
  'common.badge.withMessage': '{label}: {message}',
};
