/** Small SVG charts drawn here: stacked daily bars, a line, horizontal bars. No chart library. */

export interface Series {
  name: string;
  className: string;
  values: number[];
}

const W = 520;
const H = 160;
const PAD = { top: 10, right: 20, bottom: 22, left: 44 };

function niceMax(max: number): number {
  if (max <= 4) return 4;
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  return Math.ceil(max / step) * step;
}

const shortDay = (day: string) => day.slice(5).replace('-', '/');

/** Bars per day, the series stacked. */
export function StackedBars(props: { title: string; days: string[]; series: Series[] }) {
  const totals = props.days.map((_, i) => props.series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(props.days.length, 1);
  const bar = Math.max(2, slot * 0.62);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const summary = props.days.map((d, i) => `${d}: ${totals[i]}`).join(', ');
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title}. ${summary}`}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} />
            <text class="axis" x={PAD.left - 6} y={y(max * f) + 4} text-anchor="end">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {props.days.map((day, i) => {
          let acc = 0;
          const x = PAD.left + i * slot + (slot - bar) / 2;
          return (
            <g key={day}>
              {props.series.map((s) => {
                const v = s.values[i] ?? 0;
                const top = y(acc + v);
                const h = y(acc) - top;
                acc += v;
                return v ? (
                  <rect class={s.className} x={x} y={top} width={bar} height={h} rx={1.5}>
                    <title>{`${day} · ${s.name}: ${v}`}</title>
                  </rect>
                ) : null;
              })}
              {(props.days.length <= 14 || i % 2 === 0) && (
                <text class="axis" x={x + bar / 2} y={H - 6} text-anchor="middle">
                  {shortDay(day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Legend series={props.series} />
    </figure>
  );
}

/** One or more lines over the days (nulls leave gaps). */
export function Lines(props: {
  title: string;
  days: string[];
  series: { name: string; className: string; values: (number | null)[] }[];
  format?: (v: number) => string;
}) {
  const fmt = props.format ?? ((v: number) => String(Math.round(v)));
  const all = props.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = all.length ? Math.max(...all) * 1.15 || 1 : 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (props.days.length > 1 ? (i / (props.days.length - 1)) * innerW : innerW / 2);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.title}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} />
            <text class="axis" x={PAD.left - 6} y={y(max * f) + 4} text-anchor="end">
              {fmt(max * f)}
            </text>
          </g>
        ))}
        {props.days.map((day, i) =>
          props.days.length <= 14 || i % 2 === 0 ? (
            <text key={day} class="axis" x={x(i)} y={H - 6} text-anchor="middle">
              {shortDay(day)}
            </text>
          ) : null,
        )}
        {props.series.map((s) => {
          const pts = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
          const d = pts.reduce((path, p, i) => {
            if (!p) return path;
            const prev = pts[i - 1];
            return `${path}${prev ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
          }, '');
          return (
            <g key={s.name} class={s.className}>
              <path class="line" d={d} />
              {pts.map((p, i) =>
                p ? (
                  <circle key={i} cx={p[0]} cy={p[1]} r={2.5}>
                    <title>{`${props.days[i]} · ${s.name}: ${fmt(s.values[i] as number)}`}</title>
                  </circle>
                ) : null,
              )}
            </g>
          );
        })}
      </svg>
      <Legend series={props.series} />
    </figure>
  );
}

function Legend({ series }: { series: { name: string; className: string }[] }) {
  return (
    <ul class="legend">
      {series.map((s) => (
        <li key={s.name}>
          <span class={`swatch ${s.className}`} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Labelled horizontal bars, largest first. */
export function HBars(props: { title: string; items: [string, number][] }) {
  const max = Math.max(1, ...props.items.map(([, v]) => v));
  return (
    <figure class="chart hbars">
      <figcaption>{props.title}</figcaption>
      {props.items.length === 0 ? (
        <p class="muted">Nothing yet.</p>
      ) : (
        <ul>
          {props.items.map(([name, v]) => (
            <li key={name}>
              <span class="hbar-label">{name}</span>
              <span class="hbar-track" aria-hidden="true">
                <span class="hbar-fill" style={{ width: `${(v / max) * 100}%` }} />
              </span>
              <span class="hbar-value">{v}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
