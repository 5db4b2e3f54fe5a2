// Build time only: this module reads the whole price dataset (about 0.8 MB). The browser gets
// the few numbers it needs through the `virtual:calculator-data` module (src/integrations/calculator-data.ts).
import { findProvider, type ModelInfo, type ModelPrice, type Provider } from '@pydantic/genai-prices';
import { isoDay } from '../format/format.ts';
import { type ApiPresetId, CURATED_MODELS, type CuratedModel, PRICE_DATA, SNAPSHOT_MODELS } from './api-models.ts';
import type { ApiPrice, PriceChange, PriceSet, PriceTier } from './presets.ts';

type Rate = ModelPrice[string];

/** The dataset's entry for a curated model, or an error naming the id. */
export function datasetModel(m: CuratedModel): { provider: Provider; info: ModelInfo } {
  const provider = findProvider({ providerId: m.provider });
  const info = provider?.models.find((x) => x.id === m.model);
  if (!provider || !info)
    throw new Error(
      `API preset "${m.id}": ${PRICE_DATA.package} ${PRICE_DATA.version} has no model "${m.model}" at provider "${m.provider}". Fix the id in src/rules/api-models.ts.`,
    );
  return { provider, info };
}

/** The dataset's price entries of a model, each with the day it starts (none for the first). */
function datedPrices(info: ModelInfo): { start?: Date; prices: ModelPrice }[] {
  if (!Array.isArray(info.prices)) return [{ prices: info.prices }];
  return info.prices.map((p) =>
    p.constraint && 'start_date' in p.constraint
      ? { start: new Date(p.constraint.start_date), prices: p.prices }
      : { prices: p.prices },
  );
}

/** The prices in force on a day: the last dated entry that has started. */
export function pricesOn(info: ModelInfo, day: string): ModelPrice {
  const at = new Date(`${day}T00:00:00Z`);
  let current: ModelPrice | undefined;
  for (const p of datedPrices(info)) if (!p.start || at >= p.start) current = p.prices;
  if (!current) throw new Error(`Model "${info.id}" has no price in force on ${day}.`);
  return current;
}

const base = (r: Rate): number | undefined => (r === undefined ? undefined : typeof r === 'number' ? r : r.base);

/** The rate of a key once a request's input passes `above` tokens. */
function rateAbove(r: Rate, above: number): number | undefined {
  if (r === undefined || typeof r === 'number') return r;
  let rate = r.base;
  for (const t of r.tiers) if (above >= t.start) rate = t.price;
  return rate;
}

/** A key present only where the dataset gives it. */
const maybe = <K extends string>(key: K, v: number | undefined) => (v === undefined ? {} : { [key]: v });

/** One dated entry's rates: base rates, and a tier for each long-context threshold. */
function priceSet(id: string, p: ModelPrice): PriceSet {
  const input = base(p.input_mtok);
  const output = base(p.output_mtok);
  if (input === undefined || output === undefined)
    throw new Error(`API preset "${id}": the dataset gives no input or output token price.`);
  const starts = new Set<number>();
  for (const r of [p.input_mtok, p.output_mtok, p.cache_read_mtok, p.cache_write_mtok])
    if (r !== undefined && typeof r !== 'number') for (const t of r.tiers) starts.add(t.start);
  const tiers: PriceTier[] = [...starts]
    .sort((a, b) => a - b)
    .map((above) => ({
      above,
      priceIn: rateAbove(p.input_mtok, above) ?? input,
      priceOut: rateAbove(p.output_mtok, above) ?? output,
      ...maybe('priceCached', rateAbove(p.cache_read_mtok, above)),
      ...maybe('priceWrite', rateAbove(p.cache_write_mtok, above)),
    }));
  return {
    priceIn: input,
    priceOut: output,
    ...maybe('priceCached', base(p.cache_read_mtok)),
    ...maybe('priceWrite', base(p.cache_write_mtok)),
    tiers,
  };
}

/**
 * One preset's numbers from the dataset: the rates in force on `day`, and the dated rates it
 * announces after that day, each with the day it starts.
 */
export function apiPriceOf(m: CuratedModel, day: string = PRICE_DATA.asOf): ApiPrice {
  const { info } = datasetModel(m);
  const at = new Date(`${day}T00:00:00Z`);
  const changes: PriceChange[] = datedPrices(info)
    .filter((p) => p.start && p.start > at)
    .map((p) => ({ from: isoDay(p.start as Date), ...priceSet(m.id, p.prices) }));
  return {
    // A curated id (unit tests hold the list and the presets equal); an unknown one threw above.
    id: m.id as ApiPresetId,
    ...priceSet(m.id, pricesOn(info, day)),
    ...(changes.length ? { changes } : {}),
    ...(m.reasoning ? { reasoning: true as const } : {}),
    ...('open' in m ? { open: m.open } : {}),
    ...('router' in m ? { router: m.router } : {}),
    ...('retires' in m ? { retires: m.retires } : {}),
  };
}

/** Every preset's numbers, in menu order; snapshots last. Throws on a curated id the dataset lacks. */
export function apiPrices(day: string = PRICE_DATA.asOf): ApiPrice[] {
  return [
    ...CURATED_MODELS.map((m) => apiPriceOf(m, day)),
    ...SNAPSHOT_MODELS.map((s) => ({ id: s.id, priceIn: s.priceIn, priceOut: s.priceOut, tiers: [] })),
  ];
}

/** The provider's pricing page, as the dataset gives it. */
export function pricingUrl(providerId: string): string | undefined {
  return findProvider({ providerId })?.pricing_urls?.[0];
}

/** The provider's name, as the dataset gives it. */
export function providerName(providerId: string): string {
  return findProvider({ providerId })?.name ?? providerId;
}
