import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFiles, call, initCore } from '../helpers/core';

describe('data folder at rest', () => {
  it('no file in the data folder holds the union data in clear (db, wal, backups, logs, vault.json)', async () => {
    const { core, dataDir } = await initCore();
    const secrets = [
      'Nguyễn Thị Bảo Châu Tuyệt Mật',
      'Chủ tịch Đặng Văn Đức',
      'Khu công nghiệp Quế Võ Bí Mật',
      '0912345678',
    ];
    await call(core, 'org.update', {
      chairName: secrets[1],
      upperLevelName: secrets[2],
      address: secrets[0],
      phone: secrets[3],
    });
    const job = await call(core, 'backup.create');
    await call(core, 'jobs.wait', job);
    // Check while the database is open too (the -wal file holds the latest pages then).
    const check = () => {
      const files = allFiles(dataDir);
      expect(files.some((f) => f.includes('backups'))).toBe(true);
      for (const f of files) {
        const bytes = fs.readFileSync(f);
        for (const s of secrets) {
          for (const form of [s, s.normalize('NFD')]) {
            expect(bytes.includes(Buffer.from(form, 'utf8')), `${f} holds "${form}"`).toBe(false);
            expect(bytes.includes(Buffer.from(form, 'utf16le')), `${f} holds "${form}" (utf16)`).toBe(false);
          }
        }
      }
    };
    check();
    await call(core, 'vault.lock');
    check();
    await core.close();
  });
});
