import { useEffect, useEffectEvent } from 'react';
import { useUndoState } from '../../api/codingQueries';
import { isTextEntry } from '../isTextEntry';
import { useUndoRedo, type UndoDirection } from './useUndoRedo';

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y as the direction they ask for, else null. */
export function undoDirectionOf(event: KeyboardEvent): UndoDirection | null {
  const modifier = event.ctrlKey || event.metaKey;
  if (!modifier || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/**
 * The app-wide undo/redo keys, anywhere outside text inputs. Mounted once in App; it also keeps
 * the undo state cached so the first Ctrl+Z answers quickly.
 */
export function useUndoShortcuts(): void {
  const run = useUndoRedo();
  useUndoState();
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return;
    const direction = undoDirectionOf(event);
    if (!direction) return;
    event.preventDefault();
    if (!event.repeat) void run(direction);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
