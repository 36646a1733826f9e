/**
 * What the dues papers share: the organisation as the masthead prints it, the official masthead itself (the
 * document engine's, so a collection sheet and a Quyết định carry the same header), the signature columns and a
 * month written the way papers write it ("07/2026").
 */
import type { DocTypeCode } from '../../../shared/document-model';
import { docView, pageGeometry } from '../../documents/render';
import type { PageGeometry } from '../../documents/render/layout';
import { mastheadPdf } from '../../documents/render/pdf-official';
import { upperLevelOn } from '../../documents/templates';
import { getOrg } from '../../org/org';
import type { Knex } from 'knex';

export type Node = Record<string, unknown>;

/** The organisation on the paper's date (the caller resolves the upper level in force then). */
export interface PaperOrg {
  upperLevel: string;
  issuer: string;
  place: string;
  chairName: string;
}

export { monthVi } from '../months';

/** The organisation profile as the paper of `date` prints it (the upper level in force that day). */
export async function paperOrg(db: Knex, date: string): Promise<PaperOrg> {
  const { profile, upperLevels } = await getOrg(db);
  return {
    upperLevel: upperLevelOn(upperLevels, date) ?? profile?.upperLevelName ?? '',
    issuer: profile?.name ?? '',
    place: profile?.place ?? '',
    chairName: profile?.chairName ?? '',
  };
}

/** The official masthead (upper level and CĐCS, "Số: …/DS-CĐCS" left blank, the nation and the place and date). */
export function masthead(org: PaperOrg, date: string, type: DocTypeCode, geom: PageGeometry = pageGeometry()): Node {
  const v = docView({
    fields: {
      upperLevel: org.upperLevel,
      issuer: org.issuer || 'Công đoàn cơ sở',
      type,
      number: null,
      issuerCode: 'CĐCS',
      place: org.place,
      date,
      summary: '',
      signers: [{ authority: '', position: '', name: '' }],
      recipients: [],
    },
    body: { type: 'doc', content: [] },
  });
  return mastheadPdf(v, geom);
}

export interface SignatureColumn {
  /** Lines above the signing space, upper case: ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"] or ["NGƯỜI THU TIỀN"]. */
  heading: string[];
  /** Under the signing space; '' leaves it blank to be written by hand. */
  name: string;
}

/** Side by side, names on one line; never split from what is above it by a page break (the caller's stack). */
export function signatures(columns: SignatureColumn[], space = 56): Node {
  const rows = Math.max(...columns.map((c) => c.heading.length));
  return {
    columns: columns.map((c) => ({
      width: '*',
      alignment: 'center',
      stack: [
        ...[...c.heading, ...Array<string>(rows - c.heading.length).fill('\u00a0')].map((text) => ({
          text,
          bold: true,
        })),
        { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 },
        { text: c.name || '\u00a0', bold: true, margin: [0, space, 0, 0] },
      ],
    })),
    columnGap: 8,
    margin: [0, 10, 0, 0],
  };
}
