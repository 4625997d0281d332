/**
 * The part of a REFI-QDA project (project.qde, namespace urn:QDA-XML:project:1.0, schema
 * Project-mrt2019.xsd) that PolicyLens writes and reads: users, the codebook, variables, cases,
 * text sources with their coded selections, and notes. Export builds this model from the
 * library and `qde-write` serialises it; `qde-read` parses any tool's project.qde into it and
 * import places it in a library. GUIDs here are normalised (upper case, no braces).
 *
 * Selection positions are character positions in the source's plain text, counted in Unicode
 * code points (what QualCoder's Python strings count, and what PolicyLens stores), first
 * character 0, end exclusive.
 */

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** plainTextPath prefix for a file inside the .qdpx's Sources folder (REFI-QDA §7.3). */
export const INTERNAL_PREFIX = 'internal://';
export const SOURCES_FOLDER = 'Sources/';
/** The project file's name inside the .qdpx (REFI-QDA §7.1). */
export const PROJECT_ENTRY = 'project.qde';

export interface QdeUser {
  guid: string;
  name: string;
}

export interface QdeCode {
  guid: string;
  name: string;
  /** #rrggbb (or #rgb from other tools); null when the code has none. */
  color: string | null;
  description: string;
  children: QdeCode[];
}

export type QdeVariableType = 'Text' | 'Integer';

export interface QdeVariable {
  guid: string;
  name: string;
  type: QdeVariableType;
  description: string;
}

export interface QdeVariableValue {
  variableGuid: string;
  value: string | number;
}

export interface QdeSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  /** The passage's memo (PolicyLens: the annotation's comment). */
  description: string;
  codeGuids: string[];
  noteGuids: string[];
  createdAt: string | null;
  modifiedAt: string | null;
}

export interface QdeTextSource {
  guid: string;
  name: string;
  /** internal://FILE.txt (in Sources/) or another URL; null when the text is inline. */
  plainTextPath: string | null;
  plainTextContent: string | null;
  description: string;
  selections: QdeSelection[];
  /** Codes applied to the whole source rather than to a passage. */
  wholeSourceCodeGuids: string[];
  noteGuids: string[];
  variables: QdeVariableValue[];
  createdAt: string | null;
}

export interface QdeCase {
  guid: string;
  name: string;
  variables: QdeVariableValue[];
  sourceGuids: string[];
}

/** A memo. Notes are text sources themselves; ours carry their text inline. */
export interface QdeNote {
  guid: string;
  name: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
  createdAt: string | null;
}

/** A source of a kind PolicyLens does not import (PDF, picture, audio, video). */
export interface QdeOtherSource {
  kind: string;
  name: string;
}

export interface QdeProject {
  name: string;
  origin: string;
  createdAt: string | null;
  users: QdeUser[];
  codes: QdeCode[];
  variables: QdeVariable[];
  cases: QdeCase[];
  sources: QdeTextSource[];
  notes: QdeNote[];
  otherSources: QdeOtherSource[];
}

/** The case variables PolicyLens writes, by name; import also accepts the Chinese names. */
export const VARIABLE_NAMES = {
  town: ['town', '镇街', '镇', '乡镇'],
  county: ['county', '县区', '区县', '县'],
  year: ['year', '年份', '年度'],
  kind: ['kind', '类型', '文种'],
} as const;
export type VariableField = keyof typeof VARIABLE_NAMES;
