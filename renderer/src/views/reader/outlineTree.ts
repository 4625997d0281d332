import type { Section } from '../../../../shared/domain';

export interface OutlineNode {
  key: number;
  section: Section;
  children: OutlineNode[];
}

/**
 * Nests sections by parentId, in text order. A parent must come before its children in the text;
 * a section whose parent is missing (or later) still shows, at the top level, rather than
 * vanishing, and no malformed parent chain can hide a section in a loop.
 */
export function buildOutline(sections: readonly Section[]): OutlineNode[] {
  const ordered = [...sections].sort((a, b) => a.start - b.start || a.level - b.level);
  const placed = new Map<number, OutlineNode>();
  const roots: OutlineNode[] = [];
  for (const section of ordered) {
    const node: OutlineNode = { key: section.id, section, children: [] };
    const parent = section.parentId === null ? undefined : placed.get(section.parentId);
    (parent ? parent.children : roots).push(node);
    placed.set(section.id, node);
  }
  return roots;
}
