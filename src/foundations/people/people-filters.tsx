// The filters over a people list, shared by the directory and the transfer picker: department,
// presence ("Available only" is one keystroke away: Alt+A in the search box) and order.
import type { KeyboardEvent } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { SelectField, type SelectOption } from '@/ui/select-field';
import { presenceLabelKey, type PresenceKey } from '@/foundations/presence/presence-model';
import { PRESENCE_FILTER_KEYS, type PresenceFilter, type SortOrder } from '@/foundations/people/directory-order';

export interface PeopleFilterValues {
  /** Exact department ('' = all). */
  department: string;
  presence: PresenceFilter;
  sort: SortOrder;
}

/** The shortcut that toggles "Available only", as aria-keyshortcuts names it. */
export const AVAILABLE_ONLY_SHORTCUT = 'Alt+A';

/** Alt+A (by key position, so layouts and the Mac's Option+A "å" agree): toggles the Available filter. */
export function availableShortcut(event: KeyboardEvent<HTMLElement>, presence: PresenceFilter): PresenceFilter | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyA') return undefined;
  event.preventDefault();
  return presence === 'available' ? 'all' : 'available';
}

/** The combined control's choices, and the presence filter and order each stands for. */
type Show = 'availableFirst' | 'availableOnly' | 'byName';
const SHOW: Readonly<Record<Show, Pick<PeopleFilterValues, 'presence' | 'sort'>>> = {
  availableFirst: { presence: 'all', sort: 'presence' },
  availableOnly: { presence: 'available', sort: 'presence' },
  byName: { presence: 'all', sort: 'name' },
};
const shownAs = ({ presence, sort }: PeopleFilterValues): Show =>
  presence === 'available' ? 'availableOnly' : sort === 'name' ? 'byName' : 'availableFirst';

export interface PeopleFiltersProps {
  values: PeopleFilterValues;
  onChange: (next: PeopleFilterValues) => void;
  /** Departments to offer (those seen so far). */
  departments: readonly string[];
  withPresence: boolean;
  /**
   * 'select': a presence select and an order select (the directory); 'combined': one select
   * "Available first / Available only / Everyone by name" (the transfer widget, where two
   * controls must share 360 px with the department).
   */
  presenceControl: 'select' | 'combined';
  /** The presence a word of the search names: it wins over the control, which says so. */
  presenceFromSearch: PresenceKey | undefined;
}

export function PeopleFilters({ values, onChange, departments, withPresence, presenceControl, presenceFromSearch }: PeopleFiltersProps) {
  const { t } = useI18n();
  const { department, presence, sort } = values;
  const filtered = department !== '' || presence !== 'all';
  const shownDepartments = department !== '' && !departments.includes(department) ? [department, ...departments] : departments;
  const departmentOptions: SelectOption<string>[] = [
    { value: '', label: t('people.filters.allDepartments') },
    ...shownDepartments.map((name) => ({ value: name, label: name })),
  ];
  const presenceOptions: SelectOption<PresenceFilter>[] = [
    { value: 'all', label: t('people.filters.anyPresence') },
    ...PRESENCE_FILTER_KEYS.map((key) => ({ value: key, label: t(presenceLabelKey(key)) })),
  ];
  const showOptions: SelectOption<Show>[] = [
    { value: 'availableFirst', label: t('people.sort.presence') },
    { value: 'availableOnly', label: t('people.filters.availableOnly') },
    { value: 'byName', label: t('people.filters.everyoneByName') },
  ];
  const sortOptions: SelectOption<SortOrder>[] = [
    { value: 'presence', label: t('people.sort.presence') },
    { value: 'name', label: t('people.sort.name') },
  ];
  return (
    <div className="people-filters" role="group" aria-label={t('people.filters.label')}>
      <SelectField
        label={t('people.filters.department')}
        // Compact (the transfer widget): "All departments" says what the select is.
        hideLabel={presenceControl === 'combined'}
        value={department}
        options={departmentOptions}
        onChange={(next) => {
          onChange({ ...values, department: next });
        }}
      />
      {withPresence ? (
        <>
          {presenceControl === 'select' ? (
            <>
              <SelectField
                label={t('people.filters.presence')}
                value={presenceFromSearch ?? presence}
                options={presenceOptions}
                onChange={(next) => {
                  onChange({ ...values, presence: next });
                }}
              />
              <SelectField
                label={t('people.sort.label')}
                value={sort}
                options={sortOptions}
                onChange={(next) => {
                  onChange({ ...values, sort: next });
                }}
              />
            </>
          ) : (
            <SelectField
              label={t('people.filters.show')}
              hideLabel
              value={shownAs({ ...values, presence: presenceFromSearch ?? values.presence })}
              options={showOptions}
              onChange={(next) => {
                onChange({ ...values, ...SHOW[next] });
              }}
            />
          )}
        </>
      ) : null}
      {filtered && presenceControl === 'select' ? (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            onChange({ ...values, department: '', presence: 'all' });
          }}
        >
          {t('people.filters.clear')}
        </button>
      ) : null}
      {presenceFromSearch !== undefined ? (
        <p className="people-filters__from-search">
          {t('people.filters.fromSearch', { presence: t(presenceLabelKey(presenceFromSearch)) })}
        </p>
      ) : null}
    </div>
  );
}
