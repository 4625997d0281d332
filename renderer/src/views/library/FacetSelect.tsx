import { Select } from 'antd';
import { useMemo } from 'react';
import { useFormatters } from '../../format';
import type { FacetOption } from './documentFilters';

interface FacetSelectProps {
  label: string;
  options: FacetOption[];
  value: string[];
  onChange(value: string[]): void;
  /** The text shown for a value (translations, "not detected"). */
  describe(value: string): string;
  width: number;
  testId: string;
}

/** A multi-select over one facet of the library, each option with its document count. */
export function FacetSelect(props: FacetSelectProps) {
  const { label, options, value, onChange, describe, width, testId } = props;
  const { number } = useFormatters();
  const items = useMemo(
    () =>
      options.map((option) => ({
        value: option.value,
        label: describe(option.value),
        count: option.count,
      })),
    [options, describe],
  );
  return (
    <Select<string[], (typeof items)[number]>
      mode="multiple"
      allowClear
      className="facet-select"
      style={{ width }}
      placeholder={label}
      aria-label={label}
      data-testid={testId}
      maxTagCount="responsive"
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      options={items}
      value={value}
      onChange={onChange}
      optionRender={(option) => (
        <span className="facet-option">
          <span className="facet-option-label">{option.data.label}</span>
          <span className="facet-option-count tabular">{number(option.data.count)}</span>
        </span>
      )}
    />
  );
}
