import type { LaunchContext } from '@/genesys/launch-context';

/**
 * The person's page in Genesys Cloud's admin UI, where the Roles tab assigns roles. Unverified: public
 * docs give the path (Admin > People > Edit Person > Roles) but no URL, so this is the person's admin
 * profile route; change it here if Genesys moves it.
 */
export function personAdminUrl(hostOrigin: string, userId: string): string {
  return `${hostOrigin}/directory/#/admin/people/${encodeURIComponent(userId)}`;
}

/** Why there is no link: demo mode has no Genesys Cloud, and an embed without gcHostOrigin has no address. */
export type AdminLink = { kind: 'link'; href: string } | { kind: 'demo' } | { kind: 'noHost' };

export function personAdminLink(launch: LaunchContext, userId: string): AdminLink {
  if (launch.mode === 'demo') return { kind: 'demo' };
  return launch.hostOrigin ? { kind: 'link', href: personAdminUrl(launch.hostOrigin, userId) } : { kind: 'noHost' };
}
