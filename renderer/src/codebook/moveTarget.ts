import { findTagNode, subtreeIds, type TagNode } from './tagTree';

export interface MoveTarget {
  parentId: number | null;
  /** Position among the new siblings (the moved tag not counted). */
  index: number;
}

export interface DropInfo {
  dragId: number;
  dropId: number;
  /** Relative to the drop node: -1 before it, 1 after it, 0 onto it. */
  position: -1 | 0 | 1;
  dropToGap: boolean;
  /** The drop node is open with children showing: "after" it means first among them. */
  dropExpanded: boolean;
}

/**
 * Where a tag dropped in the codebook tree goes: under the node it was dropped on, or beside it.
 * Null when the move is impossible (onto itself or into its own subtree).
 */
export function moveTargetOf(tree: readonly TagNode[], drop: DropInfo): MoveTarget | null {
  const dragNode = findTagNode(tree, drop.dragId);
  const dropNode = findTagNode(tree, drop.dropId);
  if (!dragNode || !dropNode || drop.dragId === drop.dropId) return null;
  const forbidden = subtreeIds(dragNode);
  let target: MoveTarget;
  if (
    !drop.dropToGap ||
    (drop.position === 1 && drop.dropExpanded && dropNode.children.length > 0)
  ) {
    target = { parentId: dropNode.tag.id, index: 0 };
  } else {
    const parent = findParent(tree, dropNode.tag.id);
    const siblings = (parent ? parent.children : tree).filter(
      (node) => node.tag.id !== drop.dragId,
    );
    const at = siblings.findIndex((node) => node.tag.id === drop.dropId);
    target = { parentId: parent?.tag.id ?? null, index: drop.position === -1 ? at : at + 1 };
  }
  if (target.parentId !== null && forbidden.has(target.parentId)) return null;
  return target;
}

function findParent(tree: readonly TagNode[], id: number): TagNode | null {
  const walk = (nodes: readonly TagNode[], parent: TagNode | null): TagNode | null | undefined => {
    for (const node of nodes) {
      if (node.tag.id === id) return parent;
      const found = walk(node.children, node);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(tree, null) ?? null;
}
