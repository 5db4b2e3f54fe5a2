import { formatCount, formatUnitPrice } from '../format/format.ts';
import { formatMoney, formatSpread } from '../format/money.ts';
import { costSentence, latencySentence, monthHeading, originOf, sentenceNames, totalHeading } from './describe.ts';
import { FIELDS, NUMBER_KEYS } from './fields.ts';
import { benchPoint, fieldDefault } from './inputs.ts';
import { presetById } from './preset-registry.ts';
import type { CostReport } from './report.ts';
import type { LiveText } from './text.ts';

/**
 * A field's value with the unit name the form shows, as the report states it. The island prints
 * this, so it reads the unit's name from its props rather than loading the unit table.
 */
function reportValue(value: number, unit: string): string {
  if (unit.startsWith('USD per 1M')) return `${formatUnitPrice(value)} ${unit.replace(/^USD\s*/, '')}`;
  if (unit.startsWith('USD')) return `${formatMoney(value)} ${unit.replace(/^USD,?\s*/, '')}`.trim();
  if (unit.startsWith('%')) return `${formatCount(value)}${unit}`;
  return `${formatCount(value)} ${unit}`;
}

/** The scenario as Markdown, ready to paste into a design document, with the page's headings. */
export function costMarkdown(r: CostReport, url: string, today: string, text: LiveText): string {
  const i = r.inputs;
  const w = text.words;
  const lines: string[] = [];
  lines.push(`### Cost comparison, ${today}`, '', costSentence(r, sentenceNames(i, text)), '');
  lines.push(
    `| ${w.path} | ${w.thisMonth} | ${monthHeading(i.horizon, text.words)} | ${totalHeading(i.horizon, text.words)} | ${w.per1k} |`,
    '|---|---|---|---|---|',
  );
  for (const p of r.shown) {
    const x = r.paths[p];
    lines.push(
      `| ${text.words.paths[p]} | ${formatSpread(x.monthlyNow)} | ${formatSpread(x.monthlyAtHorizon)} | ${formatSpread(x.totalOverHorizon)} | ${formatSpread(x.per1kRequests)} |`,
    );
  }
  lines.push('', 'Ranges run from the cheap to the dear end of every range input; single amounts have no range.', '');
  lines.push('#### Inputs', '');
  const model = text.presets.model.options.find((o) => o.id === i.model);
  if (model) lines.push(`- API model: ${model.label ?? model.name}`);
  const gpu = text.presets.gpu.options.find((o) => o.id === i.gpu);
  if (gpu) lines.push(`- GPU: ${gpu.label ?? gpu.name}`);
  const run = benchPoint(i);
  const setup = presetById('tput', i.tput);
  if (run && setup)
    lines.push(`- Latency: ${latencySentence(setup, i.slo, i.input, i.output, text.words.latency, run)}`);
  for (const key of NUMBER_KEYS) {
    const t = text.fields[key];
    // The fields of the reader's own run are listed only when there is one.
    if (!t || (FIELDS[key].group === 'bench' && !run)) continue;
    const origin = originOf(key, i, text);
    const note = i[key] !== fieldDefault(key, i) ? 'your value' : `${origin.kind.toLowerCase()}: ${origin.text}`;
    lines.push(
      `- ${text.groups[FIELDS[key].group]}, ${t.label.toLowerCase()}: ${reportValue(i[key], t.unit)} (${note})`,
    );
  }
  lines.push('', `Open this scenario: ${url}`);
  return lines.join('\n');
}
