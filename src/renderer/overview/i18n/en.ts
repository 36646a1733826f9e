/** Overview, backup files and Checkup in English, typed against the Vietnamese keys. */
import type { Shape } from '../../i18n/messages';
import type { backupFilesVi, doctorVi, overviewVi } from './vi';

export const overviewEn: Shape<typeof overviewVi> = {
  title: 'Overview',
  loadError: 'The overview figures could not be read.',
  profile: 'Union profile',
  noProfile: 'No union profile yet.',
  editProfile: 'Edit',
  lastBackup: 'Latest backup',
  noBackup: 'No backups yet.',
  backupCount: 'Backups: {{count}}',
  backupMissing: 'The data has never been backed up. Make a backup and save it to a USB stick.',
  backupOld: 'The latest backup is {{days}} days old. Make a new backup and save it to a USB stick.',
  members: {
    title: 'Members',
    open: 'Member register',
    active: 'Active',
    total: 'In the register: {{count}}',
    women: 'Women',
    womenShare: '{{share}}% of active members',
    admitted: 'Admitted in {{year}}',
    left: 'Left the union in {{year}}',
    byStatus: 'By status',
    byUnit: 'Active members by union group',
    noUnit: 'No group',
    others: 'Other groups ({{count}})',
    empty: 'No members in the register yet.',
  },
  documents: {
    title: 'Recent documents',
    open: 'Document register',
    drafts: 'Drafts: {{count}}',
    total: 'Total: {{count}}',
    draft: 'Draft',
    issued: 'Issued',
    noSummary: '(no summary yet)',
    empty: 'No documents yet.',
  },
  steps: {
    title: 'Getting started',
    intro: 'Work through these steps; each one disappears once done.',
    import: 'Import the member list from an Excel file',
    importGo: 'Open the register',
    profile: 'Fill in the union profile (name, upper level, place, chair)',
    profileGo: 'Fill in',
    document: 'Write a first document',
    documentGo: 'Open documents',
  },
  meeting: {
    title: 'Next meeting',
    none: 'No meeting planned.',
    open: 'Meetings',
  },
  dues: {
    title: 'Dues for {{month}}',
    paid: 'Paid',
    paidOf: '{{paid}}/{{active}} members',
    collected: 'Collected',
    open: 'Dues',
  },
  campaign: {
    title: 'Email being sent',
    sent: '{{sent}} sent, {{remaining}} to go',
    paused: 'Paused',
    sending: 'Sending',
    ready: 'Not sent yet',
    open: 'Bulletins',
  },
};

export const backupFilesEn: Shape<typeof backupFilesVi> = {
  save: 'Save a copy to…',
  saveHint: 'The browser asks where to save: pick a USB stick or another drive. The file is encrypted.',
  saving: 'Preparing the file…',
  saved: 'Saved {{name}}.',
  restoreFile: 'Restore from a file…',
  restoreFileHint:
    'Pick a .udbak backup file saved on a USB stick. It must be a backup of this very vault; the current data is backed up before it is replaced.',
  restoreFileConfirmTitle: 'Restore from this file?',
  restoreFileConfirmBody:
    'The current data will be replaced by the data in "{{name}}". A backup of the current data is made first.',
  sending: 'Reading the file…',
  tooLarge: 'The file is too large: a UnionDesk backup is never over 2 GB. Check the file you picked.',
  empty: 'The file you picked is empty: it is not a UnionDesk backup.',
};

export const doctorEn: Shape<typeof doctorVi> = {
  intro: "Checks the union's data on this computer: whether it is damaged, encrypted and backed up.",
  run: 'Run the checkup',
  allOk: 'Everything is fine.',
  warnings: 'The data is fine, but something needs doing.',
  someFailed: 'There is a problem to fix.',
  ok: 'Fine',
  warning: 'To do',
  failed: 'Problem',
  skipped: 'Not checked',
  ranAt: 'Checked at {{time}}',
  technical: 'Technical details (for whoever helps)',
  checks: {
    'data-dir': {
      ok: 'The data folder on this computer can be written.',
      failed:
        'The app cannot write to its data folder (disk full or no permission). Ask someone to read the technical details.',
    },
    'vault-file': {
      ok: "The file holding the vault's key is intact.",
      failed: 'The file holding the key is missing or damaged. Delete nothing; use the recovery key printed at setup.',
    },
    'database-encrypted': {
      ok: 'The data is encrypted: nobody can read it without the passphrase.',
      failed: 'The data file is missing or not encrypted. Ask someone to read the technical details.',
    },
    key: {
      ok: 'The passphrase opens the data.',
      skipped: 'The vault is locked: unlock it and run the checkup again.',
      failed: 'The key could not be checked because the key file has a problem.',
    },
    integrity: {
      ok: 'No part of the data is damaged.',
      failed: 'Part of the data is damaged. Make a backup now, then restore the latest good backup.',
    },
    'foreign-keys': {
      ok: 'The links between members, union groups and records all match.',
      failed: '{{count}} links in the data do not match. Ask someone to read the technical details.',
    },
    schema: {
      ok: 'The data matches this version of the app.',
      failed: 'The data and the app version do not match: update the app or ask for help.',
    },
    cipher: {
      ok: 'The encryption works normally.',
      failed: 'The encryption library is missing. Ask for help.',
    },
    backups: {
      ok: '{{count}} backups; the latest at {{time}}.',
      none: 'No backups yet. Make a backup and save it to a USB stick.',
      old: 'The latest backup is old ({{time}}, {{days}} days ago). Make a new backup and save it to a USB stick.',
    },
  },
};
