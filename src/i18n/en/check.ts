// The org check (/check): probes an admin runs once in a real org, what each found,
// what the app will do with it, and how to fix a warning. Genesys Cloud menu paths
// (Admin > Integrations > …) follow Genesys Cloud's own English labels.
export const check = {
  'check.page.title': 'Org check',
  'check.page.summary':
    'Checks how your Genesys Cloud organization answers the questions the app cannot settle alone, and says what the app will do with each answer. Run it once after deploying, as an admin.',
  'check.page.loadingPermissions': 'Loading your permissions…',

  // {budget}: the most requests one run sends (15).
  'check.run.budget':
    'One run sends at most {budget} requests to Genesys Cloud, and creates one notification channel that Genesys Cloud removes by itself.',
  'check.run.start': 'Run the check',
  'check.run.again': 'Run again',
  'check.run.running': 'Checking your organization…',
  // {used} of {budget} requests.
  'check.run.used': '{used} of at most {budget} requests sent.',
  // {warnings} and {notChecked}: counts of table rows.
  'check.run.summary':
    '{warnings, plural, =0 {No warnings} one {# warning} other {# warnings}}, {notChecked, plural, =0 {every probe checked} one {# probe not checked} other {# probes not checked}}.',

  'check.table.caption': 'What the check found',
  'check.table.probe': 'Probe',
  'check.table.found': 'Found',
  'check.table.action': 'What the app will do',
  'check.table.status': 'Status',
  'check.table.fix': 'Fix:',

  'check.status.ok': 'OK',
  'check.status.warning': 'Warning',
  'check.status.info': 'Info',
  'check.status.notChecked': 'Not checked',

  'check.probe.integration': '{uc} integration',
  'check.probe.presenceField': 'Where {uc} presence arrives',
  'check.probe.numberTags': '{uc} number tags',
  'check.probe.presenceSources': 'Presence sources',
  'check.probe.bulkReader': 'Presence by source',
  'check.probe.topics': 'Live presence updates',
  'check.probe.retryAfter': 'Rate limit waits',
  'check.probe.clock': 'Clock',
  'check.probe.scopes': 'OAuth scopes',

  // Why a probe sent nothing. {permissions}: permission names such as directory:user:view.
  'check.notChecked.permission': 'Not checked: you lack {permissions}.',
  'check.notChecked.noSample': 'Not checked: the number tags probe found no {uc} person to sample.',
  'check.notChecked.noSource': 'Not tried: no {uc} presence source is listed, and the check never guesses a source id.',
  'check.notChecked.sourcesUnread': 'Not tried: the presence sources could not be read, and the check never guesses a source id.',
  'check.notChecked.noClock': 'Not checked: neither a Date header nor a notification channel’s expiry could be read.',
  'check.notChecked.budget': 'Not checked: the run’s request budget was spent.',
  // {error}: what went wrong, often Genesys Cloud’s own (English) message.
  'check.notChecked.failed': 'Could not check: {error}',
  'check.notChecked.action': 'Unknown until this probe can run.',
  'check.notChecked.fix.permission': 'Run the check as someone who holds these permissions (Admin > Roles/Permissions).',

  // 1. The {uc} entry of the UC integrations list.
  'check.integration.served': 'This app serves {uc}. Active UC integrations in this org: {active}.',
  'check.integration.servedNoneActive': 'This app serves {uc}. No UC integration of this org is active.',
  'check.integration.pushed': 'The {uc} integration is active; {uc} pushes presence into Genesys Cloud.',
  // {interval}: a duration such as "1 min".
  'check.integration.polled': 'The {uc} integration is active; Genesys Cloud polls {uc} for presence every {interval}.',
  'check.integration.polledUnknown': 'The {uc} integration is active; Genesys Cloud polls {uc} for presence.',
  // {permission}: a permission name in code style.
  'check.integration.pbx': 'It declares the {uc} permission {permission}.',
  'check.integration.noPbx': 'It declares no {uc} permission (pbxPermission).',
  'check.integration.iconsListed': 'The list answer carries its badge icons (no second request).',
  'check.integration.iconsEntryOnly': 'The list answer carries no badge icons: the app reads the entry once more for them.',
  'check.integration.missing':
    '{count, plural, =0 {No unified communications integration is listed.} one {# unified communications integration is listed, not {uc}.} other {# unified communications integrations are listed, none of them {uc}.}}',
  'check.integration.action.ok': 'Shows {uc} presence to people who hold {permissions}.',
  'check.integration.action.missing': 'Shows no {uc} presence anywhere: badges depend on this integration.',
  'check.integration.fix.missing': 'In Genesys Cloud, Admin > Integrations: install and activate the {uc} integration.',
  'check.integration.fix.noPbx':
    'The app assumes {permission}, which is unverified: compare it with the {uc} permission listed under Admin > Roles/Permissions, and grant that one.',

  // 2. Which field of a user carries the {uc} presence. {field}: presence or integrationPresence, in code style.
  'check.presenceField.found': '{uc} presence came in {field} for {count} of {sampled} sampled people.',
  'check.presenceField.genesysOnly': '{count, plural, one {# person} other {# people}} came back with only their Genesys Cloud presence.',
  'check.presenceField.none': 'No {uc} presence came back for the {sampled} sampled people.',
  'check.presenceField.action.ok':
    'Reads {uc} presence from {field}. People without one show as Unknown, never with their Genesys Cloud presence.',
  'check.presenceField.action.none': 'Shows these people as Unknown.',
  'check.presenceField.fix':
    'Check that {uc} pushes presence into Genesys Cloud: the OAuth client {uc} uses (Client Credentials, with Integration > Presence > All and Presence > All) must be active.',

  // 3. The integration tags on Other Phone numbers, from one page of active users.
  'check.numberTags.sample':
    'Sample: {sampled, plural, one {# active user} other {# active users}}, {withOther} with an Other Phone number.',
  // {tags}: a list such as "<tag> × 57 and <other tag> × 2".
  'check.numberTags.tags': 'Integration tags on those numbers: {tags}.',
  // One item of that list.
  'check.numberTags.tag': '{tag} × {count}',
  'check.numberTags.noTags': 'No Other Phone number carries an integration tag.',
  'check.numberTags.untagged': '{count, plural, one {# Other Phone number has} other {# Other Phone numbers have}} no tag.',
  'check.numberTags.action.tagged': 'Lists people whose Other Phone is tagged for {uc}: {count} in this sample.',
  // {parameter}: people=otherPhone in code style.
  'check.numberTags.action.otherPhone': 'Lists people with an untagged Other Phone too ({parameter}): {count} in this sample.',
  'check.numberTags.action.nobody':
    'Lists nobody: no number in this sample is tagged for {uc}. The directory says so and names {parameter}.',
  'check.numberTags.action.noPhones': 'Lists nobody: no one in this sample has an Other Phone number.',
  'check.numberTags.fix.otherPhone':
    'Add {parameter} to the Application URL of each of the app’s client apps (Admin > Integrations > the app > Configuration), or have SCIM write the {uc} integration tag.',
  'check.numberTags.fix.noPhones':
    'Check the SCIM mapping: the directory’s telephoneNumber must reach phoneNumbers[type eq "{ucTag}"], which Genesys Cloud stores as the Other Phone.',

  // 4. GET /presence/sources.
  'check.presenceSources.listed':
    '{count, plural, one {# presence source is listed} other {# presence sources are listed}}, {uc} among them.',
  'check.presenceSources.unlisted':
    '{count, plural, one {# presence source is listed} other {# presence sources are listed}}, none of them {uc}.',
  'check.presenceSources.action': 'Nothing changes: the app reads presence by person and needs no source id.',

  // 5. The per-source bulk presence endpoint, with the listed {uc} source’s id.
  'check.bulkReader.works': 'It answered with the presence of {answered} of {asked} people.',
  // {status}: an HTTP status such as 404.
  'check.bulkReader.refused': 'It refused the listed {uc} source (HTTP {status}).',
  'check.bulkReader.action': 'Not used: the app reads presence by person, 100 people a request instead of 50.',

  // 6. Notification topics. {topic}: v2.users.{id}.integrationpresence in code style.
  'check.topics.accepted': 'A notification channel accepted {topic}.',
  'check.topics.refused': 'A notification channel refused {topic}.',
  // {reason}: Genesys Cloud’s own (English) words.
  'check.topics.reason': 'Genesys Cloud says: {reason}',
  'check.topics.missingPermissions': 'Missing: {permissions}.',
  'check.topics.action.live': 'Keeps {uc} badges live over the notification channel.',
  'check.topics.action.polled': 'Polls {uc} presence instead, within its request budget, and says on screen that presence is polled.',
  'check.topics.fix':
    'Give the people who use the app {permission}. If they hold it, check that the app’s OAuth client has the notifications scope.',

  // 7. What the request scheduler saw of 429 (too many requests) answers. {wait}: a duration such as "20 s".
  'check.retryAfter.none': 'No 429 (too many requests) seen yet in this session.',
  'check.retryAfter.header': 'The last 429 asked for a wait of {wait} in its Retry-After header.',
  'check.retryAfter.body': 'The browser hides the Retry-After header; the last 429 asked for a wait of {wait} in its text.',
  'check.retryAfter.backoff': 'The last 429 said nothing the app could read; it paused {wait}.',
  'check.retryAfter.seen': '{count, plural, one {# 429 seen} other {# 429s seen}} in this session.',
  'check.retryAfter.action.none':
    'On a 429 it waits as long as Genesys Cloud asks: the header, else the answer’s text, else a growing pause.',
  'check.retryAfter.action.ok': 'Waits as long as Genesys Cloud asks, then sends again.',
  'check.retryAfter.action.backoff': 'Waits a growing pause (from 5 s) before sending again.',
  'check.retryAfter.fix': 'Nothing to set in Genesys Cloud. If it keeps happening, have fewer of the app’s views open at once.',

  // 8. Clock difference with Genesys Cloud. {amount}: a duration such as "5 min".
  'check.clock.behind': 'This computer’s clock is {amount} behind Genesys Cloud’s.',
  'check.clock.ahead': 'This computer’s clock is {amount} ahead of Genesys Cloud’s.',
  'check.clock.inStep': 'This computer’s clock is in step with Genesys Cloud’s.',
  'check.clock.fromHeader': 'Measured with the Date header of an answer.',
  'check.clock.fromChannel': 'Measured with the expiry of a new notification channel (24 hours).',
  'check.clock.action.ok': 'Shows times in status as Genesys Cloud measures them.',
  'check.clock.action.skewed': 'Shows times in status off by about {amount}.',
  'check.clock.fix':
    'Let this computer set its clock automatically (Windows: Settings > Time & language; macOS: System Settings > General > Date & Time).',

  // 9. The token’s OAuth scopes. {scopes}: scope names in code style.
  'check.scopes.missing': 'The token lacks {scopes}.',
  'check.scopes.complete': 'The token has every scope the app needs ({count}).',
  'check.scopes.unrestricted': 'The token lists no scopes: its OAuth client is not limited to scopes.',
  'check.scopes.action.ok': 'Every request the app sends is within the token’s scopes.',
  'check.scopes.action.missing':
    'Genesys Cloud refuses the requests that need them (403), and the parts of the app behind them show an error.',
  'check.scopes.fix': 'Add them to the app’s OAuth client (Admin > Integrations > OAuth > the client > Scope), then open the app again.',

  'check.report.copy': 'Copy report',
  'check.report.copied': 'Report copied. It holds counts and variants only: no names, numbers or ids.',
  'check.report.copyFailed': 'The browser did not allow copying. Select the report below and copy it.',
  'check.report.label': 'Report (JSON)',
} as const;
