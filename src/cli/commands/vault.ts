/** `uniondesk vault change-passphrase|recover|recovery-sheet`. Every secret comes from the environment or a file. */
import type { Command } from 'commander';
import { CliError, usageError } from '../io';
import { t } from '../i18n';
import { forceOption, outputFile, saveDelivered } from '../files';
import { ENV, readSecret, requireSecret } from '../secrets';
import { action } from '../session';
import type { CliFace } from '../face';
import { vaultStrings } from './vault-strings';

interface NewPassOpts {
  newPassphraseFile?: string;
  recoveryKeyFile?: string;
}

const newPassphrase = (opts: NewPassOpts) =>
  requireSecret(opts.newPassphraseFile, ENV.newPassphrase, () => usageError(t('vault.err.needNewPassphrase')));
const recoveryKey = (opts: NewPassOpts) =>
  requireSecret(opts.recoveryKeyFile, ENV.recoveryKey, () => usageError(t('vault.err.needRecoveryKey'))).trim();
const ok = { ok: true } as const;

function registerVault(program: Command): void {
  const vault = program.command('vault').description(t('vault.description'));

  vault
    .command('change-passphrase')
    .description(t('vault.change.description'))
    .option('--new-passphrase-file <file>', t('vault.newFile'))
    .action(
      action({
        open: 'core',
        input: (ctx, opts: NewPassOpts) => ({
          current: requireSecret(
            ctx.passphraseFile,
            ENV.passphrase,
            () => new CliError('LOCKED', t('err.needPassphrase')),
          ),
          next: newPassphrase(opts),
        }),
        run: async ({ call }, { current, next }) => {
          // Unlock first so that a wrong current passphrase is reported as such (exit 3) by the same path as elsewhere.
          await call('vault.unlock', { passphrase: current });
          await call('vault.changePassphrase', { currentPassphrase: current, newPassphrase: next });
          return ok;
        },
        show: () => t('vault.changed'),
      }),
    );

  vault
    .command('recover')
    .description(t('vault.recover.description'))
    .option('--recovery-key-file <file>', t('vault.recoveryFile'))
    .option('--new-passphrase-file <file>', t('vault.newFile'))
    .action(
      action({
        open: 'core',
        input: (_ctx, opts: NewPassOpts) => ({ recoveryKey: recoveryKey(opts), newPassphrase: newPassphrase(opts) }),
        run: async ({ call }, input) => (await call('vault.recover', input), ok),
        show: () => t('vault.recovered'),
      }),
    );

  vault
    .command('recovery-sheet')
    .description(t('vault.sheet.description'))
    .requiredOption('--out <file.pdf>', t('vault.sheet.out'))
    .option('--recovery-key-file <file>', t('vault.recoveryFile'))
    .addOption(forceOption())
    .action(
      action({
        open: 'core',
        input: (ctx, opts: NewPassOpts & { out: string; force?: boolean }) => ({
          key: recoveryKey(opts),
          // With a passphrase the sheet carries the organisation's name; without one it still prints.
          pass: readSecret(ctx.passphraseFile, ENV.passphrase),
          out: outputFile(opts.out, opts.force),
        }),
        run: async ({ call }, { key, pass, out }) => {
          if (pass) await call('vault.unlock', { passphrase: pass });
          return { path: saveDelivered(out, await call('vault.recoverySheet', { recoveryKey: key })).path };
        },
        show: (r) => t('vault.sheet.written', { path: r.path }),
      }),
    );
}

/** `uniondesk vault`: its strings and its commands, one entry of faces.ts. */
export const vaultCli = { name: 'vault', strings: vaultStrings, register: registerVault } satisfies CliFace;
