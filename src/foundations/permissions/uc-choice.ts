// Which UC integration this frame serves: the one its client app URL names (`uc=`), else the only one
// the org's clientapps list has active, else the one the person chose before (remembered in this browser),
// else the person chooses. When the list cannot be read (no badge permission), the one integration whose
// view permission the person holds, else the default (8×8); the views then say what is missing as before.
import { z } from 'zod/mini';
import { createLocalStore } from '@/ui/local-store';
import type { UcIntegration } from '@/foundations/permissions/get-uc-integration';
import { allUcProfiles, DEFAULT_UC, UC_KEYS, ucOfPresenceSource, type UcKey, type UcProfile } from '@/genesys/uc-table';
import { hasPermission } from '@/foundations/permissions/permission-model';

/** How the integration was settled, shown to admins (the org check) and deciding whether the person may switch. */
export type UcSettledBy = 'launch' | 'onlyActive' | 'remembered' | 'chosen' | 'heldPermission' | 'default';

export type UcChoice = { status: 'settled'; key: UcKey; by: UcSettledBy; active: UcProfile[] } | { status: 'choose'; active: UcProfile[] };

/** The org's active integrations the table knows, in the list's order, each once. */
export function activeProfiles(list: readonly UcIntegration[] | undefined): UcProfile[] {
  const profiles: UcProfile[] = [];
  for (const entry of list ?? []) {
    const profile = ucOfPresenceSource(entry.integrationPresenceSource);
    if (profile && !profiles.includes(profile)) profiles.push(profile);
  }
  return profiles;
}

/** The one integration whose view permission (the table's) the person holds, if exactly one. */
function heldIntegration(held: readonly string[]): UcKey | undefined {
  const holding = allUcProfiles().filter((uc) => hasPermission(held, uc.permissionFallback));
  return holding.length === 1 ? holding[0]?.key : undefined;
}

export function settleUc(
  named: UcKey | undefined,
  list: readonly UcIntegration[] | undefined,
  remembered: UcKey | null,
  held: readonly string[] = [],
): UcChoice {
  const active = activeProfiles(list);
  if (named) return { status: 'settled', key: named, by: 'launch', active };
  const byPermission = list === undefined && !remembered ? heldIntegration(held) : undefined;
  if (byPermission) return { status: 'settled', key: byPermission, by: 'heldPermission', active };
  const [only] = active;
  if (only && active.length === 1) return { status: 'settled', key: only.key, by: 'onlyActive', active };
  if (active.length === 0) return { status: 'settled', key: remembered ?? DEFAULT_UC, by: remembered ? 'remembered' : 'default', active };
  if (remembered && active.some((profile) => profile.key === remembered))
    return { status: 'settled', key: remembered, by: 'remembered', active };
  return { status: 'choose', active };
}

const store = createLocalStore<UcKey | null>({
  parse: (json) => z.object({ version: z.literal(1), uc: z.enum(UC_KEYS) }).safeParse(json).data?.uc ?? null,
  serialize: (uc) => ({ version: 1, uc }),
  empty: null,
});

const storageKey = (userId: string): string => `gc8x8.uc.${userId}`;

/** The integration this person last chose in this browser, if any (blocked storage: none). */
export function readRememberedUc(userId: string): UcKey | null {
  return store.read(storageKey(userId));
}

export function rememberUc(userId: string, uc: UcKey): void {
  store.write(storageKey(userId), uc);
}
