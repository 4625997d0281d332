import type { DocumentSummary, Tag } from '../../../shared/domain';
import { getDocumentMemo, listAnnotations } from '../annotate/annotations';
import { listTags } from '../annotate/tags';
import type { Db } from '../db/connection';
import { listDocuments } from '../library/documents';
import { sliceCodePoints } from '../text/code-points';
import { stableGuid } from './guid';
import {
  INTERNAL_PREFIX,
  type QdeCase,
  type QdeCode,
  type QdeNote,
  type QdeProject,
  type QdeTextSource,
  type QdeVariable,
  type QdeVariableValue,
  type VariableField,
} from './qde-model';

/** A document whose text goes into Sources/ as `file`. */
export interface SourceFile {
  docId: number;
  /** The content hash when the project was built: the text written must still be this one. */
  hash: string;
  file: string;
}

/** Longest selection name (the quote's start); the passage itself is in the source text. */
const NAME_LENGTH = 60;

export const USER = { guid: stableGuid('user', 'PolicyLens'), name: 'PolicyLens' };

const VARIABLES: Record<VariableField, QdeVariable> = {
  town: variable('town', 'Text', '镇街'),
  county: variable('county', 'Text', '县（市、区）'),
  year: variable('year', 'Integer', '年份'),
  kind: variable('kind', 'Text', '文种：work_report 工作报告, work_plan 工作计划, …'),
};

function variable(name: string, type: QdeVariable['type'], description: string): QdeVariable {
  return { guid: stableGuid('variable', name), name, type, description };
}

/**
 * The library as a REFI-QDA project: every document a text source (its text in Sources/), the
 * codebook as codes, each anchored annotation a coded selection whose Description is its
 * comment, document memos as notes, and town/county/year/kind as variables of each source and
 * of one case per town. Annotations that need attention are left out: their offsets no longer
 * point at their quote, and another program would code the wrong text.
 */
export function projectFromLibrary(
  db: Db,
  name: string,
  origin: string,
): { project: QdeProject; files: SourceFile[] } {
  const tags = listTags(db);
  const tagGuids = tagGuidsByPath(tags);
  const documents = listDocuments(db);
  const sources: QdeTextSource[] = [];
  const notes: QdeNote[] = [];
  const files: SourceFile[] = [];
  for (const doc of documents) {
    const guid = stableGuid('source', doc.hash);
    const file = `${guid}.txt`;
    files.push({ docId: doc.id, hash: doc.hash, file });
    const memo = getDocumentMemo(db, doc.id);
    const noteGuids: string[] = [];
    if (memo.trim()) {
      const note = { guid: stableGuid('memo', doc.hash), name: `备忘：${doc.title}` };
      notes.push({ ...note, plainTextPath: null, plainTextContent: memo, createdAt: null });
      noteGuids.push(note.guid);
    }
    sources.push({
      guid,
      name: doc.title,
      plainTextPath: `${INTERNAL_PREFIX}${file}`,
      plainTextContent: null,
      description: '',
      selections: listAnnotations(db, doc.id)
        .filter((a) => a.status === 'anchored')
        .map((a) => ({
          guid: stableGuid('selection', doc.hash, a.id),
          name: selectionName(a.quote),
          start: a.start,
          end: a.end,
          description: a.comment,
          codeGuids: a.tagIds.flatMap((id) => tagGuids.get(id) ?? []),
          noteGuids: [],
          createdAt: a.createdAt,
          modifiedAt: a.updatedAt,
        })),
      wholeSourceCodeGuids: [],
      noteGuids,
      variables: documentVariables(doc),
      createdAt: doc.importedAt,
    });
  }
  return {
    project: {
      name,
      origin,
      createdAt: new Date().toISOString(),
      users: [USER],
      codes: codeTree(tags, tagGuids),
      variables: Object.values(VARIABLES),
      cases: townCases(documents, sources),
      sources,
      notes,
      otherSources: [],
    },
    files,
  };
}

/** GUIDs from each tag's path of names: a code keeps its GUID across exports and libraries. */
function tagGuidsByPath(tags: readonly Tag[]): Map<number, string> {
  const paths = new Map<number, string>();
  for (const tag of tags) {
    // listTags gives parents before children.
    const parent = tag.parentId === null ? '' : (paths.get(tag.parentId) ?? '');
    paths.set(tag.id, `${parent}/${tag.name}`);
  }
  return new Map([...paths].map(([id, path]) => [id, stableGuid('code', path)]));
}

function codeTree(tags: readonly Tag[], guids: Map<number, string>): QdeCode[] {
  const build = (parentId: number | null): QdeCode[] =>
    tags
      .filter((t) => t.parentId === parentId)
      .map((t) => ({
        guid: guids.get(t.id) ?? stableGuid('code', t.id),
        name: t.name,
        color: t.color,
        description: t.description,
        children: build(t.id),
      }));
  return build(null);
}

function documentVariables(doc: DocumentSummary): QdeVariableValue[] {
  const values: QdeVariableValue[] = [];
  const add = (field: VariableField, value: string | number | null) => {
    if (value !== null && value !== '') values.push({ variableGuid: VARIABLES[field].guid, value });
  };
  add('town', doc.town);
  add('county', doc.county);
  add('year', doc.year);
  add('kind', doc.kind);
  return values;
}

/** One case per town: its documents, the town, and its county when all its documents agree. */
function townCases(documents: readonly DocumentSummary[], sources: QdeTextSource[]): QdeCase[] {
  const towns = new Map<string, { sourceGuids: string[]; counties: Set<string | null> }>();
  documents.forEach((doc, i) => {
    if (!doc.town) return;
    const entry = towns.get(doc.town) ?? { sourceGuids: [], counties: new Set() };
    entry.sourceGuids.push((sources[i] as QdeTextSource).guid);
    entry.counties.add(doc.county);
    towns.set(doc.town, entry);
  });
  return [...towns].map(([town, { sourceGuids, counties }]) => {
    const [county] = counties;
    return {
      guid: stableGuid('case', town),
      name: town,
      variables: [
        { variableGuid: VARIABLES.town.guid, value: town },
        ...(counties.size === 1 && county
          ? [{ variableGuid: VARIABLES.county.guid, value: county }]
          : []),
      ],
      sourceGuids,
    };
  });
}

function selectionName(quote: string): string {
  const head = sliceCodePoints(quote, 0, NAME_LENGTH);
  return head.length < quote.length ? `${head}…` : quote;
}
