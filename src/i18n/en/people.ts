// Lists of 8×8 people, their card and live badges: shared by the directory, transfer and board views.
export const people = {
  // The list's accessible name.
  'people.list.label': '8×8 users',
  // The search box's clear button (an icon; this is its accessible name).
  'people.search.clear': 'Clear search',
  // A badge whose presence is still on its way (read by screen readers).
  'people.badge.loading': 'Presence: loading',

  // The user card.
  'people.card.title': 'Title',
  'people.card.department': 'Department',
  'people.card.email': 'Email',
  'people.card.number': '8×8 number',
  'people.card.manager': 'Manager',
  'people.card.presence': 'Presence',
  'people.card.loading': 'Loading…',
  'people.card.notAvailable': 'Not available',
  'people.card.openInGenesys': 'Open in Genesys Cloud',
  'people.card.close': 'Close',
} as const;
