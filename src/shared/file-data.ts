/**
 * A file as the core hands it out: its suggested name, its type and its bytes (base64). The core never writes to a
 * path it is given: the CLI writes these bytes itself, Electron main after a save dialog, the browser as a download.
 */
import { z } from 'zod';

export const fileData = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });
export type FileData = z.infer<typeof fileData>;
