import { describe, expect, it } from 'vitest';
import {
  readScenario,
  SCENARIO_FORMAT,
  SCENARIO_MAX_BYTES,
  SCENARIO_VERSION,
  scenarioOf,
} from '../../../src/rules/costs/scenario.ts';
import {
  costReport,
  decodeCostInputs,
  defaultInputs,
  encodeCostInputs,
  withPreset,
  withValue,
} from '../../../src/rules/index.ts';
import { PRICE_DATA } from '../../../src/rules/presets/api-models.ts';

const SITE = 'https://example.test/costs/';
const reader = withValue(
  withValue(withPreset(defaultInputs(), 'model', 'claude-sonnet-5'), 'requests', 250_000),
  'cached',
  40,
);
const file = scenarioOf(reader, costReport(reader), SITE, '2026-12-06');
const text = JSON.stringify(file);
const edit = (f: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(text) as Record<string, unknown>;
  f(o);
  return JSON.stringify(o);
};

describe('a scenario file', () => {
  it('says what it is, which prices it rests on, where and when it was written, and what was changed', () => {
    expect(file).toMatchObject({
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      site: SITE,
      day: '2026-12-06',
      dataset: { package: PRICE_DATA.package, version: PRICE_DATA.version, asOf: PRICE_DATA.asOf },
      changed: { model: 'claude-sonnet-5', requests: '250000', cached: '40' },
      link: `${SITE}?${encodeCostInputs(reader)}`,
    });
    expect(file.values).toEqual(reader);
    const r = costReport(reader);
    expect(file.results.paths.api?.now).toBe(r.paths.api.monthlyNow.expected);
    expect(file.results.paths.selfhost?.total).toBe(r.paths.selfhost.totalOverHorizon.expected);
    expect(file.results.breakEven).toBe(r.breakEven);
  });

  it('round-trips: written, read back, the same inputs and the same results', () => {
    const read = readScenario(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.inputs).toEqual(reader);
    expect(read.since).toEqual([]);
    expect(read.dataset).toBeUndefined();
    expect(costReport(read.inputs)).toEqual(costReport(reader));
    // The link in the file opens the same inputs.
    expect(decodeCostInputs(new URL(file.link).search).value).toEqual(reader);
  });

  it('opens after a dataset update, saying which preset prices differ now and from which prices it was written', () => {
    const older = edit((o) => {
      (o.values as Record<string, number>).priceIn = 2.5;
      o.dataset = { package: PRICE_DATA.package, version: '0.1.5', asOf: '2026-09-01' };
    });
    const read = readScenario(older);
    if (!read.ok) throw new Error(read.message);
    expect(read.inputs).toEqual(reader);
    expect(read.since).toEqual([{ key: 'priceIn', was: 2.5, now: reader.priceIn }]);
    expect(read.dataset).toEqual({ package: PRICE_DATA.package, version: '0.1.5', asOf: '2026-09-01' });
  });

  it.each([
    ['not JSON', 'model=gpt-4o', /not JSON/, undefined],
    ['JSON of another kind', '{"a": 1}', /not a cost scenario/, 'format'],
    ['a later version', edit((o) => (o.version = 2)), /version 2 .* reads version 1/, 'version'],
    ['a “__proto__” key', text.replace('"changed":{', '"changed":{"__proto__":{"x":"1"},'), /“__proto__”/, '__proto__'],
    ['a “constructor” key', text.replace('"values":{', '"values":{"constructor":1,'), /“constructor”/, 'constructor'],
    [
      'an unknown input',
      edit((o) => ((o.changed as Record<string, string>).colour = 'blue')),
      /“colour” is not an input/,
      'colour',
    ],
    [
      'a value out of bounds',
      edit((o) => ((o.changed as Record<string, string>).requests = '2000000000')),
      /“requests” = “2000000000”: Enter at most 1,000,000,000\./,
      'requests',
    ],
    [
      'an unknown preset',
      edit((o) => ((o.changed as Record<string, string>).model = 'gpt-0')),
      /“model” = “gpt-0”: Not a known preset\./,
      'model',
    ],
    ['no changed inputs', edit((o) => delete o.changed), /no “changed”/, 'changed'],
    ['several megabytes', `${text}${' '.repeat(SCENARIO_MAX_BYTES)}`, /MB; a scenario is a few kilobytes/, undefined],
  ])('is refused whole when it is %s, naming why', (_name, body, message, field) => {
    const read = readScenario(body);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(message);
    expect(read.field).toBe(field);
  });
});
