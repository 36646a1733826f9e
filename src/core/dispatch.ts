/**
 * Validates every input against the contract, runs the handler, and turns every failure into
 * `{ code, message, details }` with a Vietnamese message. In tests it also validates every output.
 */
import { z } from 'zod';
import { commands, isCommandName, type CommandName } from '../shared/contract';
import { AppError, type AppErrorShape, type InvokeResult } from '../shared/errors';
import type { CoreContext, Handler } from './context';
import type { Logger } from './log';

// zod's own messages (the VALIDATION details) in Vietnamese, like every other message from the core.
z.config(z.locales.vi());

export type Handlers = { [N in CommandName]: Handler<N> };

function issuesOf(err: z.ZodError) {
  return err.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}

export function toErrorShape(err: unknown, log?: Logger): AppErrorShape {
  if (err instanceof AppError) return err.toJSON();
  if (err instanceof z.ZodError) return { code: 'VALIDATION', message: 'Dữ liệu không hợp lệ.', details: issuesOf(err) };
  log?.error('internal', { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  return { code: 'INTERNAL', message: 'Lỗi không mong đợi trong lõi ứng dụng. Chi tiết đã được ghi vào nhật ký.' };
}

export function createDispatcher(handlers: Handlers, ctx: CoreContext, checkOutputs: boolean) {
  return async function invoke(name: string, input: unknown): Promise<InvokeResult<unknown>> {
    if (!isCommandName(name)) return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: `Lệnh không tồn tại: ${name}` } };
    const spec = commands[name];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const details = issuesOf(parsed.error);
      const first = details[0];
      return { ok: false, error: { code: 'VALIDATION', message: first ? `${first.path.join('.') || 'dữ liệu'}: ${first.message}` : 'Dữ liệu không hợp lệ.', details } };
    }
    try {
      const value = await (handlers[name] as Handler<CommandName>)(parsed.data as never, ctx);
      if (checkOutputs) spec.output.parse(value);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toErrorShape(err, ctx.log) };
    }
  };
}
