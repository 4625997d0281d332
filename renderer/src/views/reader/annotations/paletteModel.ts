import { tagPath, type TagNode } from '../../../codebook/tagTree';

/** Tags reachable by the number keys 1–9. */
export const SHORTCUT_COUNT = 9;

/** A row of the palette: a tag, or "create a tag with this name". */
export type PaletteRow = { kind: 'tag'; node: TagNode } | { kind: 'create'; name: string };

/** Tags whose path contains the query (case-insensitive), in codebook order, then "create". */
export function paletteRows(nodes: readonly TagNode[], query: string): PaletteRow[] {
  const needle = query.trim().toLowerCase();
  const matches = nodes.filter(
    (node) => needle === '' || tagPath(node).toLowerCase().includes(needle),
  );
  const rows: PaletteRow[] = matches.map((node) => ({ kind: 'tag', node }));
  const exact = nodes.some((node) => node.tag.name.trim().toLowerCase() === needle);
  if (needle !== '' && !exact) rows.push({ kind: 'create', name: query.trim() });
  return rows;
}

/** The digit 1–9 of a key press as a 0-based index, else null. */
export function shortcutIndex(key: string): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  return Number(key) - 1;
}
