/** The doctor's part of the contract: what can be checked about the data folder. */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';

export const DOCTOR_STATES = ['ok', 'warning', 'failed', 'skipped'] as const;
export const doctorCheck = z.object({
  /** The check: data-dir, vault-file, database-encrypted, key, integrity, foreign-keys, schema, cipher, backups. */
  name: z.string(),
  ok: z.boolean(),
  /** ok; warning: works but needs care (no recent backup); failed; skipped: cannot be checked while locked. */
  state: z.enum(DOCTOR_STATES),
  /** The plain Vietnamese sentence for a secretary (the app translates by name, state and facts). */
  summary: z.string(),
  /** Technical details (paths, versions, PRAGMA output), for whoever helps. */
  detail: z.string(),
  /** Values the sentence names (counts, ISO times), so each face writes them its own way and in local time. */
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const doctorReport = z.object({ ok: z.boolean(), checks: z.array(doctorCheck) });
export type DoctorReport = z.infer<typeof doctorReport>;
export type DoctorCheck = z.infer<typeof doctorCheck>;

/** A backup older than this many days is called old (doctor and Tổng quan). */
export const BACKUP_OLD_DAYS = 7;

export const doctorContract = {
  commands: {
    'doctor.run': { input: emptyInput, output: doctorReport },
  },
} as const satisfies ContractPart;
