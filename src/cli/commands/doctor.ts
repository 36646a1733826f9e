/**
 * `uniondesk doctor`: integrity and key checks. Runs locked when no passphrase is given (the core checks what it can).
 */
import type { Command } from 'commander';
import { EXIT } from '../exit-codes';
import { Exit } from '../io';
import { t } from '../i18n';
import { call, ctxFrom, passphrase, withCore } from '../session';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(t('doctor.description'))
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const report = await withCore(ctx, async (core) => {
        const pass = passphrase(ctx);
        if (pass !== undefined) await call(core, 'vault.unlock', { passphrase: pass });
        return call(core, 'doctor.run', {});
      });
      ctx.out.result(report, () =>
        [...report.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}${c.detail ? `: ${c.detail}` : ''}`), '', t(report.ok ? 'doctor.ok' : 'doctor.notOk')].join('\n'),
      );
      if (!report.ok) throw new Exit(EXIT.FAILURE);
    });
}
