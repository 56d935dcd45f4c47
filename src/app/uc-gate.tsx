// Between sign-in and the views: settles which UC integration this frame serves (uc-context.tsx) and,
// when the org has several active and the client app URL names none, asks the person once.
import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ucProfile, type UcKey, type UcProfile } from '@/genesys/uc-table';
import { useI18n } from '@/i18n/i18n-context';
import { Loading } from '@/ui/notice';
import { UcProvider, useUcSettling, type UcServed } from '@/foundations/permissions/uc-context';
import { rememberUc } from '@/foundations/permissions/uc-choice';
import { integrationKeys, permissionKeys } from '@/foundations/permissions/permission-keys';

function UcPicker({ options, onChoose }: { options: readonly UcProfile[]; onChoose: (key: UcKey) => void }) {
  const { t } = useI18n();
  return (
    <main className="start-screen">
      <h1>{t('app.uc.choose.title')}</h1>
      <p>{t('app.uc.choose.body', { count: options.length })}</p>
      <ul className="uc-picker" aria-label={t('app.uc.choose.title')}>
        {options.map((option) => (
          <li key={option.key}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChoose(option.key);
              }}
            >
              {option.name}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** What survives serving another integration: who I am and the org's integrations. The rest is that integration's people. */
const KEPT_ACROSS_INTEGRATIONS = new Set([hashKey(permissionKeys.myAuthorization()), hashKey(integrationKeys.all)]);

export function UcGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const settling = useUcSettling();
  const [chosen, setChosen] = useState<UcKey | null>(null);
  if (settling.status === 'pending') {
    return (
      <main className="start-screen">
        <Loading label={t('app.uc.loading')} />
      </main>
    );
  }
  const choose = (key: UcKey) => {
    if (settling.userId !== '') rememberUc(settling.userId, key);
    // Pages, presence and checks of the integration served until now are not this one's.
    queryClient.removeQueries({ predicate: (query) => !KEPT_ACROSS_INTEGRATIONS.has(query.queryHash) });
    setChosen(key);
  };
  const key = chosen ?? (settling.status === 'settled' ? settling.key : null);
  if (key === null) return <UcPicker options={settling.active} onChoose={choose} />;
  const by = chosen ? 'chosen' : settling.status === 'settled' ? settling.by : 'chosen';
  const served: UcServed = {
    profile: ucProfile(key),
    by,
    active: settling.active,
    switchTo: by === 'launch' || settling.active.length < 2 ? null : choose,
  };
  // Keyed by the integration: serving another one starts every view afresh (subscriptions, scroll, choices).
  return (
    <UcProvider key={key} served={served}>
      {children}
    </UcProvider>
  );
}
