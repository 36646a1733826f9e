/**
 * The vault: creates, unwraps and re-wraps the data key. It never opens the database itself
 * and never writes anything when a secret is wrong.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { uuidv7 } from '../db/ids';
import type { KeyStore } from '../types';
import {
  type KdfParams,
  newDataKey,
  newRecoveryKey,
  normalizeRecoveryKey,
  unwrapWithSecret,
  wrapWithSecret,
} from './crypto';
import { readVaultFile, type VaultFile, writeVaultFile } from './vault-file';

export const WRONG_PASSPHRASE = 'Sai mật khẩu. Vui lòng thử lại.';
export const WRONG_RECOVERY_KEY = 'Sai khoá khôi phục. Hãy kiểm tra lại từng nhóm ký tự.';

export class Vault {
  constructor(
    private readonly file: string,
    private readonly kdf: KdfParams,
    private readonly keystore?: KeyStore,
  ) {}

  exists(): boolean {
    return fs.existsSync(this.file);
  }

  read(): VaultFile {
    let v: VaultFile | null;
    try {
      v = readVaultFile(this.file);
    } catch (err) {
      throw new AppError(
        'INTERNAL',
        'Tệp vault.json bị hỏng hoặc không đúng định dạng. Hãy khôi phục từ bản sao lưu.',
        {
          cause: String(err),
        },
      );
    }
    if (!v) throw new AppError('NOT_INITIALIZED', 'Chưa khởi tạo kho dữ liệu. Hãy chạy thiết lập lần đầu.');
    return v;
  }

  async keystoreAvailable(): Promise<boolean> {
    try {
      return this.keystore ? await this.keystore.isAvailable() : false;
    } catch {
      return false;
    }
  }

  /** Makes a new data key and its wraps; the caller creates the database before `commit` writes vault.json. */
  async prepare(passphrase: string, useKeystore: boolean) {
    const dataKey = newDataKey();
    const recoveryKey = newRecoveryKey();
    const v: VaultFile = {
      format: 1,
      deviceId: uuidv7(),
      createdAt: new Date().toISOString(),
      passphrase: await wrapWithSecret(passphrase, dataKey, this.kdf),
      recovery: await wrapWithSecret(recoveryKey, dataKey, this.kdf),
    };
    if (useKeystore) {
      if (!(await this.keystoreAvailable()))
        throw new AppError('KEYSTORE_UNAVAILABLE', 'Máy này không có kho khoá của hệ điều hành.');
      v.keystore = { blob: (await this.keystore!.encrypt(dataKey)).toString('base64') };
    }
    return { dataKey, recoveryKey, commit: () => writeVaultFile(this.file, v), deviceId: v.deviceId };
  }

  async unlockWithPassphrase(passphrase: string): Promise<Buffer> {
    const key = await unwrapWithSecret(passphrase, this.read().passphrase);
    if (!key) throw new AppError('WRONG_SECRET', WRONG_PASSPHRASE);
    return key;
  }

  async unlockWithRecoveryKey(recoveryKey: string): Promise<Buffer> {
    const v = this.read();
    const normalized = normalizeRecoveryKey(recoveryKey);
    const key = normalized ? await unwrapWithSecret(normalized, v.recovery) : null;
    if (!key) throw new AppError('WRONG_SECRET', WRONG_RECOVERY_KEY);
    return key;
  }

  async unlockWithKeystore(): Promise<Buffer> {
    const v = this.read();
    if (!v.keystore || !(await this.keystoreAvailable()))
      throw new AppError('KEYSTORE_UNAVAILABLE', 'Không mở được bằng kho khoá của hệ điều hành. Hãy nhập mật khẩu.');
    try {
      return await this.keystore!.decrypt(Buffer.from(v.keystore.blob, 'base64'));
    } catch {
      throw new AppError(
        'KEYSTORE_UNAVAILABLE',
        'Kho khoá của hệ điều hành không giải mã được khoá. Hãy nhập mật khẩu.',
      );
    }
  }

  /** Re-wraps the same data key: the database is not re-encrypted. */
  async setPassphrase(dataKey: Buffer, passphrase: string): Promise<void> {
    const v = this.read();
    v.passphrase = await wrapWithSecret(passphrase, dataKey, this.kdf);
    writeVaultFile(this.file, v);
  }

  async setKeystore(dataKey: Buffer, enabled: boolean): Promise<void> {
    const v = this.read();
    if (enabled) {
      if (!(await this.keystoreAvailable()))
        throw new AppError('KEYSTORE_UNAVAILABLE', 'Máy này không có kho khoá của hệ điều hành.');
      v.keystore = { blob: (await this.keystore!.encrypt(dataKey)).toString('base64') };
    } else delete v.keystore;
    writeVaultFile(this.file, v);
  }
}
