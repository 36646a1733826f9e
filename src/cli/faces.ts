/**
 * The CLI's domains, one line each, in the order `uniondesk --help` lists their commands. A new domain is its
 * commands and strings under commands/ (a `CliFace`), plus one line here; its core module is one line in
 * core/modules.ts.
 */
import { backupCli } from './commands/backup';
import { bulletinsCli } from './commands/bulletins';
import { campaignsCli } from './commands/campaigns';
import { docsCli } from './commands/docs';
import { doctorCli } from './commands/doctor';
import { duesCli } from './commands/dues';
import { electionsCli } from './commands/elections';
import { fundsCli } from './commands/funds';
import { initCli } from './commands/init';
import { mailCli } from './commands/mail';
import { meetingsCli } from './commands/meetings';
import { membersCli } from './commands/members';
import { orgCli } from './commands/org';
import { reportsCli } from './commands/reports';
import { statusCli } from './commands/status';
import { syncCli } from './commands/sync';
import { unitsCli } from './commands/units';
import { vaultCli } from './commands/vault';
import { webCli } from './commands/web';
import { welfareCli } from './commands/welfare';
import type { CliFace } from './face';
import { useStrings } from './i18n';

export const CLI_FACES = [
  initCli,
  orgCli,
  membersCli,
  unitsCli,
  duesCli,
  fundsCli,
  docsCli,
  electionsCli,
  welfareCli,
  reportsCli,
  meetingsCli,
  bulletinsCli,
  mailCli,
  campaignsCli,
  vaultCli,
  backupCli,
  syncCli,
  doctorCli,
  statusCli,
  webCli,
] satisfies readonly CliFace[];

// Checked and in use as soon as this file loads: a string key claimed by two built-in faces is a build error.
useStrings(CLI_FACES);
