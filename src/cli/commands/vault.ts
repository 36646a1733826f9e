/** `uniondesk vault change-passphrase|recover|recovery-sheet`. Every secret comes from the environment or a file. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliError, usageError } from '../io';
import { t } from '../i18n';
import { ENV, requireSecret } from '../secrets';
import { call, ctxFrom, withCore } from '../session';

interface NewPassOpts {
  newPassphraseFile?: string;
  recoveryKeyFile?: string;
}

const newPassphrase = (opts: NewPassOpts) =>
  requireSecret(opts.newPassphraseFile, ENV.newPassphrase, () => usageError(t('err.needNewPassphrase')));

export function registerVault(program: Command): void {
  const vault = program.command('vault').description(t('vault.description'));

  vault
    .command('change-passphrase')
    .description(t('vault.change.description'))
    .option('--new-passphrase-file <file>', t('vault.newFile'))
    .action(async (opts: NewPassOpts, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const current = requireSecret(ctx.passphraseFile, ENV.passphrase, () => new CliError('LOCKED', t('err.needPassphrase')));
      const next = newPassphrase(opts);
      await withCore(ctx, async (core) => {
        // Unlock first so that a wrong current passphrase is reported as such (exit 3) by the same path as elsewhere.
        await call(core, 'vault.unlock', { passphrase: current });
        await call(core, 'vault.changePassphrase', { currentPassphrase: current, newPassphrase: next });
      });
      ctx.out.result({ ok: true }, () => t('vault.changed'));
    });

  vault
    .command('recover')
    .description(t('vault.recover.description'))
    .option('--recovery-key-file <file>', t('vault.recoveryFile'))
    .option('--new-passphrase-file <file>', t('vault.newFile'))
    .action(async (opts: NewPassOpts, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const recoveryKey = requireSecret(opts.recoveryKeyFile, ENV.recoveryKey, () => usageError(t('err.needRecoveryKey')));
      const next = newPassphrase(opts);
      await withCore(ctx, (core) => call(core, 'vault.recover', { recoveryKey: recoveryKey.trim(), newPassphrase: next }));
      ctx.out.result({ ok: true }, () => t('vault.recovered'));
    });

  vault
    .command('recovery-sheet')
    .description(t('vault.sheet.description'))
    .requiredOption('--out <file.pdf>', t('vault.sheet.out'))
    .option('--recovery-key-file <file>', t('vault.recoveryFile'))
    .action(async (opts: { out: string; recoveryKeyFile?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const recoveryKey = requireSecret(opts.recoveryKeyFile, ENV.recoveryKey, () => usageError(t('err.needRecoveryKey')));
      const sheet = await withCore(ctx, async (core) => {
        // With a passphrase the sheet carries the organisation's name; without one it still prints.
        const pass = ctx.passphraseFile || process.env[ENV.passphrase] ? requireSecret(ctx.passphraseFile, ENV.passphrase, () => usageError('')) : null;
        if (pass) await call(core, 'vault.unlock', { passphrase: pass });
        return call(core, 'vault.recoverySheet', { recoveryKey: recoveryKey.trim() });
      });
      fs.writeFileSync(opts.out, Buffer.from(sheet.base64, 'base64'), { mode: 0o600 });
      ctx.out.result({ path: path.resolve(opts.out) }, () => t('vault.sheet.written', { path: path.resolve(opts.out) }));
    });
}
