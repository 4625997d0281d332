import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow, ComparisonTheme, Tag } from '../../../../shared/domain';
import type { RowSpec } from '../../api/compareQueries';
import { TagPicker } from '../../codebook/TagPicker';
import IconButton from '../../components/IconButton';
import type { ThemeKind } from './compareState';

const MAX_ROWS = 100;

interface DraftRow {
  key: string;
  id: number | null;
  label: string;
  kind: ThemeKind;
  value: string;
  /** Whether the label was typed (else it follows the theme). */
  labelTouched: boolean;
}

let nextKey = 0;
function draftKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

function toDraft(row: ComparisonRow): DraftRow {
  return {
    key: row.id === null ? draftKey() : `row-${row.id}`,
    id: row.id,
    label: row.label,
    kind: row.theme.kind,
    value: row.theme.value,
    labelTouched: true,
  };
}

function toSpec(row: DraftRow): RowSpec {
  const theme: ComparisonTheme = { kind: row.kind, value: row.value.trim() };
  return row.id === null
    ? { label: row.label.trim(), theme }
    : { id: row.id, label: row.label.trim(), theme };
}

function isComplete(row: DraftRow): boolean {
  return row.label.trim() !== '' && row.value.trim() !== '';
}

interface RowsEditorProps {
  rows: readonly ComparisonRow[];
  tags: readonly Tag[];
  saving: boolean;
  onSave(rows: RowSpec[]): void;
  onClose(): void;
}

function RowEditor({
  row,
  index,
  count,
  tags,
  onChange,
  onMove,
  onDelete,
}: {
  row: DraftRow;
  index: number;
  count: number;
  tags: readonly Tag[];
  onChange(change: Partial<DraftRow>): void;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  const kinds: ThemeKind[] =
    row.kind === 'section' ? ['query', 'tag', 'section'] : ['query', 'tag'];
  const tagName = (id: string) => tags.find((tag) => String(tag.id) === id)?.name ?? '';
  return (
    <li className="rows-editor-row" data-testid="rows-editor-row">
      <span className="rows-editor-index tabular">{index + 1}</span>
      <Input
        className="rows-editor-label"
        placeholder={t('compare.rows.label')}
        aria-label={t('compare.rows.label')}
        data-testid="row-label-input"
        maxLength={200}
        value={row.label}
        onChange={(event) => onChange({ label: event.target.value, labelTouched: true })}
      />
      <Select<ThemeKind>
        className="rows-editor-kind"
        aria-label={t('compare.rows.kind')}
        data-testid="row-theme-kind"
        value={row.kind}
        options={kinds.map((kind) => ({ value: kind, label: t(`compare.themeKind.${kind}`) }))}
        onChange={(kind) => onChange({ kind, value: '' })}
      />
      <span className="rows-editor-value">
        {row.kind === 'tag' ? (
          <TagPicker
            tags={tags}
            placeholder={t('compare.start.tag')}
            testId="row-tag-input"
            value={row.value === '' ? null : Number(row.value)}
            onChange={(id) => {
              const value = id === null ? '' : String(id);
              onChange(row.labelTouched ? { value } : { value, label: tagName(value) });
            }}
          />
        ) : (
          <Input
            placeholder={t('compare.start.query')}
            aria-label={t('compare.start.query')}
            data-testid="row-query-input"
            disabled={row.kind === 'section'}
            value={row.value}
            onChange={(event) => {
              const value = event.target.value;
              onChange(row.labelTouched ? { value } : { value, label: value });
            }}
          />
        )}
      </span>
      <span className="rows-editor-actions">
        <IconButton
          label={t('compare.rows.up')}
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          testId="row-up"
          onClick={() => onMove(-1)}
        />
        <IconButton
          label={t('compare.rows.down')}
          icon={<ArrowDownOutlined />}
          disabled={index === count - 1}
          testId="row-down"
          onClick={() => onMove(1)}
        />
        <IconButton
          label={t('compare.rows.delete')}
          icon={<DeleteOutlined />}
          disabled={count === 1}
          testId="row-delete"
          onClick={onDelete}
        />
      </span>
    </li>
  );
}

/**
 * 编辑行: the sub-themes of a saved comparison, each a query or a tag: add, rename, reorder,
 * delete. Saved in one go; pins and notes stay with the rows that keep their place.
 */
export function RowsEditor({ rows, tags, saving, onSave, onClose }: RowsEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DraftRow[]>(() => rows.map(toDraft));
  const complete = draft.length > 0 && draft.every(isComplete);

  const update = (key: string, change: Partial<DraftRow>) =>
    setDraft((list) => list.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const move = (index: number, delta: -1 | 1) =>
    setDraft((list) => {
      const target = index + delta;
      if (target < 0 || target >= list.length) return list;
      const next = [...list];
      const [row] = next.splice(index, 1);
      if (row) next.splice(target, 0, row);
      return next;
    });

  return (
    <Modal
      open
      width={760}
      title={t('compare.rows.title')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('compare.rows.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          disabled={!complete}
          loading={saving}
          data-testid="rows-save"
          onClick={() => onSave(draft.map(toSpec))}
        >
          {t('compare.rows.save')}
        </Button>,
      ]}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" className="rows-editor-intro">
        {t('compare.rows.intro')}
      </Typography.Paragraph>
      <ol className="rows-editor" data-testid="rows-editor">
        {draft.map((row, index) => (
          <RowEditor
            key={row.key}
            row={row}
            index={index}
            count={draft.length}
            tags={tags}
            onChange={(change) => update(row.key, change)}
            onMove={(delta) => move(index, delta)}
            onDelete={() => setDraft((list) => list.filter((item) => item.key !== row.key))}
          />
        ))}
      </ol>
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        data-testid="row-add"
        disabled={draft.length >= MAX_ROWS}
        onClick={() =>
          setDraft((list) => [
            ...list,
            { key: draftKey(), id: null, label: '', kind: 'query', value: '', labelTouched: false },
          ])
        }
      >
        {t('compare.rows.add')}
      </Button>
    </Modal>
  );
}
