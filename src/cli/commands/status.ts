/** `uniondesk status`: the vault's state, without unlocking. */
import type { Command } from 'commander';
import { t, type MsgKey } from '../i18n';
import { action } from '../session';
import type { CliFace } from '../face';
import { statusStrings } from './status-strings';

function registerStatus(program: Command): void {
  program
    .command('status')
    .description(t('status.description'))
    .action(
      action({
        open: 'core',
        run: ({ call }) => call('app.status', {}),
        json: (s, ctx) => ({ ...s, dataDir: ctx.dataDir }),
        show: (s, ctx) =>
          [
            `${t('status.state')}: ${t(`status.state.${s.state}` as MsgKey)}`,
            `${t('status.org')}: ${s.orgName ?? '-'}`,
            `${t('status.version')}: ${s.version}`,
            `${t('status.schema')}: ${s.schemaVersion}`,
            `${t('status.dataDir')}: ${ctx.dataDir}`,
          ].join('\n'),
      }),
    );
}

/** `uniondesk status`: its strings and its commands, one entry of faces.ts. */
export const statusCli = { name: 'status', strings: statusStrings, register: registerStatus } satisfies CliFace;
