import type { SearchFilters } from '../../../shared/domain';

/** SQL conditions on `documents d` for the filters, with their parameters. */
export function filterSql(filters: SearchFilters | undefined): {
  where: string;
  params: unknown[];
} {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const list = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  list('d.town', filters?.towns);
  if (filters?.regions && filters.regions.length > 0) {
    const marks = filters.regions.map(() => '?').join(', ');
    clauses.push(`(d.county IN (${marks}) OR d.city IN (${marks}))`);
    params.push(...filters.regions, ...filters.regions);
  }
  if (filters?.yearFrom !== undefined) {
    clauses.push('d.year >= ?');
    params.push(filters.yearFrom);
  }
  if (filters?.yearTo !== undefined) {
    clauses.push('d.year <= ?');
    params.push(filters.yearTo);
  }
  list('d.kind', filters?.kinds);
  list('d.id', filters?.documentIds);
  return { where: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}
