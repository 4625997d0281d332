import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../../shared/errors';
import { normalizeGuid, stableGuid } from './guid';
import type {
  QdeCase,
  QdeCode,
  QdeNote,
  QdeProject,
  QdeSelection,
  QdeTextSource,
  QdeVariable,
  QdeVariableValue,
} from './qde-model';

type Node = Record<string, unknown>;

/** Source elements of kinds PolicyLens does not import, reported by name. */
const OTHER_SOURCES = ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'] as const;

/**
 * Parses a project.qde written by any REFI-QDA program (ATLAS.ti, MAXQDA, NVivo, QualCoder…)
 * into the model. Lenient where the standard lets writers differ (GUID case and braces, a
 * namespace prefix, elements in any order); strict only about what makes the file unusable:
 * XML that is not well formed, or a root that is not a Project. `file` is the .qdpx, named in
 * errors.
 */
export function readQde(xml: string, file: string): QdeProject {
  const source = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new AppError(
      'FILE_CORRUPT',
      `The project file inside this .qdpx is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
      file,
    );
  }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    // Memos keep their own spacing; white space between elements is ignored below.
    trimValues: false,
    // Character references (&#13;, &#x4E2D;), which tools write for line breaks and more.
    htmlEntities: true,
  }).parse(source) as Node;
  const project = parsed.Project;
  if (!isNode(project)) {
    throw new AppError(
      'FILE_CORRUPT',
      'This .qdpx holds no REFI-QDA project (its project file has no <Project> element).',
      file,
    );
  }
  const variables = list(child(project, 'Variables').Variable).map(variable);
  const sourcesNode = child(project, 'Sources');
  return {
    name: attr(project, 'name') ?? '',
    origin: attr(project, 'origin') ?? '',
    createdAt: attr(project, 'creationDateTime'),
    users: list(child(project, 'Users').User).flatMap((u) => {
      const guid = normalizeGuid(u['@_guid']);
      return guid ? [{ guid, name: attr(u, 'name') ?? '' }] : [];
    }),
    codes: list(child(child(project, 'CodeBook'), 'Codes').Code).map((c) => code(c, '')),
    variables: variables.filter((v): v is QdeVariable => v !== null),
    cases: list(child(project, 'Cases').Case).map(caseOf),
    sources: list(sourcesNode.TextSource).map(textSource),
    notes: list(child(project, 'Notes').Note).map(noteOf),
    otherSources: OTHER_SOURCES.flatMap((kind) =>
      list(sourcesNode[kind]).map((s) => ({ kind, name: attr(s, 'name') ?? kind })),
    ),
  };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The element(s) under a key as a list: absent → [], one → [it], many → them. */
function list(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter(isNode);
  return isNode(value) ? [value] : [];
}

function child(node: Node, name: string): Node {
  return list(node[name])[0] ?? {};
}

function attr(node: Node, name: string): string | null {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

/** Text of a leaf element (a string, or `#text` when the element also has attributes). */
function textOf(value: unknown): string {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof first === 'string') return first;
  if (isNode(first) && typeof first['#text'] === 'string') return first['#text'];
  return '';
}

/** Attributes that must be GUIDs; a missing or malformed one gets a GUID from `fallback`. */
function guidOf(node: Node, ...fallback: string[]): string {
  return normalizeGuid(node['@_guid']) ?? stableGuid('unnamed', ...fallback);
}

function refs(value: unknown): string[] {
  return list(value).flatMap((ref) => normalizeGuid(ref['@_targetGUID']) ?? []);
}

function code(node: Node, parentPath: string): QdeCode {
  const name = attr(node, 'name') ?? '';
  const path = `${parentPath}/${name}`;
  return {
    guid: guidOf(node, 'code', path),
    name,
    color: attr(node, 'color'),
    description: textOf(node.Description),
    children: list(node.Code).map((c) => code(c, path)),
  };
}

function variable(node: Node): QdeVariable | null {
  const guid = normalizeGuid(node['@_guid']);
  if (!guid) return null;
  return {
    guid,
    name: attr(node, 'name') ?? '',
    type: attr(node, 'typeOfVariable') === 'Integer' ? 'Integer' : 'Text',
    description: textOf(node.Description),
  };
}

const VALUE_ELEMENTS = [
  'TextValue',
  'IntegerValue',
  'FloatValue',
  'BooleanValue',
  'DateValue',
  'DateTimeValue',
] as const;

function variableValues(value: unknown): QdeVariableValue[] {
  return list(value).flatMap((v) => {
    const variableGuid = refs(v.VariableRef)[0];
    const element = VALUE_ELEMENTS.find((name) => v[name] !== undefined);
    if (!variableGuid || !element) return [];
    const raw = textOf(v[element]).trim();
    const number = Number(raw);
    return [
      {
        variableGuid,
        value:
          element === 'IntegerValue' && raw !== '' && Number.isSafeInteger(number) ? number : raw,
      },
    ];
  });
}

function caseOf(node: Node): QdeCase {
  const name = attr(node, 'name') ?? '';
  return {
    guid: guidOf(node, 'case', name),
    name,
    variables: variableValues(node.VariableValue),
    sourceGuids: refs(node.SourceRef),
  };
}

function codeRefsOf(codings: unknown): string[] {
  return list(codings).flatMap((c) => refs(c.CodeRef).slice(0, 1));
}

function selection(node: Node, sourceGuid: string, index: number): QdeSelection {
  return {
    guid: guidOf(node, 'selection', sourceGuid, String(index)),
    name: attr(node, 'name') ?? '',
    start: Number(attr(node, 'startPosition')),
    end: Number(attr(node, 'endPosition')),
    description: textOf(node.Description),
    codeGuids: codeRefsOf(node.Coding),
    noteGuids: refs(node.NoteRef),
    createdAt: attr(node, 'creationDateTime'),
    modifiedAt: attr(node, 'modifiedDateTime'),
  };
}

function textSource(node: Node, index: number): QdeTextSource {
  const name = attr(node, 'name') ?? '';
  const guid = guidOf(node, 'source', name, String(index));
  const content = node.PlainTextContent;
  return {
    guid,
    name,
    plainTextPath: attr(node, 'plainTextPath'),
    plainTextContent: content === undefined ? null : textOf(content),
    description: textOf(node.Description),
    selections: list(node.PlainTextSelection).map((s, i) => selection(s, guid, i)),
    wholeSourceCodeGuids: codeRefsOf(node.Coding),
    noteGuids: refs(node.NoteRef),
    variables: variableValues(node.VariableValue),
    createdAt: attr(node, 'creationDateTime'),
  };
}

function noteOf(node: Node, index: number): QdeNote {
  const name = attr(node, 'name') ?? '';
  const content = node.PlainTextContent;
  return {
    guid: guidOf(node, 'note', name, String(index)),
    name,
    plainTextPath: attr(node, 'plainTextPath'),
    plainTextContent: content === undefined ? null : textOf(content),
    createdAt: attr(node, 'creationDateTime'),
  };
}
