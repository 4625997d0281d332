import type { Tag } from '../../../shared/domain';

/** A tag in its place in the codebook: depth, the names above it, and counts with its children. */
export interface TagNode {
  tag: Tag;
  depth: number;
  /** Names from the top-level tag down to this one. */
  names: string[];
  children: TagNode[];
  /** Passages coded with this tag or any tag below it (as the Tree shows it). */
  totalCount: number;
}

export const PATH_SEPARATOR = ' › ';

export function tagPath(node: Pick<TagNode, 'names'>): string {
  return node.names.join(PATH_SEPARATOR);
}

/**
 * The codebook as a tree, children in sort order. A tag whose parent is missing (in the trash, or
 * not sent) is shown at the top level rather than lost.
 */
export function buildTagTree(tags: readonly Tag[]): TagNode[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const byParent = new Map<number | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(tag);
    byParent.set(parent, siblings);
  }
  const seen = new Set<number>();
  const build = (parent: number | null, depth: number, above: string[]): TagNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
      .filter((tag) => !seen.has(tag.id) && seen.add(tag.id))
      .map((tag) => {
        const names = [...above, tag.name];
        const children = build(tag.id, depth + 1, names);
        const totalCount = children.reduce(
          (sum, child) => sum + child.totalCount,
          tag.passageCount,
        );
        return { tag, depth, names, children, totalCount };
      });
  return build(null, 0, []);
}

/** Depth first, in the order the codebook shows them (the order of the 1–9 shortcuts). */
export function flattenTagTree(nodes: readonly TagNode[]): TagNode[] {
  const out: TagNode[] = [];
  const walk = (list: readonly TagNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

export function flattenTags(tags: readonly Tag[]): TagNode[] {
  return flattenTagTree(buildTagTree(tags));
}

/** The ids of a tag and of every tag below it. */
export function subtreeIds(node: TagNode): Set<number> {
  const ids = new Set<number>();
  for (const item of flattenTagTree([node])) ids.add(item.tag.id);
  return ids;
}

export function findTagNode(nodes: readonly TagNode[], id: number): TagNode | null {
  for (const node of flattenTagTree(nodes)) if (node.tag.id === id) return node;
  return null;
}
