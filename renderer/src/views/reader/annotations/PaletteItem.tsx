import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TagDot } from '../../../codebook/TagDot';
import type { PaletteRow } from './paletteModel';

interface PaletteItemProps {
  row: PaletteRow;
  index: number;
  highlighted: boolean;
  checked: boolean;
  shortcut: number | null;
  onHover(): void;
  onPick(): void;
  onToggle(): void;
}

/** One row of the palette: tick box, colour, path, and its 1–9 shortcut. */
export function PaletteItem({
  row,
  index,
  highlighted,
  checked,
  shortcut,
  onHover,
  onPick,
  onToggle,
}: PaletteItemProps) {
  const { t } = useTranslation();
  const common = {
    id: `tag-palette-option-${index}`,
    role: 'option',
    'aria-selected': highlighted,
    'data-index': index,
    // Movement, not entry: a list opening under a still pointer must not take the highlight.
    onMouseMove: onHover,
    // Keep the keyboard in the search box.
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
  } as const;
  if (row.kind === 'create') {
    return (
      <div
        {...common}
        className="palette-item palette-item-create"
        data-testid="tag-palette-create"
        onClick={onPick}
      >
        <PlusOutlined className="palette-item-icon" />
        <span className="palette-item-name">
          {t('annotate.palette.create', { name: row.name })}
        </span>
      </div>
    );
  }
  const { node } = row;
  const above = node.names.slice(0, -1);
  return (
    <div
      {...common}
      className="palette-item"
      data-testid="tag-palette-item"
      data-tag-id={node.tag.id}
      data-checked={checked ? 'true' : undefined}
      onClick={onPick}
    >
      <span
        className={checked ? 'palette-check palette-check-on' : 'palette-check'}
        role="checkbox"
        aria-checked={checked}
        aria-label={t('annotate.palette.toggle', { name: node.tag.name })}
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      >
        {checked && <CheckOutlined />}
      </span>
      <TagDot color={node.tag.color} />
      <span className="palette-item-path">
        {above.length > 0 && <span className="palette-item-parent">{above.join(' › ')} › </span>}
        <span className="palette-item-name">{node.tag.name}</span>
      </span>
      {shortcut !== null && <kbd className="palette-kbd">{shortcut}</kbd>}
    </div>
  );
}
