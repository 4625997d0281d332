import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentSummary,
  type MetadataChanges,
} from '../../../shared/domain';
import { sliceCodePoints } from '../text/code-points';
import {
  VARIABLE_NAMES,
  type QdeProject,
  type QdeVariableValue,
  type VariableField,
} from './qde-model';

/** A source's town, county, year and kind as the project states them; null = stated as none. */
export type SourceFields = Partial<{
  town: string | null;
  county: string | null;
  year: number | null;
  kind: DocumentKind | null;
}>;

const FIELDS = Object.keys(VARIABLE_NAMES) as VariableField[];

/**
 * Reads town/county/year/kind for every source from the project's variables: values on the
 * source itself win over values of the cases it belongs to. A field whose variable the project
 * defines but that a source leaves empty is stated as none (PolicyLens writes every field it
 * knows); a field the project has no variable for is not stated at all.
 */
export function sourceFieldsOf(project: QdeProject): Map<string, SourceFields> {
  const fieldOf = new Map<string, VariableField>();
  for (const variable of project.variables) {
    const name = variable.name.trim().toLowerCase();
    const field = FIELDS.find((f) => (VARIABLE_NAMES[f] as readonly string[]).includes(name));
    if (field && ![...fieldOf.values()].includes(field)) fieldOf.set(variable.guid, field);
  }
  const values = (list: readonly QdeVariableValue[]) => {
    const found: Partial<Record<VariableField, string | number>> = {};
    for (const { variableGuid, value } of list) {
      const field = fieldOf.get(variableGuid);
      if (field) found[field] = value;
    }
    return found;
  };
  const fromCases = new Map<string, Partial<Record<VariableField, string | number>>>();
  for (const c of project.cases) {
    const caseValues = values(c.variables);
    for (const guid of c.sourceGuids) {
      fromCases.set(guid, { ...fromCases.get(guid), ...caseValues });
    }
  }
  const defined = new Set(fieldOf.values());
  return new Map(
    project.sources.map((source) => {
      const raw = { ...fromCases.get(source.guid), ...values(source.variables) };
      const fields: SourceFields = {};
      for (const field of defined) Object.assign(fields, { [field]: clean(field, raw[field]) });
      return [source.guid, fields];
    }),
  );
}

/** A value as the library stores it (the limits of MetadataChangesSchema), or null. */
function clean(field: VariableField, value: string | number | undefined): string | number | null {
  if (value === undefined) return null;
  const textValue = String(value).trim();
  switch (field) {
    case 'year': {
      const year = Number(textValue);
      return Number.isInteger(year) && year >= 1949 && year <= 2100 ? year : null;
    }
    case 'kind':
      return (DOCUMENT_KINDS as readonly string[]).includes(textValue) ? textValue : null;
    default:
      return sliceCodePoints(textValue, 0, 100).trim() || null;
  }
}

/**
 * The metadata changes that make a document say what the project says. A new document takes
 * the project's title and fields where they differ from what detection found; a document that
 * was already in the library keeps the user's title and values, and only gains fields it lacks.
 */
export function metadataChanges(
  doc: DocumentSummary,
  title: string,
  fields: SourceFields,
  isNew: boolean,
): MetadataChanges {
  const changes: MetadataChanges = {};
  const name = sliceCodePoints(title.trim(), 0, 500).trim();
  if (isNew && name && name !== doc.title) changes.title = name;
  for (const field of FIELDS) {
    const value = fields[field];
    if (value === undefined || value === doc[field]) continue;
    if (!isNew && (doc[field] !== null || value === null)) continue;
    Object.assign(changes, { [field]: value });
  }
  return changes;
}
