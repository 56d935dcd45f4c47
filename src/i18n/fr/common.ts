import type { AreaMessages } from '@/i18n/catalog-types';
import type { common as en } from '@/i18n/en/common';

export const common: AreaMessages<typeof en> = {
  // The UC integration's name where a text is shown before the app knows which one it serves (brand: not translated).
  'common.uc.default': '8×8',
  'common.presence.available': 'Disponible',
  'common.presence.busy': 'Occupé',
  'common.presence.away': 'Absent',
  'common.presence.meeting': 'Réunion',
  'common.presence.on-queue': 'En file d’attente',
  'common.presence.break': 'Pause',
  'common.presence.meal': 'Repas',
  'common.presence.training': 'Formation',
  'common.presence.idle': 'Inactif',
  'common.presence.offline': 'Hors ligne',
  'common.presence.unknown': 'Inconnu',
  'common.duration.underMinute.short': '< 1 min',
  'common.duration.underMinute.long': 'moins d’une minute',
  'common.duration.minutes.short': '{minutes} min',
  'common.duration.minutes.long': '{minutes, plural, one {# minute} other {# minutes}}',
  'common.duration.hours.short': '{hours} h',
  'common.duration.hours.long': '{hours, plural, one {# heure} other {# heures}}',
  'common.duration.hoursMinutes.short': '{hours} h {minutes} min',
  'common.duration.hoursMinutes.long':
    '{hours, plural, one {# heure} other {# heures}} {minutes, plural, one {# minute} other {# minutes}}',
  'common.duration.days.short': '{days} j',
  'common.duration.days.long': '{days, plural, one {# jour} other {# jours}}',
  'common.age.seconds': '{seconds} s',
  'common.age.minutes': '{minutes} min',
  'common.age.minutesSeconds': '{minutes} min {seconds} s',
  'common.age.hours': '{hours} h',
  'common.age.hoursMinutes': '{hours} h {minutes} min',
  'common.badge.spoken': 'Présence : {label}',
  'common.badge.spokenFor': 'Présence : {label} depuis {duration}',
  'common.badge.withMessage': '{label} : {message}',
};
