import { Select } from 'antd';

interface YearSelectProps {
  years: number[];
  value: number | null;
  placeholder: string;
  testId: string;
  onChange(value: number | null): void;
}

/** One end of a year range (起始年份 / 截止年份), from the years the library holds. */
export function YearSelect({ years, value, placeholder, testId, onChange }: YearSelectProps) {
  return (
    <Select<number | null>
      allowClear
      className="search-year-select"
      placeholder={placeholder}
      aria-label={placeholder}
      data-testid={testId}
      value={value}
      options={years.map((year) => ({ value: year, label: String(year) }))}
      onChange={(year) => onChange(year ?? null)}
    />
  );
}
