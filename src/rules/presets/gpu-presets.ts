// The GPU offers' numbers. They reach the browser as data in the page (the data module
// `virtual:calculator-data`, src/integrations/calculator-data.ts), so this module imports no value.
import type { GpuType } from '../serving/serving.ts';

/** A GPU's price per hour: on demand unless the preset says reserved. */
export interface GpuPreset {
  /** Value of the `gpu` URL parameter. Public: do not rename. */
  readonly id: string;
  /** The GPU type: a serving setup measured on this type can be priced with it. */
  readonly type: GpuType;
  /** USD per GPU-hour, on demand. */
  readonly hourly: number;
  /** GPUs in the smallest machine the offer is sold as, where it is more than one: GPUs are bought in whole machines. */
  readonly machine?: number;
  /**
   * GPUs bought, not rented (`hourly` is then 0): USD per GPU with its share of the server, and USD per GPU
   * a month to power and host it.
   */
  readonly owned?: { readonly price: number; readonly upkeep: number };
}

/**
 * An 8-GPU H100 server bought outright, in its sources' units (their names and dates: the offer's note in
 * `notes.ts`): SemiAnalysis's estimate of a DGX H100's sale price (May 2023, via Epoch AI), its power at most
 * (NVIDIA's DGX H100 datasheet), CBRE's colocation rent per kW a month (H2 2024), and the EIA's 2025 average
 * industrial price of electricity, drawn for 730 hours a month.
 */
export const DGX_H100_FIGURES = {
  serverUsd: 270_000,
  gpus: 8,
  serverKw: 10.2,
  colocationUsdPerKwMonth: 184.06,
  usdPerKwh: 0.0862,
  hoursPerMonth: 730,
} as const;

/** Its price a GPU, and its power and hosting a GPU a month. */
const DGX_H100 = (({ serverUsd, gpus, serverKw, colocationUsdPerKwMonth, usdPerKwh, hoursPerMonth }) => ({
  price: serverUsd / gpus,
  upkeep: (serverKw / gpus) * (colocationUsdPerKwMonth + hoursPerMonth * usdPerKwh),
}))(DGX_H100_FIGURES);

/** GPU prices per GPU-hour, on demand but for the reserved one (names and sources: `notes.ts`). Ids are URL values: never rename one. */
export const GPU_PRESETS = [
  { id: 'h100-runpod-community', type: 'H100', hourly: 2.69 },
  { id: 'h100-runpod-secure', type: 'H100', hourly: 3.49 },
  { id: 'h100-nebius', type: 'H100', hourly: 3.85 },
  { id: 'h100-lambda', type: 'H100', hourly: 4.29 },
  { id: 'h100-lambda-8x', type: 'H100', hourly: 3.99, machine: 8 },
  { id: 'h100-aws', type: 'H100', hourly: 6.88, machine: 8 },
  { id: 'h100-gcp', type: 'H100', hourly: 10.98 },
  { id: 'h100-azure', type: 'H100', hourly: 12.29, machine: 8 },
  { id: 'h100-reserved-1y', type: 'H100', hourly: 2.35 },
  { id: 'h100-owned-dgx', type: 'H100', hourly: 0, machine: 8, owned: DGX_H100 },
  { id: 'h200-runpod-community', type: 'H200', hourly: 3.59 },
  { id: 'h200-runpod-secure', type: 'H200', hourly: 4.59 },
  { id: 'h200-nebius', type: 'H200', hourly: 4.5 },
  { id: 'b200-runpod-community', type: 'B200', hourly: 5.98 },
  { id: 'b200-runpod-secure', type: 'B200', hourly: 6.79 },
  { id: 'b200-lambda', type: 'B200', hourly: 6.99 },
  { id: 'b200-nebius', type: 'B200', hourly: 7.15 },
  { id: 'rtx-pro-6000-runpod-community', type: 'RTX PRO 6000', hourly: 1.69 },
  { id: 'rtx-pro-6000-runpod-secure', type: 'RTX PRO 6000', hourly: 2.09 },
  { id: 'rtx-pro-6000-hyperstack', type: 'RTX PRO 6000', hourly: 1.85 },
  { id: 'a100-runpod-secure', type: 'A100', hourly: 1.59 },
  { id: 'a100-aws', type: 'A100', hourly: 3.43, machine: 8 },
  { id: 'l40s-runpod-secure', type: 'L40S', hourly: 1.09 },
  { id: 'a10-lambda', type: 'A10', hourly: 1.29 },
] as const satisfies readonly GpuPreset[];

export type GpuPresetId = (typeof GPU_PRESETS)[number]['id'];
