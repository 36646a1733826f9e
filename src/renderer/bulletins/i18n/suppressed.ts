/** The "stopped bulletins" view of the Bản tin page and its "Nhập thư trả lời…" (suppressed.tsx), vi then en. */
export const suppressedVi = {
  title: 'Địa chỉ ngừng nhận bản tin',
  importReplies: 'Nhập thư trả lời…',
  importHelp: 'Chọn thư đã lưu (.eml), hộp thư xuất ra (.mbox) hoặc danh sách từ biểu mẫu web (.txt, .csv).',
  empty: 'Chưa có địa chỉ nào ngừng nhận.',
  columns: { email: 'Email', state: 'Tình trạng', reason: 'Lý do', at: 'Từ lúc' },
  states: { unsubscribed: 'Đã hủy đăng ký', bounced: 'Địa chỉ không tồn tại' },
  resubscribe: 'Nhận lại',
  resubscribed: 'Đã cho {{email}} nhận lại bản tin.',
  reading: 'Đang đọc {{n}} tệp…',
  tooMany: 'Mỗi lần nhập tối đa 20 tệp.',
  tooBig: 'Tệp «{{name}}» lớn hơn 25 MB.',
  result: {
    title: 'Kết quả nhập thư trả lời',
    summary:
      'Hủy đăng ký: {{unsubscribed}} · Chặn vì địa chỉ không tồn tại: {{bounced}} · Đã ngừng từ trước: {{already}} · Không xử lý: {{unmatched}}',
    viaToken: 'theo mã hủy đăng ký',
    viaSender: 'người gửi xin hủy',
    unmatched: 'Thư không xử lý',
    file: 'Tệp',
    from: 'Người gửi',
    subject: 'Tiêu đề / dòng',
    reason: 'Lý do',
  },
};

export const suppressedEn: typeof suppressedVi = {
  title: 'Addresses that stopped bulletins',
  importReplies: 'Import replies…',
  importHelp: 'Pick saved messages (.eml), an exported mailbox (.mbox) or the web form’s list (.txt, .csv).',
  empty: 'No address has stopped bulletins.',
  columns: { email: 'Email', state: 'State', reason: 'Reason', at: 'Since' },
  states: { unsubscribed: 'Unsubscribed', bounced: 'Address does not exist' },
  resubscribe: 'Receive again',
  resubscribed: '{{email}} receives bulletins again.',
  reading: 'Reading {{n}} files…',
  tooMany: 'At most 20 files at a time.',
  tooBig: 'File “{{name}}” is larger than 25 MB.',
  result: {
    title: 'Replies imported',
    summary:
      'Unsubscribed: {{unsubscribed}} · Suppressed (address does not exist): {{bounced}} · Already stopped: {{already}} · Not acted on: {{unmatched}}',
    viaToken: 'by its token',
    viaSender: 'the sender asked',
    unmatched: 'Messages not acted on',
    file: 'File',
    from: 'Sender',
    subject: 'Subject / line',
    reason: 'Reason',
  },
};
