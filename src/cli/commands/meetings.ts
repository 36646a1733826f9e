/** `uniondesk meetings create|get|list|delete`: the meeting record, its attendance, quorum and motions. */
import { type Command, Option } from 'commander';
import { MEETING_STATUSES, type Meeting } from '../../shared/meetings-contract';
import type { CommandInput, CommandOutput } from '../../shared/contract';
import type { CliFace } from '../face';
import { table } from '../format';
import { t } from '../i18n';
import { action } from '../session';
import { readMeetingFile } from './meetings-file';
import { registerMinutes, registerResolution } from './meetings-minutes';
import { registerInvite } from './meetings-invite';
import { registerPack } from './meetings-pack';
import { meetingsStrings } from './meetings-strings';
import { registerUpdate } from './meetings-update';

type Got = CommandOutput<'meetings.get'>;

/** `YYYY-MM-DDTHH:mm` as a Vietnamese reader writes it: "08:00 10/03/2026". */
function when(local: string): string {
  const [day, time] = local.split('T');
  const [y, m, d] = day.split('-');
  return `${time} ${d}/${m}/${y}`;
}

function motionLine(m: Meeting['motions'][number]): string {
  return t('meetings.card.motion', {
    text: m.text,
    for: m.for,
    against: m.against,
    abstain: m.abstain,
    pFor: m.percentFor,
    pAgainst: m.percentAgainst,
    pAbstain: m.percentAbstain,
    result: t(m.passed ? 'meetings.card.passed' : 'meetings.card.failed'),
  });
}

/** The meeting for a human: what, when, where, present/total, quorum, motions. */
function meetingCard({ meeting, figures }: Got): string {
  const period = meeting.endsAt ? `${when(meeting.startsAt)} – ${when(meeting.endsAt)}` : when(meeting.startsAt);
  const lines = [meeting.title, t('meetings.card.when', { when: period })];
  if (meeting.place) lines.push(t('meetings.card.place', { place: meeting.place }));
  if (meeting.onlineUrl) lines.push(meeting.onlineUrl);
  lines.push(figures.presentText);
  const q = figures.quorum;
  lines.push(
    q.fraction
      ? t('meetings.card.quorum', {
          required: q.required,
          convened: figures.convened,
          fraction: q.fraction,
          met: t(q.met ? 'meetings.card.met' : 'meetings.card.notMet'),
        })
      : t('meetings.card.noQuorum'),
  );
  for (const m of meeting.motions) lines.push(motionLine(m));
  return lines.join('\n');
}

function registerMeetings(program: Command): void {
  const meetings = program.command('meetings').description(t('meetings.description'));

  meetings
    .command('create')
    .description(t('meetings.create.description'))
    .requiredOption('--file <file>', t('meetings.create.file'))
    .action(
      action({
        // Read (and bounded) before the vault opens: a bad file needs no passphrase.
        input: (_ctx, o: { file: string }) => readMeetingFile(o.file),
        run: async ({ call }, input) => {
          // The core checks the shape and resolves every CCCD and group name (an unknown one is named, exit 4).
          const { id } = await call('meetings.create', input as CommandInput<'meetings.create'>);
          return { id, title: String(input.title ?? '') };
        },
        json: ({ id }) => ({ id }),
        show: ({ id, title }) => t('meetings.created', { id, title }),
      }),
    );

  meetings
    .command('get')
    .description(t('meetings.get.description'))
    .argument('<id>', t('meetings.id'))
    .action(
      action({
        input: (_ctx, id: string) => ({ id }),
        run: ({ call }, i) => call('meetings.get', i),
        show: meetingCard,
      }),
    );

  meetings
    .command('list')
    .description(t('meetings.list.description'))
    .addOption(new Option('--status <status>', t('meetings.list.status')).choices([...MEETING_STATUSES]))
    .action(
      action({
        input: (_ctx, o: { status?: (typeof MEETING_STATUSES)[number] }) => ({ status: o.status }),
        run: ({ call }, input) => call('meetings.list', input),
        show: ({ items }) =>
          items.length === 0
            ? t('meetings.none')
            : table(
                [
                  t('meetings.col.when'),
                  t('meetings.col.kind'),
                  t('meetings.col.title'),
                  t('meetings.col.status'),
                  t('meetings.col.id'),
                ],
                items.map((m) => [when(m.startsAt), m.kind, m.title, m.status, m.id]),
              ),
      }),
    );

  meetings
    .command('delete')
    .description(t('meetings.delete.description'))
    .argument('<id>', t('meetings.id'))
    .action(
      action({
        input: (_ctx, id: string) => ({ id }),
        run: ({ call }, i) => call('meetings.delete', i),
        show: () => t('meetings.deleted'),
      }),
    );

  registerUpdate(meetings);
  registerMinutes(meetings);
  registerResolution(meetings);
  registerInvite(meetings);
  registerPack(meetings);
}

/** `uniondesk meetings`: its strings and its commands, one entry of faces.ts. */
export const meetingsCli = { name: 'meetings', strings: meetingsStrings, register: registerMeetings } satisfies CliFace;
