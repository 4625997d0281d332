import { useEffect, useEffectEvent } from 'react';
import type { UiCommand } from '../../../shared/commands';

/**
 * A view that does a command better where it is (the Reader's own find for Ctrl+F, the export
 * dialog of the comparison on screen for Ctrl+E) claims it while mounted; otherwise the app-wide
 * default runs. The latest claim wins.
 */
const overrides = new Map<UiCommand, (() => void)[]>();

export function commandOverride(command: UiCommand): (() => void) | undefined {
  return overrides.get(command)?.at(-1);
}

export function useCommandOverride(command: UiCommand, active: boolean, run: () => void): void {
  const handler = useEffectEvent(run);
  useEffect(() => {
    if (!active) return;
    const entry = () => handler();
    overrides.set(command, [...(overrides.get(command) ?? []), entry]);
    return () => {
      overrides.set(
        command,
        (overrides.get(command) ?? []).filter((other) => other !== entry),
      );
    };
  }, [command, active]);
}
