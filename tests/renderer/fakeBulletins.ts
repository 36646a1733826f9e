/**
 * The bulletins and campaigns parts of the in-memory core for component tests: bulletins CRUD, the email "render",
 * audiences counted over the FakeCore's members (no email, unsubscribed), campaigns with an outbox the test moves by
 * hand (`step`) and announces with `campaign.progress`. Typed and checked against the contract (fakeContract.ts).
 */
import type { z } from 'zod';
import { AppError } from '../../src/shared/errors';
import type { Audience, Bulletin } from '../../src/shared/bulletins-contract';
import type { Campaign, recipientRow } from '../../src/shared/campaigns-contract';
import type { FakeCore } from './fakeCore';
import { para } from './fakeDocs';

type Row = z.infer<typeof recipientRow>;

export interface FakeBulletins {
  bulletins: Map<string, Bulletin>;
  campaigns: Map<string, { campaign: Campaign; rows: Row[] }>;
  unsubscribed: Set<string>;
  add(fields: Partial<Bulletin> & { title: string }): Bulletin;
  /** Moves a campaign on: `n` queued recipients get `state`; emits campaign.progress. */
  step(id: string, n: number, state?: Row['state'], response?: string): Campaign;
  /** The next send jobs fail with this error (a job that fails outright, not a pause). */
  failSends(error: { code: string; message: string }): void;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export function installFakeBulletins(core: FakeCore): FakeBulletins {
  const { state, handlers } = core;
  const bulletins = new Map<string, Bulletin>();
  const campaigns = new Map<string, { campaign: Campaign; rows: Row[] }>();
  const unsubscribed = new Set<string>();
  let seq = 0;
  let sendError: { code: string; message: string } | undefined;

  const get = (id: string) => {
    const b = bulletins.get(id);
    if (!b) throw new AppError('NOT_FOUND', 'Không tìm thấy bản tin.');
    return b;
  };
  const getCampaign = (id: string) => {
    const c = campaigns.get(id);
    if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt gửi.');
    return c;
  };
  const add: FakeBulletins['add'] = (fields) => {
    const now = new Date().toISOString();
    const b: Bulletin = {
      id: `b-${++seq}`,
      issueNumber: Math.max(0, ...[...bulletins.values()].map((x) => x.issueNumber)) + 1,
      date: '2026-12-07',
      body: { type: 'doc', content: [para('Nội dung bản tin.')] },
      createdAt: now,
      updatedAt: now,
      ...fields,
    };
    bulletins.set(b.id, b);
    return b;
  };

  /** Who the audience reaches, and who is skipped and why (each person once). */
  const resolve = (a: Audience) => {
    const picked = state.members.filter(
      (m) =>
        m.status === 'active' &&
        (a.all ||
          (a.bch && m.position !== null) ||
          (a.unitIds?.includes(m.unitId ?? '') ?? false) ||
          (a.positions?.includes(m.position ?? '') ?? false) ||
          (a.tags?.some((tag) => m.tags.includes(tag)) ?? false) ||
          (a.memberIds?.includes(m.id) ?? false)),
    );
    const skipped = { noEmail: 0, noConsent: 0, unsubscribed: 0, bounced: 0 };
    const rows: Row[] = [];
    for (const m of picked) {
      if (!m.email) skipped.noEmail++;
      else if (unsubscribed.has(m.email)) skipped.unsubscribed++;
      else rows.push(row(m.email, m.fullName, m.unit ?? null));
    }
    for (const e of a.external ?? []) {
      if (unsubscribed.has(e)) skipped.unsubscribed++;
      else if (!rows.some((r) => r.email === e)) rows.push(row(e, e, null));
    }
    return { rows, skipped };
  };
  const row = (email: string, name: string, unit: string | null): Row => ({
    email,
    name,
    unit,
    state: 'queued',
    tries: 0,
    lastResponse: null,
    sentAt: null,
  });
  const countOf = (rows: Row[]): Campaign['counts'] => {
    const by = (s: Row['state']) => rows.filter((r) => r.state === s).length;
    const counts = {
      queued: by('queued'),
      sent: by('sent'),
      failedTemp: by('failedTemp'),
      gaveUp: by('gaveUp'),
      failedPerm: by('failedPerm'),
      skipped: by('skipped'),
      uncertain: by('uncertain'),
      remaining: 0,
    };
    counts.remaining = counts.queued + counts.failedTemp + by('sending');
    return counts;
  };
  const refresh = (id: string, patch: Partial<Campaign> = {}) => {
    const c = getCampaign(id);
    c.campaign = { ...c.campaign, ...patch, counts: countOf(c.rows) };
    core.emit('campaign.progress', c.campaign);
    return c.campaign;
  };

  handlers['bulletins.create'] = (i) => ({
    id: add({ title: i.title ?? 'Bản tin', ...(i.date ? { date: i.date } : {}) }).id,
  });
  handlers['bulletins.get'] = (i) => get(i.id);
  handlers['bulletins.update'] = (i) => {
    const b = { ...get(i.id), ...i, updatedAt: new Date().toISOString() };
    bulletins.set(b.id, b);
    return b;
  };
  handlers['bulletins.list'] = () => ({ items: [...bulletins.values()].map(({ body: _body, ...rest }) => rest) });
  handlers['bulletins.delete'] = (i) => {
    get(i.id);
    bulletins.delete(i.id);
    return { ok: true };
  };
  handlers['bulletins.render'] = (i) => {
    const b = get(i.id);
    const html = `<!doctype html><html><body><h1>BẢN TIN số ${b.issueNumber}</h1><h2>${b.title}</h2></body></html>`;
    return { fileName: `ban-tin-${b.issueNumber}.html`, mime: 'text/html', base64: b64(html), bytes: html.length };
  };
  handlers['audiences.count'] = (i) => {
    const { rows, skipped } = resolve(i.audience);
    return { recipients: rows.length, skipped };
  };
  handlers['audiences.suppressed'] = () => ({
    items: [...unsubscribed].map((email) => ({
      email,
      state: 'unsubscribed' as const,
      reason: null,
      at: '2026-12-07T03:00:00Z',
    })),
  });
  handlers['campaigns.create'] = (i) => {
    const b = get(i.bulletinId ?? '');
    const { rows, skipped } = resolve(i.audience ?? { all: true });
    const id = `c-${++seq}`;
    const campaign: Campaign = {
      id,
      kind: 'bulletin',
      sourceId: b.id,
      subject: `Bản tin số ${b.issueNumber}: ${b.title}`,
      state: 'ready',
      pauseReason: null,
      pauseMessage: null,
      resumeAt: null,
      counts: countOf(rows),
      rate: 0,
      createdAt: new Date().toISOString(),
      finishedAt: null,
    };
    campaigns.set(id, { campaign, rows });
    return { id, recipients: rows.length, skipped };
  };
  handlers['campaigns.get'] = (i) => getCampaign(i.id).campaign;
  handlers['campaigns.list'] = () => ({ items: [...campaigns.values()].map((c) => c.campaign) });
  handlers['campaigns.send'] = (i) => {
    refresh(i.id, { state: 'sending', pauseReason: null, pauseMessage: null });
    const jobId = `job-send-${i.id}`;
    core.state.jobs.set(jobId, {
      id: jobId,
      kind: 'campaigns.send',
      state: 'running',
      done: 0,
      total: 2,
      error: sendError,
    });
    return { jobId };
  };
  handlers['campaigns.pause'] = (i) =>
    refresh(i.id, { state: 'paused', pauseReason: 'user', pauseMessage: null, rate: 0 });
  handlers['campaigns.cancel'] = (i) => refresh(i.id, { state: 'cancelled', finishedAt: new Date().toISOString() });
  handlers['campaigns.resendUncertain'] = (i) => {
    for (const r of getCampaign(i.id).rows) if (r.state === 'uncertain') r.state = 'queued';
    return refresh(i.id);
  };
  handlers['campaigns.recipients'] = (i) => {
    const rows = getCampaign(i.id).rows.filter((r) => !i.state || r.state === i.state);
    return { total: rows.length, items: rows.slice(i.offset, i.offset + i.limit) };
  };
  handlers['campaigns.report'] = (i) => ({
    fileName: `bao-cao-${i.id}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: b64('xlsx'),
  });
  handlers['campaigns.archive'] = (i) => ({
    fileName: `${i.id}.${i.format}`,
    mime: i.format === 'html' ? 'text/html' : 'application/pdf',
    base64: b64(i.format),
  });

  const step: FakeBulletins['step'] = (id, n, to = 'sent', response = '250 OK') => {
    const c = getCampaign(id);
    for (const r of c.rows.filter((x) => x.state === 'queued').slice(0, n)) {
      r.state = to;
      r.tries++;
      r.lastResponse = response;
      if (to === 'sent') r.sentAt = new Date().toISOString();
    }
    const counts = countOf(c.rows);
    const done = counts.remaining === 0;
    return refresh(id, {
      rate: 2.5,
      ...(done && c.campaign.state === 'sending' ? { state: 'finished', finishedAt: new Date().toISOString() } : {}),
    });
  };

  return {
    bulletins,
    campaigns,
    unsubscribed,
    add,
    step,
    failSends: (error) => {
      sendError = error;
    },
  };
}
