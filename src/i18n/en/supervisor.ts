// The supervisor's presence board (/supervisor): scope, totals, chart, freshness, people list, CSV.
export const supervisor = {
  // The page and what replaces the board when it cannot be shown.
  'supervisor.page.heading': '{uc} presence board',
  'supervisor.page.unavailableTitle': 'The presence board is not available to you',
  'supervisor.page.noIntegrationTitle': 'The {uc} integration is not active',
  // "Admin > Integrations" is the Genesys Cloud menu path; use the names Genesys Cloud shows in this language.
  'supervisor.page.noIntegrationBody':
    'Genesys Cloud has no active {uc} unified communications integration, so there is no {uc} presence to count. An admin can install or activate it in Admin > Integrations.',

  // Scope picker: whose presence the board counts.
  'supervisor.scope.label': 'Scope',
  'supervisor.scope.all': 'All {uc} users',
  'supervisor.scope.department': 'A department',
  'supervisor.scope.group': 'A group',
  // {count}: how many people the supervisor saved.
  'supervisor.scope.selection': 'My saved selection ({count})',
  'supervisor.scope.departmentLabel': 'Department',
  'supervisor.scope.chooseDepartment': 'Choose a department',
  'supervisor.scope.groupLabel': 'Group',
  'supervisor.scope.loadingGroups': 'Loading groups…',
  'supervisor.scope.chooseGroup': 'Choose a group',
  'supervisor.scope.pickDepartment': 'Choose a department to see its {uc} presence.',
  'supervisor.scope.pickGroup': 'Choose a group to see its {uc} presence.',

  // The board of one scope while it loads, or when there is nobody in it.
  'supervisor.board.loading': 'Loading the {uc} users in scope…',
  'supervisor.board.progress': 'Loading {uc} users… {loaded} of {total, plural, one {# page} other {# pages}}',
  'supervisor.board.progressLabel': 'Loading {uc} users',
  'supervisor.board.emptySelectionTitle': 'Your saved selection is empty',
  // {scopeAll} is the scope option "All {uc} users", {addAction} the button "Add to my selection".
  'supervisor.board.emptySelectionBody':
    'Choose {scopeAll}, open a person from the list and choose “{addAction}”. The selection is kept in this browser for you only.',
  'supervisor.board.nobodyTitle': 'Nobody to count',
  'supervisor.board.nobodyBody': 'There are no active {uc} users in this scope.',
  // The chart's bars: one per department or one per division.
  'supervisor.board.barsBy': 'Bars by',
  'supervisor.barsBy.department': 'Department',
  'supervisor.barsBy.division': 'Division',

  // Totals per presence (buttons that filter the people list) and the rows of the chart.
  'supervisor.totals.label': 'Totals by presence',
  // A presence's share of everyone in scope, after its count: "Available 12 (25%)".
  'supervisor.totals.share': '({percent})',
  // While the board still reads pages: counts estimated from the random pages read so far.
  // {count} a number such as "24,100"; {percent} and {margin} percentages: "≈ 24,100" "(48% ± 3%)".
  'supervisor.estimate.count': '≈ {count}',
  'supervisor.estimate.share': '({percent} ± {margin})',
  // {people} a rounded number such as "55,000"; {pageCount} the pages to read in all.
  'supervisor.estimate.note':
    'Estimated from {sampled, plural, one {# person} other {# people}} on {pages, plural, one {# page} other {# pages}} chosen at random, of about {people} people; exact counts once all {pageCount} pages are read.',
  'supervisor.estimate.partial':
    'Counts of the {count, plural, one {# person} other {# people}} read so far; an estimate for everyone follows in a few seconds.',
  // Someone whose presence the board has not read yet (a group's members before the first batch).
  'supervisor.totals.pending': 'Not read yet',
  'supervisor.totals.all': 'All',
  'supervisor.totals.noDepartment': 'No department',
  'supervisor.totals.noDivision': 'No division',

  // The chart: stacked bars per department (or division), or the same numbers as a table.
  'supervisor.chart.headingDepartment': 'By department',
  'supervisor.chart.headingDivision': 'By division',
  'supervisor.chart.tableView': 'Table view',
  'supervisor.chart.barsDepartment': 'Presence by department',
  'supervisor.chart.barsDivision': 'Presence by division',
  // What a screen reader says for one bar: "Sales: 12 people, 3 Available, 2 Busy"; {counts} is a list of rowCount.
  'supervisor.chart.rowDescription': '{label}: {total, plural, one {# person} other {# people}}, {counts}',
  'supervisor.chart.rowCount': '{count} {presence}',
  'supervisor.chart.partial': 'The {count, plural, one {# person} other {# people}} read so far.',
  // Tooltip of one segment of a bar.
  'supervisor.chart.segmentTitle': '{presence}: {count}',
  'supervisor.table.captionDepartment': '{uc} users by department and presence',
  'supervisor.table.captionDivision': '{uc} users by division and presence',
  'supervisor.table.total': 'Total',

  // Freshness line under the answer: {sweep} how often everyone is re-read, {age} the oldest presence's age ("1 min 40 s").
  'supervisor.freshness.line': 'Updated every {sweep} · oldest {age}',
  'supervisor.freshness.lineStale': 'Updated every {sweep} · oldest {age} · may be out of date',
  // While pages are still read or presences are still to read: no green dot until the totals are complete.
  'supervisor.freshness.partial': 'Partial totals, still counting · oldest {age}',
  // The summary of the folded detail: the request arithmetic below, then the time of the newest read.
  'supervisor.freshness.details': 'How the board updates',
  'supervisor.freshness.asOf': 'Last presence read at {time}.',
  // How the board keeps the totals current: {batch} ids per presence request, {rate} requests per minute.
  'supervisor.freshness.plan':
    '{users, plural, one {# person} other {# people}} re-read in {requests, plural, one {# request} other {# requests}} of {batch}, a full pass about every {sweep} ({rate} requests/min); people on screen update live.',
  // {reason}: a short error title such as "Genesys Cloud is limiting requests".
  'supervisor.freshness.error': 'Refreshing failed ({reason}); trying again shortly.',

  // The scope's answer at the top, in one sentence. {scope} a department's or group's name or a scope option;
  // {available} and {total} formatted numbers, {percent} a share such as "48%".
  'supervisor.answer.exact': '{scope}: {available} of {total} available ({percent})',
  // Estimated from the random pages read so far.
  'supervisor.answer.estimate': '{scope}: about {available} of about {total} available ({percent})',
  // Only the people counted so far (pages or presences still to read, no estimate yet).
  'supervisor.answer.partial': '{scope} so far: {available} of {total} counted are available ({percent})',
  // {scope} for the saved selection.
  'supervisor.answer.selection': 'My saved selection',

  // The people list below the chart.
  'supervisor.people.heading': 'People',
  'supervisor.people.loading': 'Loading the list of people…',
  'supervisor.people.searchLabel': 'Find people on the board',
  'supervisor.people.searchPlaceholder': 'Name, department, title or number',
  'supervisor.people.presenceFilter': 'Presence',
  'supervisor.people.anyPresence': 'Any presence',
  'supervisor.people.sortBy': 'Sort by',
  'supervisor.people.sortLongest': 'Longest in status',
  'supervisor.people.sortShortest': 'Shortest in status',
  'supervisor.people.sortName': 'Name',
  'supervisor.people.export': 'Export CSV',
  // Status line: how many of the people in scope the list shows.
  'supervisor.people.showing': '{shown, plural, one {Showing # person of {total}} other {Showing # people of {total}}}',
  // The same, filtered to one presence ({presence} is a presence name such as "Available").
  'supervisor.people.showingPresence':
    '{shown, plural, one {Showing # {presence} person of {total}} other {Showing # {presence} people of {total}}}',
  'supervisor.people.addToSelection': 'Add to my selection',
  'supervisor.people.removeFromSelection': 'Remove from my selection',

  // Exported file: "<integration>-presence-<scope>-<date>.csv"; the scope words are lower case, words joined by "-".
  'supervisor.export.fileAll': 'all',
  'supervisor.export.fileSelection': 'my-selection',
  'supervisor.export.fileGroup': 'group',
  'supervisor.export.fileBoard': 'board',
  // CSV column headers.
  'supervisor.csv.name': 'Name',
  'supervisor.csv.department': 'Department',
  'supervisor.csv.division': 'Division',
  'supervisor.csv.title': 'Title',
  'supervisor.csv.number': '{uc} number',
  'supervisor.csv.presence': 'Presence',
  'supervisor.csv.since': 'In status since',
  'supervisor.csv.minutes': 'Minutes in status',
  'supervisor.csv.message': 'Status message',
  'supervisor.csv.readAt': 'Read at',
} as const;
