/**
 * The funds and welfare part of the in-memory core for component tests: vouchers numbered per series and year,
 * books with running balances (cancelled vouchers count nothing), the year close, B14/B07 by line, the remittance,
 * support paid by a voucher, programmes with capacity, 1-HĐCĐ figures as given. Held to the contract
 * (fakeContract.ts) like the other fakes; the arithmetic is the simple one the contract documents.
 */
import type { CommandOutput } from '../../src/shared/contract';
import { AppError } from '../../src/shared/errors';
import type { FundCategory, Voucher } from '../../src/shared/funds-contract';
import type { HdcdReport, Programme, Support } from '../../src/shared/welfare-contract';
import type { FakeCore } from './fakeCore';
import { installFakeWelfare } from './fakeWelfare';

type Account = 'cash' | 'bank';
/** Makes a voucher the way the core's postVoucher does (numbered, closed year and negative cash refused). */
export type PostVoucher = (
  i: Omit<Voucher, 'id' | 'code' | 'pairCode' | 'cancelledAt' | 'cancelReason' | 'createdAt'>,
) => Voucher;
const cat = (code: string, name: string, kind: 'revenue' | 'spending', line: string): FundCategory => ({
  code,
  name,
  kind,
  line,
  builtIn: true,
  reserved: code === 'doan-phi',
});

export interface FakeFunds {
  categories: FundCategory[];
  vouchers: Voucher[];
  openings: Map<string, number>;
  closed: Map<number, string>;
  plans: Map<string, number>;
  supports: Support[];
  programmes: Programme[];
  registrations: Map<string, string[]>;
  hdcd: Omit<HdcdReport, 'asOf' | 'from'>;
  /** The dues collected with payment dates in a range (remittance): dues vouchers. */
  duesIn(from: string, to: string): number;
}

const file = (fileName: string, mime: string) => ({ fileName, mime, base64: btoa(`fake ${fileName}`) });
const SERIES = { cash: { in: 'PT', out: 'PC' }, bank: { in: 'BC', out: 'BN' } } as const;
const other = (a: Account): Account => (a === 'cash' ? 'bank' : 'cash');

export function installFakeFunds(core: FakeCore): FakeFunds {
  const { state, handlers } = core;
  let seq = 0;
  const funds: FakeFunds = {
    categories: [
      cat('doan-phi', 'Đoàn phí công đoàn', 'revenue', 'I.1'),
      cat('kpcd', 'Kinh phí công đoàn', 'revenue', 'I.2'),
      cat('ho-tro', 'Hỗ trợ của chuyên môn', 'revenue', 'I.3'),
      cat('thu-khac', 'Thu khác', 'revenue', 'I.4'),
      cat('cham-lo', 'Chăm lo, bảo vệ đoàn viên và người lao động', 'spending', 'II.1'),
      cat('tuyen-truyen', 'Tuyên truyền, đào tạo', 'spending', 'II.2'),
      cat('phong-trao', 'Hoạt động phong trào', 'spending', 'II.3'),
      cat('phu-cap', 'Phụ cấp cán bộ công đoàn', 'spending', 'II.4'),
      cat('quan-ly', 'Quản lý hành chính', 'spending', 'II.5'),
      cat('nop-cap-tren', 'Nộp cấp trên', 'spending', 'II.6'),
      cat('chi-khac', 'Chi khác', 'spending', 'II.7'),
    ],
    vouchers: [],
    openings: new Map(),
    closed: new Map(),
    plans: new Map(),
    supports: [],
    programmes: [],
    registrations: new Map(),
    hdcd: { workers: null, members: 0, women: 0, admitted: 0, left: 0, unionGroups: 0, rows: [] },
    duesIn: (from, to) =>
      live()
        .filter((v) => v.category === 'doan-phi' && v.date >= from && v.date <= to)
        .reduce((n, v) => n + v.amount, 0),
  };
  const live = () => funds.vouchers.filter((v) => !v.cancelledAt);
  /** What a voucher does to an account's balance: + in, − out, 0 elsewhere. */
  const effect = (v: Voucher, a: Account) => {
    if (v.cancelledAt) return 0;
    if (v.type === 'transfer') return v.account === a ? -v.amount : other(v.account) === a ? v.amount : 0;
    if (v.account !== a) return 0;
    return v.type === 'receipt' ? v.amount : -v.amount;
  };
  const opening = (a: Account, before: string) =>
    [...funds.openings].filter(([k]) => k.startsWith(`${a}:`)).reduce((n, [, x]) => n + x, 0) +
    funds.vouchers.filter((v) => v.date < before).reduce((n, v) => n + effect(v, a), 0);
  const nextCode = (series: string, year: string) =>
    `${series}${funds.vouchers.filter((v) => v.date.startsWith(year) && (v.code.startsWith(series) || v.pairCode?.startsWith(series))).length + 1}`;
  const post: PostVoucher = (i) => {
    const year = i.date.slice(0, 4);
    if (funds.closed.has(Number(year))) throw new AppError('VALIDATION', `Năm ${year} đã khoá sổ.`);
    const out = i.type !== 'receipt';
    const series = SERIES[i.account][out ? 'out' : 'in'];
    if (i.account === 'cash' && out && opening('cash', '9999') - i.amount < 0)
      throw new AppError('VALIDATION', 'Tồn quỹ tiền mặt không đủ để chi.');
    const v: Voucher = {
      ...i,
      id: `v-${++seq}`,
      code: nextCode(series, year),
      pairCode: i.type === 'transfer' ? nextCode(SERIES[other(i.account)].in, year) : null,
      cancelledAt: null,
      cancelReason: null,
      createdAt: '2026-07-15T09:00:00.000Z',
    };
    funds.vouchers.push(v);
    return v;
  };
  const memberName = (id: string) => state.members.find((m) => m.id === id)?.fullName ?? null;
  const book = (a: Account, from: string, to: string): CommandOutput<'funds.book'> => {
    let balance = opening(a, from);
    const start = balance;
    const inRange = funds.vouchers
      .filter(
        (v) => v.date >= from && v.date <= to && (v.account === a || (v.type === 'transfer' && other(v.account) === a)),
      )
      .sort((x, y) => x.date.localeCompare(y.date));
    const entries = inRange.map((v) => {
      const e = effect(v, a);
      balance += e;
      const entering = v.type === 'transfer' && v.account !== a;
      return {
        id: v.id,
        date: v.date,
        code: entering ? (v.pairCode ?? v.code) : v.code,
        category: v.category,
        description: v.description,
        receipt: e > 0 ? e : 0,
        payment: e < 0 ? -e : 0,
        balance,
        cancelled: !!v.cancelledAt,
      };
    });
    const months = [...new Set(entries.map((e) => e.date.slice(0, 7)))].map((month) => {
      const of = entries.filter((e) => e.date.startsWith(month));
      return {
        month,
        receipts: of.reduce((n, e) => n + e.receipt, 0),
        payments: of.reduce((n, e) => n + e.payment, 0),
      };
    });
    const receipts = entries.reduce((n, e) => n + e.receipt, 0);
    const payments = entries.reduce((n, e) => n + e.payment, 0);
    return { account: a, from, to, opening: start, receipts, payments, closing: balance, entries, months };
  };
  const lineTotals = (year: number) => {
    const lines = [...new Map(funds.categories.map((c) => [`${c.kind}:${c.line}`, c])).values()];
    return lines.map((c) => ({
      line: c.line,
      name: c.name,
      kind: c.kind,
      amount: live()
        .filter(
          (v) =>
            v.date.startsWith(String(year)) && funds.categories.find((x) => x.code === v.category)?.line === c.line,
        )
        .reduce((n, v) => n + v.amount, 0),
    }));
  };
  const yearInfo = (year: number) => {
    const [from, to] = [`${year}-01-01`, `${year}-12-31`];
    const [cash, bank] = [book('cash', from, to), book('bank', from, to)];
    const closedAt = funds.closed.get(year) ?? null;
    return {
      year,
      closed: !!closedAt,
      closedAt,
      cashOpening: cash.opening,
      bankOpening: bank.opening,
      cashClosing: cash.closing,
      bankClosing: bank.closing,
    };
  };

  Object.assign(handlers, {
    'funds.categories': () => ({ categories: funds.categories }),
    'funds.setOpening': (i) => (funds.openings.set(`${i.account}:${i.year}`, i.amount), i),
    'funds.years': () => {
      const years = new Set([...funds.vouchers.map((v) => Number(v.date.slice(0, 4)))]);
      for (const k of funds.openings.keys()) years.add(Number(k.split(':')[1]));
      return { years: [...years].map(yearInfo) };
    },
    'funds.closeYear': (i) => (funds.closed.set(i.year, '2026-07-15T09:00:00.000Z'), yearInfo(i.year)),
    'funds.addVoucher': (i) => {
      if (i.category === 'doan-phi') throw new AppError('VALIDATION', 'Khoản đoàn phí chỉ do sổ thu đoàn phí ghi.');
      const party = i.memberId ? memberName(i.memberId) : (i.party ?? null);
      return post({
        ...i,
        category: i.category ?? null,
        memberId: i.memberId ?? null,
        party,
        documentId: i.documentId ?? null,
        source: 'manual',
      });
    },
    'funds.cancelVoucher': (i) => {
      const v = funds.vouchers.find((x) => x.id === i.id);
      if (!v) throw new AppError('NOT_FOUND', 'Không có chứng từ này.');
      Object.assign(v, { cancelledAt: '2026-07-15T10:00:00.000Z', cancelReason: i.reason });
      const s = funds.supports.find((x) => x.voucher.id === v.id);
      if (s) s.cancelled = true;
      return v;
    },
    'funds.voucher': (i) => {
      const v = funds.vouchers.find((x) => x.id === i.id);
      if (!v) throw new AppError('NOT_FOUND', 'Không có chứng từ này.');
      return v;
    },
    'funds.vouchers': (i) => {
      const all = funds.vouchers
        .filter(
          (v) => (!i.from || v.date >= i.from) && (!i.to || v.date <= i.to) && (!i.account || v.account === i.account),
        )
        .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
      const offset = i.offset ?? 0;
      return { items: all.slice(offset, offset + (i.limit ?? 100)), total: all.length };
    },
    'funds.book': (i) => book(i.account, i.from, i.to),
    'funds.remitPreview': (i) => {
      const collected = funds.duesIn(i.from, i.to);
      const percent = 100 - state.settings.duesCdcsPercent;
      const already = live().filter((v) => v.source === 'remit' && v.date >= i.from);
      return {
        collected,
        percent,
        amount: Math.round((collected * percent) / 100),
        alreadyRemitted: already.map((v) => ({ id: v.id, code: v.code, amount: v.amount })),
      };
    },
    'funds.remit': (i) => {
      const amount = Math.round((funds.duesIn(i.from, i.to) * (100 - state.settings.duesCdcsPercent)) / 100);
      const v = post({
        type: 'payment',
        account: i.account,
        date: i.date,
        amount,
        category: 'nop-cap-tren',
        description: 'Nộp kinh phí cấp trên',
        memberId: null,
        party: null,
        documentId: null,
        source: 'remit',
      });
      return { id: v.id, code: v.code, amount };
    },
    'funds.b07': (i) => {
      const lines = lineTotals(i.year);
      const info = yearInfo(i.year);
      const sum = (k: string) => lines.filter((l) => l.kind === k).reduce((n, l) => n + l.amount, 0);
      return {
        year: i.year,
        opening: info.cashOpening + info.bankOpening,
        closing: info.cashClosing + info.bankClosing,
        lines,
        revenue: sum('revenue'),
        spending: sum('spending'),
      };
    },
    'funds.b14': (i) => ({
      year: i.year,
      lines: lineTotals(i.year - 1).map(({ amount, ...l }) => ({
        ...l,
        planned: funds.plans.get(`${i.year}:${l.line}`) ?? 0,
        lastYearActual: amount,
      })),
    }),
    'funds.setPlan': (i) => (funds.plans.set(`${i.year}:${i.line}`, i.amount), i),
    'funds.summary': (i) => {
      const months = Array.from({ length: 12 }, (_, k) => `${i.year}-${String(k + 1).padStart(2, '0')}`).map(
        (month) => {
          const of = live().filter((v) => v.date.startsWith(month) && v.type !== 'transfer');
          const sum = (type: string) => of.filter((v) => v.type === type).reduce((n, v) => n + v.amount, 0);
          return { month, revenue: sum('receipt'), spending: sum('payment') };
        },
      );
      const next = `${i.asOf}~`;
      const month = i.asOf.slice(0, 7);
      return {
        months,
        cashBalance: opening('cash', next),
        bankBalance: opening('bank', next),
        duesThisMonth: funds.duesIn(`${month}-01`, `${month}-31`),
      };
    },
    'funds.voucherPdf': (i) => file(`phieu-${i.id}.pdf`, 'application/pdf'),
    'funds.bookFile': (i) => file(`so-${i.account}.${i.format}`, i.format),
    'funds.b07File': (i) => file(`B07-${i.year}.${i.format}`, i.format),
    'funds.b14File': (i) => file(`B14-${i.year}.${i.format}`, i.format),
  } satisfies FakeCore['handlers']);
  installFakeWelfare(core, funds, post);
  return funds;
}
