import { z } from 'zod';
import { UI_COMMAND_NAMES, type UiCommand } from './commands';
import { JobStatusSchema } from './domain';

const UiCommandSchema = z.enum(UI_COMMAND_NAMES as [UiCommand, ...UiCommand[]]);

/** Events pushed from the core to every client: Electron `webContents.send` or server-sent events. */
export const AppEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: JobStatusSchema }),
  z.object({ type: z.literal('library-changed') }),
  /** Another library was opened: clients drop everything they hold and start afresh. */
  z.object({ type: z.literal('library-opened'), path: z.string() }),
  /** A native menu item was chosen (desktop app): the page carries it out. */
  z.object({ type: z.literal('command'), command: UiCommandSchema }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;

export type AppEventListener = (event: AppEvent) => void;
