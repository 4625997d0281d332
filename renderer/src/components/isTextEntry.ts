const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/**
 * Where the keys belong to the text being edited (the browser's own undo). A checkbox or a radio
 * button is an input too, but has no text to undo.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(target.type) && !target.readOnly;
  return target.closest('textarea, [contenteditable="true"]') !== null;
}
