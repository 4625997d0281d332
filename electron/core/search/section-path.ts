import type { Db } from '../db/connection';

interface SectionNode {
  id: number;
  parent_id: number | null;
  title: string;
  marker: string | null;
}

/** Titles from the outermost section to this one, each with its numbering: （四）… › 1. … */
export function sectionPaths(db: Db, sectionIds: readonly number[]): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  if (sectionIds.length === 0) return paths;
  const byId = new Map<number, SectionNode>();
  const load = db.prepare(
    `SELECT id, parent_id, title, marker FROM sections
     WHERE document_id = (SELECT document_id FROM sections WHERE id = ?)`,
  );
  for (const id of sectionIds) {
    if (!byId.has(id)) for (const row of load.all(id) as SectionNode[]) byId.set(row.id, row);
    const path: string[] = [];
    for (
      let node = byId.get(id);
      node;
      node = node.parent_id === null ? undefined : byId.get(node.parent_id)
    ) {
      path.unshift(`${node.marker ?? ''}${node.title}`);
    }
    paths.set(id, path);
  }
  return paths;
}
