import { Input } from 'antd';
import { useState, type CSSProperties } from 'react';

interface SearchBoxProps {
  /** The applied value (from the URL). */
  value: string;
  label: string;
  style?: CSSProperties;
  onSearch(value: string): void;
}

/**
 * Free text applied on Enter (or the search button), not on every key: one request per search. It follows the
 * applied value when that changes elsewhere (a cleared filter, Back).
 */
export function SearchBox({ value, label, style, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setText(value);
  }
  return (
    <Input.Search
      aria-label={label}
      placeholder={label}
      allowClear
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(searched) => onSearch(searched.trim())}
      style={{ width: 260, ...style }}
    />
  );
}
