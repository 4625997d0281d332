import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrequencyGroup } from '../../../../../shared/domain';
import { useFormatters } from '../../../format';
import { frequencyRows, type FrequencyRow } from './frequencyModel';

const TERM_COLUMN_WIDTH = 160;
const TOWN_COLUMN_WIDTH = 168;

interface FrequencyTableProps {
  groups: FrequencyGroup[];
  labelOf(group: FrequencyGroup): string;
}

/** Every word in any group's top list, with its count and rate per group side by side. */
export function FrequencyTable({ groups, labelOf }: FrequencyTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const rows = useMemo(() => frequencyRows(groups), [groups]);
  const columns = useMemo((): TableColumnsType<FrequencyRow> => {
    const rate = (row: FrequencyRow, key: string) => row.byGroup.get(key)?.per10k ?? -1;
    return [
      {
        title: t('freq.column.term'),
        key: 'term',
        fixed: 'left',
        width: TERM_COLUMN_WIDTH,
        render: (_, row) => <span className="freq-term">{row.term}</span>,
      },
      ...groups.map((group): TableColumnsType<FrequencyRow>[number] => ({
        title: labelOf(group),
        key: group.key,
        align: 'right',
        sorter: (a, b) => rate(a, group.key) - rate(b, group.key),
        render: (_, row) => {
          const count = row.byGroup.get(group.key);
          if (!count) {
            return (
              <span className="cell-missing" title={t('freq.notInTop')}>
                —
              </span>
            );
          }
          return (
            <span className="freq-cell tabular">
              {number(count.count)}
              <span className="freq-rate">{t('freq.rate', { per10k: number(count.per10k) })}</span>
            </span>
          );
        },
      })),
    ];
  }, [groups, labelOf, t, number]);

  return (
    <div
      className="freq-table"
      data-testid="freq-table"
      style={{ width: TERM_COLUMN_WIDTH + groups.length * TOWN_COLUMN_WIDTH }}
    >
      <Table<FrequencyRow>
        rowKey="term"
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: TERM_COLUMN_WIDTH + groups.length * TOWN_COLUMN_WIDTH }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </div>
  );
}
