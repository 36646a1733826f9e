/** Unwrapping contract results: a failed invoke becomes a thrown CallError the UI can translate. */
import type { TypedApi } from '../../shared/api';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';

export class CallError extends Error {
  readonly code: string;
  readonly details?: unknown;
  constructor(err: { code: string; message: string; details?: unknown } | AppErrorShape) {
    super(err.message);
    this.name = 'CallError';
    this.code = err.code;
    this.details = err.details;
  }
}

export async function call<N extends CommandName>(
  api: TypedApi,
  name: N,
  input: CommandInput<N>,
): Promise<CommandOutput<N>> {
  let result;
  try {
    result = await api.invoke(name, input);
  } catch (err) {
    throw new CallError({ code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) });
  }
  if (result.ok) return result.value;
  throw new CallError(result.error);
}

export function errorCode(err: unknown): string {
  return err instanceof CallError ? err.code : 'INTERNAL';
}
