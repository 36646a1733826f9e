/** CLI strings about the files the CLI reads and writes itself (the core never sees a path), merged into i18n.ts. */
export const filesEn = {
  'files.opt.force': 'overwrite the output file if it already exists',
  'files.err.read': 'Cannot read the file {file}.',
  'files.err.notFile': '{file} is not a file.',
  'files.err.tooBig': 'The file {file} is too large (more than {max}).',
  'files.err.exists': 'The file {file} already exists; add --force to overwrite it, or choose another name.',
  'files.err.noFolder': 'The folder of {file} does not exist.',
  'files.err.write': 'Cannot write the file {file}: {error}',
};

export const filesVi: Partial<Record<keyof typeof filesEn, string>> = {
  'files.opt.force': 'ghi đè tệp kết quả nếu tệp đã có',
  'files.err.read': 'Không đọc được tệp {file}.',
  'files.err.notFile': '{file} không phải là một tệp.',
  'files.err.tooBig': 'Tệp {file} quá lớn (hơn {max}).',
  'files.err.exists': 'Tệp {file} đã có; thêm --force để ghi đè, hoặc chọn tên khác.',
  'files.err.noFolder': 'Thư mục chứa {file} không tồn tại.',
  'files.err.write': 'Không ghi được tệp {file}: {error}',
};
