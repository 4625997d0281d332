import { Button, Empty, Input, Modal, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagNode } from '../../../codebook/tagTree';
import { PaletteItem } from './PaletteItem';
import { paletteRows, SHORTCUT_COUNT, shortcutIndex, type PaletteRow } from './paletteModel';

export interface PaletteChoice {
  tagIds: number[];
  /** A tag to create first (and add), when the user typed a name the codebook lacks. */
  newTagName: string | null;
  comment: string;
}

interface TagPaletteProps {
  /** The codebook, depth first. */
  tags: readonly TagNode[];
  /** The passage about to be coded, shown for orientation. */
  quote: string;
  busy: boolean;
  onApply(choice: PaletteChoice): void;
  onClose(): void;
}

/**
 * The quick-tag palette: type to filter the codebook, ↑↓ to move, Space to tick several, Enter to
 * code the passage (with the ticked tags, or the highlighted one), 1–9 for the first nine tags.
 * A name the codebook lacks can be created on the spot.
 */
export function TagPalette({ tags, quote, busy, onApply, onClose }: TagPaletteProps) {
  const { t } = useTranslation();
  const inputRef = useRef<InputRef>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [checked, setChecked] = useState<number[]>([]);
  const [comment, setComment] = useState('');
  const rows = useMemo(() => paletteRows(tags, query), [tags, query]);
  const current = Math.min(highlight, Math.max(rows.length - 1, 0));

  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-index="${current}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const apply = (row: PaletteRow | undefined) => {
    if (busy) return;
    if (checked.length > 0) {
      onApply({ tagIds: checked, newTagName: null, comment });
    } else if (row?.kind === 'tag') {
      onApply({ tagIds: [row.node.tag.id], newTagName: null, comment });
    } else if (row?.kind === 'create') {
      onApply({ tagIds: [], newTagName: row.name, comment });
    }
  };

  const toggle = (row: PaletteRow | undefined) => {
    if (row?.kind !== 'tag') return;
    const id = row.node.tag.id;
    setChecked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const move = (delta: number) => {
      event.preventDefault();
      if (rows.length > 0) setHighlight((current + delta + rows.length) % rows.length);
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      apply(rows[current]);
    } else if (event.key === ' ' && rows[current]?.kind === 'tag') {
      event.preventDefault();
      toggle(rows[current]);
    } else if (query === '' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const index = shortcutIndex(event.key);
      const node = index === null ? undefined : tags[index];
      if (node) {
        event.preventDefault();
        onApply({ tagIds: [node.tag.id], newTagName: null, comment });
      }
    }
  };

  return (
    <Modal
      open
      title={t('annotate.palette.title')}
      width={520}
      footer={null}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (visible) inputRef.current?.focus();
      }}
      className="tag-palette-modal"
    >
      <div className="tag-palette" data-testid="tag-palette">
        <blockquote className="palette-quote" lang="zh-CN">
          {quote}
        </blockquote>
        <Input
          ref={inputRef}
          autoFocus
          className="palette-input"
          data-testid="tag-palette-input"
          placeholder={t('annotate.palette.placeholder')}
          aria-label={t('annotate.palette.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setHighlight(0);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded
          aria-controls="tag-palette-list"
          aria-activedescendant={rows.length > 0 ? `tag-palette-option-${current}` : undefined}
        />
        <div
          className="palette-list"
          id="tag-palette-list"
          role="listbox"
          ref={listRef}
          aria-multiselectable
        >
          {rows.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                tags.length === 0 ? t('annotate.palette.noTags') : t('annotate.palette.empty')
              }
            />
          ) : (
            rows.map((row, index) => {
              const tagIndex = row.kind === 'tag' ? tags.indexOf(row.node) : -1;
              return (
                <PaletteItem
                  key={row.kind === 'tag' ? row.node.tag.id : 'create'}
                  row={row}
                  index={index}
                  highlighted={index === current}
                  checked={row.kind === 'tag' && checked.includes(row.node.tag.id)}
                  shortcut={
                    query === '' && tagIndex >= 0 && tagIndex < SHORTCUT_COUNT ? tagIndex + 1 : null
                  }
                  onHover={() => setHighlight(index)}
                  onPick={() => (checked.length > 0 ? toggle(row) : apply(row))}
                  onToggle={() => toggle(row)}
                />
              );
            })
          )}
        </div>
        <Input.TextArea
          className="palette-comment"
          data-testid="tag-palette-comment"
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('annotate.palette.comment')}
          aria-label={t('annotate.palette.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <div className="palette-footer">
          <span className="palette-hint">{t('annotate.palette.hint')}</span>
          <Button
            type="primary"
            size="small"
            loading={busy}
            disabled={checked.length === 0 && rows[current] === undefined}
            data-testid="tag-palette-apply"
            onClick={() => apply(rows[current])}
          >
            {checked.length > 0
              ? t('annotate.palette.applyCount', { count: checked.length })
              : t('annotate.palette.apply')}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
