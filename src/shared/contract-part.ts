/**
 * The shape of one domain's part of the contract, and the merge that builds the whole contract from the parts.
 * Pure zod: the renderer, the CLI and the core all import it.
 */
import { z } from 'zod';

export interface CommandSchema {
  input: z.ZodType;
  output: z.ZodType;
}

export interface ContractPart {
  commands: Record<string, CommandSchema>;
  events?: Record<string, z.ZodType>;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** Spells an intersection out as one object type, so editors show `commands` as a plain table. */
type Flat<T> = { [K in keyof T]: T[K] };

export type MergedCommands<P extends readonly ContractPart[]> = Flat<UnionToIntersection<P[number]['commands']>>;
type EventsOf<Q> = Q extends { events: infer E } ? E : never;
export type MergedEvents<P extends readonly ContractPart[]> = Flat<UnionToIntersection<EventsOf<P[number]>>>;

/** Joins tables of names; the same name in two parts is a programming error, found when the module loads. */
export function mergeNamed<T>(what: string, tables: readonly (Record<string, T> | undefined)[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const table of tables) {
    for (const [name, value] of Object.entries(table ?? {})) {
      if (Object.prototype.hasOwnProperty.call(out, name)) {
        throw new Error(`Duplicate ${what} name in the contract: ${name}`);
      }
      out[name] = value;
    }
  }
  return out;
}

export function mergeParts<const P extends readonly ContractPart[]>(parts: P) {
  return {
    commands: mergeNamed(
      'command',
      parts.map((p) => p.commands),
    ) as MergedCommands<P>,
    events: mergeNamed(
      'event',
      parts.map((p) => p.events),
    ) as MergedEvents<P>,
  };
}

/** Commands without input take `{}` (and refuse anything in it). */
export const emptyInput = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });
