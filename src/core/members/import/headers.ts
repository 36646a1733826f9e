/**
 * Recognising the Vietnamese header texts unions actually use. Matching is on folded text (no tones, no case,
 * đ → d, punctuation as spaces), so "Họ, tên", "HỌ VÀ TÊN" and "Ho va ten" are one header. Rules are ordered:
 * the specific ones ("Ngày vào làm", "Ngày cấp thẻ", "Trình độ chuyên môn") come before the general ones.
 */
import { foldVi } from '../../../shared/text/fold';
import type { ImportTarget } from './fields';
import { convertLegacy, detectCell } from './legacy/detect';

/**
 * 'ignore' = a known column that is not member data (STT, status); 'ask' = a column that may be either the job
 * title or the union position ("Chức vụ", "Chức danh"): the user chooses, the importer never guesses; null = not
 * recognised.
 */
export type HeaderMatch = ImportTarget | 'ignore' | 'ask' | null;

const RULES: Array<[RegExp, Exclude<HeaderMatch, null> | null]> = [
  [/^(stt|tt|so tt|so thu tu|thu tu)$/, 'ignore'],
  [/^trang thai/, 'ignore'],
  [/^ly do$/, 'ignore'], // the reasons column of our own "rows to fix" file, so a fixed file imports cleanly
  // Names: whole, or split into family (+ middle) and given name.
  [/^ho (va )?(ten )?(dem|lot)$|^ho$/, 'familyName'],
  [/^ho (va )?ten\b/, 'fullName'],
  [/^(ten )?(dem|lot)$/, 'middleName'],
  [/^ten$/, 'givenName'],
  // Gender split over two columns.
  [/^nam$/, 'genderMale'],
  [/^nu$/, 'genderFemale'],
  [/^(gioi tinh|gioi|phai|nam nu)\b/, 'gender'],
  // Dates with a specific meaning first.
  [/^ngay (cap|phat) the/, 'cardDate'],
  [/^(ngay|noi) cap\b/, null], // the ID card's issue date/place: not a member field
  [/^(ngay|nam|thoi gian) (vao lam|vao cong ty|bat dau|tuyen dung|nhan viec|vao lam viec)/, 'startedOn'],
  [/^(ngay )?(vao|ket nap vao) dang\b|^dang vien\b|^la dang vien/, 'partyMember'],
  [/^(ngay|nam|thang nam) (vao|ket nap|gia nhap)\b|^ngay ket nap|^ket nap/, 'joinedOn'],
  [/^((ngay|nam) )?(thang )?(nam )?sinh\b|^sinh ngay/, 'dateOfBirth'],
  [/\b(cccd|cmnd|cmt|can cuoc|chung minh|dinh danh)\b/, 'idNumber'],
  [/\b(dien thoai|sdt|dt|di dong|mobile|phone|tel)\b/, 'phone'], // "SĐT (Zalo)" is still the phone
  [/\bzalo\b/, 'zalo'],
  [/\b(e ?mail|thu dien tu)\b/, 'email'],
  // Only words that say which one decide; a bare "Chức vụ" holds "Thủ kho, Lái xe" in one file, "Chủ tịch" in the next.
  [/^chuc (vu|danh) (trong )?(cong doan|cd|cdcs|bch|ban chap hanh)\b/, 'position'],
  [/^chuc (vu|danh) (chinh quyen|chuyen mon|cong tac|cong viec|nghe nghiep)\b/, 'jobTitle'],
  [/^chuc (vu|danh)\b/, 'ask'],
  [/^(cong viec|nghe nghiep|vi tri)\b/, 'jobTitle'],
  [
    /^(to|to cong doan|to cd|to san xuat|cong doan bo phan|cd bo phan|cdbp|bo phan|phong ban|phong|don vi|phan xuong|xuong|khoa)( .*)?$/,
    'unit',
  ],
  [/^so (the|so) (bhyt|bhxh|bao hiem)/, null], // insurance card numbers are not the union card
  [/^so the\b/, 'cardNumber'],
  [/^loai the\b/, 'cardType'],
  [/^ma (so )?(doan vien|dv)\b/, 'memberCode'],
  [/^ma (so )?(nhan vien|nv|can bo|cb|nguoi lao dong|nld)\b/, 'employeeCode'],
  [/^dan toc/, 'ethnicity'],
  [/^ton giao/, 'religion'],
  [/^quoc tich/, 'nationality'],
  [/^(que quan|que|nguyen quan)\b/, 'hometown'],
  [/^(dia chi|noi o|cho o|noi cu tru|thuong tru|tam tru|ho khau)\b/, 'address'],
  [/chuyen mon|chuyen nganh|bang cap|hoc ham|hoc vi/, 'qualifications'],
  [/^(trinh do|hoc van|van hoa)\b/, 'education'],
  [/^(loai )?(hop dong|hd)\b/, 'contractType'],
  [/^(muc )?luong\b|^tien luong|^thu nhap/, 'duesSalary'],
  [/nang nhoc|doc hai/, 'hazardousWork'],
  [/^ghi chu/, 'notes'],
  [/^(nhan|cac nhan|nhan dan|tags?)$/, 'tags'],
];

/** Folded header text with punctuation turned into spaces: "Số CMND/CCCD" -> "so cmnd cccd". */
export function headerKey(text: string): string {
  return foldVi(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function match(text: string): HeaderMatch {
  const key = headerKey(text);
  if (!key) return null;
  for (const [re, target] of RULES) if (re.test(key)) return target;
  return null;
}

/** The field a header text names; headers typed in TCVN3/VNI ("Hä vµ tªn") are tried converted too. */
export function recogniseHeader(text: string): HeaderMatch {
  const m = match(text);
  if (m !== null) return m;
  for (const enc of ['tcvn3', 'vni'] as const) {
    if (detectCell(text, enc)) {
      const c = match(convertLegacy(text, enc));
      if (c !== null) return c;
    }
  }
  return null;
}
