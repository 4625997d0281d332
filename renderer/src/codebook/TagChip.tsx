import { Tag as AntTag, Tooltip } from 'antd';
import type { Tag } from '../../../shared/domain';
import { withAlpha } from './colors';
import { TagDot } from './TagDot';

interface TagChipProps {
  tag: Tag;
  /** The full path (parent › child), shown on hover when the chip shows the name alone. */
  path?: string | undefined;
  small?: boolean;
}

/** A tag as a coloured chip: its colour's tint behind its name, a dot in the full colour. */
export function TagChip({ tag, path, small = false }: TagChipProps) {
  const chip = (
    <AntTag
      className={small ? 'tag-chip tag-chip-small' : 'tag-chip'}
      data-testid="tag-chip"
      data-tag-id={tag.id}
      style={{
        backgroundColor: withAlpha(tag.color, 0.1),
        borderColor: withAlpha(tag.color, 0.35),
      }}
    >
      <TagDot color={tag.color} size={small ? 7 : 8} />
      <span className="tag-chip-name">{tag.name}</span>
    </AntTag>
  );
  return path && path !== tag.name ? (
    <Tooltip title={path} mouseEnterDelay={0.4}>
      {chip}
    </Tooltip>
  ) : (
    chip
  );
}
