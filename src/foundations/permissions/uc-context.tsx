// The UC integration this frame serves, for every view: its table row (names, tag, source, permission)
// and the org's clientapps entry for it. Text speaks of it by name: the translator below binds `{uc}`.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSession } from '@/genesys/session';
import { DEFAULT_UC, ucProfile, type UcKey, type UcProfile } from '@/genesys/uc-table';
import { I18nProvider, useI18n } from '@/i18n/i18n-context';
import { useMyAuthorization } from '@/foundations/permissions/get-my-authorization';
import { useUcIntegrations } from '@/foundations/permissions/get-uc-integration';
import { BADGE_PERMISSION_FALLBACK, hasPermission } from '@/foundations/permissions/permission-model';
import { readRememberedUc, settleUc, type UcChoice, type UcSettledBy } from '@/foundations/permissions/uc-choice';

export interface UcServed {
  profile: UcProfile;
  by: UcSettledBy;
  /** The org's active integrations the table knows (empty when the list could not be read). */
  active: UcProfile[];
  /** Serve another of the active integrations (and remember it); null when the launch URL decides. */
  switchTo: ((key: UcKey) => void) | null;
}

// The default integration when no provider is above (a component rendered on its own in a test).
const UcContext = createContext<UcServed>({ profile: ucProfile(DEFAULT_UC), by: 'default', active: [], switchTo: null });

/** The integration this frame serves. */
export function useUc(): UcProfile {
  return useContext(UcContext).profile;
}

export function useUcServed(): UcServed {
  return useContext(UcContext);
}

export type UcSettling = { status: 'pending' } | (UcChoice & { userId: string });

/**
 * Settles the integration from the launch URL, the org's list (read only with the badge permission,
 * the same request the capabilities need) and the person's earlier choice. A list that fails to load
 * settles on the remembered or default integration: the views then show that error with a retry.
 */
export function useUcSettling(): UcSettling {
  const { launch } = useSession();
  const me = useMyAuthorization();
  const mayRead = me.isSuccess && hasPermission(me.data.authorization.permissions, BADGE_PERMISSION_FALLBACK);
  const list = useUcIntegrations(mayRead && launch.uc === undefined);
  // Pending only until the first answer: a failed request fetched again (the views mounting retry it) is not
  // waited for a second time, or the views would unmount and retry it again, in a loop.
  if (me.isPending && me.errorUpdateCount === 0) return { status: 'pending' };
  if (!me.isSuccess)
    return { status: 'settled', key: launch.uc ?? DEFAULT_UC, by: launch.uc ? 'launch' : 'default', active: [], userId: '' };
  const userId = me.data.id;
  if (mayRead && launch.uc === undefined && list.isPending && list.errorUpdateCount === 0) return { status: 'pending' };
  return { ...settleUc(launch.uc, list.data, readRememberedUc(userId), me.data.authorization.permissions), userId };
}

/** Provides the served integration and binds `{uc}` (its name), `{ucSource}`, `{ucTag}` and `{ucSlug}` in every message below. */
export function UcProvider({ served, children }: { served: UcServed; children: ReactNode }) {
  const translator = useI18n();
  const { profile } = served;
  const bound = useMemo(
    () => translator.withParams({ uc: profile.name, ucSource: profile.presenceSource, ucTag: profile.numberTag, ucSlug: profile.slug }),
    [translator, profile],
  );
  // The browser tab (and Genesys Cloud's frame title) names the integration served.
  useEffect(() => {
    document.title = bound.t('app.documentTitle');
  }, [bound]);
  return (
    <UcContext.Provider value={served}>
      <I18nProvider translator={bound}>{children}</I18nProvider>
    </UcContext.Provider>
  );
}
