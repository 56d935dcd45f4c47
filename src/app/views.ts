export const VIEWS = [
  { path: '/directory', label: 'Directory' },
  { path: '/transfer', label: 'Transfer' },
  { path: '/supervisor', label: 'Supervisor' },
  { path: '/admin', label: 'Admin' },
] as const;
