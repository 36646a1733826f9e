/** Meetings: the record of a meeting (people, agenda, attendance, motions) and its quorum and vote figures. */
import { meetingsContract } from '../../shared/meetings-contract';
import * as m006 from '../db/migrations/006-meetings';
import * as m007 from '../db/migrations/007-meeting-minutes';
import * as m009 from '../db/migrations/009-meeting-files';
import * as m010 from '../db/migrations/010-meeting-resolution';
import { defineModule, withModes } from '../module';
import { meetingHandlers } from './handlers';
import { meetingPackJob } from './pack/job';

export const meetingsModule = defineModule({
  name: 'meetings',
  contract: meetingsContract,
  commands: withModes(meetingHandlers, {
    'meetings.create': 'write',
    'meetings.update': 'write',
    'meetings.get': 'read',
    'meetings.list': 'read',
    'meetings.delete': 'write',
    'meetings.setAttendance': 'write',
    'meetings.minutes': 'write',
    'meetings.invitations': 'read',
    'meetings.resolution': 'write',
    'meetings.addFile': 'write',
    'meetings.getFile': 'read',
    'meetings.pack': 'job',
  }),

  migrations: [
    { version: 6, name: 'meetings', up: m006.up },
    { version: 7, name: 'meeting-minutes', up: m007.up },
    { version: 9, name: 'meeting-files', up: m009.up },
    { version: 10, name: 'meeting-resolution', up: m010.up },
  ],
  tables: {
    meetings: 'sync',
    meeting_invitees: 'sync',
    meeting_agenda_items: 'sync',
    meeting_opinions: 'sync',
    meeting_attendance: 'sync',
    meeting_motions: 'sync',
    meeting_files: 'sync',
    meeting_agenda_attachments: 'sync',
    // A pack job's rendered parts, kept until the job ends: this PC's work in progress, never synced.
    meeting_pack_parts: 'local',
  },
  jobKinds: [meetingPackJob],
});
