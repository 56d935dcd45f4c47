// The actions on a call that every view that transfers shows once the agent acts (src/foundations/calls, the
// transfer view's chosen-person panel and its notices): they load after the first badges, with the code that shows them.
export const calls = {
  // The consult destination when Genesys Cloud gives no name; used in place of a name ({destination}, {name}).
  'calls.call.consultedPerson': 'the consulted person',
  // The chosen person's panel.
  'calls.target.label': 'Transfer to {name}',
  'calls.target.number': '{uc} {number}',
  'calls.target.transfer': 'Transfer to {name}',
  'calls.target.consult': 'Consult {name} first',
  // The buttons' visible text; their accessible names (above) say whom.
  'calls.target.transferShort': 'Transfer',
  'calls.target.consultShort': 'Consult',
  'calls.target.addFavorite': 'Add to favorites',
  'calls.target.removeFavorite': 'Remove from favorites',
  'calls.target.watch': 'Notify me when available',
  'calls.target.stopWatching': 'Stop notifying me',
  'calls.target.watching': 'You will get a notification when {name} is available.',
  // Why the transfer buttons are disabled.
  'calls.target.blocked.chooseCall': 'Choose the call to transfer first.',
  'calls.target.blocked.noCall': 'There is no call to transfer.',
  'calls.target.blocked.ended': 'The call has ended, so it cannot be transferred.',
  'calls.target.blocked.transferred': 'The call has already been transferred.',
  'calls.target.blocked.consulting': 'A consult is in progress: complete or cancel it first.',
  // The warning before a transfer to someone Offline, Busy or Away. {presence} is offline, busy or away;
  // {label} is that presence's label (common.presence.*); {kind} is blind (a transfer) or consult.
  'calls.confirm.title':
    '{presence, select, offline {{name} is Offline} busy {{name} is Busy} away {{name} is Away} other {{name} is {label}}}',
  'calls.confirm.body':
    '{name} may not answer while {presence, select, offline {offline} busy {busy} away {away} other {{label}}}: the call could ring out or reach their voicemail. {kind, select, blind {Transfer the call anyway?} other {Start the consult anyway?}}',
  'calls.confirm.transferAnyway': 'Transfer anyway',
  'calls.confirm.consultAnyway': 'Consult anyway',
  'calls.confirm.watch': 'Notify me when available',
  'calls.confirm.cancel': 'Cancel',
  // A consult in progress. {destination} is the consulted person, {customer} the caller.
  'calls.consult.label': 'Consult transfer',
  'calls.consult.title': 'Consulting {destination}',
  'calls.consult.speakToLabel': 'Who you speak to',
  'calls.consult.speakTo.destination': '{destination} only',
  'calls.consult.speakTo.customer': '{customer} only',
  'calls.consult.speakTo.both': 'Both, separately',
  'calls.consult.speakTo.conference': 'Conference: all three',
  'calls.consult.complete': 'Complete transfer to {destination}',
  'calls.consult.cancel': 'Cancel consult',
  // Toast in Genesys Cloud after a transfer went through.
  'calls.toast.transferredTitle': 'Call transferred',
  'calls.toast.transferredMessage': 'The call is now with {name}.',
  // "Notify me when available": the Genesys Cloud toast and the in-page notice.
  'calls.available.title': '{name} is available',
  'calls.available.body': 'You asked to be told when {name} is available.',
  'calls.available.transferNow': 'Transfer now',
  'calls.available.dismiss': 'Dismiss',
  // A transfer action that failed. {action} is what was tried: blind (transfer to {name}), consult (with {name}),
  // speak-to (change who the agent speaks to), complete (the consult transfer), other (cancel the consult).
  // {unchanged} is yes when the call is still connected, with {customer} the caller; the sentence is left out otherwise.
  'calls.failure.callEnded.title': 'The call has ended',
  'calls.failure.callEnded.detail':
    'There is no connected call, so nothing was sent when you tried to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}.',
  'calls.failure.noNumber.title': '{name} has no {uc} number',
  'calls.failure.noNumber.detail':
    'Genesys Cloud has no {uc} number for {name}, so the call cannot go to them. Nothing was sent.{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} An admin can add it (the Other Phone field, provisioned from the directory).',
  'calls.failure.malformedNumber.title': '{name}’s {uc} number cannot be dialled',
  // {shown} is the number as the directory has it; +13175550101 is an example of a complete number.
  'calls.failure.malformedNumber.detail':
    '“{shown}” is not a complete international number (like +13175550101), so the call could not reach them. Nothing was sent.{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} An admin can correct it in the directory.',
  'calls.failure.unreachable.title': 'Genesys Cloud could not be reached',
  'calls.failure.unreachable.detail':
    'The request to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}} got no answer. Check your connection and try again; the call is shown as Genesys Cloud reports it now.',
  'calls.failure.refused.title':
    'Genesys Cloud refused to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}',
  // {message} is Genesys Cloud's own error text. "Admin > Roles / Permissions" is the Genesys Cloud menu path.
  'calls.failure.refused.detail':
    '{message}{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} A Genesys Cloud admin can grant the permission in Admin > Roles / Permissions.',
  'calls.failure.rateLimited.title': 'Genesys Cloud is limiting requests',
  'calls.failure.rateLimited.detail':
    'Too many requests were made in the last minute, so Genesys Cloud did not {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}.{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} Try again in a moment.',
  'calls.failure.endedBefore.title': 'The call ended before the transfer',
  // {status} is transferred (someone else transferred it) or other (it ended).
  'calls.failure.endedBefore.detail':
    'The call {status, select, transferred {was already transferred} other {ended}} while trying to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}, so nothing was transferred.',
  'calls.failure.couldNot.title':
    'Genesys Cloud could not {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}',
  'calls.failure.couldNot.detail': '{message}{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}}',
  'calls.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} Try again.',
  'calls.failure.dismiss': 'Dismiss',

  // "Notify me when available": the Genesys Cloud toast when a watched person is available.
  'calls.watch.toastTitle': '{name} is available',
  'calls.watch.toastMessage': 'You asked to be told: you can transfer the call to them now.',

  // Why someone cannot take a transfer, in the chosen person's panel. {shown} is the number as the directory has it;
  // {other} is the other person with the same number.
  'calls.ineligible.noNumber':
    '{name} has no {uc} number, so calls cannot be transferred to them. An admin can add it (the Other Phone field, provisioned from the directory).',
  'calls.ineligible.undialable':
    '{name}’s {uc} number “{shown}” is not a complete international number (like +13175550101), so calls cannot be transferred to them. An admin can correct it in the directory.',
  'calls.ineligible.shared':
    '{name} has the same {uc} number as {other}, so a transfer could reach the wrong person. An admin can correct it in the directory.',
  'calls.ineligible.inactive': '{name} is inactive in Genesys Cloud, so calls cannot be transferred to them.',
} as const;
