import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Tag } from '../../../shared/domain';
import { buildTagTree, tagPath, type TagNode } from './tagTree';
import { TagDot } from './TagDot';

interface TreeOption {
  value: number;
  title: React.ReactNode;
  label: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: readonly TagNode[], excluded: ReadonlySet<number>): TreeOption[] {
  return nodes.map((node) => ({
    value: node.tag.id,
    label: tagPath(node),
    title: (
      <span className="tag-picker-option">
        <TagDot color={node.tag.color} />
        {node.tag.name}
      </span>
    ),
    disabled: excluded.has(node.tag.id),
    children: toOptions(node.children, excluded),
  }));
}

interface TagPickerBaseProps {
  tags: readonly Tag[];
  placeholder: string;
  /** Tags that cannot be picked (a tag cannot be merged into itself or its children). */
  excluded?: ReadonlySet<number>;
  testId?: string;
  className?: string;
  allowClear?: boolean;
}

const NO_IDS: ReadonlySet<number> = new Set();

function useTagOptions(tags: readonly Tag[], excluded: ReadonlySet<number>) {
  return useMemo(() => toOptions(buildTagTree(tags), excluded), [tags, excluded]);
}

/** Picks one tag from the codebook tree, searchable by path. */
export function TagPicker({
  tags,
  placeholder,
  excluded = NO_IDS,
  testId,
  className,
  allowClear = false,
  value,
  onChange,
}: TagPickerBaseProps & { value: number | null; onChange(value: number | null): void }) {
  const treeData = useTagOptions(tags, excluded);
  return (
    <TreeSelect<number | null>
      className={className ?? 'tag-picker'}
      data-testid={testId}
      aria-label={placeholder}
      placeholder={placeholder}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'label' }}
      treeNodeLabelProp="label"
      allowClear={allowClear}
      value={value}
      onChange={(next) => onChange(next ?? null)}
      popupMatchSelectWidth={false}
    />
  );
}

/** Picks any number of tags from the codebook tree. */
export function MultiTagPicker({
  tags,
  placeholder,
  excluded = NO_IDS,
  testId,
  className,
  value,
  onChange,
}: TagPickerBaseProps & { value: number[]; onChange(value: number[]): void }) {
  const treeData = useTagOptions(tags, excluded);
  return (
    <TreeSelect<number[]>
      className={className ?? 'tag-picker'}
      data-testid={testId}
      aria-label={placeholder}
      placeholder={placeholder}
      treeData={treeData}
      treeDefaultExpandAll
      multiple
      treeCheckable={false}
      showSearch={{ treeNodeFilterProp: 'label' }}
      treeNodeLabelProp="label"
      value={value}
      onChange={(next) => onChange(next ?? [])}
      popupMatchSelectWidth={false}
    />
  );
}
