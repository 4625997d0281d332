import type { UiCommand } from '../../../shared/commands';

/**
 * Runs a command as if chosen from the menu, for buttons elsewhere in the page (the welcome's
 * "import my files", the header's help menu). CommandHost, mounted once, carries it out.
 */
let runner: ((command: UiCommand) => void) | null = null;

export function setCommandRunner(next: ((command: UiCommand) => void) | null): void {
  runner = next;
}

export function runCommand(command: UiCommand): void {
  runner?.(command);
}
