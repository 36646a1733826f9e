/**
 * The editor's schema: exactly what the document model can print (sanitize.ts still checks every save).
 * StarterKit without quotes, code, rules, strike-through or links; headings 1–3; alignment on paragraphs and
 * headings; tables; embedded PNG/JPEG images; and a page break node of our own.
 */
import { Node, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';

export const PageBreak = Node.create<{ label: string }>({
  name: 'pageBreak',
  group: 'block',
  atom: true,
  selectable: true,
  addOptions() {
    return { label: '' };
  },
  parseHTML() {
    return [{ tag: 'div[data-page-break]' }];
  },
  renderHTML() {
    return [
      'div',
      { 'data-page-break': '', 'data-label': this.options.label, class: 'ud-page-break', contenteditable: 'false' },
    ];
  },
});

export function editorExtensions(pageBreakLabel: string): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      link: false,
      heading: { levels: [1, 2, 3] },
    }),
    TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
    Table.configure({ resizable: true }),
    TableRow,
    TableHeader,
    TableCell,
    Image.configure({ allowBase64: true, inline: false }),
    PageBreak.configure({ label: pageBreakLabel }),
  ];
}
