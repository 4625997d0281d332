import type {
  ComparisonResult,
  ComparisonScope,
  ExportSource,
  SearchFilters,
} from '../../../../shared/domain';

/** The scope without empty parts; undefined when it limits nothing. */
export function scopeOf(
  filters: SearchFilters | ComparisonScope | undefined,
): ComparisonScope | undefined {
  if (!filters) return undefined;
  const scope: ComparisonScope = {
    ...(filters.towns && filters.towns.length > 0 ? { towns: filters.towns } : {}),
    ...(filters.yearFrom !== undefined ? { yearFrom: filters.yearFrom } : {}),
    ...(filters.yearTo !== undefined ? { yearTo: filters.yearTo } : {}),
    ...(filters.documentIds && filters.documentIds.length > 0
      ? { documentIds: filters.documentIds }
      : {}),
  };
  return Object.keys(scope).length > 0 ? scope : undefined;
}

/**
 * What a comparison on screen exports as: itself when saved (rows, pins and notes included),
 * else its theme and scope. A section compared ad hoc has no export source until it is saved.
 */
export function comparisonExportSource(result: ComparisonResult): ExportSource | null {
  if (result.id !== null) return { kind: 'comparison', id: result.id };
  const scope = scopeOf(result.scope);
  const withScope = scope ? { scope } : {};
  const { kind, value } = result.theme;
  if (kind === 'query') return { kind: 'query', query: value, ...withScope };
  if (kind === 'tag') {
    const tagId = Number(value);
    return Number.isSafeInteger(tagId) && tagId > 0 ? { kind: 'tag', tagId, ...withScope } : null;
  }
  return null;
}
