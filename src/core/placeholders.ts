/** TODO(issue 15): commands in the contract while their helpers build them; removed before they land. */
import { AppError } from '../shared/errors';
import type { CommandName } from '../shared/contract';

export function placeholders<N extends CommandName>(names: N[]) {
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        mode: 'write' as const,
        handler: async () => {
          throw new AppError('INTERNAL', `${n}: chưa làm`);
        },
      },
    ]),
  ) as Record<N, { mode: 'write'; handler: () => Promise<never> }>;
}
