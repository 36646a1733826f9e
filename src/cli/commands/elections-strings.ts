/** CLI strings of `uniondesk elections …` (its face: elections.ts). English is the base; Vietnamese overrides. */
const en = {
  'elections.description': 'elections (congress and BCH): the vote count',
  'elections.tally.description': 'count the votes of an election from ELECTION.json (ballots or totals)',
  'elections.tally.file': 'the election: seats, candidates, denominator, issued, collected, ballots or totals',
  'elections.tally.after': `
ELECTION.json:
  {"seats": 2, "candidates": ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"],
   "denominator": "valid", "issued": 50, "collected": 48,
   "ballots": [["Lê Văn Cường"], ["Trần Thị Bình"], …]}
  Each ballot lists the names struck out. Instead of "ballots": "totals" {"name": votes} and "invalid".
  denominator: issued | collected | valid (a candidate needs more than half of it).
  For --minutes, optional: "title", "electing", "convened", "present", "date" (YYYY-MM-DD), "place",
  "counters" (the vote counters, the head first); "upperLevel", "issuer", "locality" when no profile is unlocked.`,
  'elections.tally.minutes': 'also write the vote-count minutes (biên bản kiểm phiếu) as FILE.docx or FILE.pdf',
  'elections.minutesWritten': 'Minutes written: {path} ({size}).',
  'elections.err.minutesFormat': 'The minutes file {file} must end in .docx or .pdf.',
  'elections.err.badJson': 'The file {file} is not valid JSON: {error}',
  'elections.err.notObject': 'The file {file} must hold one JSON object (the election).',
  'elections.row.issued': 'Ballots issued',
  'elections.row.collected': 'Ballots collected',
  'elections.row.valid': 'Valid ballots',
  'elections.row.invalid': 'Invalid ballots',
  'elections.row.threshold': 'Votes needed to be elected (more than half of {of})',
  'elections.of.issued': 'ballots issued',
  'elections.of.collected': 'ballots collected',
  'elections.of.valid': 'valid ballots',
  'elections.col.rank': 'No.',
  'elections.col.name': 'Candidate',
  'elections.col.votes': 'Votes',
  'elections.col.percent': '%',
  'elections.col.outcome': 'Result',
  'elections.elected': 'Elected',
  'elections.notElected': 'Not elected',
  'elections.tie': 'Tied – re-vote',
  'elections.ballots.description':
    'record the election of ELECTION.json in the vault and print its ballot papers (1, 2 or 4 to an A4 sheet)',
  'elections.ballots.file': 'the election: electing, seats, candidates, denominator (see below)',
  'elections.ballots.perPage': 'ballots on one A4 sheet',
  'elections.ballots.out': 'the ballot papers, FILE.pdf or FILE.docx (one sheet; print as many copies as needed)',
  'elections.ballots.after': `
ELECTION.json:
  {"electing": "Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030", "seats": 9,
   "candidates": ["Nguyễn Văn An", "Trần Thị Bình", …], "denominator": "valid"}
  Optional: "body" (bch | chair | vice-chair | standing | ubkt | ubkt-chair | delegates | other), "meetingId",
  "issued", "collected"; a candidate may be {"name": …, "memberId": …}. The ballot lists them by given name.`,
  'elections.ballots.written': 'Ballot papers written: {path} ({size}). Election recorded as {id}.',
  'elections.err.ballotsFormat': 'The ballot papers file {file} must end in .pdf or .docx.',
  'elections.list.description': 'list the elections recorded in the vault',
  'elections.list.meeting': 'only those of this meeting (congress)',
  'elections.list.none': 'No election recorded.',
  'elections.list.id': 'Id',
  'elections.list.electing': 'Electing',
  'elections.list.seats': 'Seats',
  'elections.list.ballots': 'Ballots entered',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'elections.description': 'bầu cử (đại hội, BCH): kiểm phiếu',
  'elections.tally.description': 'kiểm phiếu một cuộc bầu cử từ ELECTION.json (từng phiếu hoặc số phiếu mỗi người)',
  'elections.tally.file': 'cuộc bầu cử: số người cần bầu, ứng cử viên, mẫu số, phiếu phát ra, thu vào, phiếu bầu',
  'elections.tally.after': `
ELECTION.json:
  {"seats": 2, "candidates": ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"],
   "denominator": "valid", "issued": 50, "collected": 48,
   "ballots": [["Lê Văn Cường"], ["Trần Thị Bình"], …]}
  Mỗi phiếu là danh sách tên bị gạch. Thay cho "ballots": "totals" {"tên": số phiếu} và "invalid".
  denominator: issued (phát ra) | collected (thu vào) | valid (hợp lệ); trúng cử cần quá một nửa số đó.
  Cho --minutes, tuỳ chọn: "title" (đại hội), "electing" (bầu gì), "convened", "present" (đại biểu), "date",
  "place", "counters" (Ban kiểm phiếu, Trưởng ban trước); "upperLevel", "issuer", "locality" khi chưa mở khoá.`,
  'elections.tally.minutes': 'ghi thêm biên bản kiểm phiếu ra FILE.docx hoặc FILE.pdf',
  'elections.minutesWritten': 'Đã ghi biên bản kiểm phiếu: {path} ({size}).',
  'elections.err.minutesFormat': 'Tệp biên bản {file} phải có đuôi .docx hoặc .pdf.',
  'elections.err.badJson': 'Tệp {file} không phải JSON hợp lệ: {error}',
  'elections.err.notObject': 'Tệp {file} phải chứa một đối tượng JSON (cuộc bầu cử).',
  'elections.row.issued': 'Số phiếu phát ra',
  'elections.row.collected': 'Số phiếu thu vào',
  'elections.row.valid': 'Số phiếu hợp lệ',
  'elections.row.invalid': 'Số phiếu không hợp lệ',
  'elections.row.threshold': 'Ngưỡng trúng cử (quá 1/2 {of})',
  'elections.of.issued': 'số phiếu phát ra',
  'elections.of.collected': 'số phiếu thu vào',
  'elections.of.valid': 'số phiếu hợp lệ',
  'elections.col.rank': 'TT',
  'elections.col.name': 'Ứng cử viên',
  'elections.col.votes': 'Số phiếu',
  'elections.col.percent': 'Tỷ lệ %',
  'elections.col.outcome': 'Kết quả',
  'elections.elected': 'Trúng cử',
  'elections.notElected': 'Không trúng cử',
  'elections.tie': 'Bằng phiếu – bầu lại',
  'elections.ballots.description':
    'ghi cuộc bầu cử trong ELECTION.json vào kho dữ liệu và in phiếu bầu (1, 2 hoặc 4 phiếu trên một trang A4)',
  'elections.ballots.file': 'cuộc bầu cử: bầu gì, số lượng cần bầu, ứng cử viên, mẫu số (xem dưới)',
  'elections.ballots.perPage': 'số phiếu trên một trang A4',
  'elections.ballots.out': 'tệp phiếu bầu FILE.pdf hoặc FILE.docx (một trang; in bao nhiêu bản tuỳ cần)',
  'elections.ballots.after': `
ELECTION.json:
  {"electing": "Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030", "seats": 9,
   "candidates": ["Nguyễn Văn An", "Trần Thị Bình", …], "denominator": "valid"}
  Tuỳ chọn: "body" (bch | chair | vice-chair | standing | ubkt | ubkt-chair | delegates | other), "meetingId",
  "issued", "collected"; ứng cử viên có thể ghi {"name": …, "memberId": …}. Phiếu xếp tên theo tên gọi.`,
  'elections.ballots.written': 'Đã ghi phiếu bầu: {path} ({size}). Cuộc bầu cử đã được lưu với mã {id}.',
  'elections.err.ballotsFormat': 'Tệp phiếu bầu {file} phải có đuôi .pdf hoặc .docx.',
  'elections.list.description': 'liệt kê các cuộc bầu cử đã lưu',
  'elections.list.meeting': 'chỉ các cuộc bầu cử của cuộc họp (đại hội) này',
  'elections.list.none': 'Chưa có cuộc bầu cử nào.',
  'elections.list.id': 'Mã',
  'elections.list.electing': 'Bầu',
  'elections.list.seats': 'Số cần bầu',
  'elections.list.ballots': 'Số phiếu đã nhập',
};

export const electionsStrings = { en, vi };
