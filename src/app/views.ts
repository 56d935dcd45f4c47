export const VIEWS = [
  { path: '/directory', labelKey: 'app.shell.view.directory' },
  { path: '/transfer', labelKey: 'app.shell.view.transfer' },
  { path: '/supervisor', labelKey: 'app.shell.view.supervisor' },
  { path: '/admin', labelKey: 'app.shell.view.admin' },
  { path: '/check', labelKey: 'app.shell.view.check' },
] as const;
