// The {uc} directory view.
export const directory = {
  'directory.heading': '{uc} directory',
  'directory.badgesHidden': '{uc} presence is hidden',
  'directory.cannotSearch': 'You cannot search the directory',
  'directory.integrationInactive.title': 'The {uc} integration is not active',
  // "Admin > Integrations" is the Genesys Cloud menu path, as the Genesys Cloud UI names it in this language.
  'directory.integrationInactive.body':
    'Genesys Cloud has no active {uc} unified communications integration, so there is no {uc} presence to show. An admin can install or activate it in Admin > Integrations.',

  // Toolbar.
  'directory.search.label': 'Search {uc} users',
  'directory.search.placeholder': 'Name, department, title or number',

  // Status line under the toolbar (read out politely by screen readers).
  'directory.status.loading': 'Loading {uc} users…',
  'directory.status.showing': 'Showing {shown, plural, one {# {uc} user} other {# {uc} users}}',
  'directory.status.showingOf': 'Showing {shown} of {total, plural, one {# {uc} user} other {# {uc} users}}',
  // Under the status line while some pages are unread: why the total may differ from the presence board's.
  'directory.status.estimated':
    'The total is estimated from the pages read so far, since Genesys Cloud also counts users without a number for {uc}; the presence board reads every page and counts exactly.',
  'directory.searching': 'Searching Genesys Cloud…',
  // Every user is loaded before presence can filter or sort; {percent} is e.g. "25%".
  'directory.progress.sort': 'Loading all users to sort by presence… {percent}',
  'directory.progress.filter': 'Loading all users to filter by presence… {percent}',
  'directory.progress.sortTotal': 'Loading all {total, plural, one {# user} other {# users}} to sort by presence… {percent}',
  'directory.progress.filterTotal': 'Loading all {total, plural, one {# user} other {# users}} to filter by presence… {percent}',
  'directory.unreadable.title': 'Some users could not be shown',
  'directory.unreadable.body':
    '{count, plural, one {# entry from Genesys Cloud was incomplete and is left out.} other {# entries from Genesys Cloud were incomplete and are left out.}}',

  // Nobody to show. {text}: what the person typed.
  'directory.empty.search.title': 'No {uc} users match your search',
  'directory.empty.search.body':
    '{filtered, select, yes {Nobody matches “{text}” with the filters chosen.} other {Nobody matches “{text}”.}} Check the spelling, or search by another part of the name, an email, department, title or {uc} number.',
  'directory.empty.search.clear': 'Clear search',
  'directory.empty.filters.title': 'No {uc} users match the filters',
  // {presence}: a presence label (Busy); {department}: a department's name; "loading" while the rest are still being read.
  'directory.empty.filters.presence':
    '{loading, select, yes {Nobody has the presence “{presence}” among the users loaded so far; still loading the rest.} other {Nobody has the presence “{presence}”.}}',
  'directory.empty.filters.department':
    '{loading, select, yes {Nobody is in {department} among the users loaded so far; still loading the rest.} other {Nobody is in {department}.}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {Nobody in {department} has the presence “{presence}” among the users loaded so far; still loading the rest.} other {Nobody in {department} has the presence “{presence}”.}}',
  'directory.empty.filters.hint': 'Choose another presence or department, or clear the filters.',
  'directory.empty.none.title': 'No {uc} users are provisioned',
  // "Other Phone" is the Genesys Cloud user profile field, as the Genesys Cloud UI names it in this language.
  'directory.empty.none.body':
    'Genesys Cloud has no active users with a number for {uc}. {uc} users arrive through SCIM provisioning from your identity provider, with their {uc} number in the Other Phone field; an admin can check the SCIM set-up.',
  // A person's card while the agent is on a call. {customer}: the caller's name or number.
  'directory.call.label': 'Your call',
  'directory.call.with': 'On a call with {customer}',
  // Several calls at once (the count is at least 2); "Transfer" is the view's name in the app's menu.
  'directory.call.several':
    '{count, plural, one {You have # call.} other {You have # calls.}} To transfer one, choose it in the Transfer view.',
} as const;
