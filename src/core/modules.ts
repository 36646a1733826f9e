/**
 * The core's domains, one line each, in the order the contract lists them. A new domain is a folder with a
 * module.ts, plus one line here.
 */
import { appModule } from './app/module';
import { assembleModules } from './assemble';
import { backupModule } from './backup/module';
import { bulletinsModule } from './bulletins/module';
import { campaignsModule } from './campaigns/module';
import { doctorModule } from './doctor/module';
import { documentsModule } from './documents/module';
import { duesModule } from './dues/module';
import { electionsModule } from './elections/module';
import { fundsModule } from './funds/module';
import { jobsModule } from './jobs/module';
import { mailModule } from './mail/module';
import { meetingsModule } from './meetings/module';
import { membersModule } from './members/module';
import type { DomainModule } from './module';
import { orgModule } from './org/module';
import { overviewModule } from './overview/module';
import { settingsModule } from './settings/module';
import { syncModule } from './sync/module';
import { vaultModule } from './vault/module';
import { welfareModule } from './welfare/module';

export const BUILTIN_MODULES: readonly DomainModule[] = [
  appModule,
  vaultModule,
  orgModule,
  settingsModule,
  backupModule,
  jobsModule,
  doctorModule,
  membersModule,
  documentsModule,
  electionsModule,
  meetingsModule,
  mailModule,
  bulletinsModule,
  campaignsModule,
  duesModule,
  fundsModule,
  welfareModule,
  overviewModule,
  syncModule,
];

// Checked as soon as this file loads: a duplicate or a missing handler in a built-in module is a build error.
const builtin = assembleModules(BUILTIN_MODULES);
/** The built-in migrations in order, and the schema version this build of UnionDesk writes. */
export const MIGRATIONS = builtin.migrations;
export const SCHEMA_VERSION = builtin.schemaVersion;
/** Tables whose rows stay on this PC (no sync outbox rows). */
export const LOCAL_TABLES = builtin.localTables;
