/** One group of bars (a shape) with a value per series (a system). */
export interface BarGroup {
  label: string;
  values: Array<number | null>;
}

export interface BarChart {
  title: string;
  yLabel: string;
  series: string[];
  groups: BarGroup[];
}

const COLOURS = ['#8c8c8c', '#d9822b', '#c23b22', '#2b6cb0', '#2f855a', '#6b46c1'];

/**
 * A grouped bar chart as a standalone SVG, on a logarithmic axis (the
 * values span orders of magnitude), each bar labelled with its value.
 */
export function barChartSvg(chart: BarChart): string {
  const width = 980;
  const height = 460;
  const margin = { top: 56, right: 20, bottom: 96, left: 70 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const values = chart.groups
    .flatMap((g) => g.values)
    .filter((v): v is number => v !== null && v > 0);
  const maxExp = Math.ceil(Math.log10(Math.max(10, ...values)));
  const minExp = Math.min(0, Math.floor(Math.log10(Math.min(...values, 1))));
  const y = (value: number) =>
    margin.top + plotHeight * (1 - (Math.log10(value) - minExp) / (maxExp - minExp));
  const groupWidth = plotWidth / chart.groups.length;
  const barWidth = (groupWidth * 0.8) / chart.series.length;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escape(chart.title)}</text>`,
  ];
  for (let exp = minExp; exp <= maxExp; exp += 1) {
    const lineY = y(10 ** exp);
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${lineY.toFixed(1)}" y2="${lineY.toFixed(1)}" stroke="#e2e2e2"/>`,
      `<text x="${margin.left - 6}" y="${(lineY + 4).toFixed(1)}" text-anchor="end">${(10 ** exp).toLocaleString('en')}</text>`,
    );
  }
  parts.push(
    `<text transform="translate(16 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escape(chart.yLabel)}</text>`,
  );
  chart.groups.forEach((group, g) => {
    const groupX = margin.left + g * groupWidth + groupWidth * 0.1;
    group.values.forEach((value, s) => {
      if (value === null || value <= 0) return;
      const x = groupX + s * barWidth;
      const top = y(Math.max(value, 10 ** minExp));
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(margin.top + plotHeight - top).toFixed(1)}" fill="${COLOURS[s % COLOURS.length]}"/>`,
        `<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(top - 3).toFixed(1)}" text-anchor="middle" font-size="9">${formatValue(value)}</text>`,
      );
    });
    parts.push(
      `<text x="${(margin.left + g * groupWidth + groupWidth / 2).toFixed(1)}" y="${margin.top + plotHeight + 16}" text-anchor="middle">${escape(group.label)}</text>`,
    );
  });
  chart.series.forEach((name, s) => {
    const x = margin.left + s * 190;
    const legendY = height - 30;
    parts.push(
      `<rect x="${x}" y="${legendY - 10}" width="12" height="12" fill="${COLOURS[s % COLOURS.length]}"/>`,
      `<text x="${x + 18}" y="${legendY}">${escape(name)}</text>`,
    );
  });
  parts.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight}" stroke="#333"/>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

function formatValue(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
