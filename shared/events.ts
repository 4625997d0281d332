import { z } from 'zod';
import { JobStatusSchema } from './domain';

/** Events pushed from the core to every client: Electron `webContents.send` or server-sent events. */
export const AppEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: JobStatusSchema }),
  z.object({ type: z.literal('library-changed') }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;

export type AppEventListener = (event: AppEvent) => void;
