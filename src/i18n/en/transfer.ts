// The transfer view (src/features/transfer): the call, the people to transfer it to, and what went wrong.
export const transfer = {
  // The page around everything; the titles are those of missing-permission notices.
  'transfer.page.title': 'Transfer',
  'transfer.page.loadingPermissions': 'Loading your permissions…',
  'transfer.page.noBlindTransfer': 'Blind transfer is not available to you',
  'transfer.page.noConsultTransfer': 'Consult transfer is not available to you',
  'transfer.page.noPresence': '{uc} presence is hidden when transferring',
  'transfer.page.noSearch': 'You cannot search the directory',
  // No active {uc} integration: the list has numbers but no presence (as the directory says).
  'transfer.integrationInactive.title': 'The {uc} integration is not active',
  'transfer.integrationInactive.body':
    'Genesys Cloud has no active {uc} unified communications integration, so no {uc} presence is shown here: you cannot tell who is available. Transfers to {uc} numbers still work. An admin can install or activate it in Admin > Integrations.',
  'transfer.page.loadingCalls': 'Loading your calls…',
  'transfer.page.loadingCall': 'Loading the call…',
  // Shown where the chosen person's panel goes, before anyone is chosen.
  'transfer.page.hint':
    'Type a name, then use the arrow keys and Enter to pick who takes the call; Enter again transfers it. Ctrl+Enter transfers to the highlighted person at once.',

  // The caller when Genesys Cloud has neither a name nor a number; used as a name in other messages.
  'transfer.call.unknownCaller': 'Unknown caller',
  // The consult destination when Genesys Cloud gives no name; used in place of a name ({destination}, {name}).
  'transfer.call.consultedPerson': 'the consulted person',

  // The card of the call being transferred. The status is a short uppercase label.
  'transfer.callCard.label': 'Call being transferred',
  'transfer.callCard.status.connected': 'On call',
  'transfer.callCard.status.transferred': 'Transferred',
  'transfer.callCard.status.ended': 'Call ended',
  'transfer.callCard.endedNote': 'The call has ended: there is nothing left to transfer.',
  'transfer.callCard.transferredTo': 'The call is now with {name}.',
  'transfer.callCard.transferredNote': 'The call has left you: it was transferred.',
  // Several calls at once: the agent picks one (the count is at least 2).
  'transfer.callChooser.legend': '{count, plural, one {You have # call.} other {You have # calls.}} Which one do you want to transfer?',
  'transfer.noCall.title': 'You have no active call',
  'transfer.noCall.body':
    'Transfers are for a call you are on. You can still look people up; when a call comes in, it appears here. In Genesys Cloud the transfer widget of an interaction opens on that call.',

  // Search and list of the people to transfer to.
  'transfer.picker.searchLabel': 'Search {uc} people to transfer to',
  'transfer.picker.placeholder': 'Name, department, number or “available”',
  'transfer.help.button': 'Keyboard shortcuts',
  'transfer.help.available': 'Alt+A shows only available people; a presence in the search (“billing avail”) does too.',
  'transfer.picker.order.presence': 'Available first',
  'transfer.picker.order.limited': 'By name: too many people to sort by presence. Search or choose a department.',
  'transfer.picker.loading': 'Loading {uc} people…',
  'transfer.picker.searching': 'Searching Genesys Cloud…',
  'transfer.picker.count': '{count, plural, one {# person} other {# people}}',
  'transfer.picker.noneProvisioned.title': 'No {uc} people are provisioned',
  'transfer.picker.noneProvisioned.body':
    'Genesys Cloud has no active users with a number for {uc}; an admin can check the SCIM provisioning.',
  'transfer.picker.noMatch.title': 'Nobody matches your search',
  'transfer.picker.noMatch.body': 'Try another part of the name, a department, a title or the person’s {uc} number.',
  'transfer.picker.listLabel': 'People to transfer to',
  // Tags on the rows the agent pinned: a favorite, or someone recently transferred to.
  'transfer.picker.tag.favorite': 'Favorite',
  'transfer.picker.tag.recent': 'Recent',

  // The chosen person's panel.
  'transfer.target.label': 'Transfer to {name}',
  'transfer.target.number': '{uc} {number}',
  'transfer.target.transfer': 'Transfer to {name}',
  'transfer.target.consult': 'Consult {name} first',
  // The buttons' visible text; their accessible names (above) say whom.
  'transfer.target.transferShort': 'Transfer',
  'transfer.target.consultShort': 'Consult',
  'transfer.target.addFavorite': 'Add to favorites',
  'transfer.target.removeFavorite': 'Remove from favorites',
  'transfer.target.watch': 'Notify me when available',
  'transfer.target.stopWatching': 'Stop notifying me',
  'transfer.target.watching': 'You will get a notification when {name} is available.',
  // Why the transfer buttons are disabled.
  'transfer.target.blocked.chooseCall': 'Choose the call to transfer first.',
  'transfer.target.blocked.noCall': 'There is no call to transfer.',
  'transfer.target.blocked.ended': 'The call has ended, so it cannot be transferred.',
  'transfer.target.blocked.transferred': 'The call has already been transferred.',
  'transfer.target.blocked.consulting': 'A consult is in progress: complete or cancel it first.',

  // The warning before a transfer to someone Offline, Busy or Away. {presence} is offline, busy or away;
  // {label} is that presence's label (common.presence.*); {kind} is blind (a transfer) or consult.
  'transfer.confirm.title':
    '{presence, select, offline {{name} is Offline} busy {{name} is Busy} away {{name} is Away} other {{name} is {label}}}',
  'transfer.confirm.body':
    '{name} may not answer while {presence, select, offline {offline} busy {busy} away {away} other {{label}}}: the call could ring out or reach their voicemail. {kind, select, blind {Transfer the call anyway?} other {Start the consult anyway?}}',
  'transfer.confirm.transferAnyway': 'Transfer anyway',
  'transfer.confirm.consultAnyway': 'Consult anyway',
  'transfer.confirm.watch': 'Notify me when available',
  'transfer.confirm.cancel': 'Cancel',

  // A consult in progress. {destination} is the consulted person, {customer} the caller.
  'transfer.consult.label': 'Consult transfer',
  'transfer.consult.title': 'Consulting {destination}',
  'transfer.consult.speakToLabel': 'Who you speak to',
  'transfer.consult.speakTo.destination': '{destination} only',
  'transfer.consult.speakTo.customer': '{customer} only',
  'transfer.consult.speakTo.both': 'Both, separately',
  'transfer.consult.speakTo.conference': 'Conference: all three',
  'transfer.consult.complete': 'Complete transfer to {destination}',
  'transfer.consult.cancel': 'Cancel consult',

  // Toast in Genesys Cloud after a transfer went through.
  'transfer.toast.transferredTitle': 'Call transferred',
  'transfer.toast.transferredMessage': 'The call is now with {name}.',

  // "Notify me when available": the Genesys Cloud toast and the in-page notice.
  'transfer.watch.toastTitle': '{name} is available',
  'transfer.watch.toastMessage': 'You asked to be told: you can transfer the call to them now.',
  'transfer.available.title': '{name} is available',
  'transfer.available.body': 'You asked to be told when {name} is available.',
  'transfer.available.transferNow': 'Transfer now',
  'transfer.available.dismiss': 'Dismiss',

  // Favorites and recents who no longer have a number for {uc}.
  'transfer.pinned.unnamedUser': 'Unnamed user',
  'transfer.pinned.withoutNumber.title': 'Some favorites or recent people cannot take transfers',
  'transfer.pinned.withoutNumber.body': '{name} has no {uc} number in Genesys Cloud any more, so calls cannot be transferred to them.',
  'transfer.pinned.removeFavorite': 'Remove {name} from favorites',

  // Someone who cannot take a transfer at all: the short note on their row, and the sentence in their panel.
  // {shown} is the number as the directory has it; {other} is the other person with the same number.
  'transfer.ineligible.tag.noNumber': 'No {uc} number',
  'transfer.ineligible.tag.undialable': 'Number cannot be dialled',
  'transfer.ineligible.tag.shared': 'Shared number',
  'transfer.ineligible.tag.inactive': 'Inactive',
  'transfer.ineligible.noNumber':
    '{name} has no {uc} number, so calls cannot be transferred to them. An admin can add it (the Other Phone field, provisioned from the directory).',
  'transfer.ineligible.undialable':
    '{name}’s {uc} number “{shown}” is not a complete international number (like +13175550101), so calls cannot be transferred to them. An admin can correct it in the directory.',
  'transfer.ineligible.shared':
    '{name} has the same {uc} number as {other}, so a transfer could reach the wrong person. An admin can correct it in the directory.',
  'transfer.ineligible.inactive': '{name} is inactive in Genesys Cloud, so calls cannot be transferred to them.',

  // A transfer action that failed. {action} is what was tried: blind (transfer to {name}), consult (with {name}),
  // speak-to (change who the agent speaks to), complete (the consult transfer), other (cancel the consult).
  // {unchanged} is yes when the call is still connected, with {customer} the caller; the sentence is left out otherwise.
  'transfer.failure.callEnded.title': 'The call has ended',
  'transfer.failure.callEnded.detail':
    'There is no connected call, so nothing was sent when you tried to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}.',
  'transfer.failure.noNumber.title': '{name} has no {uc} number',
  'transfer.failure.noNumber.detail':
    'Genesys Cloud has no {uc} number for {name}, so the call cannot go to them. Nothing was sent.{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} An admin can add it (the Other Phone field, provisioned from the directory).',
  'transfer.failure.malformedNumber.title': '{name}’s {uc} number cannot be dialled',
  // {shown} is the number as the directory has it; +13175550101 is an example of a complete number.
  'transfer.failure.malformedNumber.detail':
    '“{shown}” is not a complete international number (like +13175550101), so the call could not reach them. Nothing was sent.{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} An admin can correct it in the directory.',
  'transfer.failure.unreachable.title': 'Genesys Cloud could not be reached',
  'transfer.failure.unreachable.detail':
    'The request to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}} got no answer. Check your connection and try again; the call is shown as Genesys Cloud reports it now.',
  'transfer.failure.refused.title':
    'Genesys Cloud refused to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}',
  // {message} is Genesys Cloud's own error text. "Admin > Roles / Permissions" is the Genesys Cloud menu path.
  'transfer.failure.refused.detail':
    '{message}{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} A Genesys Cloud admin can grant the permission in Admin > Roles / Permissions.',
  'transfer.failure.rateLimited.title': 'Genesys Cloud is limiting requests',
  'transfer.failure.rateLimited.detail':
    'Too many requests were made in the last minute, so Genesys Cloud did not {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}.{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} Try again in a moment.',
  'transfer.failure.endedBefore.title': 'The call ended before the transfer',
  // {status} is transferred (someone else transferred it) or other (it ended).
  'transfer.failure.endedBefore.detail':
    'The call {status, select, transferred {was already transferred} other {ended}} while trying to {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}, so nothing was transferred.',
  'transfer.failure.couldNot.title':
    'Genesys Cloud could not {action, select, blind {transfer the call to {name}} consult {start a consult with {name}} speak-to {change who you speak to} complete {complete the consult transfer} other {cancel the consult}}',
  'transfer.failure.couldNot.detail':
    '{message}{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}}',
  'transfer.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Your call with {customer} is still with you, unchanged.} other {}} Try again.',
  'transfer.failure.dismiss': 'Dismiss',
} as const;
