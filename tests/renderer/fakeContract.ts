/**
 * The contract at the fake core's seam, so the fake cannot drift from the real core: handlers are typed from
 * src/shared/contract.ts, every input is parsed by the command's zod input (refused as the real dispatcher refuses
 * it), and every answer and event payload is checked by the same zod output the core is held to. A fake answer the
 * contract rejects is recorded in `contractViolations`, which setup.ts asserts empty after each test.
 */
import { z } from 'zod';
import {
  commands,
  events,
  isCommandName,
  type CommandName,
  type CommandOutput,
  type Commands,
  type EventName,
} from '../../src/shared/contract';
import { AppError, type InvokeResult } from '../../src/shared/errors';

// The real core answers zod's own messages in Vietnamese (core/dispatch.ts); so does the fake.
z.config(z.locales.vi());

/** What a handler receives: the input after the contract's parse, as the real core's handlers receive it. */
export type ParsedInput<N extends CommandName> = z.output<Commands[N]['input']>;
export type FakeHandler<N extends CommandName> = (
  input: ParsedInput<N>,
) => CommandOutput<N> | Promise<CommandOutput<N>>;
export type FakeHandlers = { [N in CommandName]?: FakeHandler<N> };

/** What the fake answered or sent that the contract refuses: each one fails the test that caused it. */
export const contractViolations: string[] = [];

const issuesOf = (err: z.ZodError) => err.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
const describe = (err: z.ZodError) => err.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; ');

/** One command through the fake, with the real dispatcher's input check and error shapes. */
export async function answer(handlers: FakeHandlers, name: string, input: unknown): Promise<InvokeResult<unknown>> {
  if (!isCommandName(name))
    return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: `Lệnh không tồn tại: ${name}` } };
  const handler = handlers[name] as FakeHandler<CommandName> | undefined;
  if (!handler) return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: `Lệnh giả chưa có: ${name}` } };
  const parsed = commands[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const details = issuesOf(parsed.error);
    const first = details[0];
    const message = first ? `${first.path.join('.') || 'dữ liệu'}: ${first.message}` : 'Dữ liệu không hợp lệ.';
    return { ok: false, error: { code: 'VALIDATION', message, details } };
  }
  let value: unknown;
  try {
    value = await handler(parsed.data as ParsedInput<CommandName>);
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toJSON() };
    throw err;
  }
  const checked = commands[name].output.safeParse(value);
  if (!checked.success) {
    contractViolations.push(`${name} answered outside the contract: ${describe(checked.error)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'Câu trả lời giả không khớp hợp đồng.' } };
  }
  return { ok: true, value };
}

/** An event payload as the core would send it; one the contract refuses is recorded and not delivered. */
export function checkedEvent(name: string, payload: unknown): boolean {
  const schema = (events as Record<string, z.ZodType>)[name as EventName];
  if (!schema) {
    contractViolations.push(`unknown event ${name}`);
    return false;
  }
  const checked = schema.safeParse(payload);
  if (!checked.success) contractViolations.push(`event ${name} outside the contract: ${describe(checked.error)}`);
  return checked.success;
}
