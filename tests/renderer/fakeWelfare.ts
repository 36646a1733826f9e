/**
 * The welfare part of the fake core (installed by installFakeFunds): support paid by a `cham-lo` payment voucher in
 * the same step, programmes with capacity and eligibility (active members; hazardous-only; a union group), the
 * 1-HĐCĐ figures as the test sets them.
 */
import { AppError } from '../../src/shared/errors';
import type { Programme } from '../../src/shared/welfare-contract';
import type { FakeCore } from './fakeCore';
import type { FakeFunds, PostVoucher } from './fakeFunds';

const file = (fileName: string, mime: string) => ({ fileName, mime, base64: btoa(`fake ${fileName}`) });
const given = new Intl.Collator('vi');

export function installFakeWelfare(core: FakeCore, funds: FakeFunds, post: PostVoucher) {
  const { state, handlers } = core;
  let seq = 0;
  const member = (id: string) => {
    const m = state.members.find((x) => x.id === id);
    if (!m) throw new AppError('NOT_FOUND', 'Không có đoàn viên này.');
    return m;
  };
  const out = (p: Programme): Programme => ({ ...p, registered: funds.registrations.get(p.id)?.length ?? 0 });
  const programme = (id: string) => {
    const p = funds.programmes.find((x) => x.id === id);
    if (!p) throw new AppError('NOT_FOUND', 'Không có chương trình này.');
    return p;
  };
  const seats = (id: string) => ({
    registered: funds.registrations.get(id)?.length ?? 0,
    capacity: programme(id).capacity,
  });

  Object.assign(handlers, {
    'welfare.addSupport': (i) => {
      const m = member(i.memberId);
      const v = post({
        type: 'payment',
        account: i.account ?? 'cash',
        date: i.date,
        amount: i.amount,
        category: 'cham-lo',
        description: `Hỗ trợ ${i.kind}: ${m.fullName}`,
        memberId: m.id,
        party: m.fullName,
        documentId: i.documentId ?? null,
        source: 'welfare',
      });
      const s = {
        id: `s-${++seq}`,
        memberId: m.id,
        memberName: m.fullName,
        kind: i.kind,
        date: i.date,
        amount: i.amount,
        decision: i.decision ?? null,
        documentId: i.documentId ?? null,
        note: i.note ?? null,
        voucher: { id: v.id, code: v.code, account: v.account },
        cancelled: false,
      };
      funds.supports.push(s);
      return s;
    },
    'welfare.supports': (i) => ({
      items: funds.supports.filter(
        (s) => (!i.memberId || s.memberId === i.memberId) && (!i.from || s.date >= i.from) && (!i.to || s.date <= i.to),
      ),
    }),
    'welfare.programmes': () => ({ items: funds.programmes.map(out) }),
    'welfare.addProgramme': (i) => {
      const unit = state.units.find((u) => u.id === i.unitId);
      const p: Programme = {
        id: `p-${++seq}`,
        name: i.name,
        kind: i.kind,
        date: i.date ?? null,
        capacity: i.capacity,
        hazardousOnly: !!i.hazardousOnly,
        unitId: unit?.id ?? null,
        unitName: unit?.name ?? null,
        note: i.note ?? null,
        registered: 0,
        createdAt: '2026-07-15T09:00:00.000Z',
      };
      funds.programmes.push(p);
      return p;
    },
    'welfare.register': (i) => {
      const p = programme(i.programmeId);
      const m = member(i.memberId);
      const list = funds.registrations.get(p.id) ?? [];
      if (list.length >= p.capacity)
        throw new AppError('CONFLICT', `Chương trình đã đủ ${p.capacity} suất, không đăng ký thêm được.`);
      if (m.status !== 'active' || (p.hazardousOnly && !m.hazardousWork))
        throw new AppError('VALIDATION', `${m.fullName} không thuộc đối tượng của chương trình.`);
      funds.registrations.set(p.id, [...list, m.id]);
      return seats(p.id);
    },
    'welfare.unregister': (i) => {
      const list = funds.registrations.get(i.programmeId) ?? [];
      funds.registrations.set(
        i.programmeId,
        list.filter((id) => id !== i.memberId),
      );
      return seats(i.programmeId);
    },
    'welfare.programme': (i) => {
      const ids = funds.registrations.get(i.id) ?? [];
      const members = ids
        .map(member)
        .sort((a, b) => given.compare(a.givenName, b.givenName))
        .map((m) => ({ memberId: m.id, idNumber: m.idNumber ?? null, fullName: m.fullName, unitName: m.unit ?? null }));
      return { programme: out(programme(i.id)), members };
    },
    'welfare.programmeFile': (i) => file(`danh-sach-${i.id}.${i.format}`, i.format),
    'reports.hdcd': (i) => {
      const [y, md] = [Number(i.asOf.slice(0, 4)), i.asOf.slice(5)];
      const from = md === '05-31' ? `${y - 1}-12-01` : `${y}-06-01`;
      return { asOf: i.asOf, from, ...funds.hdcd };
    },
    'reports.hdcdFile': (i) => file(`1-HDCD-${i.asOf}.${i.format}`, i.format),
  } satisfies FakeCore['handlers']);
}
