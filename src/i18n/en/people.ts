// Lists of {uc} people, their card and live badges: shared by the directory, transfer and board views.
export const people = {
  // The list's accessible name.
  'people.list.label': '{uc} users',
  // The search box's clear button (an icon; this is its accessible name).
  'people.search.clear': 'Clear search',
  // A badge whose presence is still on its way (read by screen readers).
  'people.badge.loading': 'Presence: loading',

  // The user card.
  'people.card.title': 'Title',
  'people.card.department': 'Department',
  'people.card.email': 'Email',
  'people.card.number': '{uc} number',
  'people.card.manager': 'Manager',
  'people.card.presence': 'Presence',
  'people.card.loading': 'Loading…',
  'people.card.notAvailable': 'Not available',
  'people.card.openInGenesys': 'Open in Genesys Cloud',
  'people.card.close': 'Close',
  // Nobody is tagged for {uc} but people have an Other Phone; {parameter}: the launch parameter people=otherPhone.
  'people.untagged.title': 'No number is tagged for {uc}',
  'people.untagged.body':
    '{count, plural, one {# person has} other {# people have}} an Other Phone number without the {uc} integration tag, so the app does not know they are {uc} people. Your provisioning may leave the tag out.',
  'people.untagged.fix':
    'An admin can add {parameter} to this client app’s URL in Genesys Cloud (Admin > Integrations) to list everyone with an Other Phone number, or open /check to see what the org uses.',
  // How presence stays current when it is not pushed. {interval}: a duration (30 s, 1 min).
  'people.live.refused':
    '{count, plural, one {Live updates were refused for # person} other {Live updates were refused for # people}} on screen: their {uc} presence refreshes every {interval}.',
  'people.live.polled': '{uc} presence refreshes every {interval}: the {uc} integration is set to polled presence.',
  // The filters over a people list (directory and transfer picker); Alt+A toggles Available only.
  'people.filters.department': 'Department',
  'people.filters.allDepartments': 'All departments',
  'people.filters.presence': 'Presence',
  'people.filters.anyPresence': 'Any presence',
  'people.filters.clear': 'Clear filters',
  'people.sort.label': 'Sort by',
  'people.sort.name': 'Name',
  'people.filters.label': 'Filters',
  'people.filters.availableOnly': 'Available only',
  'people.filters.show': 'Show',
  'people.filters.everyoneByName': 'Everyone, by name',
  'people.filters.fromSearch': 'Only {presence} people: your search names that presence.',
  'people.sort.presence': 'Available first',
} as const;
