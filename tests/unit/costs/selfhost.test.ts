import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakEven,
  breakEvenBand,
  CALCULATOR_WORDS,
  type CostInputs,
  capacity,
  cheapestPath,
  costReport,
  DAYS_PER_MONTH,
  decodeCostInputs,
  defaultInputs,
  encodeCostInputs,
  fieldDefault,
  fieldSpec,
  gpusNeeded,
  monthlyCost,
  PATHS,
  peopleMonthly,
  SERVING_SETUPS,
  sensitivity,
  spanOf,
  tuneEndSentence,
  UNCERTAIN_KEYS,
  withPreset,
} from '../../../src/rules/index.ts';
import { inputs, LOADED, ONE_GPU } from './inputs.ts';

describe('GPUs for real traffic', () => {
  it.each([
    ['20,000 a day on one-GPU replicas: 0.23 req/s × 2 peak / (10.95 × 60%) = 0.07 → the minimum, 2', {}, 2],
    [
      '1M a day, 10 req/s per GPU at 50%, peak 2: 11.57 × 2 / 5 = 4.63 → 5',
      { requests: 1_000_000, rps: 10, util: 50, peak: 2, minGpus: 1 },
      5,
    ],
    [
      'the same traffic flat (peak 1): 11.57 / 5 = 2.31 → 3',
      { requests: 1_000_000, rps: 10, util: 50, peak: 1, minGpus: 1 },
      3,
    ],
    [
      'never fewer than the minimum: 8 GPUs kept for 5 needed',
      { requests: 1_000_000, rps: 10, util: 50, peak: 2, minGpus: 8 },
      8,
    ],
    [
      'exactly one GPU’s peak capacity, 43,200 a day at 1 req/s, 100%, peak 2: 1',
      { requests: 43_200, rps: 1, util: 100, peak: 2, minGpus: 1 },
      1,
    ],
  ] as const)('%s', (_why, over, gpus) => {
    const i = inputs({ ...ONE_GPU, ...over });
    expect(gpusNeeded(i, i.requests)).toBe(gpus);
    expect(costReport(i).gpus).toBe(gpus);
  });

  it('a GPU’s rate follows the serving setup and the request shape until the reader types one', () => {
    const setup = SERVING_SETUPS.find((s) => s.id === defaultInputs().tput);
    if (!setup) throw new Error('missing');
    const d = decodeCostInputs('input=2048&output=2048').value;
    expect(d.rps).toBe(Number(capacity(setup, 2048, 2048, 'interactive').rps.toPrecision(4)));
    expect(encodeCostInputs(d)).toBe('input=2048&output=2048');
    expect(decodeCostInputs('input=2048&rps=3').value.rps).toBe(3);
    expect(defaultInputs().rps).toBe(Number(capacity(setup, 800, 300, 'interactive').rps.toPrecision(4)));
  });

  it('a link from before request rates keeps the rate it meant: throughput 2,529 over 1,100 tokens = 2.3 req/s', () => {
    const d = decodeCostInputs('throughput=2529');
    expect(d.rejected).toEqual([]);
    expect(d.value.tput).toBe('custom');
    expect(d.value.rps).toBeCloseTo(2529 / 1100, 12);
    expect(decodeCostInputs('throughput=abc').rejected.map((r) => r.name)).toEqual(['throughput']);
  });
});

describe('people at their loaded cost', () => {
  it('1.5 engineers at $140,910 × 1.29 = $22,721.74 a month', () => {
    const i = defaultInputs();
    expect(i.loaded).toBe(LOADED);
    expect(peopleMonthly(i, i.fte)).toBeCloseTo((1.5 * 140_910 * LOADED) / 12, 9);
    expect(peopleMonthly(i, i.fte)).toBeCloseTo(22_721.7375, 6);
  });

  it('the on-call default is more than one person, as /hidden-costs/ says', () => {
    expect(fieldDefault('fte')).toBeGreaterThan(1);
  });

  it.each(PATHS)('%s carries evaluation and integration time', (p) => {
    const i = defaultInputs();
    const without = monthlyCost(p, { ...i, evalFte: 0 }, i.requests);
    expect(monthlyCost(p, i, i.requests) - without).toBeCloseTo((0.25 * 140_910 * LOADED) / 12, 6);
  });
});

describe('a fine-tuned model served by a provider', () => {
  it('GPT-4.1 mini fine-tuned at 20,000 a day: tokens at $0.80 / $3.20, a $50 job over 12 months, $79, evaluation', () => {
    const i = withPreset(defaultInputs(), 'tune', 'gpt-4.1-mini-ft');
    const tokens = (20_000 * DAYS_PER_MONTH * (800 * 0.8 + 300 * 3.2)) / 1e6;
    const job = (10_000_000 * 5) / 1e6 / 12;
    const expected = tokens + job + 79 + (0.25 * 140_910 * LOADED) / 12;
    expect(monthlyCost('hosted-tune', i, i.requests)).toBeCloseTo(expected, 6);
    expect(costReport(i).paths['hosted-tune'].monthlyNow.expected).toBeCloseTo(expected, 6);
  });

  it('the default, GLM 5.3 Flash LoRA on Fireworks: tokens at $0.15 / $0.50, a $100 job (10M tokens at $10) over 12 months', () => {
    const i = defaultInputs();
    expect(i.tune).toBe('fireworks-glm-5.3-flash-lora');
    const tokens = (20_000 * DAYS_PER_MONTH * (800 * 0.15 + 300 * 0.5)) / 1e6;
    const expected = tokens + 100 / 12 + 79 + (0.25 * 140_910 * LOADED) / 12;
    expect(monthlyCost('hosted-tune', i, i.requests)).toBeCloseTo(expected, 6);
  });

  it('a fine-tune on a dedicated H100 pays the hour, not the token: $8.00 × 730 = $5,840 a month at any volume', () => {
    const i = { ...withPreset(defaultInputs(), 'tune', 'fireworks-8b-lora-h100'), monitoring: 0, evalFte: 0 };
    const job = (10_000_000 * 0.5) / 1e6 / 12;
    expect(monthlyCost('hosted-tune', i, 1)).toBeCloseTo(5_840 + job, 6);
    expect(monthlyCost('hosted-tune', i, 1_000_000)).toBeCloseTo(5_840 + job, 6);
  });

  it('its batch share halves the token bill; it spends no reasoning tokens', () => {
    const i = { ...defaultInputs(), monitoring: 0, evalFte: 0, tuneTokens: 0, tuneHosting: 0 };
    const all = monthlyCost('hosted-tune', { ...i, batch: 100 }, i.requests);
    expect(all).toBeCloseTo(monthlyCost('hosted-tune', i, i.requests) / 2, 9);
    expect(monthlyCost('hosted-tune', { ...i, reasoning: 5000 }, i.requests)).toBe(
      monthlyCost('hosted-tune', i, i.requests),
    );
  });

  it('is the cheapest path against a frontier model at moderate volume', () => {
    const i = decodeCostInputs('model=gpt-5.6-sol&requests=200000').value;
    expect(cheapestPath(i)).toBe('hosted-tune');
  });
});

/** Valid inputs near the defaults: the uncertain ones anywhere in their bounds. */
const nearDefaults: fc.Arbitrary<CostInputs> = fc
  .record({
    requests: fc.integer({ min: 1_000, max: 5_000_000 }),
    rps: fc.double({ min: 0.5, max: 100, noNaN: true }),
    gpuHour: fc.double({ min: 0.5, max: 15, noNaN: true }),
    peak: fc.double({ min: 1, max: 5, noNaN: true }),
    util: fc.integer({ min: 10, max: 100 }),
    fte: fc.double({ min: 0, max: 4, noNaN: true }),
    priceIn: fc.double({ min: 0.01, max: 20, noNaN: true }),
    priceOut: fc.double({ min: 0.01, max: 80, noNaN: true }),
    cached: fc.integer({ min: 0, max: 100 }),
  })
  .map((over) => inputs(over));

describe('the break-even band and what moves it', () => {
  const asNumber = (b: number | null) => (b === null ? Number.POSITIVE_INFINITY : b);

  it('low ≤ expected ≤ high for any inputs', () => {
    fc.assert(
      fc.property(nearDefaults, (i) => {
        const r = costReport(i);
        expect(asNumber(r.breakEvenLow)).toBeLessThanOrEqual(asNumber(r.breakEven));
        expect(asNumber(r.breakEven)).toBeLessThanOrEqual(asNumber(r.breakEvenHigh));
      }),
      { numRuns: 60 },
    );
  });

  it('every sensitivity item is the model re-run at its two values, largest effect first', () => {
    fc.assert(
      fc.property(nearDefaults, (i) => {
        const items = sensitivity(i);
        for (const s of items) {
          expect(s.low).toBe(breakEven({ ...i, [s.key]: s.from }));
          expect(s.high).toBe(breakEven({ ...i, [s.key]: s.to }));
          const spread = fieldSpec(s.key).spread;
          if (!spread) throw new Error(`no spread for ${s.key}`);
          const [from, to] = spanOf(s.key, spread, i[s.key]);
          expect([s.from, s.to]).toEqual([from, to]);
        }
        const effect = (s: (typeof items)[number]) => {
          const a = asNumber(s.low);
          const b = asNumber(s.high);
          return a === b
            ? 0
            : !Number.isFinite(a) || !Number.isFinite(b)
              ? Number.POSITIVE_INFINITY
              : Math.abs(Math.log(a / b));
        };
        const effects = items.map(effect);
        expect(effects).toEqual([...effects].sort((a, b) => b - a));
      }),
      { numRuns: 40 },
    );
  });

  it('every value tried is one its field accepts', () => {
    const i = defaultInputs();
    for (const key of UNCERTAIN_KEYS) {
      const f = fieldSpec(key);
      const spread = f.spread;
      if (!spread) throw new Error(`no spread for ${key}`);
      for (const v of spanOf(key, spread, i[key])) {
        expect(v).toBeGreaterThanOrEqual(f.min);
        expect(v).toBeLessThanOrEqual(f.max);
      }
    }
  });

  it('at the defaults the band spans the expected break-even, and the reasoning tokens and the output price move it most', () => {
    const i = defaultInputs();
    const r = costReport(i);
    expect(r.breakEven).not.toBeNull();
    expect(r.breakEvenLow).toBeLessThan(r.breakEven ?? 0);
    expect(r.breakEvenHigh === null || r.breakEvenHigh > (r.breakEven ?? 0)).toBe(true);
    expect(breakEvenBand(i)).toEqual({ low: r.breakEvenLow, high: r.breakEvenHigh });
    expect(r.sensitivity.slice(0, 2).map((s) => s.key)).toEqual(['reasoning', 'priceOut']);
    // A quarter of the assumed reasoning (150 tokens) and three times it (1,800) are the values tried.
    expect(r.sensitivity[0]).toMatchObject({ from: 150, to: 1_800 });
  });
});

describe('fine-tuning where it is still offered', () => {
  const w = CALCULATOR_WORDS.live.tuneEnds;
  it('an OpenAI fine-tune carries the wind-down dates; the providers that still serve fine-tunes carry none', () => {
    const at = new Date('2026-12-06T12:00:00Z');
    expect(tuneEndSentence('gpt-4.1-mini-ft', w, at)).toBe(
      `${w.training[0]} 6 January 2027; ${w.serving[0]} 14 January 2027. ${w.tail}`,
    );
    // Fine-tuned GPT-4.1 nano models were shut down on 23 October 2026.
    expect(tuneEndSentence('gpt-4.1-nano-ft', w, at)).toBe(
      `${w.training[0]} 6 January 2027; ${w.serving[1]} 23 October 2026. ${w.tail}`,
    );
    expect(tuneEndSentence('gpt-4.1-ft', w, new Date('2027-02-01T00:00:00Z'))).toBe(
      `${w.training[1]}; ${w.serving[1]} 14 January 2027. ${w.tail}`,
    );
    for (const id of ['fireworks-glm-5.3-flash-lora', 'fireworks-8b-lora-h100', 'custom'])
      expect(tuneEndSentence(id, w, at)).toBe('');
  });
});

describe('owned or rented GPUs, never both', () => {
  const rented = { ...defaultInputs(), hardware: 0 };
  const owned = withPreset(rented, 'gpu', 'h100-owned-dgx');

  it('the owned H100 offer: $270,000 for an 8-GPU DGX, 10.2 kW at $184.06 per kW-month and 8.62 ¢/kWh', () => {
    expect(owned.gpuHour).toBe(0);
    expect(owned.gpuPrice).toBe(33_750);
    expect(owned.gpuUpkeep).toBeCloseTo(1.275 * (184.06 + 730 * 0.0862), 9);
    expect(owned.gpuUpkeep).toBeCloseTo(314.91, 2);
    expect(owned.gpuLife).toBe(60);
    // A rented offer buys nothing.
    expect([rented.gpuPrice, rented.gpuUpkeep]).toEqual([0, 0]);
  });

  it('pays the purchase over its life and the upkeep per GPU, for as many GPUs as the traffic needs', () => {
    for (const requests of [20_000, 3_000_000, 30_000_000]) {
      const gpus = gpusNeeded(owned, requests);
      expect(gpus).toBe(gpusNeeded(rented, requests));
      const people = monthlyCost('selfhost', { ...owned, gpuPrice: 0, gpuUpkeep: 0 }, requests);
      expect(monthlyCost('selfhost', owned, requests)).toBeCloseTo(people + gpus * (33_750 / 60 + owned.gpuUpkeep), 6);
    }
    // Owned H100s at $877 a month each undercut renting at $3.49 an hour ($2,548 a month): the crossing comes sooner.
    expect(breakEven(owned) ?? Number.POSITIVE_INFINITY).toBeLessThan(breakEven(rented) ?? Number.POSITIVE_INFINITY);
  });

  it('an old link’s hardware stays a fixed extra on top of rented GPUs', () => {
    const old = decodeCostInputs('hardware=36000');
    expect(old.rejected).toEqual([]);
    expect(old.value.gpu).toBe('h100-runpod-secure');
    expect(monthlyCost('selfhost', old.value, 20_000) - monthlyCost('selfhost', rented, 20_000)).toBeCloseTo(1_000, 9);
  });
});
