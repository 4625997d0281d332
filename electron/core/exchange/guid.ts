import crypto from 'node:crypto';

/**
 * GUIDs for REFI-QDA. The schema's GUIDType is the 8-4-4-4-12 hex pattern (optionally in
 * braces). Ours are name-based (like UUID v5, but on SHA-256): the same document, code or
 * passage gets the same GUID in every export, so two exports of one library can be compared and
 * a QDA program that merges projects sees the same object, not a new one.
 */
export function stableGuid(...parts: readonly (string | number)[]): string {
  const hex = crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex');
  // Version 5 and the RFC 4122 variant, so tools that check the UUID's form accept it.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ]
    .join('-')
    .toUpperCase();
}

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/**
 * A GUID as read from another program, in one spelling (upper case, no braces), so references
 * match whatever case or braces the writer used; null when it is not a GUID at all.
 */
export function normalizeGuid(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = GUID.exec(value.trim());
  return match?.[1] ? match[1].toUpperCase() : null;
}
