/** Tổng quan, Sao lưu ra tệp and Kiểm tra in Vietnamese, the default language; en.ts is typed against these keys. */
export const overviewVi = {
  title: 'Tổng quan',
  loadError: 'Chưa đọc được số liệu tổng quan.',
  profile: 'Thông tin công đoàn',
  noProfile: 'Chưa có thông tin công đoàn.',
  editProfile: 'Sửa',
  lastBackup: 'Bản sao lưu gần nhất',
  noBackup: 'Chưa có bản sao lưu nào.',
  backupCount: 'Số bản sao lưu: {{count}}',
  backupMissing: 'Dữ liệu chưa được sao lưu. Hãy tạo bản sao lưu và lưu ra USB.',
  backupOld: 'Bản sao lưu gần nhất đã {{days}} ngày. Hãy tạo bản sao lưu mới và lưu ra USB.',
  members: {
    title: 'Đoàn viên',
    open: 'Sổ đoàn viên',
    active: 'Đang sinh hoạt',
    total: 'Trong sổ: {{count}}',
    women: 'Nữ',
    womenShare: '{{share}}% số đang sinh hoạt',
    admitted: 'Kết nạp năm {{year}}',
    left: 'Ra khỏi công đoàn năm {{year}}',
    byStatus: 'Theo trạng thái',
    byUnit: 'Đang sinh hoạt theo tổ công đoàn',
    noUnit: 'Chưa xếp tổ',
    others: 'Các tổ khác ({{count}} tổ)',
    empty: 'Chưa có đoàn viên nào trong sổ.',
  },
  documents: {
    title: 'Văn bản gần đây',
    open: 'Sổ văn bản',
    drafts: 'Bản nháp: {{count}}',
    total: 'Tổng số: {{count}}',
    draft: 'Nháp',
    issued: 'Đã ban hành',
    noSummary: '(chưa có trích yếu)',
    empty: 'Chưa có văn bản nào.',
  },
  steps: {
    title: 'Các bước bắt đầu',
    intro: 'Làm lần lượt các bước dưới đây; mỗi bước xong sẽ tự ẩn.',
    import: 'Nhập danh sách đoàn viên từ tệp Excel',
    importGo: 'Mở sổ đoàn viên',
    profile: 'Điền thông tin công đoàn (tên, cấp trên, địa danh, chủ tịch)',
    profileGo: 'Điền thông tin',
    document: 'Soạn văn bản đầu tiên',
    documentGo: 'Mở sổ văn bản',
  },
  meeting: {
    title: 'Cuộc họp sắp tới',
    none: 'Chưa có cuộc họp nào sắp tới.',
    open: 'Cuộc họp',
  },
  dues: {
    title: 'Đoàn phí tháng {{month}}',
    paid: 'Đã đóng',
    paidOf: '{{paid}}/{{active}} đoàn viên',
    collected: 'Số tiền đã thu',
    open: 'Đoàn phí',
  },
  campaign: {
    title: 'Thư đang gửi',
    sent: 'Đã gửi {{sent}}, còn {{remaining}}',
    paused: 'Tạm dừng',
    sending: 'Đang gửi',
    ready: 'Chưa gửi',
    open: 'Bản tin',
  },
};

export const backupFilesVi = {
  save: 'Lưu bản sao ra…',
  saveHint: 'Trình duyệt sẽ hỏi nơi lưu: hãy chọn USB hoặc ổ đĩa khác. Tệp đã được mã hoá.',
  saving: 'Đang chuẩn bị tệp…',
  saved: 'Đã lưu tệp {{name}}.',
  restoreFile: 'Khôi phục từ tệp…',
  restoreFileHint:
    'Chọn tệp sao lưu .udbak đã lưu ra USB. Tệp phải là bản sao lưu của chính kho dữ liệu này; dữ liệu hiện tại được sao lưu trước khi thay.',
  restoreFileConfirmTitle: 'Khôi phục từ tệp này?',
  restoreFileConfirmBody:
    'Dữ liệu hiện tại sẽ được thay bằng dữ liệu trong tệp "{{name}}". Một bản sao lưu của dữ liệu hiện tại sẽ được tạo trước.',
  sending: 'Đang đọc tệp…',
  tooLarge: 'Tệp quá lớn: bản sao lưu UnionDesk không lớn quá 2 GB. Hãy kiểm tra lại tệp đã chọn.',
  empty: 'Tệp đã chọn trống, không phải bản sao lưu UnionDesk.',
};

export const doctorVi = {
  intro: 'Kiểm tra dữ liệu của công đoàn trên máy này: có bị hỏng không, có được mã hoá không, đã sao lưu chưa.',
  run: 'Chạy kiểm tra',
  allOk: 'Mọi thứ đều ổn.',
  warnings: 'Dữ liệu ổn, nhưng có việc nên làm.',
  someFailed: 'Có vấn đề cần xử lý.',
  ok: 'Ổn',
  warning: 'Nên làm',
  failed: 'Có vấn đề',
  skipped: 'Chưa kiểm tra',
  ranAt: 'Kiểm tra lúc {{time}}',
  technical: 'Chi tiết kỹ thuật (cho người hỗ trợ)',
  checks: {
    'data-dir': {
      ok: 'Thư mục dữ liệu trên máy này ghi được.',
      failed:
        'Ứng dụng không ghi được vào thư mục dữ liệu (ổ đĩa đầy hoặc không có quyền ghi). Hãy nhờ người hỗ trợ xem chi tiết kỹ thuật.',
    },
    'vault-file': {
      ok: 'Tệp giữ khoá của kho dữ liệu còn nguyên vẹn.',
      failed: 'Tệp giữ khoá bị thiếu hoặc hỏng. Đừng xoá gì; hãy dùng khoá khôi phục đã in khi thiết lập.',
    },
    'database-encrypted': {
      ok: 'Dữ liệu được mã hoá: không ai đọc được nếu không có mật khẩu.',
      failed: 'Không thấy tệp dữ liệu, hoặc tệp dữ liệu không được mã hoá. Hãy nhờ người hỗ trợ xem chi tiết kỹ thuật.',
    },
    key: {
      ok: 'Mật khẩu mở được dữ liệu.',
      skipped: 'Kho dữ liệu đang khoá: mở khoá rồi kiểm tra lại.',
      failed: 'Không kiểm tra được khoá vì tệp giữ khoá có vấn đề.',
    },
    integrity: {
      ok: 'Dữ liệu không có chỗ nào bị hỏng.',
      failed: 'Dữ liệu có chỗ bị hỏng. Hãy tạo ngay một bản sao lưu, rồi khôi phục bản sao lưu gần nhất còn tốt.',
    },
    'foreign-keys': {
      ok: 'Các liên kết giữa đoàn viên, tổ công đoàn và hồ sơ đều khớp.',
      failed: 'Có {{count}} liên kết trong dữ liệu không khớp. Hãy nhờ người hỗ trợ xem chi tiết kỹ thuật.',
    },
    schema: {
      ok: 'Dữ liệu đúng với phiên bản ứng dụng đang dùng.',
      failed: 'Dữ liệu và phiên bản ứng dụng không khớp: hãy cập nhật ứng dụng hoặc nhờ người hỗ trợ.',
    },
    cipher: {
      ok: 'Bộ mã hoá dữ liệu hoạt động bình thường.',
      failed: 'Không thấy bộ mã hoá dữ liệu. Hãy nhờ người hỗ trợ.',
    },
    backups: {
      ok: 'Có {{count}} bản sao lưu; bản mới nhất lúc {{time}}.',
      none: 'Chưa có bản sao lưu nào. Hãy tạo một bản sao lưu và lưu ra USB.',
      old: 'Bản sao lưu mới nhất đã cũ (lúc {{time}}, {{days}} ngày trước). Hãy tạo bản sao lưu mới và lưu ra USB.',
    },
  },
};
