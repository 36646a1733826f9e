/**
 * The content-line primitives against RFC 5545's own examples (§3.1 folding, §3.3.11 TEXT, §3.2 parameters,
 * §3.8.1.7 LOCATION), then against Vietnamese text, where octets and characters differ.
 */
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, octetLength, paramValue } from '../../src/core/calendar/content-line';
import { parseLine, unescapeText, unfold } from './parse-ics';

const fatal = new TextDecoder('utf-8', { fatal: true });
const physical = (folded: string) => folded.split('\r\n');
const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('RFC 5545 examples', () => {
  it('§3.1: the folded DESCRIPTION unfolds to the RFC line, which the writer leaves on one line (< 75 octets)', () => {
    const line = 'DESCRIPTION:This is a long description that exists on a long line.';
    // The RFC's folded form: the second fold keeps the word's own leading space after the folding space.
    const rfcFolded = 'DESCRIPTION:This is a lo\r\n ng description\r\n  that exists on a long line.';
    expect(unfold(rfcFolded)).toEqual([line]);
    expect(contentLine('DESCRIPTION', escapeText('This is a long description that exists on a long line.'))).toBe(line);
  });

  it('§3.1: a line over 75 octets is folded with CRLF + one space and unfolds back', () => {
    const line = `DESCRIPTION:${'This is a long description that exists on a long line. '.repeat(4).trim()}`;
    const folded = foldLine(line);
    const parts = physical(folded);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]).toHaveLength(75);
    parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    parts.slice(1, -1).forEach((p) => expect(p).toHaveLength(75));
    expect(unfold(folded)).toEqual([line]);
  });

  it('§3.3.11: a multiple-line value is written with \\n', () => {
    const value = 'Project XYZ Final Review\nConference Room - 3B\nCome Prepared.';
    expect(escapeText(value)).toBe('Project XYZ Final Review\\nConference Room - 3B\\nCome Prepared.');
    expect(escapeText('Project XYZ Final Review\r\nConference Room - 3B\rCome Prepared.')).toBe(escapeText(value));
  });

  it('§3.3.11: backslash, semicolon and comma are escaped; colon and DQUOTE are not', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('Giờ: 8:00 "đúng giờ"')).toBe('Giờ: 8:00 "đúng giờ"');
    expect(unescapeText(escapeText('\\n is not a newline;\n,\\'))).toBe('\\n is not a newline;\n,\\');
  });

  it('§3.8.1.7: LOCATION:Conference Room - F123\\, Bldg. 002', () => {
    expect(contentLine('LOCATION', escapeText('Conference Room - F123, Bldg. 002'))).toBe(
      'LOCATION:Conference Room - F123\\, Bldg. 002',
    );
  });

  it('§3.2.1: a parameter value holding a colon is quoted (ALTREP example)', () => {
    const text = "The Fall'98 Wild Wizards Conference - - Las Vegas, NV, USA";
    const folded = contentLine('DESCRIPTION', escapeText(text), [['ALTREP', 'cid:part1.0001@example.org']]);
    expect(unfold(folded)).toEqual([
      'DESCRIPTION;ALTREP="cid:part1.0001@example.org":The Fall\'98 Wild Wizards Conference - - Las Vegas\\, NV\\, USA',
    ]);
    const p = parseLine(unfold(folded)[0]!);
    expect(p.params).toEqual({ ALTREP: 'cid:part1.0001@example.org' });
    expect(unescapeText(p.value)).toBe(text);
  });

  it('§3.2: CN is quoted when it holds , ; or :, and left bare otherwise', () => {
    expect(paramValue('John Smith')).toBe('John Smith');
    expect(paramValue('Nguyễn Văn An, Chủ tịch')).toBe('"Nguyễn Văn An, Chủ tịch"');
    expect(paramValue('Tổ 1; Phân xưởng 2')).toBe('"Tổ 1; Phân xưởng 2"');
    expect(paramValue('Ban: Nữ công')).toBe('"Ban: Nữ công"');
  });

  it('§3.2: a DQUOTE cannot be written in a parameter value: it becomes an apostrophe; line breaks a space', () => {
    expect(paramValue('Nguyễn Văn "Tư"')).toBe("Nguyễn Văn 'Tư'");
    expect(paramValue('Lê "Ba", Tổ trưởng')).toBe('"Lê \'Ba\', Tổ trưởng"');
    expect(paramValue('Trần\r\nThị\tHoa')).toBe('Trần Thị\tHoa');
  });
});

describe('Vietnamese text', () => {
  it('counts octets, not characters', () => {
    expect(octetLength('a')).toBe(1);
    expect(octetLength('đ')).toBe(2);
    expect(octetLength('ệ')).toBe(3);
    expect(octetLength('😀')).toBe(4);
    expect(octetLength('Công đoàn cơ sở')).toBe(bytesOf('Công đoàn cơ sở').length);
  });

  it('folds at 75 octets and never splits a multi-byte character', () => {
    // 12 ASCII octets + 3-octet letters: the first line holds exactly 21 of them (75 octets), then 24 per line.
    const line = `DESCRIPTION:${'ệ'.repeat(100)}`;
    const parts = physical(foldLine(line));
    expect(bytesOf(parts[0]!).length).toBe(75);
    for (const p of parts) {
      expect(bytesOf(p).length).toBeLessThanOrEqual(75);
      expect(() => fatal.decode(bytesOf(p))).not.toThrow();
    }
    expect(unfold(foldLine(line))).toEqual([line]);
  });

  it('keeps mixed 1-, 2-, 3- and 4-octet characters whole at every cut', () => {
    const text = 'Đoàn viên Nguyễn Thị Hường 😀 đề nghị: tăng lương; giảm giờ, làm\\ thêm. '.repeat(6);
    for (let shift = 0; shift < 5; shift++) {
      const line = `${'X'.repeat(shift)}DESCRIPTION:${text}`;
      const folded = foldLine(line);
      for (const p of physical(folded)) {
        const b = bytesOf(p);
        expect(b.length).toBeLessThanOrEqual(75);
        // Each physical line decodes on its own: no UTF-8 sequence was cut.
        expect(fatal.decode(b)).toBe(p);
      }
      // A cut happens only when the next character does not fit: at most 3 octets short of the limit.
      physical(folded)
        .slice(0, -1)
        .forEach((p) => expect(bytesOf(p).length).toBeGreaterThan(71));
      expect(unfold(folded)).toEqual([line]);
    }
  });

  it('writes NFC: a decomposed (NFD) input comes out composed', () => {
    const nfd = 'Hội nghị người lao động'.normalize('NFD');
    expect(escapeText(nfd)).toBe('Hội nghị người lao động'.normalize('NFC'));
    expect(paramValue(nfd)).toBe('Hội nghị người lao động'.normalize('NFC'));
  });

  it('drops control characters TEXT cannot hold, keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});
