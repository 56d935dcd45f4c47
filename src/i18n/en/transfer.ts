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
  // While the chosen person's panel and the transfer actions load (a moment, after the list shows).
  'transfer.page.loadingActions': 'Loading the transfer actions…',
  // Shown where the chosen person's panel goes, before anyone is chosen.
  'transfer.page.hint':
    'Type a name, then use the arrow keys and Enter to pick who takes the call; Enter again transfers it. Ctrl+Enter transfers to the highlighted person at once.',

  // The caller when Genesys Cloud has neither a name nor a number; used as a name in other messages.
  'transfer.call.unknownCaller': 'Unknown caller',

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

  // Favorites and recents who no longer have a number for {uc}.
  'transfer.pinned.unnamedUser': 'Unnamed user',
  'transfer.pinned.withoutNumber.title': 'Some favorites or recent people cannot take transfers',
  'transfer.pinned.withoutNumber.body': '{name} has no {uc} number in Genesys Cloud any more, so calls cannot be transferred to them.',
  'transfer.pinned.removeFavorite': 'Remove {name} from favorites',

  // Someone who cannot take a transfer at all: the short note on their row (the sentence in their panel: calls.ineligible.*).
  'transfer.ineligible.tag.noNumber': 'No {uc} number',
  'transfer.ineligible.tag.undialable': 'Number cannot be dialled',
  'transfer.ineligible.tag.shared': 'Shared number',
  'transfer.ineligible.tag.inactive': 'Inactive',
} as const;
