import type { HandlerMap } from '../context';
import { addMeetingFile, getMeetingFile } from './files';
import { generateMinutes } from './minutes';
import { meetingInvitations } from './invitations';
import { PACK_JOB_KIND } from './pack/job';
import { getMeeting, listMeetings } from './read';
import { generateResolution } from './resolution';
import { createMeeting, deleteMeeting, setAttendance, updateMeeting } from './service';

type Names =
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.get'
  | 'meetings.list'
  | 'meetings.delete'
  | 'meetings.setAttendance'
  | 'meetings.minutes'
  | 'meetings.invitations'
  | 'meetings.resolution'
  | 'meetings.addFile'
  | 'meetings.getFile'
  | 'meetings.pack';

export const meetingHandlers: HandlerMap<Names> = {
  'meetings.create': async (input, ctx) => ({ id: await createMeeting(ctx.session(), input) }),
  'meetings.update': async (input, ctx) => (await updateMeeting(ctx.session(), input), { id: input.id }),
  'meetings.get': async ({ id }, ctx) => getMeeting(ctx.session().db, id),
  'meetings.list': async (input, ctx) => listMeetings(ctx.session().db, input),
  'meetings.delete': async ({ id }, ctx) => (await deleteMeeting(ctx.session(), id), { ok: true }),
  'meetings.setAttendance': async ({ id, attendance }, ctx) => (
    await setAttendance(ctx.session(), id, attendance),
    { id }
  ),
  'meetings.minutes': async ({ id, overwrite }, ctx) => generateMinutes(ctx.session(), id, overwrite === true),
  'meetings.invitations': async ({ id, format }, ctx) => meetingInvitations(ctx.session(), id, format),
  'meetings.resolution': async ({ id, overwrite }, ctx) => generateResolution(ctx.session(), id, overwrite === true),
  'meetings.addFile': async (input, ctx) => ({ fileId: await addMeetingFile(ctx.session(), input) }),
  'meetings.getFile': async ({ id, fileId }, ctx) => getMeetingFile(ctx.session().db, id, fileId),
  // A persistent, resumable job (pack/job.ts): the meeting must exist before a job row is written.
  'meetings.pack': async ({ id }, ctx) => {
    await getMeeting(ctx.session().db, id);
    return { jobId: await ctx.jobs.run(PACK_JOB_KIND, { id }) };
  },
};
