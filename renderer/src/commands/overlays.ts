import { useSyncExternalStore } from 'react';

/**
 * The app-wide panels a command opens (keyboard help, welcome, settings). A tiny store rather
 * than React state, so the header's help menu, the keyboard and the native menu can all open
 * them without threading callbacks through every view.
 */
export type Overlay =
  | { kind: 'keyboard-help' }
  | { kind: 'welcome' }
  | { kind: 'settings'; focus?: 'open-library' | 'new-library' };

let current: Overlay | null = null;
const listeners = new Set<() => void>();

function set(next: Overlay | null): void {
  current = next;
  for (const listener of [...listeners]) listener();
}

export function openOverlay(overlay: Overlay): void {
  set(overlay);
}

export function closeOverlay(): void {
  set(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOverlay(): Overlay | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
