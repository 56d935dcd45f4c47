// The one people picker: a search box that drives a virtual list by keyboard (a combobox over a
// listbox), used by the directory, the transfer widget and the admin's person check.
import { useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { DirectoryList, optionId, type DirectoryListProps } from '@/foundations/people/directory-list';
import type { PresenceFilter } from '@/foundations/people/directory-order';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { navigatedIndex } from '@/foundations/people/listbox-keys';
import {
  AVAILABLE_ONLY_SHORTCUT,
  availableShortcut,
  PeopleFilters,
  type PeopleFiltersProps,
  type PeopleFilterValues,
} from '@/foundations/people/people-filters';
import { useSearchTerms, type SearchTerms } from '@/foundations/people/search-terms';
import { SearchCombobox } from '@/foundations/people/search-combobox';
import { useDebouncedValue } from '@/foundations/people/use-debounced-value';
import { useDirectoryRows, type DirectoryRows, type RowsOptions, type VisibleRange } from '@/foundations/people/use-directory-rows';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 250;

/** How a person was picked: Enter or a click, or Ctrl+Enter (the transfer widget's "do it now"). */
export interface PickHow {
  quick: boolean;
}

/** The rows a picker lists: the directory's, or any list shaped like them. */
export type PickerRows = Pick<DirectoryRows, 'count' | 'rowAt'>;

export interface PeoplePickerProps {
  inputRef?: RefObject<HTMLInputElement | null>;
  /** The search box's accessible name and placeholder. */
  label: string;
  placeholder: string;
  text: string;
  onTextChange: (text: string) => void;
  rows: PickerRows;
  /**
   * What is being asked (search, filters, order): a new question starts at the top with no active
   * row. The list is drawn anew for it, so its scroll position resets too.
   */
  questionKey: string;
  withPresence: boolean;
  onPick: (user: DirectoryUser, how: PickHow) => void;
  /** Focus the search box on open (default true). */
  autoFocus?: boolean;
  /** Escape in an empty box (the box is cleared otherwise). */
  onEscapeEmpty?: () => void;
  /** The presence filter Alt+A toggles, when the picker has one. */
  availableOnly?: { presence: PresenceFilter; onChange: (presence: PresenceFilter) => void };
  /** Controls beside the search box (the filters). */
  filters?: ReactNode;
  /** The element around the box and the filters; none: they sit directly in the parent. */
  toolbarClassName?: string;
  /** Between the toolbar and the list: the status line and notices. */
  children?: ReactNode;
  list: Pick<DirectoryListProps, 'onRangeChange' | 'label' | 'tagAt' | 'pinnedLiveUserIds' | 'dense' | 'fitRows'>;
}

export function PeoplePicker(props: PeoplePickerProps) {
  const { rows, questionKey, withPresence, text, availableOnly } = props;
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  const listboxId = useId();
  const [activeIndex, setActiveIndex] = useState(-1);
  const [shownFor, setShownFor] = useState(questionKey);
  if (shownFor !== questionKey) {
    setShownFor(questionKey);
    setActiveIndex(-1);
  }
  const { onPick } = props;
  const rowAt = rows.rowAt;
  const onOpen = useCallback(
    (index: number) => {
      setActiveIndex(index);
      const user = rowAt(index);
      if (user) onPick(user, { quick: false });
    },
    [rowAt, onPick],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moved = navigatedIndex(event.key, activeIndex, rows.count);
    if (moved !== undefined) {
      event.preventDefault();
      setActiveIndex(moved);
      return;
    }
    const toggled = availableOnly && withPresence ? availableShortcut(event, availableOnly.presence) : undefined;
    if (toggled !== undefined) {
      availableOnly?.onChange(toggled);
      return;
    }
    if (event.key === 'Enter') {
      const user = activeIndex >= 0 ? rows.rowAt(activeIndex) : undefined;
      if (!user) return;
      event.preventDefault();
      onPick(user, { quick: event.ctrlKey || event.metaKey });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (text === '') props.onEscapeEmpty?.();
      props.onTextChange('');
    }
  };

  const activeLoaded = activeIndex >= 0 && rows.rowAt(activeIndex) !== undefined;
  const search = (
    <SearchCombobox
      inputRef={inputRef}
      label={props.label}
      listboxId={listboxId}
      value={text}
      expanded={rows.count > 0}
      activeDescendant={activeLoaded ? optionId(listboxId, activeIndex) : undefined}
      placeholder={props.placeholder}
      autoFocus={props.autoFocus ?? true}
      onChange={props.onTextChange}
      onKeyDown={onKeyDown}
      onClear={() => {
        props.onTextChange('');
      }}
      {...(availableOnly && withPresence ? { keyShortcuts: AVAILABLE_ONLY_SHORTCUT } : {})}
    />
  );
  return (
    <>
      {props.toolbarClassName === undefined ? (
        <>
          {search}
          {props.filters}
        </>
      ) : (
        <div className={props.toolbarClassName}>
          {search}
          {props.filters}
        </div>
      )}
      {props.children}
      <DirectoryList
        key={questionKey}
        listboxId={listboxId}
        rows={rows}
        activeIndex={activeIndex}
        withPresence={withPresence}
        onOpen={onOpen}
        {...props.list}
      />
    </>
  );
}

export interface PeopleSearch {
  /** The search as typed. */
  text: string;
  setText: (text: string) => void;
  /** The filters as chosen (a presence word of the search wins over `filters.presence`: see `presence`). */
  filters: PeopleFilterValues;
  setFilters: (next: PeopleFilterValues) => void;
  /** The search split into its presence word and the rest. */
  terms: SearchTerms;
  /** The presence filter applied. */
  presence: PresenceFilter;
  rows: DirectoryRows;
  /** The list's visible rows; `offset` rows above the directory's (pinned people) are not the directory's. */
  onRangeChange: (range: VisibleRange, offset?: number) => void;
  /** Search, filters and order: what `PeoplePicker` resets on. */
  questionKey: string;
}

/**
 * The state behind a picker over the UC directory: the text (debounced for the server), the
 * presence word in it, the filters and the visible range, and the rows they select.
 */
export function usePeopleSearch(withPresence: boolean, initialFilters: PeopleFilterValues, options?: RowsOptions): PeopleSearch {
  const [text, setText] = useState('');
  const settledText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [filters, setFilters] = useState(initialFilters);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 0 });
  // A word naming a presence ("billing avail") filters by it rather than being searched for.
  const { terms, settledTerms } = useSearchTerms(text, settledText, withPresence);
  const presence = withPresence ? (terms.presence ?? filters.presence) : 'all';
  const sort = withPresence ? filters.sort : 'name';
  const rows = useDirectoryRows(
    { text: terms.text, settledText: settledTerms.text, department: filters.department, presence, sort },
    range,
    withPresence,
    true,
    options,
  );
  const onRangeChange = useCallback((next: VisibleRange, offset = 0) => {
    const shifted = { start: Math.max(0, next.start - offset), end: Math.max(0, next.end - offset) };
    setRange((current) => (current.start === shifted.start && current.end === shifted.end ? current : shifted));
  }, []);
  return {
    text,
    setText,
    filters,
    setFilters,
    terms,
    presence,
    rows,
    onRangeChange,
    questionKey: JSON.stringify([text.trim(), filters.department, presence, sort]),
  };
}

/** A directory search's filter bar and its Alt+A toggle, as a picker's props. */
export function filterProps(
  search: PeopleSearch,
  withPresence: boolean,
  presenceControl: PeopleFiltersProps['presenceControl'],
  departments: readonly string[],
): Pick<PeoplePickerProps, 'availableOnly' | 'filters'> {
  const { filters, setFilters } = search;
  return {
    availableOnly: {
      presence: filters.presence,
      onChange: (presence) => {
        setFilters({ ...filters, presence });
      },
    },
    filters: (
      <PeopleFilters
        values={filters}
        onChange={setFilters}
        departments={departments}
        withPresence={withPresence}
        presenceControl={presenceControl}
        presenceFromSearch={search.terms.presence}
      />
    ),
  };
}
