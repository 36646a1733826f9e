/**
 * A voucher on paper in the usual layout (phiếu thu, phiếu chi, giấy báo Có, giấy báo Nợ): A5 landscape, the CĐCS's
 * header and the voucher's number, who paid or was paid, the reason, the category, the amount in figures and in
 * words, what it rests on, and the signature lines người lập, kế toán, thủ quỹ, người nhận/nộp tiền, chủ tịch.
 * A cancelled voucher prints marked as cancelled with its reason. Pure: the voucher in, PDF bytes out.
 */
import type { Voucher } from '../../../shared/funds-contract';
import { formatDateVi, longDateVi } from '../../../shared/text/format';
import { formatVnd, vndInWords } from '../../../shared/text/money';
import { LAYOUT, mmToPt } from '../../documents/render';
import { signatures } from '../../dues/files/paper';
import { renderPdf } from '../../pdf/pdf';
import { type Node, orgHeader, type PaperOrg } from './pdf-table';

export interface VoucherPaper {
  org: PaperOrg;
  voucher: Voucher;
  categoryName: string | null;
  /** The attached decision as the register names it ("Quyết định số 12/QĐ-CĐCS ngày …"). */
  document: string | null;
  signers: { accountant: string; cashier: string };
}

const TITLES = { PT: 'PHIẾU THU', PC: 'PHIẾU CHI', BC: 'GIẤY BÁO CÓ', BN: 'GIẤY BÁO NỢ' } as const;

/** Money comes in on a receipt; a payment and a transfer's leaving side take it out. */
const isIncoming = (v: Voucher) => v.type === 'receipt';

const field = (label: string, value: string, extra: Node = {}): Node => ({
  text: [{ text: `${label}: ` }, { text: value, ...extra }],
  margin: [0, 3, 0, 0],
});

export function voucherDocDefinition(p: VoucherPaper): Node {
  const v = p.voucher;
  const series = v.code.replace(/\d+$/, '') as keyof typeof TITLES;
  const incoming = isIncoming(v);
  const reason =
    v.type === 'transfer'
      ? `${v.description} (${v.account === 'cash' ? 'nộp tiền mặt vào tài khoản' : 'rút tiền gửi về quỹ tiền mặt'}, ${v.pairCode})`
      : v.description;
  return {
    pageSize: 'A5',
    pageOrientation: 'landscape',
    pageMargins: [mmToPt(15), mmToPt(10), mmToPt(12), mmToPt(10)],
    language: 'vi-VN',
    info: { title: `${TITLES[series]} ${v.code}`, author: p.org.issuer, creator: 'UnionDesk', producer: 'UnionDesk' },
    defaultStyle: { font: LAYOUT.fonts.pdf, fontSize: 12 },
    content: [
      orgHeader(p.org, [
        { text: `Số: ${v.code}`, bold: true },
        ...(v.pairCode ? [{ text: `Số đối ứng: ${v.pairCode}` }] : []),
      ]),
      { text: TITLES[series], bold: true, fontSize: 16, alignment: 'center', margin: [0, 6, 0, 0] },
      { text: longDateVi(v.date).replace(/^n/, 'N'), italics: true, alignment: 'center', margin: [0, 2, 0, 4] },
      ...(v.cancelledAt
        ? [{ text: `ĐÃ HUỶ: ${v.cancelReason ?? ''}`, bold: true, color: '#b00020', alignment: 'center' }]
        : []),
      field(incoming ? 'Họ và tên người nộp tiền' : 'Họ và tên người nhận tiền', v.party ?? '', { bold: true }),
      field(incoming ? 'Lý do nộp' : 'Lý do chi', reason),
      ...(p.categoryName ? [field('Khoản mục', p.categoryName)] : []),
      field('Số tiền', formatVnd(v.amount), { bold: true }),
      field('Bằng chữ', `${vndInWords(v.amount)}.`, { italics: true }),
      field('Kèm theo', p.document ?? '…… chứng từ gốc'),
      {
        text: `Ngày ${formatDateVi(v.date)}`,
        italics: true,
        alignment: 'right',
        margin: [0, 4, 0, 0],
      },
      {
        unbreakable: true,
        fontSize: 9,
        stack: [
          signatures(
            [
              { heading: ['NGƯỜI LẬP'], name: '' },
              { heading: ['KẾ TOÁN'], name: p.signers.accountant },
              { heading: ['THỦ QUỸ'], name: p.signers.cashier },
              { heading: [incoming ? 'NGƯỜI NỘP TIỀN' : 'NGƯỜI NHẬN TIỀN'], name: v.party ?? '' },
              { heading: ['CHỦ TỊCH'], name: p.org.chairName },
            ],
            36,
          ),
        ],
      },
    ],
  };
}

export async function voucherPdf(p: VoucherPaper): Promise<Buffer> {
  return renderPdf(voucherDocDefinition(p));
}
