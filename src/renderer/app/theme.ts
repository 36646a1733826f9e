/**
 * The antd theme, tuned for WCAG 2.1 AA (issue 14): every text colour ≥ 4.5:1 on white and on the page's #f5f5f5
 * (antd's grey help text is 3.4:1, placeholders 1.8:1, its 12 px tag texts 3.4:1, error text 3.3:1), and focus in a
 * neutral blue-grey ring ≥ 3:1 instead of the brand red, so that red means an error and nothing else (issue 13).
 * The brand red stays for primary buttons and the selected menu entry. Ratios measured by tests/e2e/a11y.test.ts.
 */
import type { ThemeConfig } from 'antd';

/** The focus ring and the focused field's border: 7.1:1 on white. global.css uses the same colour. */
export const FOCUS_COLOR = '#3a5a80';
/** A hovered field's border: neutral, darker than the resting border, not a colour that means anything. */
const HOVER_BORDER = '#6b7a8c';

const fieldFocus = {
  activeBorderColor: FOCUS_COLOR,
  hoverBorderColor: HOVER_BORDER,
  // The 1 px border plus 1 px shadow: a 2 px ring in the focus colour.
  activeShadow: `0 0 0 1px ${FOCUS_COLOR}`,
};

/**
 * Tag texts use each palette's shade 7 on its shade 1: raised to the first shade ≥ 4.5:1 where antd's is lighter
 * (green 3.4:1, orange 3.3:1, gold 2.8:1, cyan 3.4:1…). Red, blue, geekblue, purple and magenta already pass.
 */
const tagTexts = {
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    // Darker seeds for errors and links/info: #ff4d4f was 3.3:1, #1677ff 4.1:1.
    colorError: '#cf1322',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    // Help texts, descriptions' labels, statistic titles, the steps not reached yet: 5.7:1 (was 3.4:1).
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
    // The resting border of fields: 3:1, so a field is visible as a field (was #d9d9d9, 1.4:1).
    colorBorder: '#8c9199',
    // antd draws its focus outlines (buttons, checkboxes, menu entries, links) in this colour.
    colorPrimaryBorder: FOCUS_COLOR,
    lineWidthFocus: 2,
    borderRadius: 6,
    fontSize: 15,
  },
  components: {
    Input: fieldFocus,
    InputNumber: fieldFocus,
    DatePicker: fieldFocus,
    Mentions: fieldFocus,
    // TreeSelect and Cascader draw their field with Select's style and tokens.
    Select: { ...fieldFocus, activeOutlineColor: FOCUS_COLOR },
    // A table's "no rows yet" line is text to read, not something disabled (antd draws it in the disabled grey).
    // (A list's: global.css, the List's token is not picked up by its empty line.)
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Tag: { ...tagTexts, colorSuccess: '#237804', colorWarning: '#874d00', colorInfo: '#0958d9' },
  },
};
