import type { DocumentSummary, Tag } from '../../../../shared/domain';
import { findTagNode, type TagNode } from '../../codebook/tagTree';
import type { MoveTarget } from '../../codebook/moveTarget';
import { CodebookTree } from './CodebookTree';
import type { TagAction } from './TagNodeTitle';
import { TagRetrieval } from './TagRetrieval';

interface CodebookPanelProps {
  tree: readonly TagNode[];
  tagIndex: ReadonlyMap<number, Tag>;
  documents: readonly DocumentSummary[];
  selected: number | null;
  includeChildren: boolean;
  onSelect(id: number): void;
  onIncludeChildren(value: boolean): void;
  onMove(id: number, target: MoveTarget): void;
  onAction(action: TagAction, node: TagNode): void;
}

/** The codebook tree on the left, the selected tag's coded passages on the right. */
export function CodebookPanel({
  tree,
  tagIndex,
  documents,
  selected,
  includeChildren,
  onSelect,
  onIncludeChildren,
  onMove,
  onAction,
}: CodebookPanelProps) {
  const node = selected === null ? null : findTagNode(tree, selected);
  return (
    <div className="codebook-layout">
      <aside className="codebook-aside">
        <CodebookTree
          tree={tree}
          selected={selected}
          onSelect={onSelect}
          onMove={onMove}
          onAction={onAction}
        />
      </aside>
      <TagRetrieval
        node={node}
        tagIndex={tagIndex}
        documents={documents}
        includeChildren={includeChildren}
        onIncludeChildren={onIncludeChildren}
      />
    </div>
  );
}
