import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import IconButton from '../../components/IconButton';

export interface TownChoice {
  /** Every town, in the order the report will list them. */
  order: string[];
  included: ReadonlySet<string>;
}

export function initialTownChoice(towns: readonly string[]): TownChoice {
  return { order: [...towns], included: new Set(towns) };
}

/** The included towns, in the chosen order. */
export function chosenTowns(choice: TownChoice): string[] {
  return choice.order.filter((town) => choice.included.has(town));
}

function move(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const [town] = next.splice(from, 1);
  if (town !== undefined) next.splice(to, 0, town);
  return next;
}

interface TownPickerProps {
  value: TownChoice;
  onChange(value: TownChoice): void;
}

/** Which towns go into the report and in which order (the report's columns, left to right). */
export function TownPicker({ value, onChange }: TownPickerProps) {
  const { t } = useTranslation();
  const { order, included } = value;
  const allIncluded = included.size === order.length;
  const toggle = (town: string, on: boolean) => {
    const next = new Set(included);
    if (on) next.add(town);
    else next.delete(town);
    onChange({ order, included: next });
  };
  return (
    <div className="town-picker" data-testid="export-towns">
      <div className="town-picker-head">
        <Typography.Text type="secondary">
          {t('exports.towns.count', { chosen: included.size, total: order.length })}
        </Typography.Text>
        <Button
          size="small"
          type="link"
          onClick={() => onChange({ order, included: new Set(allIncluded ? [] : order) })}
        >
          {allIncluded ? t('exports.towns.none') : t('exports.towns.all')}
        </Button>
      </div>
      <ol className="town-picker-list">
        {order.map((town, index) => (
          <li key={town} className="town-picker-item" data-town={town}>
            <Checkbox
              checked={included.has(town)}
              onChange={(event) => toggle(town, event.target.checked)}
            >
              {town}
            </Checkbox>
            <span className="town-picker-moves">
              <IconButton
                label={t('exports.towns.up', { town })}
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => onChange({ order: move(order, index, index - 1), included })}
              />
              <IconButton
                label={t('exports.towns.down', { town })}
                icon={<ArrowDownOutlined />}
                disabled={index === order.length - 1}
                onClick={() => onChange({ order: move(order, index, index + 1), included })}
              />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
