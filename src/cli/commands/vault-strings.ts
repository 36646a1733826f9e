/** CLI strings of `uniondesk vault …` (its face: vault.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'vault.description': 'the encrypted vault: passphrase and recovery key',
  'vault.change.description':
    'change the passphrase (current: $UNIONDESK_PASSPHRASE or --passphrase-file; new: $UNIONDESK_NEW_PASSPHRASE or --new-passphrase-file)',
  'vault.recover.description':
    'set a new passphrase with the recovery key ($UNIONDESK_RECOVERY_KEY or --recovery-key-file; new: $UNIONDESK_NEW_PASSPHRASE or --new-passphrase-file)',
  'vault.newFile': 'read the new passphrase from the first line of FILE',
  'vault.recoveryFile': 'read the recovery key from the first line of FILE',
  'vault.changed': 'Passphrase changed.',
  'vault.recovered': 'New passphrase set with the recovery key.',
  'vault.sheet.description': 'Write the printable recovery sheet (PDF) for the recovery key in UNIONDESK_RECOVERY_KEY',
  'vault.sheet.out': 'where to write the PDF',
  'vault.sheet.written': 'Recovery sheet written: {path}',
  'vault.err.needNewPassphrase':
    'The new passphrase is needed: set UNIONDESK_NEW_PASSPHRASE or use --new-passphrase-file FILE.',
  'vault.err.needRecoveryKey':
    'The recovery key is needed: set UNIONDESK_RECOVERY_KEY or use --recovery-key-file FILE.',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'vault.description': 'kho dữ liệu mã hóa: mật khẩu và khóa khôi phục',
  'vault.change.description':
    'đổi mật khẩu (hiện tại: $UNIONDESK_PASSPHRASE hoặc --passphrase-file; mới: $UNIONDESK_NEW_PASSPHRASE hoặc --new-passphrase-file)',
  'vault.recover.description':
    'đặt mật khẩu mới bằng khóa khôi phục ($UNIONDESK_RECOVERY_KEY hoặc --recovery-key-file; mới: $UNIONDESK_NEW_PASSPHRASE hoặc --new-passphrase-file)',
  'vault.newFile': 'đọc mật khẩu mới từ dòng đầu của FILE',
  'vault.recoveryFile': 'đọc khóa khôi phục từ dòng đầu của FILE',
  'vault.changed': 'Đã đổi mật khẩu.',
  'vault.recovered': 'Đã đặt mật khẩu mới bằng khóa khôi phục.',
  'vault.sheet.description': 'Ghi phiếu khôi phục (PDF) để in, cho khoá khôi phục trong UNIONDESK_RECOVERY_KEY',
  'vault.sheet.out': 'tệp PDF sẽ ghi',
  'vault.sheet.written': 'Đã ghi phiếu khôi phục: {path}',
  'vault.err.needNewPassphrase':
    'Cần mật khẩu mới: đặt biến UNIONDESK_NEW_PASSPHRASE hoặc dùng --new-passphrase-file FILE.',
  'vault.err.needRecoveryKey':
    'Cần khóa khôi phục: đặt biến UNIONDESK_RECOVERY_KEY hoặc dùng --recovery-key-file FILE.',
};

export const vaultStrings = { en, vi };
