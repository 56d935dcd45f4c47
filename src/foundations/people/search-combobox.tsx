import type { KeyboardEvent, RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';

export interface SearchComboboxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  label: string;
  listboxId: string;
  value: string;
  expanded: boolean;
  /** Id of the active option; focus stays in the box (aria-activedescendant). */
  activeDescendant: string | undefined;
  placeholder: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** The clear button: empties the box; focus goes back to it. */
  onClear: () => void;
  /** Shortcuts the box answers besides the list's keys (aria-keyshortcuts). */
  keyShortcuts?: string;
  /** Focus on open (default): the person came to find someone. */
  autoFocus?: boolean;
}

/** The search box of a people list: a combobox over the listbox, focused on open. */
export function SearchCombobox({
  inputRef,
  label,
  listboxId,
  value,
  expanded,
  activeDescendant,
  placeholder,
  onChange,
  onKeyDown,
  onClear,
  keyShortcuts,
  autoFocus = true,
}: SearchComboboxProps) {
  const { t } = useI18n();
  return (
    <div className="search-field">
      <span className="search-field__icon" aria-hidden="true" />
      <input
        ref={inputRef}
        className="search-field__input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-controls={listboxId}
        aria-expanded={expanded}
        aria-autocomplete="list"
        aria-activedescendant={activeDescendant}
        aria-keyshortcuts={keyShortcuts}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      {value !== '' ? (
        <button
          type="button"
          className="search-field__clear"
          aria-label={t('people.search.clear')}
          onClick={() => {
            onClear();
            inputRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
