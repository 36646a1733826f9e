/**
 * One valid and one invalid input for every command of the contract. The contract test fails for a command
 * without a sample, so a new command cannot skip it. Invalid inputs break one rule each (a bound, a type, an enum,
 * a required field, an unknown key), so each proves that rule is checked.
 */
import type { CommandName } from '../../src/shared/contract';

const fields = {
  upperLevel: 'LĐLĐ phường Hoà Bình',
  issuer: 'CĐCS Công ty TNHH Thử Nghiệm',
  type: 'TB',
  number: null,
  issuerCode: 'CĐCS',
  place: 'Hà Nội',
  date: '2026-03-02',
  summary: 'Về việc họp tổ',
  signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
  recipients: ['Các tổ công đoàn'],
};
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kính gửi các tổ.' }] }] };
const model = { fields, body };

export const SAMPLES: Record<CommandName, { valid: unknown; invalid: unknown }> = {
  'app.status': { valid: {}, invalid: { verbose: true } },
  'vault.create': { valid: { passphrase: 'mật khẩu đủ dài' }, invalid: { passphrase: 'ngắn' } },
  'vault.unlock': { valid: { passphrase: 'x' }, invalid: { passphrase: '' } },
  'vault.unlockWithKeystore': { valid: {}, invalid: { passphrase: 'x' } },
  'vault.recover': {
    valid: { recoveryKey: 'ABCD-EFGH', newPassphrase: 'mật khẩu mới đủ dài' },
    invalid: { recoveryKey: 'ABCD-EFGH', newPassphrase: '1234567' },
  },
  'vault.lock': { valid: {}, invalid: { force: true } },
  'vault.changePassphrase': {
    valid: { currentPassphrase: 'cũ', newPassphrase: '12345678' },
    invalid: { currentPassphrase: '', newPassphrase: '12345678' },
  },
  'vault.setKeystore': { valid: { enabled: true }, invalid: { enabled: 'có' } },
  'vault.recoverySheet': { valid: { recoveryKey: 'ABCD-EFGH' }, invalid: {} },
  'org.get': { valid: {}, invalid: { id: 'x' } },
  'org.update': { valid: { name: 'Công đoàn cơ sở' }, invalid: { upperLevelType: 'district' } },
  'settings.get': { valid: {}, invalid: { key: 'backupKeep' } },
  'settings.update': { valid: { backupKeep: 5 }, invalid: { backupKeep: 0 } },
  'backup.create': { valid: {}, invalid: { out: '/tmp/x.udbak' } },
  'backup.list': { valid: {}, invalid: { kind: 'auto' } },
  'backup.restore': { valid: { file: 'manual-2026-03-02.udbak' }, invalid: { file: '../../etc/passwd' } },
  'jobs.get': { valid: { jobId: 'j1' }, invalid: {} },
  'jobs.wait': { valid: { jobId: 'j1' }, invalid: { jobId: 7 } },
  'doctor.run': { valid: {}, invalid: { fix: true } },
  'members.list': { valid: { query: 'an', limit: 10 }, invalid: { limit: -1 } },
  'members.get': { valid: { id: 'm1' }, invalid: { id: '' } },
  'members.add': { valid: { fullName: 'Nguyễn Văn An' }, invalid: { fullName: '   ' } },
  'members.update': { valid: { id: 'm1', phone: '0912345678' }, invalid: { id: 'm1', phone: '12345' } },
  'members.setStatus': {
    valid: { id: 'm1', status: 'suspended', date: '2026-01-15', reason: 'Nghỉ không lương' },
    invalid: { id: 'm1', status: 'suspended', date: '2026-02-30', reason: 'Nghỉ không lương' },
  },
  'members.delete': { valid: { id: 'm1' }, invalid: {} },
  'units.list': { valid: {}, invalid: { parentId: 'u1' } },
  'units.save': { valid: { name: 'Tổ may' }, invalid: { name: '' } },
  'units.delete': { valid: { id: 'u1' }, invalid: { id: 3 } },
  'members.importData': { valid: { fileName: 'ds.csv', base64: '' }, invalid: { fileName: 'ds.csv' } },
  'members.export': { valid: { format: 'xlsx' }, invalid: { format: 'docx' } },
  'docs.templates': { valid: {}, invalid: { type: 'TB' } },
  'docs.create': { valid: { templateId: 'thong-bao' }, invalid: { templateId: 5 } },
  'docs.get': { valid: { id: 'd1', version: 2 }, invalid: { id: 'd1', version: 0 } },
  'docs.save': { valid: { id: 'd1', fields, body }, invalid: { id: 'd1', fields: { ...fields, signers: [] }, body } },
  'docs.issue': { valid: { id: 'd1', date: '2026-03-02' }, invalid: { id: 'd1', date: '02/03/2026' } },
  'docs.list': { valid: { year: 2026, status: 'issued' }, invalid: { status: 'sent' } },
  'docs.delete': { valid: { id: 'd1' }, invalid: { id: '' } },
  'docs.render': { valid: { id: 'd1', format: 'pdf' }, invalid: { id: 'd1', format: 'odt' } },
  'docs.renderMarkdown': { valid: { markdown: '# Thông báo', format: 'html' }, invalid: { markdown: '# x' } },
  'docs.preview': { valid: { model, format: 'html' }, invalid: { model, format: 'docx' } },
  'docs.exportRegister': { valid: { year: 2026 }, invalid: { year: '2026' } },
  'elections.tally': {
    valid: {
      seats: 1,
      candidates: ['Lê Thị Hoa', 'Trần Văn Nam'],
      denominator: 'valid',
      issued: 3,
      collected: 3,
      ballots: [['Trần Văn Nam'], ['Lê Thị Hoa'], []],
    },
    // Both ways of counting at once.
    invalid: {
      seats: 1,
      candidates: ['Lê Thị Hoa'],
      denominator: 'valid',
      issued: 1,
      collected: 1,
      ballots: [[]],
      totals: { 'Lê Thị Hoa': 1 },
    },
  },
  'meetings.create': {
    valid: {
      kind: 'bch',
      title: 'Họp BCH tháng 3',
      startsAt: '2026-03-10T08:00',
      invitees: [{ bch: true }, { unit: 'Tổ may' }, { name: 'Ông Bình', organisation: 'LĐLĐ phường' }],
      agenda: [{ title: 'Báo cáo quý I', opinions: [{ speaker: 'Chị Hoa', text: 'Đồng ý.' }] }],
      attendance: [{ member: { idNumber: '001203004567' }, state: 'proxy', proxy: { memberId: 'm2' } }],
      motions: [{ text: 'Thông qua báo cáo', for: 9, against: 1 }],
    },
    invalid: { kind: 'bch', title: 'Họp', startsAt: '2026-03-10T08:00', onlineUrl: 'http://zoom.us/j/1' },
  },
  'meetings.update': { valid: { id: 'g1', status: 'held' }, invalid: { id: 'g1', startsAt: '2026-02-30T08:00' } },
  'meetings.get': { valid: { id: 'g1' }, invalid: { id: '' } },
  'meetings.list': { valid: { status: 'planned' }, invalid: { status: 'cancelled' } },
  'meetings.delete': { valid: { id: 'g1' }, invalid: {} },
  'meetings.setAttendance': {
    valid: { id: 'g1', attendance: [{ member: { memberId: 'm1' }, state: 'absent', reason: 'Ốm' }] },
    invalid: { id: 'g1', attendance: [{ member: { memberId: 'm1' }, state: 'late' }] },
  },
  'meetings.minutes': { valid: { id: 'g1' }, invalid: { id: 'g1', format: 'docx' } },
  'meetings.invitations': { valid: { id: 'g1', format: 'docx' }, invalid: { id: 'g1', format: 'html' } },
};
