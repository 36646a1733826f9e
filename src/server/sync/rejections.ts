/** Rejected mutations, with the Vietnamese sentence the PC shows. */
import type { Mutation, Rejection } from '../../shared/sync-protocol';

export type RejectCode = Rejection['code'];

function message(code: RejectCode, detail?: string): string {
  switch (code) {
    case 'NUMBER_CLASH':
      return 'Số này đã được một máy khác của công đoàn cơ sở dùng: hãy chọn số khác.';
    case 'CLOCK_AHEAD':
      return `Đồng hồ của máy này chạy nhanh hơn máy chủ khoảng ${detail ?? '?'} phút: hãy chỉnh lại giờ máy tính rồi đồng bộ lại.`;
    case 'FORBIDDEN_ENTITY':
      return 'Loại dữ liệu này không được đồng bộ lên máy chủ.';
    case 'FOREIGN_ROW':
      return 'Bản ghi này thuộc một công đoàn cơ sở khác: máy chủ từ chối.';
    case 'INVALID':
      return 'Thay đổi không hợp lệ: máy chủ từ chối.';
  }
}

export function reject(m: Mutation, code: RejectCode, detail?: string, clashWith?: string): Rejection {
  return {
    mutationId: m.mutationId,
    entity: m.entity,
    id: m.id,
    code,
    message: message(code, detail),
    ...(clashWith ? { clashWith } : {}),
  };
}
