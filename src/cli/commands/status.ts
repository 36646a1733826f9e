/** `uniondesk status`: the vault's state, without unlocking. */
import type { Command } from 'commander';
import { t, type MsgKey } from '../i18n';
import { call, ctxFrom, withCore } from '../session';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description(t('status.description'))
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const s = await withCore(ctx, (core) => call(core, 'app.status', {}));
      ctx.out.result({ ...s, dataDir: ctx.dataDir }, () =>
        [
          `${t('status.state')}: ${t(`status.state.${s.state}` as MsgKey)}`,
          `${t('status.org')}: ${s.orgName ?? '-'}`,
          `${t('status.version')}: ${s.version}`,
          `${t('status.schema')}: ${s.schemaVersion}`,
          `${t('status.dataDir')}: ${ctx.dataDir}`,
        ].join('\n'),
      );
    });
}
