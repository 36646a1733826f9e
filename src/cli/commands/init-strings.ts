/** CLI strings of `uniondesk init` (its face: init.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'init.description': 'create the encrypted vault and the organisation profile; prints the recovery key once',
  'init.orgName': 'full name of the grassroots union (CĐCS)',
  'init.upperLevel': 'name of the upper-level union',
  'init.upperLevelType': 'kind of upper-level union',
  'init.recoveryTitle': 'RECOVERY KEY: shown only this once',
  'init.recoveryWarn1': 'Write it down or print it and keep it somewhere safe, apart from this computer.',
  'init.recoveryWarn2': 'Without the passphrase and without this key, the data cannot be opened by anyone.',
  'init.done': 'Vault created for "{name}" in {dir}.',
  'init.needName': 'The union name (--org-name) must not be empty.',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'init.description': 'tạo kho dữ liệu mã hóa và hồ sơ tổ chức; in khóa khôi phục một lần duy nhất',
  'init.orgName': 'tên đầy đủ của công đoàn cơ sở (CĐCS)',
  'init.upperLevel': 'tên công đoàn cấp trên',
  'init.upperLevelType': 'loại công đoàn cấp trên',
  'init.recoveryTitle': 'KHÓA KHÔI PHỤC: chỉ hiển thị một lần này',
  'init.recoveryWarn1': 'Hãy chép lại hoặc in ra và cất giữ an toàn, tách biệt khỏi máy tính này.',
  'init.recoveryWarn2': 'Mất cả mật khẩu lẫn khóa này thì không ai mở được dữ liệu.',
  'init.done': 'Đã tạo kho dữ liệu cho "{name}" tại {dir}.',
  'init.needName': 'Tên công đoàn (--org-name) không được để trống.',
};

export const initStrings = { en, vi };
