import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../context';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { audit } from '../audit/audit';
import { getOrg } from '../org/org';
import { normalizeRecoveryKey } from './crypto';
import { recoverySheetPdf } from './recovery-sheet';

export const vaultHandlers: HandlerMap<
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.unlockWithKeystore'
  | 'vault.recover'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.setKeystore'
  | 'vault.recoverySheet'
> = {
  'vault.create': async ({ passphrase, useKeystore }, ctx) => {
    if (ctx.vault.exists()) throw new AppError('ALREADY_INITIALIZED', 'Kho dữ liệu đã được khởi tạo ở thư mục này.');
    if (fs.existsSync(ctx.paths.dbFile))
      throw new AppError(
        'CONFLICT',
        'Thư mục dữ liệu đã có một cơ sở dữ liệu nhưng thiếu vault.json; không ghi đè. Hãy chọn thư mục khác hoặc khôi phục vault.json.',
      );
    const prepared = await ctx.vault.prepare(passphrase, useKeystore ?? false);
    // Create and migrate the database first, then write vault.json: a crash in between leaves no vault that
    // points at nothing, and the next attempt finds the orphan database and refuses rather than overwriting it.
    const db = await openDatabase({ file: ctx.paths.dbFile, key: prepared.dataKey });
    try {
      await migrate(db, { migrations: ctx.migrations });
    } finally {
      await db.destroy();
    }
    // Only this user may read the (encrypted) database; SQLite gives its -wal file the same mode.
    fs.chmodSync(ctx.paths.dbFile, 0o600);
    prepared.commit();
    await ctx.openSession(prepared.dataKey, prepared.deviceId);
    await audit(ctx.session().db, ctx.session().record, 'vault.create');
    ctx.log.info('vault.created');
    return { recoveryKey: prepared.recoveryKey };
  },
  'vault.unlock': async ({ passphrase }, ctx) => {
    const key = await ctx.vault.unlockWithPassphrase(passphrase);
    await ctx.openSession(key, ctx.vault.read().deviceId);
    return { ok: true };
  },
  'vault.unlockWithKeystore': async (_input, ctx) => {
    const key = await ctx.vault.unlockWithKeystore();
    await ctx.openSession(key, ctx.vault.read().deviceId);
    return { ok: true };
  },
  'vault.recover': async ({ recoveryKey, newPassphrase }, ctx) => {
    const key = await ctx.vault.unlockWithRecoveryKey(recoveryKey);
    await ctx.openSession(key, ctx.vault.read().deviceId);
    await ctx.vault.setPassphrase(key, newPassphrase);
    await audit(ctx.session().db, ctx.session().record, 'vault.recover');
    ctx.log.info('vault.recovered');
    return { ok: true };
  },
  'vault.lock': async (_input, ctx) => {
    await ctx.closeSession('user');
    return { ok: true };
  },
  'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }, ctx) => {
    const s = ctx.session();
    const key = await ctx.vault.unlockWithPassphrase(currentPassphrase);
    if (!key.equals(s.dataKey)) throw new AppError('WRONG_SECRET', 'Sai mật khẩu hiện tại.');
    await ctx.vault.setPassphrase(key, newPassphrase);
    await audit(s.db, s.record, 'vault.changePassphrase');
    ctx.log.info('vault.passphraseChanged');
    return { ok: true };
  },
  'vault.recoverySheet': async ({ recoveryKey }, ctx) => {
    // Only a key that really opens this vault gets printed (a typo on paper would be found too late).
    await ctx.vault.unlockWithRecoveryKey(recoveryKey);
    const s = ctx.maybeSession();
    const orgName = s ? ((await getOrg(s.db)).profile?.name ?? null) : null;
    const pdf = await recoverySheetPdf(normalizeRecoveryKey(recoveryKey)!, orgName);
    return { fileName: 'phieu-khoi-phuc-uniondesk.pdf', base64: pdf.toString('base64'), mime: 'application/pdf' };
  },
  'vault.setKeystore': async ({ enabled }, ctx) => {
    const s = ctx.session();
    await ctx.vault.setKeystore(s.dataKey, enabled);
    await audit(s.db, s.record, enabled ? 'vault.keystoreOn' : 'vault.keystoreOff');
    return { ok: true };
  },
};
