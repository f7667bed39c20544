import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { type DateLang, datePlaceholder, formatDateText, parseDateText } from '../util/date-text';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'lang'> & {
  /** The stored value: YYYY-MM-DD, or YYYY-MM-DDTHH:mm with `withTime`. */
  value: string;
  /** The stored value the text names, or the text itself while it names no date (the form then says so). */
  onChange: (value: string) => void;
  lang: DateLang;
  withTime?: boolean;
};

/**
 * A date field that reads and writes the UI language's format. The browser's own date input
 * shows the machine's locale whatever the UI says (a Chinese date in the English UI), so the
 * field is text: typed text stays as typed, and the form receives the ISO value it names.
 */
export function DateInput({ value, onChange, lang, withTime = false, ...rest }: Props) {
  const [text, setText] = useState(() => formatDateText(value, lang));
  useEffect(() => {
    // A value set from outside (another field, a reset, the language) replaces the text.
    setText((current) => (parseDateText(current, withTime) === value ? current : formatDateText(value, lang)));
  }, [value, lang, withTime]);
  useEffect(() => {
    setText((current) => {
      const parsed = parseDateText(current, withTime);
      return parsed === null ? current : formatDateText(parsed, lang);
    });
  }, [lang, withTime]);
  return (
    <input
      {...rest}
      type="text"
      autoComplete="off"
      placeholder={datePlaceholder(lang, withTime)}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseDateText(e.target.value, withTime) ?? e.target.value);
      }}
      onBlur={(e) => {
        const parsed = parseDateText(text, withTime);
        if (parsed !== null) setText(formatDateText(parsed, lang));
        rest.onBlur?.(e);
      }}
    />
  );
}
