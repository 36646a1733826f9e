/** The doctor in plain Vietnamese: a sentence per check, technical details apart, times as facts (ISO). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../src/core/doctor/sentences';
import { call, initCore } from '../helpers/core';

describe('doctor.run', () => {
  it('says in one plain sentence what each check found, with the technical detail kept apart', async () => {
    const { core, dataDir } = await initCore();
    const report = await call(core, 'doctor.run');
    expect(report.ok).toBe(true);
    const names = report.checks.map((c: any) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['data-dir', 'vault-file', 'database-encrypted', 'key', 'integrity', 'schema', 'backups']),
    );
    for (const c of report.checks) {
      expect(c.summary, c.name).toMatch(/^[A-ZĐÀ-Ỹ].*\.$/u);
      // No jargon in the sentence: PRAGMA, SQLCipher, vault.json and paths stay in the detail.
      expect(c.summary, c.name).not.toMatch(/PRAGMA|SQLCipher|vault\.json|user_version/);
      expect(c.summary, c.name).not.toContain(dataDir);
    }
    const integrity = report.checks.find((c: any) => c.name === 'integrity');
    expect(integrity).toMatchObject({ state: 'ok', summary: 'Dữ liệu không có chỗ nào bị hỏng.' });
    expect(integrity.detail).toContain('PRAGMA integrity_check: ok');
    expect(report.checks.find((c: any) => c.name === 'data-dir').detail).toContain(dataDir);
    await core.close();
  });

  it('warns about a missing or old backup with its local time, and checks what it can while locked', async () => {
    const { core, dataDir } = await initCore();
    const backupsDir = path.join(dataDir, 'backups');
    for (const f of fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir) : []) fs.rmSync(path.join(backupsDir, f));
    let backups = (await call(core, 'doctor.run')).checks.find((c: any) => c.name === 'backups');
    expect(backups).toMatchObject({ state: 'warning', ok: false, facts: { count: 0 } });
    expect(backups.summary).toMatch(/^Chưa có bản sao lưu nào\. Hãy tạo/);

    fs.mkdirSync(backupsDir, { recursive: true });
    fs.writeFileSync(path.join(backupsDir, 'uniondesk-20200105-083000-000-manual.udbak'), 'x');
    backups = (await call(core, 'doctor.run')).checks.find((c: any) => c.name === 'backups');
    expect(backups).toMatchObject({ state: 'warning', ok: true, facts: { count: 1 } });
    // 8:30 local time on 5/1/2020, whatever the time zone of this machine.
    expect(backups.facts.lastAtLocal).toBe('05/01/2020 08:30');
    expect(localDateTime(String(backups.facts.lastAt))).toBe('05/01/2020 08:30');
    expect(backups.summary).toContain('lúc 05/01/2020 08:30');
    expect(backups.summary).toMatch(/đã cũ/);

    const { jobId } = await call(core, 'backup.create');
    await call(core, 'jobs.wait', { jobId });
    backups = (await call(core, 'doctor.run')).checks.find((c: any) => c.name === 'backups');
    expect(backups).toMatchObject({ state: 'ok', ok: true, facts: { count: 2 } });

    await call(core, 'vault.lock');
    const locked = await call(core, 'doctor.run');
    const key = locked.checks.find((c: any) => c.name === 'key');
    expect(key).toMatchObject({ state: 'skipped', ok: false });
    expect(key.summary).toMatch(/đang khoá/);
    expect(locked.checks.some((c: any) => c.name === 'integrity')).toBe(false);
    await core.close();
  });
});
