/**
 * The typed contract between the renderer (or CLI, or web host) and the core.
 * Every command has a zod input and output schema; the core parses every input against it,
 * and the renderer's client and the core's handlers are typed from it.
 * Pure TypeScript: no Node, no DOM.
 */
import { z } from 'zod';
import { isoDate } from './iso-date';
import { documentCommands } from './documents-contract';
import { memberCommands } from './members-contract';

export const UPPER_LEVEL_TYPES = ['commune', 'ward', 'special-zone', 'industrial-zone', 'sector', 'province'] as const;
export const upperLevelType = z.enum(UPPER_LEVEL_TYPES);
export type UpperLevelType = z.infer<typeof upperLevelType>;

const text = (max: number) => z.string().trim().max(max);
/** Passphrases: at least 8 characters; never trimmed (spaces are part of a passphrase). */
export const passphrase = z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(1024);

export const orgProfile = z.object({
  name: text(300),
  shortName: text(100),
  enterprise: text(300),
  address: text(500),
  place: text(100),
  upperLevelName: text(300),
  upperLevelType: upperLevelType.nullable(),
  chairName: text(200),
  term: text(50),
  email: text(200),
  phone: text(50),
});
export type OrgProfile = z.infer<typeof orgProfile>;
export const ORG_KEYS = Object.keys(orgProfile.shape) as (keyof OrgProfile)[];

export const upperLevelRecord = z.object({
  name: z.string(),
  type: upperLevelType.nullable(),
  validFrom: isoDate,
});
export type UpperLevelRecord = z.infer<typeof upperLevelRecord>;

export const backupInfo = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['auto', 'manual', 'pre-restore', 'pre-migration']),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const jobState = z.enum(['queued', 'running', 'done', 'failed', 'interrupted']); // interrupted: feed (issue 8)
export const jobInfo = z.object({
  id: z.string(),
  kind: z.string(),
  state: jobState,
  done: z.number(),
  total: z.number(),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
});
export type JobInfo = z.infer<typeof jobInfo>;
const jobRef = z.object({ jobId: z.string() });

export const doctorCheck = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });
export const doctorReport = z.object({ ok: z.boolean(), checks: z.array(doctorCheck) });
export type DoctorReport = z.infer<typeof doctorReport>;

export const appSettings = z.object({
  /** How many automatic backups to keep. */
  backupKeep: z.number().int().min(1).max(365),
  /** Bulletins need an explicit opt-in instead of consent by default when an email is recorded. */
  emailOptInRequired: z.boolean(),
});
export type AppSettings = z.infer<typeof appSettings>;

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

export const commands = {
  'app.status': {
    input: empty,
    output: z.object({
      state: z.enum(['new', 'locked', 'unlocked']),
      version: z.string(),
      schemaVersion: z.number().int(),
      keystoreAvailable: z.boolean(),
      keystoreEnrolled: z.boolean(),
      orgName: z.string().nullable(),
    }),
  },
  'vault.create': {
    input: z.object({ passphrase, useKeystore: z.boolean().optional() }).strict(),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault.unlock': { input: z.object({ passphrase: z.string().min(1).max(1024) }).strict(), output: ok },
  'vault.unlockWithKeystore': { input: empty, output: ok },
  'vault.recover': {
    input: z.object({ recoveryKey: z.string().min(1).max(200), newPassphrase: passphrase }).strict(),
    output: ok,
  },
  'vault.lock': { input: empty, output: ok },
  'vault.changePassphrase': {
    input: z.object({ currentPassphrase: z.string().min(1).max(1024), newPassphrase: passphrase }).strict(),
    output: ok,
  },
  'vault.setKeystore': { input: z.object({ enabled: z.boolean() }).strict(), output: ok },
  /** The printable "phiếu khôi phục" (PDF) for a recovery key, which is checked against the vault first. */
  'vault.recoverySheet': {
    input: z.object({ recoveryKey: z.string().min(1).max(200) }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), mime: z.string() }),
  },

  'org.get': { input: empty, output: z.object({ profile: orgProfile.nullable(), upperLevels: z.array(upperLevelRecord) }) },
  'org.update': { input: orgProfile.partial().strict(), output: orgProfile },

  'settings.get': { input: empty, output: appSettings },
  'settings.update': { input: appSettings.partial().strict(), output: appSettings },

  'backup.create': { input: z.object({ out: z.string().max(4096).optional() }).strict(), output: jobRef },
  'backup.list': { input: empty, output: z.array(backupInfo) },
  /** `file` is a name from backup.list or a path to a backup file. */
  'backup.restore': { input: z.object({ file: z.string().min(1).max(4096) }).strict(), output: jobRef },

  'jobs.get': { input: jobRef.strict(), output: jobInfo },
  /** Resolves when the job has finished (done or failed). */
  'jobs.wait': { input: jobRef.strict(), output: jobInfo },

  'doctor.run': { input: empty, output: doctorReport },

  ...memberCommands,
  ...documentCommands,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export const events = {
  'job.progress': jobInfo,
  'vault.locked': z.object({ reason: z.enum(['user', 'restore', 'idle']) }),
} as const satisfies Record<string, z.ZodType>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name);
}
