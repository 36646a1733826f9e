/**
 * Revenue and spending month by month as a small SVG chart (no chart library: two bars a month, a few grid lines).
 * The scale follows the year's largest month; each bar's exact amount is its tooltip.
 */
import { useTranslation } from 'react-i18next';
import { vnd } from './format';

export interface MonthPoint {
  month: string;
  revenue: number;
  spending: number;
}

const W = 720;
const H = 200;
const TOP = 12;
const BOTTOM = 22;
const LEFT = 52;

/** 12_500_000 → '12,5 tr': the axis in millions, the way the books are read aloud. */
function millions(n: number): string {
  const m = n / 1_000_000;
  return `${m.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} tr`;
}

export function MonthChart({ points, title }: { points: MonthPoint[]; title: string }) {
  const { t } = useTranslation();
  const plot = H - TOP - BOTTOM;
  const max = Math.max(1, ...points.flatMap((p) => [p.revenue, p.spending]));
  const step = (W - LEFT) / Math.max(points.length, 1);
  const bar = Math.min(18, step * 0.32);
  const y = (v: number) => TOP + plot - (v / max) * plot;
  const bars = (p: MonthPoint, x: number) =>
    (['revenue', 'spending'] as const).map((kind, k) => (
      <rect
        key={kind}
        x={x + k * (bar + 2)}
        y={y(p[kind])}
        width={bar}
        height={TOP + plot - y(p[kind])}
        rx={2}
        className={`ud-funds-chart-${kind}`}
        data-testid={`funds-chart-${kind}`}
      >
        <title>{`${t(`funds.summary.${kind}`)} ${p.month.slice(5)}/${p.month.slice(0, 4)}: ${vnd(p[kind])}`}</title>
      </rect>
    ));
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} className="ud-funds-chart" role="img" aria-label={title} data-testid="funds-chart">
        <title>{title}</title>
        {[0, 0.5, 1].map((g) => (
          <g key={g}>
            <line x1={LEFT} x2={W} y1={y(g * max)} y2={y(g * max)} className="ud-funds-chart-grid" />
            <text x={LEFT - 4} y={y(g * max) + 4} textAnchor="end" className="ud-funds-chart-axis">
              {millions(g * max)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = LEFT + i * step + (step - 2 * bar - 2) / 2;
          return (
            <g key={p.month} data-testid="funds-chart-month">
              {bars(p, x)}
              <text x={x + bar} y={H - 6} textAnchor="middle" className="ud-funds-chart-axis">
                {`T${Number(p.month.slice(5))}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="ud-funds-legend">
        <span>
          <i className="ud-funds-chart-revenue" style={{ background: '#52c41a' }} />
          {t('funds.summary.revenue')}
        </span>
        <span>
          <i className="ud-funds-chart-spending" style={{ background: '#fa8c16' }} />
          {t('funds.summary.spending')}
        </span>
      </figcaption>
    </figure>
  );
}
