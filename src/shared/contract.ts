/**
 * The typed contract between the renderer (or CLI, or web host) and the core.
 * Every command has a zod input and output schema; the core parses every input against it,
 * and the renderer's client and the core's handlers are typed from it.
 * Each domain keeps its part in its own file (`*-contract.ts`); this file merges them (a name used twice throws
 * when it loads) and stays the one import for the faces. Pure TypeScript: no Node, no DOM.
 */
import type { z } from 'zod';
import { appContract } from './app-contract';
import { backupContract } from './backup-contract';
import { bulletinsContract } from './bulletins-contract';
import { campaignsContract } from './campaigns-contract';
import { mergeParts } from './contract-part';
import { doctorContract } from './doctor-contract';
import { duesContract } from './dues-contract';
import { documentsContract } from './documents-contract';
import { electionsContract } from './elections-contract';
import { fundsContract } from './funds-contract';
import { jobsContract } from './jobs-contract';
import { mailContract } from './mail-contract';
import { meetingsContract } from './meetings-contract';
import { membersContract } from './members-contract';
import { orgContract } from './org-contract';
import { overviewContract } from './overview-contract';
import { settingsContract } from './settings-contract';
import { syncContract } from './sync-contract';
import { vaultContract } from './vault-contract';
import { welfareContract } from './welfare-contract';

export { UPPER_LEVEL_TYPES, upperLevelType, orgProfile, ORG_KEYS, upperLevelRecord } from './org-contract';
export type { UpperLevelType, OrgProfile, UpperLevelRecord } from './org-contract';
export { passphrase } from './vault-contract';
export { backupInfo, backupName, type BackupInfo } from './backup-contract';
export { jobState, jobInfo, type JobInfo } from './jobs-contract';
export { doctorCheck, doctorReport, type DoctorReport } from './doctor-contract';
export { appSettings, type AppSettings } from './settings-contract';
export type { CommandSchema, ContractPart } from './contract-part';

/** The parts, in the order the core lists its domain modules. */
export const contractParts = [
  appContract,
  vaultContract,
  orgContract,
  settingsContract,
  backupContract,
  jobsContract,
  doctorContract,
  membersContract,
  documentsContract,
  electionsContract,
  meetingsContract,
  mailContract,
  bulletinsContract,
  campaignsContract,
  duesContract,
  fundsContract,
  welfareContract,
  overviewContract,
  syncContract,
] as const;

const merged = mergeParts(contractParts);

export const commands = merged.commands;
export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export const events = merged.events;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name);
}
