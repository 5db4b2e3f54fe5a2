import { readFileSync } from 'node:fs';
import { calcPrice } from '@pydantic/genai-prices';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API_PRESETS,
  apiTokenBill,
  BATCH_DISCOUNT,
  CALCULATOR_WORDS,
  type CostInputs,
  DAYS_PER_MONTH,
  decodeCostInputs,
  defaultInputs,
  encodeCostInputs,
  horizonSentence,
  modelCosts,
  modelEvents,
  monthlyCost,
  monthStart,
  pathResult,
  presetById,
  sameModelHost,
  tokenPrices,
  withPreset,
} from '../../../src/rules/index.ts';
import { CURATED_MODELS, PRICE_DATA, SNAPSHOT_MODELS } from '../../../src/rules/presets/api-models.ts';
import {
  apiPriceOf,
  apiPrices,
  datasetModel,
  pricesOn,
  pricingUrl,
  providerName,
} from '../../../src/rules/presets/price-dataset.ts';
import { OPEN_MODELS, SERVING_SETUPS } from '../../../src/rules/serving/serving.ts';
import { SHIPPED_MODEL_IDS } from '../../shipped-model-ids.ts';

const on = new Date(`${PRICE_DATA.asOf}T00:00:00Z`);
const NO_LEVERS = { cached: 0, cacheWrite: 0, reasoning: 0, batch: 0 } as const;

/** The dataset's own price of one request, USD. */
function datasetCost(
  m: (typeof CURATED_MODELS)[number],
  usage: { input_tokens: number; output_tokens: number; cache_read_tokens?: number; cache_write_tokens?: number },
  at: Date = on,
) {
  // The dataset matches a request by the name the provider's API reports, which may differ from the id.
  const { info } = datasetModel(m);
  const name = 'equals' in info.match ? info.match.equals : m.model;
  const r = calcPrice(usage, name, { providerId: m.provider, timestamp: at });
  if (!r) throw new Error(`no price for ${m.id}`);
  return r.total_price;
}

function rel(a: number, b: number) {
  return Math.abs(a - b) / Math.max(1e-12, Math.abs(b));
}

describe('the price dataset', () => {
  it(`is pinned at the version PRICE_DATA names (${PRICE_DATA.version})`, () => {
    const pkg = JSON.parse(readFileSync('node_modules/@pydantic/genai-prices/package.json', 'utf8'));
    const lock = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.version).toBe(PRICE_DATA.version);
    expect(lock.dependencies['@pydantic/genai-prices']).toBe(PRICE_DATA.version);
  });

  it('offers 20 to 40 presets, a large, a mid and a small current model of each maker, and open models at their hosts', () => {
    expect(API_PRESETS.length).toBeGreaterThanOrEqual(20);
    expect(API_PRESETS.length).toBeLessThanOrEqual(40);
    // Every open model the calculator self-hosts has a host in the dataset, so the same-model row always shows.
    for (const open of OPEN_MODELS)
      expect(
        API_PRESETS.some((p) => p.open === open),
        open,
      ).toBe(true);
    // The same model's host is a router only where no host serves the model itself.
    for (const setup of SERVING_SETUPS) {
      const host = sameModelHost(withPreset(defaultInputs(), 'tput', setup.id));
      const direct = API_PRESETS.some((p) => p.open === setup.open && !p.router);
      expect(Boolean(host?.router), setup.id).toBe(!direct);
    }
    const hosts = new Set(CURATED_MODELS.filter((m) => m.id.includes('/')).map((m) => m.provider));
    expect(hosts.size).toBeGreaterThanOrEqual(2);
    for (const maker of ['openai', 'anthropic', 'google'])
      expect(CURATED_MODELS.filter((m) => m.provider === maker).length).toBeGreaterThanOrEqual(3);
  });

  it('names each preset by its dataset id: bare at the model’s maker, provider/model at a host', () => {
    for (const m of CURATED_MODELS) {
      expect(datasetModel(m).info.id).toBe(m.model);
      expect(m.id === m.model || m.id === `${m.provider}/${m.model}`).toBe(true);
    }
    expect(new Set(API_PRESETS.map((p) => p.id)).size).toBe(API_PRESETS.length);
  });

  it('fails naming the id when a curated model is missing', () => {
    expect(() => apiPriceOf({ id: 'gpt-0', provider: 'openai', model: 'gpt-0', reasoning: false })).toThrow(/"gpt-0"/);
  });

  it.each(CURATED_MODELS.map((m) => [m.id, m] as const))('%s equals the dataset’s prices', (_id, m) => {
    const p = API_PRESETS.find((x) => x.id === m.id);
    if (!p) throw new Error('missing');
    // 100,000 tokens of each kind (below every long-context tier), priced by the dataset itself.
    expect(rel(p.priceIn, datasetCost(m, { input_tokens: 1e5, output_tokens: 0 }) * 10)).toBeLessThan(1e-9);
    const out = datasetCost(m, { input_tokens: 0, output_tokens: 1e5 }) * 10;
    expect(rel(p.priceOut, out)).toBeLessThan(1e-9);
    if (p.priceCached !== undefined) {
      const cached = datasetCost(m, { input_tokens: 1e5, cache_read_tokens: 1e5, output_tokens: 0 }) * 10;
      expect(rel(p.priceCached, cached)).toBeLessThan(1e-9);
    }
    for (const t of p.tiers) {
      // A request of one token over the threshold is priced at the tier's rates, the whole of it.
      const n = t.above + 1;
      const mine = apiTokenBill(
        1,
        n,
        1000,
        tokenPrices(p.id, prices(p.priceIn, p.priceOut, p.priceCached ?? p.priceIn, p.priceWrite ?? p.priceIn), n),
        NO_LEVERS,
      );
      expect(rel(mine / DAYS_PER_MONTH, datasetCost(m, { input_tokens: n, output_tokens: 1000 }))).toBeLessThan(1e-9);
    }
  });

  it('reproduces the dataset’s own price of a request with cached input and a long context', () => {
    const sonnet = CURATED_MODELS.find((m) => m.id === 'claude-sonnet-4-5');
    if (!sonnet) throw new Error('missing');
    const p = presetById('model', 'claude-sonnet-4-5');
    if (!p) throw new Error('missing');
    const typed = prices(p.priceIn, p.priceOut, p.priceCached ?? p.priceIn, p.priceWrite ?? p.priceIn);
    for (const input of [10_000, 200_000, 200_001, 500_000]) {
      const levers = { cached: 40, cacheWrite: 0, reasoning: 0, batch: 0 };
      const mine = apiTokenBill(1, input, 2_000, tokenPrices(p.id, typed, input), levers) / DAYS_PER_MONTH;
      const theirs = datasetCost(sonnet, { input_tokens: input, cache_read_tokens: input * 0.4, output_tokens: 2_000 });
      expect(rel(mine, theirs)).toBeLessThan(1e-9);
    }
  });
});

describe('cache writes and dated prices', () => {
  const withWrites = CURATED_MODELS.filter((m) => presetById('model', m.id)?.priceWrite !== undefined);

  it('several presets carry the dataset’s cache-write price (Anthropic’s: 1.25 times input)', () => {
    expect(withWrites.length).toBeGreaterThanOrEqual(3);
    for (const id of ['claude-opus-5-5', 'claude-sonnet-5', 'claude-haiku-4-5'] as const) {
      const p = presetById('model', id);
      expect(p?.priceWrite).toBeCloseTo((p?.priceIn ?? 0) * 1.25, 12);
    }
  });

  it.each(withWrites.map((m) => [m.id, m] as const))(
    '%s: a request that reads and writes the cache costs what the dataset’s calcPrice says',
    (_id, m) => {
      const p = presetById('model', m.id);
      if (!p) throw new Error('missing');
      const typed = prices(p.priceIn, p.priceOut, p.priceCached ?? p.priceIn, p.priceWrite ?? p.priceIn);
      for (const [input, cached, written] of [
        [10_000, 30, 50],
        [4_000, 0, 100],
        [150_000, 60, 25],
      ] as const) {
        const levers = { cached, cacheWrite: written, reasoning: 0, batch: 0 };
        const mine = apiTokenBill(1, input, 1_500, tokenPrices(p.id, typed, input), levers) / DAYS_PER_MONTH;
        const theirs = datasetCost(m, {
          input_tokens: input,
          cache_read_tokens: (input * cached) / 100,
          cache_write_tokens: (input * written) / 100,
          output_tokens: 1_500,
        });
        expect(rel(mine, theirs)).toBeLessThan(1e-9);
      }
    },
  );

  it('writes count at most the input the cache does not serve, so the bill never goes below zero', () => {
    fc.assert(
      fc.property(requests, tokens, tokens, price, price, price, price, leversArb, (r, inp, out, a, b, c, w, l) => {
        expect(apiTokenBill(r, inp, out, prices(a, b, c, w), l)).toBeGreaterThanOrEqual(0);
      }),
    );
    // 80% read and 50% written of 1,000 tokens: 800 read, 200 written, none at the input price.
    expect(
      apiTokenBill(1, 1_000, 0, prices(1, 0, 0.1, 1.25), { ...NO_LEVERS, cached: 80, cacheWrite: 50 }),
    ).toBeCloseTo(((800 * 0.1 + 200 * 1.25) * DAYS_PER_MONTH) / 1e6, 12);
  });

  it('Gemini 3.8 Flash lists $0.75 / $3.75 and announces $1.50 / $7.50 from 1 January 2027, as the dataset does', () => {
    const p = presetById('model', 'gemini-3.8-flash');
    expect(p).toMatchObject({ priceIn: 0.75, priceOut: 3.75 });
    expect(p?.changes).toEqual([{ from: '2027-01-01', priceIn: 1.5, priceOut: 7.5, priceCached: 0.15, tiers: [] }]);
    const m = CURATED_MODELS.find((x) => x.id === 'gemini-3.8-flash');
    if (!m) throw new Error('missing');
    const typed = prices(0.75, 3.75, 0.075);
    for (const day of ['2026-12-01', '2027-01-01', '2027-06-01']) {
      const mine = apiTokenBill(1, 2_000, 500, tokenPrices(m.id, typed, 2_000, day), NO_LEVERS) / DAYS_PER_MONTH;
      const theirs = datasetCost(m, { input_tokens: 2_000, output_tokens: 500 }, new Date(`${day}T12:00:00Z`));
      expect(rel(mine, theirs), day).toBeLessThan(1e-9);
    }
  });

  describe('a projection bills each month at the prices in force in it', () => {
    afterEach(() => vi.useRealTimers());
    // Gemini 3.8 Flash, flat traffic, nothing but its token bill: month 1 is December 2026 at $0.75 / $3.75.
    const flash = (): CostInputs => ({
      ...withPreset(defaultInputs(), 'model', 'gemini-3.8-flash'),
      horizon: 12,
      growth: 0,
      reasoning: 0,
      monitoring: 0,
      evalFte: 0,
    });

    it('seen in December 2026: one month at the introductory price, eleven at double', () => {
      vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
      expect(monthStart(1)).toBe('2026-12-01');
      expect(monthStart(2)).toBe('2027-01-01');
      expect(monthStart(14)).toBe('2028-01-01');
      const i = flash();
      const r = pathResult('api', i);
      const december = apiTokenBill(i.requests, i.input, i.output, prices(0.75, 3.75, 0.075), NO_LEVERS);
      expect(r.monthlyNow.expected).toBeCloseTo(december, 9);
      expect(r.monthlyAtHorizon.expected).toBeCloseTo(2 * december, 9);
      expect(r.totalOverHorizon.expected).toBeCloseTo(december + 11 * 2 * december, 6);
    });

    it('seen in February 2027: every month at the new price, and prices typed over move with it', () => {
      vi.useFakeTimers({ now: new Date('2027-02-10T12:00:00Z') });
      const i = flash();
      const r = pathResult('api', i);
      expect(r.monthlyNow.expected).toBeCloseTo(
        apiTokenBill(i.requests, i.input, i.output, prices(1.5, 7.5, 0.15), NO_LEVERS),
        9,
      );
      expect(r.totalOverHorizon.expected).toBeCloseTo(12 * r.monthlyNow.expected, 6);
      // A reader who typed half the listed prices pays half the new ones.
      const half = pathResult('api', { ...i, priceIn: 0.375, priceOut: 1.875, priceCached: 0.0375 });
      expect(half.monthlyNow.expected).toBeCloseTo(r.monthlyNow.expected / 2, 9);
      expect(monthlyCost('api', i, i.requests)).toBeCloseTo(r.monthlyNow.expected, 9);
    });

    it('a model without announced changes costs the same every month of flat traffic', () => {
      vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
      const r = pathResult('api', { ...flash(), ...withPreset(flash(), 'model', 'gpt-5-mini') });
      expect(r.monthlyAtHorizon.expected).toBeCloseTo(r.monthlyNow.expected, 9);
      expect(r.totalOverHorizon.expected).toBeCloseTo(12 * r.monthlyNow.expected, 6);
    });
  });

  describe('the horizon warns of what the provider announced', () => {
    afterEach(() => vi.useRealTimers());
    const w = CALCULATOR_WORDS.live.horizon;

    it('a price change inside the horizon, with the month it starts; none past the horizon', () => {
      vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
      const i = withPreset(defaultInputs(), 'model', 'gemini-3.8-flash');
      const e = modelEvents(i);
      expect(e.change).toMatchObject({ from: '2027-01-01', month: 2, priceIn: 1.5, priceOut: 7.5 });
      expect(horizonSentence(e, 'Gemini 3.8 Flash', w)).toBe(
        `Gemini 3.8 Flash ${w.change[0]} 1 January 2027 ${w.change[1]} $1.50 / $7.50 ${w.change[2]} 2 ${w.change[3]}`,
      );
      expect(modelEvents({ ...i, horizon: 1 })).toEqual({});
      // Once the change has come, nothing is left to announce.
      vi.setSystemTime(new Date('2027-01-02T00:00:00Z'));
      expect(modelEvents(i)).toEqual({});
    });

    it('a retirement inside the horizon, then past it for old links', () => {
      vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
      const i = withPreset(defaultInputs(), 'model', 'gpt-4o');
      expect(modelEvents(i).retires).toEqual({ day: '2027-01-14', month: 2, past: false });
      expect(horizonSentence(modelEvents(i), 'GPT-4o', w)).toContain(
        `GPT-4o ${w.retires[0]} 14 January 2027, ${w.retires[1]} 2 `,
      );
      expect(modelEvents({ ...i, horizon: 1 }).retires).toBeUndefined();
      vi.setSystemTime(new Date('2027-01-14T08:00:00Z'));
      expect(modelEvents(i).retires).toEqual({ day: '2027-01-14', month: 1, past: true });
      expect(horizonSentence(modelEvents(i), 'GPT-4o', w)).toBe(
        `GPT-4o ${w.retired[0]} 14 January 2027${w.retired[1]}`,
      );
      // A model with no announcement says nothing.
      expect(horizonSentence(modelEvents(withPreset(i, 'model', 'claude-sonnet-5')), 'x', w)).toBe('');
    });
  });

  it('only announced changes after the dataset’s day travel with a preset, earliest first', () => {
    for (const p of API_PRESETS) {
      const days = (p.changes ?? []).map((c) => c.from);
      expect(days).toEqual([...days].sort());
      for (const d of days) expect(d > PRICE_DATA.asOf).toBe(true);
    }
  });
});

describe('old model links', () => {
  it.each(SHIPPED_MODEL_IDS)('model=%s opens %s with nothing rejected', (old, now) => {
    const d = decodeCostInputs(`model=${encodeURIComponent(old)}`);
    expect(d.rejected).toEqual([]);
    expect(d.value.model).toBe(now);
    const p = presetById('model', now);
    expect(d.value.priceIn).toBe(p?.priceIn);
    expect(d.value.priceOut).toBe(p?.priceOut);
  });

  it('a model the dataset dropped keeps a dated snapshot price', () => {
    for (const s of SNAPSHOT_MODELS)
      expect(presetById('model', s.id)).toMatchObject({ priceIn: s.priceIn, priceOut: s.priceOut });
  });

  it('a renamed id is written back as the id it now opens', () => {
    expect(encodeCostInputs(decodeCostInputs('model=claude-sonnet-4.5').value)).toBe('model=claude-sonnet-4-5');
  });
});

const prices = (priceIn: number, priceOut: number, priceCached = priceIn, priceWrite = priceIn) => ({
  priceIn,
  priceOut,
  priceCached,
  priceWrite,
});

describe('the API token bill', () => {
  it.each([
    [
      '20,000 req × 365/12 × (800 × $0.25 + 300 × $2) / 1M = $486.67',
      20_000,
      800,
      300,
      prices(0.25, 2),
      NO_LEVERS,
      486.666_666_7,
    ],
    [
      'half of 800 input from the cache at $0.025: (400 × 0.25 + 400 × 0.025 + 300 × 2) × 20,000 × 365/12 / 1M = $431.92',
      20_000,
      800,
      300,
      prices(0.25, 2, 0.025),
      { cached: 50, cacheWrite: 0, reasoning: 0, batch: 0 },
      431.916_666_7,
    ],
    [
      '1,000 reasoning tokens at $2: (800 × 0.25 + 1,300 × 2) × 20,000 × 365/12 / 1M = $1,703.33',
      20_000,
      800,
      300,
      prices(0.25, 2),
      { cached: 0, cacheWrite: 0, reasoning: 1_000, batch: 0 },
      1_703.333_333,
    ],
    [
      'half the requests by batch at half price: $486.67 × (1 − 0.5 × 0.5) = $365',
      20_000,
      800,
      300,
      prices(0.25, 2),
      { cached: 0, cacheWrite: 0, reasoning: 0, batch: 50 },
      365,
    ],
  ] as const)('%s', (_name, r, input, output, p, levers, expected) => {
    expect(apiTokenBill(r, input, output, p, levers)).toBeCloseTo(expected, 4);
  });

  it(`the batch discount is the sourced figure, ${BATCH_DISCOUNT * 100}%`, () => {
    expect(BATCH_DISCOUNT).toBe(0.5);
  });

  it('prices Claude Sonnet 4.5 at $3 / $15 up to 200,000 input tokens and at $6 / $22.50 past it, the whole request', () => {
    const typed = prices(3, 15, 0.3);
    expect(tokenPrices('claude-sonnet-4-5', typed, 200_000)).toEqual(typed);
    expect(tokenPrices('claude-sonnet-4-5', typed, 200_001)).toEqual(prices(6, 22.5, 0.6));
    // A typed discount carries over into the tier.
    expect(tokenPrices('claude-sonnet-4-5', prices(1.5, 7.5, 0.15), 300_000)).toEqual(prices(3, 11.25, 0.3));
    expect(tokenPrices('custom', typed, 300_000)).toEqual(typed);
  });

  it('RAG pays the levers on its retrieved context too', () => {
    const i: CostInputs = {
      ...defaultInputs(),
      reasoning: 0,
      monitoring: 0,
      evalFte: 0,
      vectorStore: 0,
      corpus: 0,
      embedPrice: 0,
    };
    const full = monthlyCost('rag', i, i.requests);
    const cachedAll = monthlyCost('rag', { ...i, cached: 100, priceCached: 0 }, i.requests);
    const outputOnly = apiTokenBill(i.requests, 0, i.output, i, NO_LEVERS);
    expect(cachedAll).toBeCloseTo(outputOnly, 9);
    expect(full).toBeGreaterThan(cachedAll);
  });
});

const tokens = fc.integer({ min: 0, max: 1_000_000 });
const share = fc.double({ min: 0, max: 100, noNaN: true });
const price = fc.double({ min: 0, max: 1000, noNaN: true });
const requests = fc.integer({ min: 1, max: 1e9 });
const leversArb = fc.record({ cached: share, cacheWrite: share, reasoning: tokens, batch: share });

describe('API bill properties', () => {
  it('a larger cached share never raises the bill when the cache-read price is at most the input price', () => {
    fc.assert(
      fc.property(
        requests,
        tokens,
        tokens,
        price,
        price,
        price,
        share,
        share,
        leversArb,
        (r, inp, out, pIn, pOut, c, a, b, l) => {
          const p = prices(pIn, pOut, Math.min(c, pIn));
          const lo = apiTokenBill(r, inp, out, p, { ...l, cached: Math.min(a, b) });
          const hi = apiTokenBill(r, inp, out, p, { ...l, cached: Math.max(a, b) });
          expect(hi).toBeLessThanOrEqual(lo * (1 + 1e-12) + 1e-12);
        },
      ),
    );
  });

  it('batch=100 halves the token bill', () => {
    fc.assert(
      fc.property(requests, tokens, tokens, price, price, leversArb, (r, inp, out, pIn, pOut, l) => {
        const p = prices(pIn, pOut);
        const all = apiTokenBill(r, inp, out, p, { ...l, batch: 100 });
        const none = apiTokenBill(r, inp, out, p, { ...l, batch: 0 });
        expect(all).toBeCloseTo(none / 2, 6);
      }),
    );
  });

  it('reasoning tokens add output-priced tokens', () => {
    fc.assert(
      fc.property(requests, tokens, tokens, tokens, price, price, leversArb, (r, inp, out, think, pIn, pOut, l) => {
        const p = prices(pIn, pOut);
        const withThinking = apiTokenBill(r, inp, out, p, { ...l, reasoning: think });
        const asOutput = apiTokenBill(r, inp, out + think, p, { ...l, reasoning: 0 });
        expect(rel(withThinking, asOutput)).toBeLessThan(1e-9);
      }),
    );
  });

  it('a tiered model changes price exactly at its threshold', () => {
    const tiered = API_PRESETS.filter((p) => p.tiers.length > 0);
    expect(tiered.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...tiered), tokens, (p, out) => {
        const typed = prices(p.priceIn, p.priceOut, p.priceCached ?? p.priceIn);
        const t = p.tiers[0];
        if (!t) return;
        const at = tokenPrices(p.id, typed, t.above);
        const past = tokenPrices(p.id, typed, t.above + 1);
        expect(at).toEqual(typed);
        expect(past.priceIn).toBe(t.priceIn);
        expect(past.priceOut).toBe(t.priceOut);
        const billAt = apiTokenBill(1, t.above, out, at, NO_LEVERS);
        const billPast = apiTokenBill(1, t.above + 1, out, past, NO_LEVERS);
        expect(billPast).toBeGreaterThan(billAt);
      }),
    );
  });
});

describe('every model at your volume', () => {
  it('has one row per preset, cheapest first, each equal to that model’s token bill', () => {
    const i = { ...defaultInputs(), cached: 30, reasoning: 200, batch: 10 };
    const rows = modelCosts(i);
    expect(rows.map((r) => r.id).sort()).toEqual(API_PRESETS.map((p) => p.id).sort());
    const bills = rows.map((r) => r.monthly);
    expect(bills).toEqual([...bills].sort((a, b) => a - b));
    const own = rows.find((r) => r.id === i.model);
    const tokensOnly = { ...i, monitoring: 0, evalFte: 0, complianceLow: 0, complianceHigh: 0 };
    expect(own?.monthly).toBeCloseTo(monthlyCost('api', tokensOnly, i.requests), 6);
  });
});

describe('the build-time reader', () => {
  it('gives the browser exactly the presets it computes from the dataset', () => {
    expect(apiPrices()).toEqual(API_PRESETS);
  });

  it('takes the prices in force on a day: GPT-5.6 Luna before and after its July 2026 price change', () => {
    const luna = CURATED_MODELS.find((m) => m.id === 'gpt-5.6-luna');
    if (!luna) throw new Error('missing');
    const { info } = datasetModel(luna);
    expect(pricesOn(info, '2026-07-01').input_mtok).toMatchObject({ base: 1 });
    expect(pricesOn(info, PRICE_DATA.asOf).input_mtok).toMatchObject({ base: 0.2 });
  });

  it('names each provider and its pricing page as the dataset gives them', () => {
    expect(providerName('groq')).toBe('Groq');
    expect(pricingUrl('anthropic')).toMatch(/^https:\/\/www\.anthropic\.com\/pricing/);
    expect(pricingUrl('no-such-provider')).toBeUndefined();
    expect(providerName('no-such-provider')).toBe('no-such-provider');
  });
});
