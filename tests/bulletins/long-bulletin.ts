/** A bulletin of ten printed pages or more: headings, paragraphs, lists, a table and an image, in Vietnamese. */
const SENTENCE =
  'Công đoàn cơ sở tiếp tục chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên và ' +
  'người lao động; phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ, thương lượng tập thể về tiền ' +
  'lương, thưởng, thời giờ làm việc và an toàn vệ sinh lao động. ';

const text = (t: string) => ({ type: 'text', text: t });
const para = (t: string) => ({ type: 'paragraph', content: [text(t)] });
const heading = (t: string) => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] });
const item = (t: string) => ({ type: 'listItem', content: [para(t)] });
const cell = (t: string, header = false) => ({
  type: header ? 'tableHeader' : 'tableCell',
  content: [para(t)],
});

/** A 1×1 PNG: the email sends it inline (a cid: part), the text part points to the PDF, the PDF keeps it. */
export const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function longBody() {
  const content: unknown[] = [];
  for (let part = 1; part <= 10; part++) {
    content.push(heading(`Phần ${part}. Hoạt động của các tổ công đoàn`));
    for (let p = 0; p < 5; p++) content.push(para(`${part}.${p + 1}. ${SENTENCE.repeat(2)}`));
    content.push({ type: 'bulletList', content: [item('Thăm hỏi đoàn viên ốm đau.'), item('Tặng quà Tết.')] });
    if (part === 5) content.push({ type: 'image', attrs: { src: PNG, alt: 'Ảnh hội nghị', width: 400 } });
  }
  content.push({
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('Tổ', true), cell('Số đoàn viên', true), cell('Số suất quà', true)] },
      ...Array.from({ length: 20 }, (_, i) => ({
        type: 'tableRow',
        content: [cell(`Tổ ${i + 1}`), cell(String(20 + i)), cell(String(5 + (i % 4)))],
      })),
    ],
  });
  return { type: 'doc', content };
}
