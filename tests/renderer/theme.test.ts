/**
 * The antd theme's colours meet WCAG 2.1 AA (issue 14), computed with antd's own token derivation: text ≥ 4.5:1 on
 * white and on the page's #f5f5f5, tag texts on their tag's background, the focus colour ≥ 3:1 and not the brand red
 * (issue 13: red only for errors). The e2e axe pass measures the rendered pages; this pins the tokens it relies on.
 */
import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { FOCUS_COLOR, theme } from '../../src/renderer/app/theme';

type Rgb = [number, number, number];
const parse = (c: string, bg: Rgb): Rgb => {
  if (c.startsWith('#')) {
    const n = parseInt(c.slice(1), 16);
    return [n >> 16, (n >> 8) & 255, n & 255];
  }
  const [r, g, b, a = 1] = c.match(/[\d.]+/g)!.map(Number);
  return [r, g, b].map((v, i) => v * a + bg[i] * (1 - a)) as Rgb;
};
const lum = ([r, g, b]: Rgb) =>
  [r, g, b]
    .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const WHITE: Rgb = [255, 255, 255];
const PAGE: Rgb = [245, 245, 245];
function contrast(fg: string, bgColour: string | Rgb = WHITE): number {
  const bg = typeof bgColour === 'string' ? parse(bgColour, WHITE) : bgColour;
  const [hi, lo] = [lum(parse(fg, bg)), lum(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const token = antdTheme.getDesignToken(theme) as unknown as Record<string, string>;

describe('theme colours', () => {
  it('text ≥ 4.5:1 on white and on the page background', () => {
    for (const name of [
      'colorText',
      'colorTextSecondary',
      'colorTextTertiary',
      'colorTextDescription',
      'colorError',
      'colorErrorText',
      'colorLink',
      'colorSuccessText',
      'colorWarningText',
    ]) {
      expect(contrast(token[name]), name).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token[name], PAGE), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(token.colorTextPlaceholder), 'placeholder').toBeGreaterThanOrEqual(4.5);
  });

  it('tag texts ≥ 4.5:1 on their own background', () => {
    const tag = theme.components!.Tag! as Record<string, string>;
    for (const colour of ['volcano', 'orange', 'gold', 'yellow', 'lime', 'green', 'cyan']) {
      expect(contrast(tag[`${colour}7`], token[`${colour}1`]), colour).toBeGreaterThanOrEqual(4.5);
    }
    for (const colour of ['red', 'magenta', 'blue', 'geekblue', 'purple'])
      expect(contrast(token[`${colour}7`], token[`${colour}1`]), colour).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tag.colorSuccess, token.colorSuccessBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tag.colorWarning, token.colorWarningBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tag.colorInfo, token.colorInfoBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorError, token.colorErrorBg)).toBeGreaterThanOrEqual(4.5);
  });

  it('focus in a neutral colour ≥ 3:1, for outlines and fields alike; red stays for errors', () => {
    expect(contrast(FOCUS_COLOR)).toBeGreaterThanOrEqual(3);
    expect(contrast(FOCUS_COLOR, PAGE)).toBeGreaterThanOrEqual(3);
    expect(token.colorPrimaryBorder).toBe(FOCUS_COLOR);
    const input = theme.components!.Input! as Record<string, string>;
    expect(input.activeBorderColor).toBe(FOCUS_COLOR);
    expect(input.hoverBorderColor).not.toBe(token.colorPrimary);
    expect(contrast(input.hoverBorderColor)).toBeGreaterThanOrEqual(3);
    expect(contrast(token.colorBorder)).toBeGreaterThanOrEqual(3);
    const red = (c: string) => {
      const [r, g, b] = parse(c, WHITE);
      return r > 150 && g < 80 && b < 80;
    };
    expect(red(FOCUS_COLOR)).toBe(false);
    expect(red(token.colorError)).toBe(true);
  });
});
