import { formatCount, formatUnitPrice } from '../format/format.ts';
import { PATH_LABELS, PATHS } from './costs.ts';
import { costSentence, formatMoney, formatSpread, originOf, sentenceNames } from './describe.ts';
import { fieldDefault, NUMBER_FIELDS } from './inputs.ts';
import type { CostReport } from './report.ts';
import type { FieldText, LiveText } from './text.ts';

/** A field's value with its unit, as a report states it. */
export function formatFieldValue(value: number, text: Pick<FieldText, 'unit'>): string {
  const unit = text.unit;
  if (unit.startsWith('USD per 1M')) return `${formatUnitPrice(value)} ${unit.replace(/^USD\s*/, '')}`;
  if (unit.startsWith('USD')) return `${formatMoney(value)} ${unit.replace(/^USD,?\s*/, '')}`.trim();
  if (unit === '%' || unit.startsWith('% ')) return `${formatCount(value)}${unit}`;
  return `${formatCount(value)} ${unit}`;
}

/** The scenario as Markdown, ready to paste into a design document. */
export function costMarkdown(r: CostReport, url: string, today: string, text: LiveText): string {
  const i = r.inputs;
  const lines: string[] = [];
  lines.push(`### Cost comparison, ${today}`, '', costSentence(r, sentenceNames(i, text)), '');
  lines.push(
    `| Path | This month | Month ${i.horizon} | Total over ${i.horizon} months | Per 1,000 requests |`,
    '|---|---|---|---|---|',
  );
  for (const p of PATHS) {
    const x = r.paths[p];
    lines.push(
      `| ${PATH_LABELS[p]} | ${formatSpread(x.monthlyNow)} | ${formatSpread(x.monthlyAtHorizon)} | ${formatSpread(x.totalOverHorizon)} | ${formatSpread(x.per1kRequests)} |`,
    );
  }
  lines.push('', 'Ranges run from the cheap to the dear end of every range input; single amounts have no range.', '');
  lines.push('#### Inputs', '');
  const model = text.presets.model.options.find((o) => o.id === i.model);
  if (model) lines.push(`- API model: ${model.label}`);
  const gpu = text.presets.gpu.options.find((o) => o.id === i.gpu);
  if (gpu) lines.push(`- GPU: ${gpu.label}`);
  let group: string;
  for (const f of NUMBER_FIELDS) {
    group = text.groups[f.group];
    const v = i[f.key];
    const t = text.fields[f.key];
    if (!t) continue;
    const origin = originOf(f.key, i, text);
    const changed = v !== fieldDefault(f.key, i);
    const note = changed ? 'your value' : `${origin.kind.toLowerCase()}: ${origin.text}`;
    lines.push(`- ${group}, ${t.label.toLowerCase()}: ${formatFieldValue(v, t)} (${note})`);
  }
  lines.push('', `Open this scenario: ${url}`);
  return lines.join('\n');
}
