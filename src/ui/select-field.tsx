export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A labelled native select (Spark's gux-dropdown look). Only values among `options`
 * reach `onChange`, so callers keep their narrow types without casting the DOM's string.
 */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
}: {
  label: string;
  /** The label is read out but not drawn (compact bars where the first option says what the select is). */
  hideLabel?: boolean;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="select-field">
      <span className={hideLabel ? 'select-field__label visually-hidden' : 'select-field__label'}>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
