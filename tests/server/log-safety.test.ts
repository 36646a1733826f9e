/** A database error reaches the server's log without its SQL statement (which carries members' personal data). */
import { describe, expect, it } from 'vitest';
import { configFor, writeConfig } from '../../src/server/db/config';
import { openContext } from '../../src/server/db/open';
import { errorSummary } from '../../src/server/http/server';
import { tempServerDir } from '../helpers/server-process';

describe('error summaries for the log', () => {
  it('keep the driver reason, not the statement and its values', async () => {
    const dataDir = tempServerDir();
    writeConfig(dataDir, configFor(undefined, false));
    const ctx = await openContext(dataDir);
    try {
      const row = { id: 'o1', kind: 'cdcs', name: 'Nguyễn Thị Riêng Tư', created_at: 'x' };
      await ctx.knex('orgs').insert(row);
      const err = await ctx
        .knex('orgs')
        .insert(row)
        .catch((e: unknown) => e);
      expect(String(err)).toContain('Nguyễn Thị Riêng Tư');
      const summary = errorSummary(err);
      expect(summary).toMatch(/UNIQUE constraint failed/);
      expect(summary).not.toContain('Nguyễn Thị Riêng Tư');
      expect(summary).not.toMatch(/insert into/i);
    } finally {
      await ctx.close();
    }
  });
});
