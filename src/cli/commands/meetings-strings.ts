/** CLI strings of `uniondesk meetings …` (its face: meetings.ts). English is the base; Vietnamese overrides. */
import { inviteStrings } from './meetings-invite';
import { packStrings } from './meetings-pack';
import { updateStrings } from './meetings-update';

const en = {
  'meetings.description': 'meetings: agenda, invitees, attendance, quorum and motions',
  'meetings.create.description': 'create a meeting from a MEETING.json file',
  'meetings.create.file': 'the meeting as JSON (see README: kind, title, startsAt, invitees, attendance, motions…)',
  'meetings.get.description': 'show a meeting with its attendance, quorum and motions',
  'meetings.list.description': 'list meetings by date',
  'meetings.list.status': 'only planned, held or minutesSigned meetings',
  'meetings.delete.description': 'delete a meeting',
  'meetings.id': 'the meeting id',
  'meetings.created': 'Meeting created: {title} ({id}).',
  'meetings.deleted': 'Meeting deleted.',
  'meetings.none': 'No meetings.',
  'meetings.col.when': 'When',
  'meetings.col.kind': 'Kind',
  'meetings.col.title': 'Title',
  'meetings.col.status': 'Status',
  'meetings.col.id': 'Id',
  'meetings.card.when': 'When: {when}',
  'meetings.card.place': 'Place: {place}',
  'meetings.card.quorum': 'Quorum: {required} of {convened} needed ({fraction}): {met}',
  'meetings.card.noQuorum': 'No quorum rule for this kind of meeting.',
  'meetings.card.met': 'met',
  'meetings.card.notMet': 'not met',
  'meetings.card.motion':
    '{text}: for {for} ({pFor}%), against {against} ({pAgainst}%), abstain {abstain} ({pAbstain}%): {result}',
  'meetings.card.passed': 'passed',
  'meetings.card.failed': 'not passed',
  'meetings.err.notObject': 'The meeting in {file} must be a JSON object.',
  'meetings.err.badJson': '{file} is not valid JSON: {error}',
  'meetings.minutes.description': 'make or refresh the minutes (draft in the register) and write them to a file',
  'meetings.minutes.format': 'file format',
  'meetings.minutes.out': 'the file to write',
  'meetings.minutes.regenerate': 'remake the draft from the record even if it was edited since (the edits are lost)',
  'meetings.minutes.written': 'Minutes (draft document {id}) written to {path} ({size}).',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'meetings.description': 'cuộc họp: chương trình, người được mời, điểm danh, tỷ lệ và biểu quyết',
  'meetings.create.description': 'tạo cuộc họp từ tệp MEETING.json',
  'meetings.create.file': 'cuộc họp dạng JSON (xem README: kind, title, startsAt, invitees, attendance, motions…)',
  'meetings.get.description': 'xem cuộc họp: điểm danh, tỷ lệ có mặt, biểu quyết',
  'meetings.list.description': 'liệt kê các cuộc họp theo ngày',
  'meetings.list.status': 'chỉ các cuộc họp planned (sắp họp), held (đã họp) hoặc minutesSigned (đã ký biên bản)',
  'meetings.delete.description': 'xoá cuộc họp',
  'meetings.id': 'mã cuộc họp',
  'meetings.created': 'Đã tạo cuộc họp: {title} ({id}).',
  'meetings.deleted': 'Đã xoá cuộc họp.',
  'meetings.none': 'Chưa có cuộc họp nào.',
  'meetings.col.when': 'Thời gian',
  'meetings.col.kind': 'Loại',
  'meetings.col.title': 'Tên cuộc họp',
  'meetings.col.status': 'Trạng thái',
  'meetings.col.id': 'Mã',
  'meetings.card.when': 'Thời gian: {when}',
  'meetings.card.place': 'Địa điểm: {place}',
  'meetings.card.quorum': 'Tỷ lệ cần có mặt: {required}/{convened} ({fraction}): {met}',
  'meetings.card.noQuorum': 'Loại cuộc họp này không có quy định tỷ lệ có mặt.',
  'meetings.card.met': 'đạt',
  'meetings.card.notMet': 'không đạt',
  'meetings.card.motion':
    '{text}: tán thành {for} ({pFor}%), không tán thành {against} ({pAgainst}%), ' +
    'ý kiến khác {abstain} ({pAbstain}%): {result}',
  'meetings.card.passed': 'thông qua',
  'meetings.card.failed': 'không thông qua',
  'meetings.err.notObject': 'Cuộc họp trong {file} phải là một đối tượng JSON.',
  'meetings.err.badJson': '{file} không phải JSON hợp lệ: {error}',
  'meetings.minutes.description': 'lập hoặc cập nhật biên bản họp (bản nháp trong sổ văn bản) và ghi ra tệp',
  'meetings.minutes.format': 'định dạng tệp',
  'meetings.minutes.out': 'tệp cần ghi',
  'meetings.minutes.regenerate': 'lập lại bản nháp từ hồ sơ cuộc họp kể cả khi đã được sửa (mất các sửa đổi)',
  'meetings.minutes.written': 'Đã ghi biên bản (văn bản nháp {id}) vào {path} ({size}).',
};

export const meetingsStrings = {
  en: { ...en, ...inviteStrings.en, ...updateStrings.en, ...packStrings.en },
  vi: { ...vi, ...inviteStrings.vi, ...updateStrings.vi, ...packStrings.vi },
};
