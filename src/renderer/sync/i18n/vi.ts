/**
 * Đồng bộ's texts: the tab in Cài đặt, the first-sync choice, the conflicts and the overview's card. Loaded with the
 * app's own texts (i18n/vi.ts), since both Cài đặt and Tổng quan show them.
 */
export const syncVi = {
  intro:
    'Đồng bộ dữ liệu của công đoàn cơ sở với máy chủ của công đoàn cấp trên: nhiều máy tính cùng làm việc trên một bộ dữ liệu, và cấp trên xem được số liệu tổng hợp. Máy này vẫn làm việc bình thường khi không có mạng.',
  register: {
    title: 'Kết nối với máy chủ công đoàn cấp trên',
    server: 'Địa chỉ máy chủ',
    serverHelp: 'Do công đoàn cấp trên cung cấp, ví dụ https://dongbo.congdoan.vn',
    serverPlaceholder: 'https://dongbo.congdoan.vn',
    code: 'Mã đăng ký',
    codeHelp: 'Mã dùng một lần, có hiệu lực 24 giờ, do cán bộ công đoàn cấp trên cấp cho công đoàn cơ sở.',
    codePlaceholder: 'XXXXX-XXXXX',
    deviceName: 'Tên máy tính (không bắt buộc)',
    deviceNameHelp: 'Giúp cấp trên phân biệt các máy của công đoàn cơ sở, ví dụ "Máy văn phòng công đoàn".',
    submit: 'Đăng ký máy này',
    running: 'Đang đăng ký và đồng bộ lần đầu…',
    done: 'Đã kết nối với {{org}}.',
  },
  choice: {
    title: 'Máy này và máy chủ đều đã có dữ liệu',
    intro: 'Hãy chọn cách đồng bộ lần đầu. Không có dữ liệu nào bị xoá ở phía bên kia.',
    upload: 'Tải dữ liệu máy này lên',
    uploadHelp:
      'Dữ liệu của máy này được gửi lên và được ưu tiên khi trùng; dữ liệu chỉ có trên máy chủ vẫn được giữ và tải về.',
    download: 'Lấy dữ liệu từ máy chủ',
    downloadHelp:
      'Dữ liệu trên máy này được sao lưu trước, rồi được thay bằng dữ liệu của máy chủ; máy chủ không bị thay đổi.',
    merge: 'Gộp cả hai',
    mergeHelp: 'Giữ dữ liệu của cả hai bên; khi cùng một mục bị sửa ở hai nơi, bản sửa sau cùng được giữ.',
    codeAgain: 'Nhập lại mã đăng ký để tiếp tục',
    submit: 'Tiếp tục đồng bộ',
    cancel: 'Để sau',
    pick: 'Vui lòng chọn một cách đồng bộ.',
  },
  status: {
    title: 'Tình trạng đồng bộ',
    org: 'Công đoàn cơ sở',
    server: 'Máy chủ',
    lastSync: 'Lần đồng bộ gần nhất',
    never: 'Chưa đồng bộ',
    pending: 'Thay đổi chờ gửi',
    conflicts: 'Xung đột cần xử lý',
    running: 'Đang đồng bộ…',
    lastError: 'Lần đồng bộ gần nhất không thành công ({{at}}): {{message}}',
  },
  now: {
    button: 'Đồng bộ ngay',
    running: 'Đang gửi và nhận thay đổi…',
    result: 'Đã gửi {{pushed}}, nhận {{pulled}}, xung đột {{conflicts}}.',
  },
  auto: {
    label: 'Tự động đồng bộ sau mỗi (phút)',
    help: 'Chỉ chạy khi kho dữ liệu đang mở khoá. 0 = chỉ đồng bộ khi bấm "Đồng bộ ngay".',
    save: 'Lưu',
    saved: 'Đã lưu cài đặt tự động đồng bộ.',
  },
  unregister: {
    button: 'Ngừng đồng bộ',
    confirmTitle: 'Ngừng đồng bộ với máy chủ này?',
    confirmBody:
      'Máy này sẽ không gửi hay nhận thay đổi nữa. Dữ liệu trên máy này và trên máy chủ vẫn giữ nguyên. Muốn kết nối lại cần một mã đăng ký mới.',
    ok: 'Ngừng đồng bộ',
    cancel: 'Huỷ',
    done: 'Đã ngừng đồng bộ. Dữ liệu trên máy này vẫn giữ nguyên.',
  },
  conflicts: {
    title: 'Xung đột cần xử lý',
    empty: 'Không có xung đột nào.',
    read: 'Xem bản bị thay',
    readTitle: 'Bản bị thay khi đồng bộ',
    close: 'Đóng',
    restore: 'Khôi phục bản này',
    dismiss: 'Bỏ qua',
    restored: 'Đã khôi phục bản này; thay đổi sẽ được gửi ở lần đồng bộ tới.',
    dismissed: 'Đã bỏ qua xung đột.',
    renumber: 'Đánh số lại',
    renumberHelp: 'Lấy số tiếp theo chưa dùng và gửi lại lên máy chủ',
    renumbered: 'Đã đánh số mới: {{number}}; sẽ gửi lên máy chủ ở lần đồng bộ sau.',
    kinds: { copy: 'Hai bản sửa khác nhau', number: 'Trùng số', duplicate: 'Trùng dữ liệu' },
  },
  errors: {
    refused: 'Máy chủ từ chối: {{message}}',
  },
  card: {
    title: 'Đồng bộ',
    open: 'Cài đặt đồng bộ',
    notConnected: 'Chưa kết nối máy chủ công đoàn cấp trên',
    lastSync: 'Lần đồng bộ gần nhất',
    never: 'Chưa đồng bộ lần nào',
    pending: 'Thay đổi chờ gửi: {{count}}',
    conflicts: 'Xung đột cần xử lý: {{count}}',
    old: 'Đã {{days}} ngày chưa đồng bộ với máy chủ công đoàn cấp trên. Hãy kết nối mạng và bấm "Đồng bộ ngay".',
    failed: 'Lần đồng bộ gần nhất không thành công: {{message}}',
  },
};
