/** Sync in English, typed against the Vietnamese keys. */
import type { Shape } from '../../i18n/messages';
import type { syncVi } from './vi';

export const syncEn: Shape<typeof syncVi> = {
  intro:
    "Sync this grassroots union's data with the upper-level union's server: several PCs work on one set of data, and the upper level sees the totals. This PC keeps working as usual without a network.",
  register: {
    title: "Connect to the upper-level union's server",
    server: 'Server address',
    serverHelp: 'Given by the upper-level union, e.g. https://dongbo.congdoan.vn',
    serverPlaceholder: 'https://dongbo.congdoan.vn',
    code: 'Registration code',
    codeHelp: 'A one-time code, valid for 24 hours, issued by the upper-level union to this grassroots union.',
    codePlaceholder: 'XXXXX-XXXXX',
    deviceName: 'PC name (optional)',
    deviceNameHelp: 'Helps the upper level tell this union\'s PCs apart, e.g. "Union office PC".',
    submit: 'Register this PC',
    running: 'Registering and running the first sync…',
    done: 'Connected to {{org}}.',
  },
  choice: {
    title: 'Both this PC and the server already hold data',
    intro: 'Choose how the first sync goes. Nothing is deleted on the other side.',
    upload: "Upload this PC's data",
    uploadHelp:
      "This PC's data is sent and wins where both differ; data that only the server has is kept and downloaded.",
    download: "Take the server's data",
    downloadHelp: "This PC's data is backed up first, then replaced by the server's; the server is not changed.",
    merge: 'Merge both',
    mergeHelp: 'Both sides are kept; where one item was edited in both places, the later edit is kept.',
    codeAgain: 'Enter the registration code again to continue',
    submit: 'Continue the sync',
    cancel: 'Later',
    pick: 'Please choose how to sync.',
  },
  status: {
    title: 'Sync status',
    org: 'Grassroots union',
    server: 'Server',
    lastSync: 'Last sync',
    never: 'Never synced',
    pending: 'Changes waiting to be sent',
    conflicts: 'Conflicts to resolve',
    running: 'Syncing…',
    lastError: 'The last sync failed ({{at}}): {{message}}',
  },
  now: {
    button: 'Sync now',
    running: 'Sending and receiving changes…',
    result: 'Sent {{pushed}}, received {{pulled}}, conflicts {{conflicts}}.',
  },
  auto: {
    label: 'Sync automatically every (minutes)',
    help: 'Runs only while the vault is unlocked. 0 = only when "Sync now" is pressed.',
    save: 'Save',
    saved: 'Automatic sync saved.',
  },
  unregister: {
    button: 'Stop syncing',
    confirmTitle: 'Stop syncing with this server?',
    confirmBody:
      'This PC will no longer send or receive changes. The data on this PC and on the server stays as it is. Connecting again needs a new registration code.',
    ok: 'Stop syncing',
    cancel: 'Cancel',
    done: 'Syncing stopped. The data on this PC stays as it is.',
  },
  conflicts: {
    title: 'Conflicts to resolve',
    empty: 'No conflicts.',
    read: 'Read the replaced version',
    readTitle: 'Version replaced by the sync',
    close: 'Close',
    restore: 'Restore this version',
    dismiss: 'Dismiss',
    restored: 'This version is restored; the change is sent with the next sync.',
    dismissed: 'Conflict dismissed.',
    kinds: { copy: 'Two different edits', number: 'Number already used', duplicate: 'Duplicate data' },
  },
  errors: {
    refused: 'The server refused: {{message}}',
  },
  card: {
    title: 'Sync',
    open: 'Sync settings',
    notConnected: "Not connected to the upper-level union's server",
    lastSync: 'Last sync',
    never: 'Never synced',
    pending: 'Changes waiting to be sent: {{count}}',
    conflicts: 'Conflicts to resolve: {{count}}',
    old: 'No sync with the upper-level server for {{days}} days. Connect to the network and press "Sync now".',
    failed: 'The last sync failed: {{message}}',
  },
};
