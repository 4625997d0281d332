import { Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveTargetOf, type MoveTarget } from '../../codebook/moveTarget';
import { flattenTagTree, type TagNode } from '../../codebook/tagTree';
import { TagNodeTitle, type TagAction } from './TagNodeTitle';

type CodebookTreeNode = TreeDataNode & { node: TagNode; children: CodebookTreeNode[] };

function toTreeData(nodes: readonly TagNode[]): CodebookTreeNode[] {
  return nodes.map((node) => ({
    key: node.tag.id,
    title: node.tag.name,
    node,
    children: toTreeData(node.children),
  }));
}

interface CodebookTreeProps {
  tree: readonly TagNode[];
  selected: number | null;
  onSelect(id: number): void;
  onMove(id: number, target: MoveTarget): void;
  onAction(action: TagAction, node: TagNode): void;
}

/**
 * The codebook as a tree: pick a tag to see its passages, drag to reorder or to move under
 * another tag. Tags are open by default; the ones the user closes stay closed.
 */
export function CodebookTree({ tree, selected, onSelect, onMove, onAction }: CodebookTreeProps) {
  const { t } = useTranslation();
  const treeData = useMemo(() => toTreeData(tree), [tree]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const expandedKeys = useMemo(
    () =>
      flattenTagTree(tree)
        .filter((node) => node.children.length > 0 && !collapsed.has(node.tag.id))
        .map((node) => node.tag.id),
    [tree, collapsed],
  );

  return (
    <div
      className="codebook-tree"
      data-testid="codebook-tree"
      role="group"
      aria-label={t('codebook.tree.label')}
    >
      <Tree<CodebookTreeNode>
        blockNode
        draggable={{ icon: false }}
        treeData={treeData}
        expandedKeys={expandedKeys}
        selectedKeys={selected === null ? [] : [selected]}
        titleRender={(data) => <TagNodeTitle node={data.node} onAction={onAction} />}
        onExpand={(_, info) => {
          const id = info.node.node.tag.id;
          setCollapsed((previous) => {
            const next = new Set(previous);
            if (info.expanded) next.delete(id);
            else next.add(id);
            return next;
          });
        }}
        onSelect={(_, info) => onSelect(info.node.node.tag.id)}
        allowDrop={({ dragNode, dropNode, dropPosition }) =>
          moveTargetOf(tree, {
            dragId: dragNode.node.tag.id,
            dropId: dropNode.node.tag.id,
            position: dropPosition,
            dropToGap: dropPosition !== 0,
            dropExpanded: false,
          }) !== null
        }
        onDrop={(info) => {
          const positions = info.node.pos.split('-');
          const relative = info.dropPosition - Number(positions[positions.length - 1]);
          const target = moveTargetOf(tree, {
            dragId: info.dragNode.node.tag.id,
            dropId: info.node.node.tag.id,
            position: relative < 0 ? -1 : relative > 0 ? 1 : 0,
            dropToGap: info.dropToGap,
            dropExpanded: Boolean(info.node.expanded),
          });
          if (target) onMove(info.dragNode.node.tag.id, target);
        }}
      />
    </div>
  );
}
