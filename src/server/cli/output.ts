/** How the server's commands end: exit codes (0 ok, 1 failure, 2 usage, 4 input rejected) and their output. */
export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 4 } as const;

/** A refusal of the command's input (an unknown CĐCS or device): exit 4 with a Vietnamese sentence. */
export class InputRejected extends Error {}
export class UsageError extends Error {}

export interface Out {
  json: boolean;
  /** The result: JSON with --json, else the Vietnamese lines. */
  result(value: unknown, lines: string[]): void;
}

export function output(json: boolean | undefined): Out {
  return {
    json: !!json,
    result(value, lines) {
      process.stdout.write(json ? JSON.stringify(value) + '\n' : lines.join('\n') + '\n');
    },
  };
}

/** dd/mm/yyyy hh:mm (UTC) for the Vietnamese lines; null → "chưa". */
export function viDateTime(iso: string | null): string {
  if (!iso) return 'chưa';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}
