/**
 * The meetings register (two groups, one inside the other, a BCH, a former BCH member) with an email situation
 * for every skip reason, and test-only commands reaching the core functions the sending side calls.
 */
import { z } from 'zod';
import { audience } from '../../src/shared/bulletins-contract';
import { buildBulletinSnapshot } from '../../src/core/bulletins/snapshot';
import { isSuppressed, suppress } from '../../src/core/bulletins/suppressions';
import { defineModule } from '../../src/core/module';
import { call, registerCore, type Register } from '../meetings/helpers';

export { call, callErr, cccd } from '../meetings/helpers';

const bulletinProbe = defineModule({
  name: 'bulletin-probe',
  contract: {
    commands: {
      'probe.snapshot': { input: z.object({ bulletinId: z.string(), audience }), output: z.any() },
      'probe.snapshotInTrx': { input: z.object({ bulletinId: z.string(), audience }), output: z.any() },
      'probe.bounce': { input: z.object({ email: z.string(), reason: z.string() }), output: z.any() },
      'probe.isSuppressed': { input: z.object({ email: z.string() }), output: z.any() },
    },
  },
  commands: {
    'probe.snapshot': {
      mode: 'write',
      handler: async ({ bulletinId, audience: a }, ctx) => buildBulletinSnapshot(ctx.session(), bulletinId, a),
    },
    // As campaigns.create may call it: inside its own write transaction (one SQLite writer: no second one).
    'probe.snapshotInTrx': {
      mode: 'write',
      handler: async ({ bulletinId, audience: a }, ctx) => {
        const s = ctx.session();
        return s.db.transaction((trx) => buildBulletinSnapshot(s, bulletinId, a, trx));
      },
    },
    'probe.bounce': {
      mode: 'write',
      handler: async ({ email, reason }, ctx) => {
        const s = ctx.session();
        await s.db.transaction((trx) => suppress(trx, s.record, email, 'bounced', reason));
        return { ok: true };
      },
    },
    'probe.isSuppressed': {
      mode: 'read',
      handler: async ({ email }, ctx) => ({ state: await isSuppressed(ctx.session().db, email) }),
    },
  },
});

/**
 * An (Tổ may, BCH): consent · Bình (Tổ may): consent not asked · Cường (Tổ cắt, BCH): no email · Dung (Tổ cắt):
 * refused · Hoàng Văn Em (no group, BCH): consent, later unsubscribed · Giang (former BCH): consent, later bounced.
 */
export const EMAILS: Record<string, [string | null, boolean | null]> = {
  'Nguyễn Văn An': ['an@example.vn', true],
  'Trần Thị Bình': ['Binh@Example.vn', null],
  'Lê Văn Cường': [null, true],
  'Phạm Thị Dung': ['dung@example.vn', false],
  'Hoàng Văn Em': ['em@example.vn', true],
  'Vũ Thị Giang': ['giang@example.vn', true],
};

export async function bulletinCore(extra: Parameters<typeof registerCore>[0] = []): Promise<Register> {
  const reg = await registerCore([bulletinProbe, ...extra]);
  for (const [name, [email, emailConsent]] of Object.entries(EMAILS))
    await call(reg.core, 'members.update', { id: reg.ids[name], email, emailConsent });
  return reg;
}

export const SAMPLE_MD = `---
title: Chăm lo Tết Nguyên đán 2027 cho đoàn viên
issue: 5
date: 2026-12-07
---

# Kế hoạch chăm lo Tết

Ban Chấp hành Công đoàn cơ sở thông báo **kế hoạch** chăm lo Tết cho *đoàn viên* có hoàn cảnh khó khăn.

- Tặng quà 500.000 đồng mỗi suất.
- Hỗ trợ vé xe về quê.

| Tổ | Số suất |
| --- | --- |
| Tổ may | 12 |
| Tổ cắt | 8 |
`;
