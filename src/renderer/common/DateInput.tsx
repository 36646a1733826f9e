/**
 * A date typed the Vietnamese way, dd/mm/yyyy (also d/m/yyyy and ddmmyyyy without separators), across the field's
 * width: every date field of every page, so that a date is typed the same way everywhere.
 */
import { DatePicker, type DatePickerProps } from 'antd';

export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

export function DateInput(props: Omit<DatePickerProps, 'format'>) {
  return <DatePicker format={DATE_FORMATS} className="ud-full-width" {...props} />;
}
