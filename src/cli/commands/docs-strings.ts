/**
 * CLI strings of the official documents (`uniondesk docs …`, its face: docs.ts). English is the base; Vietnamese
 * overrides key by key.
 */
const en = {
  'docs.description':
    'official documents: templates, rendering to Word/PDF/HTML/text, the register of outgoing documents',
  'docs.templates.description': 'list the templates and their variables (* = required)',
  'docs.render.description':
    'render a template-style Markdown file to the --out file (Word, PDF, HTML or text), without touching the register',
  'docs.render.after': `
The Markdown file starts with front matter (the official fields), then the body (headings, **bold**, *italic*,
lists, pipe tables) with {{variables}} filled from --data:
  type         code (BB, QĐ, NQ, KH, BC, TB, GM, TTr, CTr, CV…) or name ("Biên bản")
  number       printed with a leading zero below 10: "Số: 07/BB-CĐCS"
  issuerCode   "CĐCS" in "Số: 07/BB-CĐCS"
  upperLevel   upper-level union;  issuer: issuing union
  place        place of the date line;  date: YYYY-MM-DD
  summary      summary (trích yếu)
  signers      list of {authority, position, name} (one, or two for minutes)
  recipients   list (Nơi nhận)
With the passphrase ($UNIONDESK_PASSPHRASE or --passphrase-file) the organisation profile fills the defaults
(issuer, upper level in force on the date, place, chair as signer); without it the front matter must say everything.
Missing required fields or unknown {{variables}}: exit code 4, naming them.`,
  'docs.issue.description':
    'create a document from a template-style Markdown file and issue it: the register assigns its number',
  'docs.issue.date': "date of issue, YYYY-MM-DD (else the document's date)",
  'docs.list.description': 'the register of outgoing documents (drafts too), newest first',
  'docs.list.type': 'only this type (code or name, e.g. BB or "Biên bản")',
  'docs.list.year': 'only this year',
  'docs.list.status': 'only drafts or issued documents',
  'docs.list.query': 'search number, summary, signer and recipients (without diacritics too)',
  'docs.export.description': 'write a document from the register to the --out file',
  'docs.export.id': 'document id (see "docs list")',
  'docs.export.version': 'this version instead of the current one',
  'docs.register.description': 'export the register of outgoing documents (issued ones) to an .xlsx file',
  'docs.register.year': 'only this year',
  'docs.register.out': '.xlsx file to write',
  'docs.opt.file': 'template-style Markdown file (UTF-8)',
  'docs.opt.data': 'JSON file of variable values (an object)',
  'docs.opt.format': 'output format (else from the extension of --out)',
  'docs.opt.out': 'file to write (readable by you only)',
  'docs.col.id': 'ID',
  'docs.col.docId': 'ID',
  'docs.col.title': 'Title',
  'docs.col.type': 'Type',
  'docs.col.variables': 'Variables (* = required)',
  'docs.col.number': 'Number',
  'docs.col.date': 'Date',
  'docs.col.summary': 'Summary',
  'docs.col.version': 'Version',
  'docs.col.status': 'Status',
  'docs.status.draft': 'draft',
  'docs.status.issued': 'issued',
  'docs.templates.none': 'No templates.',
  'docs.templates.broken': 'Template {id} cannot be read: {error}',
  'docs.list.none': 'No documents.',
  'docs.list.total': 'Total: {n} documents',
  'docs.written': 'Written: {path} ({size}).',
  'docs.issued': 'Issued document number {number}.',
  'docs.issued.id': 'Document id: {id}',
  'docs.register.done': 'Register exported: {count} documents to {path}.',
  'docs.err.badJson': 'The file {file} is not valid JSON: {error}',
  'docs.err.notObject': 'The file {file} must hold one JSON object of variable values.',
  'docs.err.badFormat': 'Give --format (docx, pdf, html or txt): the extension of "{file}" names none of them.',
  'docs.err.badType': 'Unknown document type "{type}". Types: {list}.',
  'docs.err.badNumber': 'Option {what} needs a whole number, got "{value}".',
  'docs.err.badDate': 'Invalid date "{value}": expected a real day as YYYY-MM-DD.',
  'docs.err.badExt': 'The register file must end in .xlsx: "{file}".',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'docs.description': 'văn bản: mẫu văn bản, xuất ra Word/PDF/HTML/văn bản thuần, sổ văn bản đi',
  'docs.templates.description': 'liệt kê các mẫu văn bản và biến của chúng (* = bắt buộc)',
  'docs.render.description':
    'xuất tệp Markdown theo kiểu mẫu văn bản ra tệp --out (Word, PDF, HTML hoặc văn bản thuần), không ghi vào sổ văn bản đi',
  'docs.render.after': `
Tệp Markdown mở đầu bằng phần đầu (front matter: các thành phần thể thức), sau đó là nội dung (đề mục, **đậm**,
*nghiêng*, danh sách, bảng kẻ |) với các {{biến}} lấy từ --data:
  type         mã (BB, QĐ, NQ, KH, BC, TB, GM, TTr, CTr, CV…) hoặc tên loại ("Biên bản")
  number       số văn bản, dưới 10 thêm số 0 phía trước: "Số: 07/BB-CĐCS"
  issuerCode   "CĐCS" trong "Số: 07/BB-CĐCS"
  upperLevel   công đoàn cấp trên;  issuer: công đoàn ban hành
  place        địa danh ở dòng ngày tháng;  date: YYYY-MM-DD
  summary      trích yếu
  signers      danh sách {authority, position, name} (thẩm quyền, chức vụ, họ tên; biên bản có hai người ký)
  recipients   danh sách nơi nhận
Có mật khẩu ($UNIONDESK_PASSPHRASE hoặc --passphrase-file) thì hồ sơ tổ chức điền phần còn thiếu (công đoàn ban
hành, cấp trên có hiệu lực vào ngày văn bản, địa danh, chủ tịch ký); không có thì phần đầu phải ghi đủ.
Thiếu thông tin bắt buộc hoặc {{biến}} không xác định: mã thoát 4, có nêu tên từng mục.`,
  'docs.issue.description': 'tạo văn bản từ tệp Markdown theo kiểu mẫu và ban hành: sổ văn bản đi cấp số',
  'docs.issue.date': 'ngày ban hành, dạng YYYY-MM-DD (nếu không: ngày của văn bản)',
  'docs.list.description': 'sổ văn bản đi (kể cả dự thảo), mới nhất trước',
  'docs.list.type': 'chỉ loại văn bản này (mã hoặc tên, vd. BB hoặc "Biên bản")',
  'docs.list.year': 'chỉ năm này',
  'docs.list.status': 'chỉ dự thảo hoặc chỉ văn bản đã ban hành',
  'docs.list.query': 'tìm theo số, trích yếu, người ký, nơi nhận (gõ không dấu cũng được)',
  'docs.export.description': 'xuất một văn bản trong sổ ra tệp --out',
  'docs.export.id': 'mã văn bản (xem "docs list")',
  'docs.export.version': 'xuất phiên bản này thay cho phiên bản hiện hành',
  'docs.register.description': 'xuất sổ văn bản đi (các văn bản đã ban hành) ra tệp .xlsx',
  'docs.register.year': 'chỉ năm này',
  'docs.register.out': 'tệp .xlsx cần ghi',
  'docs.opt.file': 'tệp Markdown theo kiểu mẫu văn bản (UTF-8)',
  'docs.opt.data': 'tệp JSON chứa giá trị các biến (một đối tượng)',
  'docs.opt.format': 'định dạng xuất (nếu không: theo đuôi tệp của --out)',
  'docs.opt.out': 'tệp cần ghi (chỉ bạn đọc được)',
  'docs.col.id': 'Mã mẫu',
  'docs.col.docId': 'Mã',
  'docs.col.title': 'Tên mẫu',
  'docs.col.type': 'Loại',
  'docs.col.variables': 'Biến (* = bắt buộc)',
  'docs.col.number': 'Số/ký hiệu',
  'docs.col.date': 'Ngày',
  'docs.col.summary': 'Trích yếu',
  'docs.col.version': 'Phiên bản',
  'docs.col.status': 'Trạng thái',
  'docs.status.draft': 'dự thảo',
  'docs.status.issued': 'đã ban hành',
  'docs.templates.none': 'Không có mẫu văn bản nào.',
  'docs.templates.broken': 'Không đọc được mẫu {id}: {error}',
  'docs.list.none': 'Chưa có văn bản nào.',
  'docs.list.total': 'Tổng cộng: {n} văn bản',
  'docs.written': 'Đã ghi: {path} ({size}).',
  'docs.issued': 'Đã ban hành văn bản số {number}.',
  'docs.issued.id': 'Mã văn bản: {id}',
  'docs.register.done': 'Đã xuất sổ văn bản đi: {count} văn bản ra {path}.',
  'docs.err.badJson': 'Tệp {file} không phải JSON hợp lệ: {error}',
  'docs.err.notObject': 'Tệp {file} phải chứa một đối tượng JSON gồm giá trị các biến.',
  'docs.err.badFormat':
    'Hãy chỉ rõ --format (docx, pdf, html hoặc txt): đuôi tệp của "{file}" không phải định dạng nào trong số đó.',
  'docs.err.badType': 'Loại văn bản "{type}" không có. Các loại: {list}.',
  'docs.err.badNumber': 'Tùy chọn {what} cần một số nguyên, nhận được "{value}".',
  'docs.err.badDate': 'Ngày "{value}" không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD.',
  'docs.err.badExt': 'Tệp sổ văn bản đi phải có đuôi .xlsx: "{file}".',
};

export const docsStrings = { en, vi };
