/**
 * `uniondesk meetings update ID --file MEETING.json` (the fields given replace the recorded ones, lists whole) and
 * `uniondesk meetings attendance ID --file ATT.json` (the attendance list replaced: CCCD → present | {"absent":
 * REASON} | {"excused": REASON} | {"proxy": CCCD}), both in create's file format (meetings-file.ts).
 */
import type { Command } from 'commander';
import type { CommandInput } from '../../shared/contract';
import { t } from '../i18n';
import { action } from '../session';
import { attendanceInput, meetingInput, readJsonObjectFile } from './meetings-file';

export function registerUpdate(meetings: Command): void {
  meetings
    .command('update')
    .description(t('meetings.update.description'))
    .argument('<id>', t('meetings.id'))
    .requiredOption('--file <file>', t('meetings.update.file'))
    .action(
      action({
        // Read (and bounded) before the vault opens: a bad file needs no passphrase.
        input: (_ctx, id: string, o: { file: string }) => ({
          ...meetingInput(readJsonObjectFile(o.file, 'meetings.err.notObject')),
          id,
        }),
        run: ({ call }, input) => call('meetings.update', input as CommandInput<'meetings.update'>),
        show: ({ id }) => t('meetings.updated', { id }),
      }),
    );

  meetings
    .command('attendance')
    .description(t('meetings.attendance.description'))
    .argument('<id>', t('meetings.id'))
    .requiredOption('--file <file>', t('meetings.attendance.file'))
    .action(
      action({
        input: (_ctx, id: string, o: { file: string }) => ({
          id,
          attendance: attendanceInput(readJsonObjectFile(o.file, 'meetings.err.attendanceNotObject')),
        }),
        run: async ({ call }, input) => {
          const { id } = await call('meetings.setAttendance', input as CommandInput<'meetings.setAttendance'>);
          // What the new marks mean: present/total and the quorum, as `meetings get` shows them.
          const { figures } = await call('meetings.get', { id });
          return { id, presentText: figures.presentText, quorum: figures.quorum };
        },
        show: ({ presentText, quorum }) =>
          quorum.fraction
            ? t('meetings.attendance.saved', {
                present: presentText,
                met: t(quorum.met ? 'meetings.card.met' : 'meetings.card.notMet'),
                fraction: quorum.fraction,
              })
            : presentText,
      }),
    );
}

export const updateStrings = {
  en: {
    'meetings.update.description': 'change a meeting from a MEETING.json file (the fields given replace the old ones)',
    'meetings.update.file': 'the fields to change, in the format of create (a list given replaces the whole list)',
    'meetings.updated': 'Meeting {id} updated.',
    'meetings.attendance.description': 'replace the attendance of a meeting from an ATT.json file',
    'meetings.attendance.file':
      'JSON object: CCCD → "present" | {"absent": REASON} | {"excused": REASON} | {"proxy": CCCD}',
    'meetings.attendance.saved': 'Attendance saved. {present}; quorum ({fraction}) {met}.',
    'meetings.err.attendanceNotObject': 'The attendance in {file} must be a JSON object (CCCD → mark).',
    'meetings.resolution.description':
      'make or refresh the resolution of the passed motions (draft in the register) and write it to a file',
    'meetings.resolution.format': 'file format',
    'meetings.resolution.out': 'the file to write',
    'meetings.resolution.regenerate':
      'remake the draft from the record even if it was edited since (the edits are lost)',
    'meetings.resolution.written': 'Resolution (draft document {id}) written to {path} ({size}).',
  },
  vi: {
    'meetings.update.description': 'sửa cuộc họp từ tệp MEETING.json (các trường có trong tệp thay cho trường cũ)',
    'meetings.update.file': 'các trường cần sửa, cùng dạng với create (danh sách có trong tệp thay cả danh sách cũ)',
    'meetings.updated': 'Đã cập nhật cuộc họp {id}.',
    'meetings.attendance.description': 'ghi lại điểm danh của cuộc họp từ tệp ATT.json',
    'meetings.attendance.file':
      'đối tượng JSON: số CCCD → "present" | {"absent": LÝ DO} | {"excused": LÝ DO} | {"proxy": CCCD}',
    'meetings.attendance.saved': 'Đã ghi điểm danh. {present}; tỷ lệ có mặt ({fraction}): {met}.',
    'meetings.err.attendanceNotObject': 'Điểm danh trong {file} phải là một đối tượng JSON (số CCCD → trạng thái).',
    'meetings.resolution.description':
      'lập hoặc cập nhật nghị quyết các nội dung được thông qua (bản nháp trong sổ văn bản) và ghi ra tệp',
    'meetings.resolution.format': 'định dạng tệp',
    'meetings.resolution.out': 'tệp cần ghi',
    'meetings.resolution.regenerate': 'lập lại bản nháp từ hồ sơ cuộc họp kể cả khi đã được sửa (mất các sửa đổi)',
    'meetings.resolution.written': 'Đã ghi nghị quyết (văn bản nháp {id}) vào {path} ({size}).',
  },
};
