import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import type { PlatformApis } from '@/genesys/sdk';
import { ErrorNotice } from '@/ui/error-notice';
import { nameText } from '@/foundations/people/directory-user';
import { serverSearchTermsOf } from '@/foundations/people/search-text';
import { useDebouncedValue } from '@/foundations/people/use-debounced-value';

const resultsSchema = z.object({
  results: z
    .array(
      z.object({
        id: z.string().min(1),
        name: nameText,
        email: z.string().optional(),
        title: z.string().optional(),
      }),
    )
    .default([]),
});
export type FoundPerson = z.infer<typeof resultsSchema>['results'][number];

/** Anyone in the org (not only 8×8 users): the admin checks why a Genesys user cannot see badges. */
function peopleSearchQuery(apis: PlatformApis, terms: readonly string[]) {
  return queryOptions({
    queryKey: ['admin', 'people', terms],
    queryFn: async () =>
      parseAnswer(
        resultsSchema,
        await apis.users.postUsersSearch({
          pageSize: 10,
          query: [{ type: 'QUERY_STRING', fields: ['name', 'email'], value: terms.map((term) => `${term}*`).join(' ') }],
          sortBy: 'name',
          sortOrder: 'ASC',
        }),
        'users search',
      ).results,
    staleTime: 60_000,
  });
}

export function PersonSearch({ onPick }: { onPick: (person: FoundPerson) => void }) {
  const { apis } = useSession();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const terms = serverSearchTermsOf(useDebouncedValue(text, 300));
  const results = useQuery({ ...peopleSearchQuery(apis, terms), enabled: terms.length > 0 });
  return (
    <div className="admin-search">
      <label className="admin-field">
        <span>{t('admin.search.label')}</span>
        <input
          type="search"
          className="search-field__input admin-search__input"
          placeholder={t('admin.search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </label>
      {results.isError ? <ErrorNotice error={results.error} onRetry={() => void results.refetch()} /> : null}
      {results.data && terms.length > 0 ? (
        results.data.length === 0 ? (
          <p className="view__summary">{t('admin.search.noMatch')}</p>
        ) : (
          <ul className="admin-search__results" aria-label={t('admin.search.results')}>
            {results.data.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => {
                    onPick(person);
                  }}
                >
                  {person.name}
                </button>
                {person.title ? <span className="view__summary"> {person.title}</span> : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
