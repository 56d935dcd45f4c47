import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import type { PlatformApis } from '@/genesys/sdk';
import { ErrorNotice } from '@/ui/error-notice';
import { nameText, optionalText, type DirectoryUser } from '@/foundations/people/directory-user';
import { PeoplePicker, SEARCH_DEBOUNCE_MS } from '@/foundations/people/people-picker';
import { serverSearchTermsOf } from '@/foundations/people/search-text';
import { useDebouncedValue } from '@/foundations/people/use-debounced-value';
import { searchUsers } from '@/foundations/people/users-search';
import { adminKeys } from '@/features/admin/admin-keys';

const resultsSchema = z.object({
  results: z._default(
    z.array(
      z.object({
        id: z.string().check(z.minLength(1)),
        name: nameText,
        email: optionalText,
        title: optionalText,
        department: optionalText,
      }),
    ),
    [],
  ),
});
type FoundPerson = z.infer<typeof resultsSchema>['results'][number];

/** Anyone in the org (not only UC users): the admin checks why a Genesys user cannot see badges. */
function peopleSearchQuery(apis: PlatformApis, terms: readonly string[]) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: adminKeys.people(terms),
    queryFn: async () =>
      parseAnswer(
        resultsSchema,
        // Every state, by name or email only (no phone numbers: the admin looks for a person, not a line).
        await searchUsers(apis, { text: terms.join(' '), textFields: ['name', 'email'], activeOnly: false, pageSize: 10 }),
        'users search',
      ).results,
    staleTime: 60_000,
  });
}

/** The admin's person search: the app's people picker over anyone in the org, by name or email. */
export function PersonSearch({ onPick }: { onPick: (person: DirectoryUser) => void }) {
  const { apis } = useSession();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const terms = serverSearchTermsOf(useDebouncedValue(text, SEARCH_DEBOUNCE_MS));
  const results = useQuery({ ...peopleSearchQuery(apis, terms), enabled: terms.length > 0 });
  const found = terms.length > 0 ? results.data : undefined;
  const rows = useMemo(() => {
    const people = (found ?? []).map(asPerson);
    return { count: people.length, rowAt: (index: number) => people[index] };
  }, [found]);
  return (
    <div className="admin-search">
      <PeoplePicker
        label={t('admin.search.label')}
        placeholder={t('admin.search.placeholder')}
        text={text}
        onTextChange={setText}
        rows={rows}
        questionKey={terms.join(' ')}
        withPresence={false}
        onPick={(person) => {
          // The list closes so that the answer sits right under the box, above the fold at 360 px.
          setText('');
          onPick(person);
        }}
        // The page opens on the admin's own answer: the search waits to be chosen.
        autoFocus={false}
        list={{ onRangeChange: ignoreRange, label: t('admin.search.results'), dense: true, fitRows: SHOWN_ROWS }}
      >
        {results.isError ? <ErrorNotice error={results.error} onRetry={() => void results.refetch()} /> : null}
        {found?.length === 0 ? <p className="view__summary">{t('admin.search.noMatch')}</p> : null}
      </PeoplePicker>
    </div>
  );
}

/** Rows shown before the list scrolls. */
const SHOWN_ROWS = 6;

/** Every result is loaded at once: the visible range asks for nothing. */
const ignoreRange = () => undefined;

/** A found person as the picker lists them (a Genesys user need not have a UC number). */
const asPerson = (person: FoundPerson): DirectoryUser => ({
  id: person.id,
  name: person.name,
  ...(person.title === undefined ? {} : { title: person.title }),
  ...(person.department === undefined ? {} : { department: person.department }),
  ...(person.email === undefined ? {} : { email: person.email }),
  ucNumber: '',
  ucAddress: '',
});
