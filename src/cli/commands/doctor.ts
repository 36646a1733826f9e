/**
 * `uniondesk doctor`: integrity and key checks. Runs locked when no passphrase is given (the core checks what it can).
 */
import type { Command } from 'commander';
import type { DoctorReport } from '../../shared/contract';
import { EXIT } from '../exit-codes';
import { Exit } from '../io';
import { t } from '../i18n';
import { action, passphrase } from '../session';
import type { CliFace } from '../face';
import { doctorStrings } from './doctor-strings';

const MARK: Record<DoctorReport['checks'][number]['state'], string> = {
  ok: '✓',
  warning: '!',
  failed: '✗',
  skipped: '-',
};

function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(t('doctor.description'))
    .action(
      action({
        open: 'core',
        run: async ({ call, ctx }) => {
          const pass = passphrase(ctx);
          if (pass !== undefined) await call('vault.unlock', { passphrase: pass });
          return call('doctor.run', {});
        },
        // The plain sentence first; the technical part (check, paths, versions) on the line below it.
        show: (report) =>
          [
            ...report.checks.map((c) => `${MARK[c.state]} ${c.summary || c.name}\n    ${c.name}: ${c.detail}`),
            '',
            t(report.ok ? 'doctor.ok' : 'doctor.notOk'),
          ].join('\n'),
        after: (report) => {
          if (!report.ok) throw new Exit(EXIT.FAILURE);
        },
      }),
    );
}

/** `uniondesk doctor`: its strings and its commands, one entry of faces.ts. */
export const doctorCli = { name: 'doctor', strings: doctorStrings, register: registerDoctor } satisfies CliFace;
