// Words every view uses: presence labels, durations, generic actions.
export const common = {
  // The UC integration's name where a text is shown before the app knows which one it serves (brand: not translated).
  'common.uc.default': '8×8',
  'common.presence.available': 'Available',
  'common.presence.busy': 'Busy',
  'common.presence.away': 'Away',
  'common.presence.meeting': 'Meeting',
  'common.presence.on-queue': 'On Queue',
  'common.presence.break': 'Break',
  'common.presence.meal': 'Meal',
  'common.presence.training': 'Training',
  'common.presence.idle': 'Idle',
  'common.presence.offline': 'Offline',
  'common.presence.unknown': 'Unknown',

  // How long a presence has lasted, as a badge shows it ("12 min") and says it ("12 minutes").
  'common.duration.underMinute.short': '< 1 min',
  'common.duration.underMinute.long': 'less than a minute',
  'common.duration.minutes.short': '{minutes} min',
  'common.duration.minutes.long': '{minutes, plural, one {# minute} other {# minutes}}',
  'common.duration.hours.short': '{hours} h',
  'common.duration.hours.long': '{hours, plural, one {# hour} other {# hours}}',
  'common.duration.hoursMinutes.short': '{hours} h {minutes} min',
  'common.duration.hoursMinutes.long': '{hours, plural, one {# hour} other {# hours}} {minutes, plural, one {# minute} other {# minutes}}',
  'common.duration.days.short': '{days} d',
  'common.duration.days.long': '{days, plural, one {# day} other {# days}}',

  // An age to the second: "40 s", "1 min 40 s", "1 h 5 min".
  'common.age.seconds': '{seconds} s',
  'common.age.minutes': '{minutes} min',
  'common.age.minutesSeconds': '{minutes} min {seconds} s',
  'common.age.hours': '{hours} h',
  'common.age.hoursMinutes': '{hours} h {minutes} min',

  // What a screen reader says for a badge, and its tooltip.
  'common.badge.spoken': 'Presence: {label}',
  'common.badge.spokenFor': 'Presence: {label} for {duration}',
  'common.badge.withMessage': '{label}: {message}',
} as const;
