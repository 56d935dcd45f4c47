// The app shell, start screens, sign-in and error texts shared by every view.
export const app = {
  // The browser tab's title.
  'app.documentTitle': '{uc} Presence for Genesys Cloud',

  // Header: product name (a name, not translated), the view tabs, and the demo marker.
  'app.shell.productName': '{uc} Presence',
  'app.shell.views': 'Views',
  'app.shell.viewMenu': 'View: {view}',
  'app.shell.view.directory': 'Directory',
  'app.shell.view.transfer': 'Transfer',
  'app.shell.view.supervisor': 'Supervisor',
  'app.shell.view.admin': 'Admin',
  'app.shell.view.check': 'Check',
  // While a view's code loads (after the permissions are known); {view}: the view's name.
  'app.shell.loadingView': 'Loading {view}…',
  // {persona} is a demo persona id such as agent or no-badges.
  'app.shell.demo.label': 'Demo · {persona}',
  'app.shell.demo.hint': 'Running against the built-in Genesys Cloud emulator',

  // Banners above every view.
  'app.session.signingIn.title': 'Your Genesys Cloud session ended',
  'app.session.signingIn.body': 'Signing you in again…',
  'app.session.failed.title': 'You are signed out of Genesys Cloud',
  'app.session.rejected':
    'Genesys Cloud rejected the session right after signing in. Check that your user may use this app, then sign in again.',
  'app.session.signInAgainFailed': 'Signing in again failed.',
  'app.offline.title': 'You are offline',
  'app.offline.body': 'What is on screen may be out of date. The app refreshes by itself when the connection is back.',
  'app.action.signInAgain': 'Sign in again',

  // Start screens, before the app is signed in.
  'app.uc.switch.label': 'Phone system',
  'app.uc.loading': "Loading your organization's integrations…",
  'app.uc.choose.title': 'Which phone system?',
  'app.uc.choose.body':
    '{count, plural, one {Your organization has one unified communications integration.} other {Your organization has # unified communications integrations. This app shows the people of one at a time: choose which. The app remembers your choice in this browser, and you can change it from the header.}}',
  'app.start.demo': 'Starting the demo organization…',
  'app.start.signingIn': 'Signing in to Genesys Cloud…',
  'app.start.failed': 'The app could not start',
  'app.start.launchError.title': 'This app was opened with a launch parameter it cannot use',
  // {parameter} is a URL parameter name (gcTargetEnv), {value} what the URL gave, {reason} one of app.launchReason.*.
  'app.start.launchError.detail': '{parameter} is "{value}": {reason}. Check the URL configured for this app in Genesys Cloud.',

  // Why a launch parameter is refused: a short phrase after "{parameter} is "{value}":".
  'app.launchReason.notRegion': 'not a Genesys Cloud region',
  'app.launchReason.notEnvironment': 'not a Genesys Cloud environment',
  'app.launchReason.notAppOrigin': 'not the Genesys Cloud app origin of {targetEnv}',
  // {other} is the other parameter's name.
  'app.launchReason.requiredWith': 'is required with {other}',
  'app.launchReason.notConversationId': 'not a conversation id',
  'app.launchReason.notLanguageTag': 'not a language tag',
  // {choices}: the accepted values, comma-separated.
  'app.launchReason.notOneOf': 'not one of {choices}',
  'app.launchReason.notNumber': 'not a number',
  'app.launchReason.notWholeNumber': 'not a whole number',
  'app.launchReason.notInteger': 'not an integer',
  'app.launchReason.atLeast': 'at least {min}',
  'app.launchReason.atMost': 'at most {max}',
  'app.launchReason.notUrl': 'not a URL',
  'app.launchReason.notThisSite': 'must be on this site ({origin})',
  'app.launchReason.invalid': 'invalid',

  // Popup sign-in screen.
  'app.signIn.title': 'Sign in to Genesys Cloud',
  // {environment}: the region's domain, e.g. mypurecloud.ie.
  'app.signIn.body': 'This app shows {uc} presence from your Genesys Cloud organization ({environment}).',
  // Under the sign-in text when the browser blocks storage for this frame (third-party cookies blocked).
  'app.signIn.storageBlocked':
    'This browser blocks storage for apps inside Genesys Cloud, so sign-in opens in a window of its own and lasts until this page closes.',
  'app.signIn.button': 'Sign in',
  'app.signIn.busy': 'Signing in…',
  'app.signIn.failed': 'Signing in failed.',

  // Why signing in failed.
  'app.signInError.popupBlocked': 'The browser blocked the Genesys Cloud sign-in window. Allow popups for this app, then sign in.',
  'app.signInError.popupClosed': 'The sign-in window closed before signing in finished.',
  'app.signInError.foreignAnswer':
    'The sign-in answer does not belong to a sign-in this app started. Open the app again from Genesys Cloud.',
  // {reason}: Genesys Cloud's own explanation (in English) or its error code.
  'app.signInError.refused': 'Genesys Cloud did not sign you in: {reason}.',
  'app.signInError.wrongKind': 'The sign-in answer is not the kind this app asked for.',
  'app.signInError.codeRejected': 'Genesys Cloud did not accept the sign-in code. Sign in again.',
  'app.signInError.noToken': 'Genesys Cloud sent no access token.',
  // For whoever deploys the app: variable names stay as they are.
  'app.signInError.noClientId':
    'This build has no OAuth client id for {environment}. Set VITE_GENESYS_OAUTH_CLIENT_ID (or VITE_GENESYS_OAUTH_CLIENT_IDS) and build again.',
  // {variable}: a build variable's name; {problem}: the validator's (English) text.
  'app.signInError.badConfiguration': 'Build configuration {variable}: {problem}',

  // A failed request: a notice in the page and a Genesys Cloud toast.
  'app.error.offline.title': 'You are offline',
  'app.error.offline.detail': 'Check your network connection; the app retries when you are back.',
  'app.error.unreachable.title': 'Genesys Cloud could not be reached',
  'app.error.unreachable.detail': 'The request did not get an answer. Try again.',
  'app.error.sessionEnded.title': 'Your Genesys Cloud session has ended',
  'app.error.sessionEnded.detail': 'Sign in again to continue.',
  'app.error.refused.title': 'Genesys Cloud refused this request',
  'app.error.rateLimited.title': 'Genesys Cloud is limiting requests',
  'app.error.rateLimited.detail': 'Too many requests were made in the last minute. Try again shortly.',
  'app.error.other.title': 'Something went wrong talking to Genesys Cloud',
  // {operation}: the API call (technical); {detail}: the field that was wrong (technical).
  'app.error.malformed': 'Genesys Cloud sent an answer we could not read ({operation}: {detail}).',
  'app.error.noAnswer': 'Genesys Cloud did not answer.',
  'app.error.tryAgain': 'Try again',
} as const;
