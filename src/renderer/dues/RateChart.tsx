/**
 * The collection rate month by month as a small SVG bar chart (no chart library: twelve bars and their labels).
 * A month with nothing due has no bar and reads "—".
 */
import { useTranslation } from 'react-i18next';
import { rateLabel } from './format';

export interface RatePoint {
  month: string;
  rate: number | null;
}

const W = 720;
const H = 190;
const TOP = 22;
const BOTTOM = 24;
const LEFT = 34;

export function RateChart({ points, title }: { points: RatePoint[]; title: string }) {
  const { i18n } = useTranslation();
  const plot = H - TOP - BOTTOM;
  const step = (W - LEFT) / Math.max(points.length, 1);
  const bar = Math.min(36, step * 0.6);
  const y = (rate: number) => TOP + plot - (Math.min(rate, 100) / 100) * plot;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="ud-dues-chart"
      role="img"
      aria-label={title}
      data-testid="dues-rate-chart"
    >
      <title>{title}</title>
      {[0, 50, 100].map((g) => (
        <g key={g}>
          <line x1={LEFT} x2={W} y1={y(g)} y2={y(g)} className="ud-dues-chart-grid" />
          <text x={LEFT - 4} y={y(g) + 4} textAnchor="end" className="ud-dues-chart-axis">
            {g}%
          </text>
        </g>
      ))}
      {points.map((p, i) => {
        const x = LEFT + i * step + (step - bar) / 2;
        const label = rateLabel(p.rate, i18n.language);
        return (
          <g key={p.month} data-testid="dues-chart-bar">
            {p.rate !== null && (
              <rect
                x={x}
                y={y(p.rate)}
                width={bar}
                height={TOP + plot - y(p.rate)}
                rx={3}
                className="ud-dues-chart-bar"
              >
                <title>{`${p.month.slice(5)}/${p.month.slice(0, 4)}: ${label}`}</title>
              </rect>
            )}
            <text
              x={x + bar / 2}
              y={(p.rate === null ? y(0) : y(p.rate)) - 5}
              textAnchor="middle"
              className="ud-dues-chart-value"
            >
              {label}
            </text>
            <text x={x + bar / 2} y={H - 6} textAnchor="middle" className="ud-dues-chart-axis">
              {`T${Number(p.month.slice(5))}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
