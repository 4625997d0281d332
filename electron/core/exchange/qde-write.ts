import { XMLBuilder } from 'fast-xml-parser';
import { stableGuid } from './guid';
import {
  QDA_NAMESPACE,
  type QdeCase,
  type QdeCode,
  type QdeNote,
  type QdeProject,
  type QdeSelection,
  type QdeTextSource,
  type QdeVariableValue,
} from './qde-model';

/**
 * Serialises the model as project.qde. Element order follows the schema's sequences exactly
 * (Project-mrt2019.xsd validates order, not just names), and lists the schema requires to be
 * non-empty (Codes, Cases, Sources, Notes) are left out when empty.
 */
export function writeQde(project: QdeProject): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  });
  const user = project.users[0]?.guid;
  const root: Record<string, unknown> = {
    '@_xmlns': QDA_NAMESPACE,
    '@_name': attribute(project.name),
    '@_origin': attribute(project.origin),
    ...(user ? { '@_creatingUserGUID': user } : {}),
    ...dateAttribute('creationDateTime', project.createdAt),
  };
  if (project.users.length > 0) {
    root.Users = {
      User: project.users.map((u) => ({ '@_guid': u.guid, '@_name': attribute(u.name) })),
    };
  }
  if (project.codes.length > 0) root.CodeBook = { Codes: { Code: project.codes.map(code) } };
  if (project.variables.length > 0) {
    root.Variables = {
      Variable: project.variables.map((v) => ({
        '@_guid': v.guid,
        '@_name': attribute(v.name),
        '@_typeOfVariable': v.type,
        ...(v.description ? { Description: text(v.description) } : {}),
      })),
    };
  }
  if (project.cases.length > 0) root.Cases = { Case: project.cases.map(caseElement) };
  if (project.sources.length > 0) {
    root.Sources = { TextSource: project.sources.map((s) => textSource(s, user)) };
  }
  if (project.notes.length > 0) {
    root.Notes = { Note: project.notes.map((n) => note(n, user)) };
  }
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Project: root,
  }) as string;
}

function code(c: QdeCode): Record<string, unknown> {
  return {
    '@_guid': c.guid,
    '@_name': attribute(c.name),
    '@_isCodable': 'true',
    ...(c.color && /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(c.color) ? { '@_color': c.color } : {}),
    ...(c.description ? { Description: text(c.description) } : {}),
    ...(c.children.length > 0 ? { Code: c.children.map(code) } : {}),
  };
}

function variableValue(v: QdeVariableValue): Record<string, unknown> {
  return {
    VariableRef: { '@_targetGUID': v.variableGuid },
    ...(typeof v.value === 'number'
      ? { IntegerValue: String(v.value) }
      : { TextValue: text(v.value) }),
  };
}

function caseElement(c: QdeCase): Record<string, unknown> {
  return {
    '@_guid': c.guid,
    '@_name': attribute(c.name),
    ...(c.variables.length > 0 ? { VariableValue: c.variables.map(variableValue) } : {}),
    ...(c.sourceGuids.length > 0
      ? { SourceRef: c.sourceGuids.map((guid) => ({ '@_targetGUID': guid })) }
      : {}),
  };
}

function coding(
  ownerGuid: string,
  codeGuid: string,
  user: string | undefined,
): Record<string, unknown> {
  return {
    '@_guid': stableGuid('coding', ownerGuid, codeGuid),
    ...(user ? { '@_creatingUser': user } : {}),
    CodeRef: { '@_targetGUID': codeGuid },
  };
}

const noteRefs = (guids: readonly string[]) =>
  guids.length > 0 ? { NoteRef: guids.map((guid) => ({ '@_targetGUID': guid })) } : {};

function selection(s: QdeSelection, user: string | undefined): Record<string, unknown> {
  return {
    '@_guid': s.guid,
    '@_name': attribute(s.name),
    '@_startPosition': String(s.start),
    '@_endPosition': String(s.end),
    ...(user ? { '@_creatingUser': user } : {}),
    ...dateAttribute('creationDateTime', s.createdAt),
    ...(user && s.modifiedAt ? { '@_modifyingUser': user } : {}),
    ...dateAttribute('modifiedDateTime', s.modifiedAt),
    ...(s.description ? { Description: text(s.description) } : {}),
    ...(s.codeGuids.length > 0
      ? { Coding: s.codeGuids.map((guid) => coding(s.guid, guid, user)) }
      : {}),
    ...noteRefs(s.noteGuids),
  };
}

function textSource(s: QdeTextSource, user: string | undefined): Record<string, unknown> {
  return {
    '@_guid': s.guid,
    '@_name': attribute(s.name),
    ...(s.plainTextPath ? { '@_plainTextPath': attribute(s.plainTextPath) } : {}),
    ...(user ? { '@_creatingUser': user } : {}),
    ...dateAttribute('creationDateTime', s.createdAt),
    ...(s.description ? { Description: text(s.description) } : {}),
    ...(s.plainTextPath === null && s.plainTextContent !== null
      ? { PlainTextContent: text(s.plainTextContent) }
      : {}),
    ...(s.selections.length > 0
      ? { PlainTextSelection: s.selections.map((sel) => selection(sel, user)) }
      : {}),
    ...(s.wholeSourceCodeGuids.length > 0
      ? { Coding: s.wholeSourceCodeGuids.map((guid) => coding(s.guid, guid, user)) }
      : {}),
    ...noteRefs(s.noteGuids),
    ...(s.variables.length > 0 ? { VariableValue: s.variables.map(variableValue) } : {}),
  };
}

function note(n: QdeNote, user: string | undefined): Record<string, unknown> {
  return {
    '@_guid': n.guid,
    '@_name': attribute(n.name),
    ...(n.plainTextPath ? { '@_plainTextPath': attribute(n.plainTextPath) } : {}),
    ...(user ? { '@_creatingUser': user } : {}),
    ...dateAttribute('creationDateTime', n.createdAt),
    ...(n.plainTextPath === null ? { PlainTextContent: text(n.plainTextContent ?? '') } : {}),
  };
}

/** xsd:dateTime as ISO 8601 with a time zone; anything else is left out rather than invalid. */
function dateAttribute(name: string, value: string | null): Record<string, string> {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return {};
  }
  return { [`@_${name}`]: value };
}

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Attribute values: a parser turns tabs and line breaks in them into spaces anyway. */
function attribute(value: string): string {
  return text(value).replace(/[\t\n\r]+/g, ' ');
}
