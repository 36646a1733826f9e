/**
 * Validates every input against the command's contract part, runs the handler, and turns every failure into
 * `{ code, message, details }` with a Vietnamese message. In tests it also validates every output.
 */
import { z } from 'zod';
import { AppError, type AppErrorShape, type InvokeResult } from '../shared/errors';
import type { CommandEntry } from './assemble';
import type { CoreContext } from './context';
import type { Logger } from './log';

// zod's own messages (the VALIDATION details) in Vietnamese, like every other message from the core.
z.config(z.locales.vi());

function issuesOf(err: z.ZodError) {
  return err.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}

export function toErrorShape(err: unknown, log?: Logger): AppErrorShape {
  if (err instanceof AppError) return err.toJSON();
  if (err instanceof z.ZodError)
    return { code: 'VALIDATION', message: 'Dữ liệu không hợp lệ.', details: issuesOf(err) };
  log?.error('internal', { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  return { code: 'INTERNAL', message: 'Lỗi không mong đợi trong lõi ứng dụng. Chi tiết đã được ghi vào nhật ký.' };
}

export type Dispatch = (entry: CommandEntry, input: unknown, ctx: CoreContext) => Promise<InvokeResult<unknown>>;

export const unknownCommand = (name: string): InvokeResult<unknown> => ({
  ok: false,
  error: { code: 'UNKNOWN_COMMAND', message: `Lệnh không tồn tại: ${name}` },
});

/** Runs one command found in the core's command table; the caller picks the queue (or none) by its mode. */
export function createDispatcher(checkOutputs: boolean): Dispatch {
  return async function dispatch(entry, input, ctx) {
    const parsed = entry.schema.input.safeParse(input ?? {});
    if (!parsed.success) {
      const details = issuesOf(parsed.error);
      const first = details[0];
      const message = first ? `${first.path.join('.') || 'dữ liệu'}: ${first.message}` : 'Dữ liệu không hợp lệ.';
      return { ok: false, error: { code: 'VALIDATION', message, details } };
    }
    try {
      const value = await entry.handler(parsed.data, ctx);
      if (checkOutputs) entry.schema.output.parse(value);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toErrorShape(err, ctx.log) };
    }
  };
}
