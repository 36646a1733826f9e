/**
 * DocumentModel → plain text (a mail's text part, Zalo, the CLI): the masthead lines, title and summary, the body
 * with the printed list markers and table rows as " | "-joined cells, the signatures, the Nơi nhận list and the
 * appendices (phụ lục).
 */
import type { BlockNode, DocumentModel } from '../../../shared/document-model';
import { listMarker, MAX_LIST_LEVEL, plainText, tableGrid } from './body-shared';
import { docView, RECIPIENTS_LABEL, type SignerView } from './view';

const INDENT = '    ';

function block(node: BlockNode, depth: number, lead: string): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const text = plainText(node.content);
      return text.split('\n').map((l, i) => (i === 0 ? lead : ' '.repeat(lead.length)) + l);
    }
    case 'bulletList':
    case 'orderedList': {
      const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
      const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
      const pad = INDENT.repeat(depth + 1);
      return node.content.flatMap((item, n) => {
        const marker = `${pad}${listMarker(kind, Math.min(depth, MAX_LIST_LEVEL), start + n)} `;
        return item.content.flatMap((b, i) => block(b, depth + 1, i === 0 ? marker : ' '.repeat(marker.length)));
      });
    }
    case 'table': {
      const grid = tableGrid(node);
      return grid.rows.map(
        (row) =>
          lead +
          row
            .map((g) =>
              g.cell.content
                .flatMap((b) => block(b, 0, ''))
                .join(' ')
                .trim(),
            )
            .join(' | '),
      );
    }
    case 'image':
      return [`${lead}[Hình ảnh${node.attrs.alt ? `: ${node.attrs.alt}` : ''}]`];
    case 'pageBreak':
      return [];
  }
}

/** The body's lines alone (a bulletin's text part: bulletins/render-text.ts). */
export const bodyText = (content: BlockNode[]): string[] => content.flatMap((node) => block(node, 0, ''));

const signerLines = (s: SignerView) => [s.authority, s.position, '', s.name].filter((l, i) => l || i === 2);

export function toText(model: DocumentModel): string {
  const v = docView(model);
  const out: string[] = [];
  if (v.upperLevel) out.push(v.upperLevel);
  out.push(v.issuer, v.numberLine.replace(/\u00a0/g, ' '));
  if (v.letterSummary) out.push(v.letterSummary);
  out.push('', v.nation, v.motto, v.dateLine, '');
  if (v.title) out.push(v.title, ...(v.summary ? [v.summary] : []), '');
  for (const node of v.body.content) out.push(...block(node, 0, ''));
  out.push('');
  v.signers.forEach((s, i) => {
    if (i) out.push('');
    out.push(...signerLines(s));
  });
  out.push('', RECIPIENTS_LABEL, ...v.recipients, '');
  // A phụ lục starts a new page on paper; here a blank line more sets it apart (a form feed would show as a box in
  // mail and Zalo, where this text goes).
  for (const a of v.appendices) {
    out.push('', a.label, ...(a.title ? [a.title] : []), a.note, '');
    for (const node of a.body.content) out.push(...block(node, 0, ''));
    out.push('');
  }
  return out.join('\n');
}
