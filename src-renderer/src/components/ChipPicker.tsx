import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './chip-picker.css';

export interface PickerOption {
  value: string;
  label: string;
  /** The kind the option is listed under (场地, 人员…), already in the UI language. */
  group: string;
}

interface ChipPickerProps {
  options: readonly PickerOption[];
  value: string[];
  onChange: (value: string[]) => void;
  testId?: string;
  /** From Field: the label points at the search box. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** The options not picked yet whose name or kind holds the query, in their kinds' order. */
export function pickable(options: readonly PickerOption[], picked: readonly string[], query: string) {
  const q = query.trim().toLowerCase();
  const groups = new Map<string, PickerOption[]>();
  for (const o of options) {
    if (picked.includes(o.value)) continue;
    if (q && !o.label.toLowerCase().includes(q) && !o.group.toLowerCase().includes(q)) continue;
    groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/**
 * A searchable multi-select: what is picked shows as removable chips, the rest is listed by kind
 * under a search box. Typing filters, ↑/↓ move, Enter adds, Backspace in an empty box removes the
 * last chip, Esc closes the list (a second Esc closes the dialog). Replaces a 4-row Ctrl-click
 * list that hid most of a 28-item workspace.
 */
export function ChipPicker({ options, value, onChange, testId, id, ...aria }: ChipPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const groups = useMemo(() => pickable(options, value, query), [options, value, query]);
  const flat = groups.flatMap((g) => g.items);
  const current = flat[Math.min(active, flat.length - 1)];
  const byValue = new Map(options.map((o) => [o.value, o]));

  const add = (option: PickerOption) => {
    onChange([...value, option.value]);
    setQuery('');
    setActive(0);
  };
  const remove = (v: string) => onChange(value.filter((x) => x !== v));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(flat.length - 1, Math.min(a, flat.length - 1) + step)));
    } else if (e.key === 'Enter') {
      // Enter picks; it must not submit the form around the picker.
      e.preventDefault();
      if (open && current) add(current);
      else setOpen(true);
    } else if (e.key === 'Backspace' && query === '' && value.length > 0) {
      e.preventDefault();
      onChange(value.slice(0, -1));
    } else if (e.key === 'Escape' && open) {
      // Closes the list only; the dialog stays open.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="chip-picker" data-testid={testId}>
      {value.length > 0 && (
        <ul className="chip-picker-chips" aria-label={t('picker.picked')}>
          {value.map((v) => {
            const o = byValue.get(v);
            const label = o?.label ?? t('picker.unknown');
            return (
              <li key={v} className="picker-chip" data-testid="picker-chip" data-value={v}>
                <span className="picker-chip-group">{o?.group}</span>
                {label}
                <button
                  type="button"
                  className="picker-chip-remove"
                  aria-label={t('picker.remove', { name: label })}
                  onClick={() => remove(v)}
                  data-testid="picker-chip-remove"
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        {...aria}
        id={id}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current ? `${listId}-${current.value}` : undefined}
        autoComplete="off"
        placeholder={t('picker.search')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={testId && `${testId}-search`}
      />
      {open && (
        <ul id={listId} role="listbox" className="chip-picker-list" data-testid={testId && `${testId}-list`}>
          {flat.length === 0 && (
            <li className="chip-picker-empty" role="presentation">
              {value.length === options.length ? t('picker.allPicked') : t('picker.noMatch')}
            </li>
          )}
          {groups.map(({ group, items }) => (
            <li key={group} role="presentation">
              <div className="chip-picker-group" role="presentation">
                {group}
              </div>
              <ul role="group" aria-label={group}>
                {items.map((o) => (
                  <li
                    key={o.value}
                    id={`${listId}-${o.value}`}
                    role="option"
                    aria-selected={o === current}
                    className={o === current ? 'active' : undefined}
                    // mousedown, not click: the search box keeps the focus and the list stays open.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      add(o);
                    }}
                    data-testid="picker-option"
                    data-value={o.value}
                  >
                    {o.label}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
