/**
 * The key notation of shared/commands.ts ("Mod+Shift+O", "?"): matching a keydown against it,
 * and showing it the way the platform writes shortcuts (Ctrl+Shift+O, or ⌘⇧O on a Mac).
 */

export function isMacPlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(keys: string): Chord {
  const parts = keys.split('+');
  // "Mod+," splits into ["Mod", ","]; a lone "+" would be the key itself.
  const key = parts.pop() || '+';
  const has = (name: string) => parts.includes(name);
  return { mod: has('Mod'), shift: has('Shift'), alt: has('Alt'), key };
}

/** Whether a keydown is this chord. Ctrl and ⌘ both count as Mod, so a PC keyboard on a Mac works. */
export function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const chord = parse(keys);
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== chord.mod || event.altKey !== chord.alt) return false;
  // "?" is typed with Shift on most layouts: the character decides, not the Shift key.
  if (!chord.mod && chord.key === '?') return event.key === '?';
  if (event.shiftKey !== chord.shift) return false;
  return event.key.toLowerCase() === chord.key.toLowerCase();
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };

/** The parts of a shortcut as shown on the keys: ["Ctrl", "Shift", "O"] or ["⌘", "⇧", "O"]. */
export function keyCaps(keys: string, mac: boolean = isMacPlatform()): string[] {
  const parts = keys.split('+');
  const key = parts.pop() || '+';
  const modifiers = parts.map((part) =>
    mac ? (MAC_SYMBOLS[part] ?? part) : part === 'Mod' ? 'Ctrl' : part,
  );
  return [...modifiers, key.length === 1 ? key.toUpperCase() : key];
}

/** A shortcut as one string: "Ctrl+Shift+O" (Windows, Linux) or "⌘⇧O" (macOS). */
export function formatKeys(keys: string, mac: boolean = isMacPlatform()): string {
  return keyCaps(keys, mac).join(mac ? '' : '+');
}
