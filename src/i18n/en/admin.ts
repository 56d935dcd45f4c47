// The admin view: who can see {uc} badges (and why not), roles, and the provisioning audit.
// Permission strings (integration:unifiedCommunications:view), API names and field names stay as they are.
export const admin = {
  // The page around the checks, and what it says to someone who may not run them.
  'admin.page.loadingPermissions': 'Loading your permissions…',
  'admin.page.loadingChecks': 'Loading the admin checks…',
  'admin.page.unavailable.title': 'Admin checks are not available to you',
  'admin.page.unavailable.lead': 'Your Genesys Cloud roles lack what the admin checks need:',
  // A missing permission and what the checks need it for; {permission} is the permission string, shown as code.
  'admin.page.unavailable.why.roleView': '{permission} to read roles, their permissions and who holds them',
  'admin.page.unavailable.why.grantView': '{permission} to read the role grants of other people',
  // "Admin > Roles / Permissions" is the Genesys Cloud menu path, as the Genesys Cloud UI names it in this language.
  'admin.page.unavailable.howToGrant':
    'A Genesys Cloud admin can grant them in Admin > Roles / Permissions (the Admin role of this app’s set-up has both).',

  // The view's heading and its sections.
  'admin.checks.title': 'Admin',
  'admin.checks.summary': 'Who can see {uc} badges, and is provisioning healthy.',
  'admin.checks.permissionsHeading': 'Badge permissions',
  'admin.checks.rolesHeading': 'Roles',

  // The {uc} unified communications integration (the UC clientapps entry).
  'admin.integration.heading': '{uc} integration',
  'admin.integration.missing.title': 'The {uc} integration is missing or inactive',
  'admin.integration.missing.problem':
    'The UC clientapps list has no active {uc} entry (integrationPresenceSource {ucSource}): nobody sees {uc} badges.',
  // "Active" is the integration's status as Genesys Cloud shows it.
  'admin.integration.missing.fix': 'In Admin > Integrations, install the {uc} unified communications integration and set it to Active.',
  'admin.integration.unchecked.title': 'The {uc} integration could not be checked',
  // {permission} is a permission string shown as code.
  'admin.integration.unchecked.body':
    'Reading it needs {permission}, which your roles do not include. The checks below use the documented default permissions.',
  'admin.integration.status': 'Status',
  'admin.integration.statusValue': 'Present and active ({name})',
  'admin.integration.presence': 'Presence',
  // {interval}: "30 s", "1 min 30 s".
  'admin.integration.polledEvery': 'polled every {interval}',
  'admin.integration.polledUnknown': 'polled (interval not declared)',
  'admin.integration.pushed': 'pushed by {uc}',
  'admin.integration.pbxPermission': '{uc} permission (pbxPermission)',
  'admin.integration.notDeclared': 'not declared',
  'admin.integration.userPermissions': 'User permissions',
  'admin.integration.noneDeclared': 'none declared',

  // What each capability of the app is called in the capability matrix.
  'admin.capability.seeBadges': 'See {uc} presence badges',
  'admin.capability.seeUcOnTransfer': 'See {uc} presence when transferring',
  'admin.capability.searchDirectory': 'Search the directory',
  'admin.capability.blindTransfer': 'Blind transfer',
  'admin.capability.consultTransfer': 'Consult transfer',
  'admin.capability.runAdminChecks': 'Run the admin checks',

  // The capability matrix: one person's capabilities, the permissions each needs, and the roles granting them.
  'admin.matrix.loading': 'Reading roles and grants…',
  'admin.matrix.caption': 'Capabilities of {name}',
  'admin.matrix.capability': 'Capability',
  'admin.matrix.status': 'Status',
  'admin.matrix.needs': 'Needs',
  'admin.matrix.allowed': 'Allowed',
  'admin.matrix.notAllowed': 'Not allowed',
  // {permissions}: the permissions the person lacks, "a and b".
  'admin.matrix.notAllowedMissing': 'Not allowed · {permissions} missing',
  // Follows a permission string: "directory:user:view held".
  'admin.matrix.held': 'held',
  // {roles}: "Agent (Home and Sales) and Supervisor".
  'admin.matrix.heldThrough': 'held through {roles}',
  // A role and the divisions it is granted in: "Agent (Home and Sales)".
  'admin.matrix.roleInDivisions': '{role} ({divisions})',
  'admin.matrix.missing': 'missing',

  // Looking up a person to see why they can or cannot see {uc} presence.
  'admin.search.label': 'Check a person',
  'admin.search.placeholder': 'Name or email',
  'admin.search.noMatch': 'Nobody matches.',
  'admin.search.results': 'People found',

  // Check a person: the answer first, what is missing (Genesys labels stay English), the roles granting it, where to assign them.
  'admin.check.lead': 'Why can’t someone see {uc} badges, or {uc} presence when transferring? Find them by name or email.',
  'admin.check.answer': 'Answer for {name}',
  'admin.check.verdictAllowed': '{name} can see {uc} presence: badges and presence when transferring.',
  'admin.check.verdictBlocked':
    '{name} cannot see {uc} presence: {count, plural, one {# permission is} other {# permissions are}} missing.',
  'admin.check.capabilities': 'What {name} can see',
  'admin.check.missingHeading': 'Missing in Genesys Cloud',
  'admin.check.grantedBy': 'Granted by these roles: {roles}',
  'admin.check.noRole': 'No role of this org grants it: add it to a role in Admin > Roles / Permissions first.',
  'admin.check.next':
    'Next: assign {count, plural, one {one of these roles} other {a role for each missing permission}} to {name} in Admin > People > {name} > Roles.',
  'admin.check.open': 'Open {name} in Genesys Cloud admin',
  'admin.check.noLinkDemo': 'Demo mode: there is no Genesys Cloud here to open.',
  'admin.check.noLinkHost': 'Genesys Cloud did not pass its address (gcHostOrigin) in the app’s URL, so the app cannot link to the person.',

  // Which roles grant the permissions, and who transfers calls without seeing badges.
  'admin.roles.loading': 'Reading roles…',
  'admin.roles.caption': 'Roles that grant each permission',
  'admin.roles.permission': 'Permission',
  'admin.roles.grantedBy': 'Granted by',
  'admin.roles.noRole': 'No role grants it',
  // A role and how many people hold it.
  'admin.roles.roleHolders': '{role} ({count, plural, one {# user} other {# users}})',
  // The same while the count is being read.
  'admin.roles.roleHoldersLoading': '{role} (…)',
  'admin.roles.withoutBadges.heading': 'People who transfer but cannot see badges',
  'admin.roles.withoutBadges.loading': 'Reading who holds these roles…',
  'admin.roles.withoutBadges.none': 'Everyone whose roles allow transfers can see {uc} badges.',
  'admin.roles.withoutBadges.summary':
    '{count, plural, one {# person has} other {# people have}} a role that allows transfers but cannot see {uc} presence: they transfer to {uc} people without seeing whether they are available.',
  'admin.roles.withoutBadges.more': 'and {count} more.',
  // One group of people lacking the same permissions; {labels}: Genesys permission labels, "Integration > {uc} > View".
  'admin.roles.withoutBadges.group': 'Missing {labels}',
  'admin.roles.withoutBadges.groupCount': '({count, plural, one {# person} other {# people}})',
  'admin.roles.withoutBadges.fix':
    'Fix: assign each of them {count, plural, one {one of these roles} other {a role for each permission}} in Admin > People > the person > Roles.',
  'admin.roles.withoutBadges.people': 'People missing {labels}',
  'admin.roles.withoutBadges.namesUnreadable': 'Their names could not be read: each person is shown by user ID.',

  // The provisioning audit: controls and progress.
  'admin.audit.heading': 'Provisioning audit',
  'admin.audit.summary':
    'Reads every user of the org ({pageSize} per request, inactive and deleted included) in the background, leaving room for everything else the app does, then the {uc} presence of up to {sampleSize} of them.',
  'admin.audit.run': 'Run audit',
  'admin.audit.runAgain': 'Run again',
  'admin.audit.cancel': 'Cancel',
  'admin.audit.cancelling': 'Cancelling…',
  'admin.audit.resume': 'Resume',
  'admin.audit.threshold': 'Presence is stale after (minutes)',
  'admin.audit.progressLabel': 'Audit progress',
  'admin.audit.starting': 'Starting…',
  // Once an audit settles, until libphonenumber (loaded beside the view) is there to check the numbers.
  'admin.audit.numberRules.loading': 'Checking the phone numbers…',
  'admin.audit.numberRules.failed': 'The phone number rules did not load',
  'admin.audit.numberRules.failedDetail':
    'The findings need them. Check the network connection and try again; if it keeps failing, reload the app.',
  // Page 1 could not be read, so the audit does not know how many pages there are.
  'admin.audit.progress.nothingRead': 'No users read yet',
  'admin.audit.progress.users':
    'Read {read} of {total, plural, one {# user} other {# users}} ({pages} of {pageCount, plural, one {# page} other {# pages}})',
  'admin.audit.progress.usersNoTotal':
    'Read {read, plural, one {# user} other {# users}} ({pages} of {pageCount, plural, one {# page} other {# pages}})',
  // Once every page is read: the bulk {uc} presence requests.
  'admin.audit.progress.usersAndPresence':
    'Read {read} of {total, plural, one {# user} other {# users}} ({pages} of {pageCount, plural, one {# page} other {# pages}}), {uc} presence {presenceRead} of {presenceCount, plural, one {# request} other {# requests}}',
  'admin.audit.cancelled.title': 'Audit cancelled',
  'admin.audit.cancelled.body':
    '{pages} of {pageCount, plural, one {# page} other {# pages}} read. Resume continues from page {nextPage}; findings below cover the users read so far.',
  'admin.audit.cancelled.pagesDone':
    'All {pageCount, plural, one {# page} other {# pages}} read. Resume reads the {uc} presence that is still missing.',
  'admin.audit.cancelled.nothingRead': 'No page was read yet. Resume starts from the first page.',
  'admin.audit.interrupted.title': 'Audit interrupted',
  // {reason}: why it stopped, e.g. "Genesys Cloud is limiting requests". {resume}: auto (it resumes by itself) or manual.
  'admin.audit.interrupted.body':
    '{reason}. {pages} of {pageCount, plural, one {# page is} other {# pages are}} kept; {resume, select, auto {resuming by itself once Genesys Cloud allows more requests.} other {Resume continues where it stopped.}}',
  'admin.audit.interrupted.nothingRead':
    '{reason}. No page was read yet; {resume, select, auto {resuming by itself once Genesys Cloud allows more requests.} other {Resume starts from the first page.}}',

  // How long ago {uc} presence last changed.
  'admin.audit.ago.underMinute': 'less than a minute ago',
  'admin.audit.ago.minutes': '{minutes} min ago',
  'admin.audit.ago.hours': '{hours} h ago',
  'admin.audit.ago.days': '{days, plural, one {# day ago} other {# days ago}}',

  // Presence sync: whether the {uc} side still pushes presence.
  'admin.sync.heading': 'Presence sync',
  'admin.sync.none': 'No {uc} presence was found for the sampled users.',
  // {newest} and {median}: "2 h ago".
  'admin.sync.summary': '{uc} presence of {count, plural, one {# user} other {# users}}: newest change {newest}, median {median}.',
  'admin.sync.stale.title': '{uc} presence is not syncing',
  'admin.sync.stale.problem':
    'No {uc} presence has changed for more than {minutes, plural, one {# minute} other {# minutes}} (newest change {newest}): badges show old states.',
  // "Integration > Presence > All" and "Presence > All" are Genesys Cloud permission names in the {uc} admin console: keep them.
  'admin.sync.stale.fix':
    'Check the presence OAuth client on the {uc} side (client credentials with Integration > Presence > All and Presence > All): it is probably disabled, expired or lost its role.',

  // The findings of the audit: heading, table and CSV.
  'admin.findings.region': 'Findings',
  'admin.findings.heading':
    '{findings, plural, =0 {No findings} one {# finding} other {# findings}} over {users, plural, one {# user} other {# users}}',
  'admin.findings.headingSoFar':
    '{findings, plural, =0 {No findings} one {# finding} other {# findings}} over {users, plural, one {# user} other {# users}} read so far',
  'admin.findings.export': 'Export CSV',
  // The name of the exported file (lowercase, hyphens, no spaces).
  'admin.findings.fileName': '{ucSlug}-provisioning-findings.csv',
  // The findings grouped by kind: the filter and each group's count; {kind} is a finding title.
  'admin.findings.filter': 'Show',
  'admin.findings.filterAll': 'Every kind ({count})',
  'admin.findings.filterKind': '{kind} ({count})',
  'admin.findings.kindCount': '({count, plural, one {# person} other {# people}})',
  'admin.findings.person': 'Person',
  'admin.findings.finding': 'Finding',
  'admin.findings.problem': 'Problem',
  'admin.findings.fix': 'How to fix',
  'admin.findings.firstShown': 'The first {count} are shown; the CSV has all of them.',

  // Each kind of finding about one person: its title, what is wrong, and what the admin does about it.
  'admin.finding.noNumber.title': 'UC-only user without a number for {uc}',
  'admin.finding.noNumber.emptyProblem': 'The {uc} Other Phone is empty.',
  'admin.finding.noNumber.placeholderProblem':
    'This account has never signed in to Genesys Cloud (a UC-only placeholder made by SCIM) and has no {uc} number: nobody can call or transfer to them, and no badge can show.',
  // telephoneNumber, Other Phone and the phone type ({ucTag}, e.g. eightbyeight) are field names: keep them.
  'admin.finding.noNumber.fix':
    'Set the person’s telephoneNumber in the {uc} directory; SCIM copies it to their Other Phone (phoneNumbers type "{ucTag}").',
  'admin.finding.invalidNumber.title': '{uc} number is not valid E.164',
  'admin.finding.invalidNumber.problem': '"{number}" is not an E.164 number: transfers to it fail or ring the wrong place.',
  'admin.finding.invalidNumber.fix':
    'Correct the number in the {uc} directory to E.164: "+", country code and digits only, no spaces or extension (for example +14155550123).',
  'admin.finding.duplicateNumber.title': 'Same {uc} number on two people',
  // {others}: the names of the other people with this number.
  'admin.finding.duplicateNumber.problem': 'The {uc} number {number} also belongs to {others}: a transfer to either rings the same phone.',
  'admin.finding.duplicateNumber.fix': 'Give each person their own number in the {uc} directory; SCIM then updates the Other Phone.',
  'admin.finding.notPrimary.title': '{uc} number is not the primary phone',
  'admin.finding.notPrimary.problem':
    'The primary phone is {phones}, not the {uc} number {number}: calls to this UC-only user ring in Genesys Cloud instead of on {uc}.',
  'admin.finding.notPrimary.fix':
    'Make the Other Phone ({uc} number) the primary phone in the person’s Genesys Cloud profile, or stop SCIM from sending other numbers for UC-only users.',
  'admin.finding.inactiveListed.title': 'Inactive user still holds a number for {uc}',
  'admin.finding.inactiveListed.problem':
    'The account is inactive but still carries the {uc} number {number}, so it still shows in {uc} lookups and can be chosen for transfers.',
  'admin.finding.deletedListed.title': 'Deleted user still holds a number for {uc}',
  'admin.finding.deletedListed.problem':
    'The account is deleted but still carries the {uc} number {number}, so it still shows in {uc} lookups and can be chosen for transfers.',
  'admin.finding.listed.fix':
    'If the person has left, remove them (or their number) from the {uc} directory so that SCIM deprovisions the number; if they are back, reactivate the Genesys Cloud account.',

  // What the audit read about one person (the details dialog and the CSV columns).
  'admin.person.unnamed': 'Unnamed user',
  'admin.person.email': 'Email',
  'admin.person.department': 'Department',
  'admin.person.title': 'Title',
  'admin.person.state': 'State',
  // A Genesys Cloud account state.
  'admin.person.stateValue': '{state, select, active {active} inactive {inactive} deleted {deleted} other {{state}}}',
  'admin.person.ucNumber': '{uc} number',
  'admin.person.emptyNumber': '(empty)',
  'admin.person.primaryPhone': 'Primary phone',
  'admin.person.signedIn': 'Signed in to Genesys Cloud',
  'admin.person.signedInYes': 'Yes',
  'admin.person.signedInNever': 'Never',
  'admin.person.userId': 'User ID',
  'admin.person.close': 'Close',
} as const;
