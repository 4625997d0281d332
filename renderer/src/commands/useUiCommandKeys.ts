import { useEffect, useEffectEvent } from 'react';
import { isChord, UI_COMMAND_NAMES, UI_COMMANDS, type UiCommand } from '../../../shared/commands';
import { isDesktop, subscribe } from '../api/client';
import { isTextEntry } from '../components/isTextEntry';
import { matchesKeys } from './keys';

/** The command a keydown asks for, if any. */
export function commandForKey(event: KeyboardEvent): UiCommand | null {
  for (const name of UI_COMMAND_NAMES) {
    const keys = UI_COMMANDS[name].keys;
    if (keys !== null && matchesKeys(event, keys)) return name;
  }
  return null;
}

/**
 * Delivers UI commands to `run`, from wherever they come: the native menu (desktop: its
 * accelerators already claim the Ctrl/⌘ keys, so the page does not bind those again, which
 * would run each command twice) or the keyboard (browser, and plain keys such as `?`).
 */
export function useUiCommandSource(run: (command: UiCommand) => void): void {
  const onCommand = useEffectEvent(run);

  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'command') onCommand(event.command);
      }),
    [],
  );

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.repeat) return;
    const command = commandForKey(event);
    if (!command) return;
    const keys = UI_COMMANDS[command].keys ?? '';
    if (isDesktop() && isChord(keys)) return; // the native menu's accelerator has it
    // A plain key ("?") typed into a text field is text; chords with Ctrl/⌘ are never typing.
    const chord = event.ctrlKey || event.metaKey;
    if (!chord && isTextEntry(event.target)) return;
    event.preventDefault();
    onCommand(command);
  });

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
