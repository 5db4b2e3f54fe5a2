/**
 * GPU rental offers: every row of silybench-data `derived/csv/gpu_prices.csv` (CC BY 4.0), the flattened form of
 * its hand-checked and CI-refreshed `prices/gpu_hourly.yaml` ("refreshed_at: 2026-10-07T06:09+00:00"), read at
 * commit 045df3bf56b8d62c58f108fc43cb397306b83331. Columns, in the file's order: provider, gpu_type, provisioning
 * (on-demand or spot), usd_per_gpu_hour (USD per GPU per hour; README: "`usd_per_gpu_hour` × GPU count = machine
 * price"), min_gpus (README: "`min_gpus` > 1 = only sold in that size"), product, source (URL, or for GCP the
 * billing catalog API named in words), checked_at (the day the price was looked up), notes (empty for most rows).
 * Prices are list prices as printed, taxes, storage and egress excluded (gpu_hourly.yaml). Rows checked 2026-09-25
 * unless `checkedAt` says otherwise; the README warns "marketplace (Vast) and spot prices move daily".
 * `gpu_type` uses the dataset's normalised names: `H100-80GB` = H100 SXM.
 */

/** One row of `gpu_prices.csv`, in its units. */
export interface GpuOffer {
  /** `provider`. */
  readonly provider: string;
  /** `gpu_type`, the dataset's normalised name. */
  readonly gpuType: string;
  /** `provisioning`. */
  readonly provisioning: 'on-demand' | 'spot';
  /** `usd_per_gpu_hour`: USD per GPU-hour. */
  readonly usdPerGpuHour: number;
  /** `min_gpus`: the smallest number of GPUs the offer is sold in. */
  readonly minGpus: number;
  /** `product`: the provider's name for the offer. */
  readonly product: string;
  /** `source`: where the price was read. */
  readonly source: string;
  /** `checked_at`, YYYY-MM-DD. */
  readonly checkedAt: string;
  /** `notes`, where the row has any. */
  readonly notes?: string;
}

/** Commit and date of the rows below. */
export const GPU_OFFERS_SOURCE = {
  repo: 'tgarg01/silybench-data',
  path: 'derived/csv/gpu_prices.csv',
  commit: '045df3bf56b8d62c58f108fc43cb397306b83331',
  /** `refreshed_at` of `prices/gpu_hourly.yaml` at that commit. */
  refreshedAt: '2026-10-07',
  /** The `checked_at` most rows carry. */
  asOf: '2026-09-25',
} as const;

/** Every row of `derived/csv/gpu_prices.csv` at that commit (33 rows), in the file's order. */
export const GPU_OFFERS: readonly GpuOffer[] = [
  {
    provider: 'runpod',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 2.69,
    minGpus: 1,
    product: 'H100 SXM, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.49,
    minGpus: 1,
    product: 'H100 SXM, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'vast',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 6.1489,
    minGpus: 1,
    product: 'H100 SXM, marketplace median',
    source: 'https://console.vast.ai/api/v0/bundles/',
    checkedAt: '2026-10-07',
    notes: 'median of 3 verified rentable 1x offers; marketplace prices move daily',
  },
  {
    provider: 'nebius',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.85,
    minGpus: 1,
    product: 'HGX H100',
    source: 'https://nebius.com/prices',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 4.29,
    minGpus: 1,
    product: '1x H100 SXM',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.99,
    minGpus: 8,
    product: '8x H100 SXM',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'gcp',
    gpuType: 'H100-80GB',
    provisioning: 'spot',
    usdPerGpuHour: 6.571,
    minGpus: 1,
    product: 'a3-highgpu-1g Spot, us-central1',
    source: 'https://cloud.google.com/billing/v1/how-tos/catalog-api (Compute Engine SKUs: GPU + vCPU + RAM)',
    checkedAt: '2026-09-26',
    notes: 'GPU $5.8632 + 26 vCPU + 234 GiB from the Cloud Billing catalog; boot disk excluded',
  },
  {
    provider: 'gcp',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 10.9791,
    minGpus: 1,
    product: 'a3-highgpu-1g, us-central1',
    source: 'https://cloud.google.com/billing/v1/how-tos/catalog-api (Compute Engine SKUs: GPU + vCPU + RAM)',
    checkedAt: '2026-09-26',
    notes: '1g/2g/4g shapes are Spot/Flex-start only; on-demand-equivalent list price',
  },
  {
    provider: 'runpod',
    gpuType: 'H100-PCIe-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.99,
    minGpus: 1,
    product: 'H100 PCIe, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'H100-PCIe-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 2.89,
    minGpus: 1,
    product: 'H100 PCIe, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'H100-PCIe-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.29,
    minGpus: 1,
    product: '1x H100 PCIe',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'H100-NVL-94GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 2.59,
    minGpus: 1,
    product: 'H100 NVL, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'H100-NVL-94GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.19,
    minGpus: 1,
    product: 'H100 NVL, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'H200-141GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.59,
    minGpus: 1,
    product: 'H200, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'H200-141GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 4.59,
    minGpus: 1,
    product: 'H200, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'nebius',
    gpuType: 'H200-141GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 4.5,
    minGpus: 1,
    product: 'HGX H200',
    source: 'https://nebius.com/prices',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'B200-180GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 5.98,
    minGpus: 1,
    product: 'B200, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'B200-180GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 6.79,
    minGpus: 1,
    product: 'B200, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'B200-180GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 6.99,
    minGpus: 1,
    product: '1x B200 SXM6',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'nebius',
    gpuType: 'B200-180GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 7.15,
    minGpus: 1,
    product: 'HGX B200',
    source: 'https://nebius.com/prices',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'GH200-96GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 2.29,
    minGpus: 1,
    product: '1x GH200',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'A100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.39,
    minGpus: 1,
    product: 'A100 SXM, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'A100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.59,
    minGpus: 1,
    product: 'A100 SXM, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'A100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 2.79,
    minGpus: 8,
    product: '8x A100 SXM 80GB',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'A100-PCIe-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.19,
    minGpus: 1,
    product: 'A100 PCIe, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'A100-PCIe-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.59,
    minGpus: 1,
    product: 'A100 PCIe, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'A100-40GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.99,
    minGpus: 1,
    product: '1x A100 SXM 40GB',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'L40S-48GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 0.79,
    minGpus: 1,
    product: 'L40S, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'L40S-48GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.09,
    minGpus: 1,
    product: 'L40S, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'nebius',
    gpuType: 'L40S-48GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.55,
    minGpus: 1,
    product: 'L40S (Intel)',
    source: 'https://nebius.com/prices',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'lambda',
    gpuType: 'A10-24GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 1.29,
    minGpus: 1,
    product: '1x A10',
    source: 'https://lambda.ai/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'RTX4090-24GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 0.34,
    minGpus: 1,
    product: 'RTX 4090, Community Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
  {
    provider: 'runpod',
    gpuType: 'RTX4090-24GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 0.74,
    minGpus: 1,
    product: 'RTX 4090, Secure Cloud',
    source: 'https://www.runpod.io/pricing',
    checkedAt: '2026-09-25',
  },
];

/**
 * The rows that differ in the two other stored versions of `gpu_prices.csv` read: commit
 * 93e4887353137e64bd5605fa3d1f4529da0a1dc5 (the one the benchmark tables were read at) and commit
 * 1e0041cbb1e6a0c46e8294291bc8bb82dff3312b. Only the Vast and GCP H100 rows change; every other row is as above.
 */
export const GPU_OFFERS_EARLIER: readonly (GpuOffer & { readonly commit: string })[] = [
  {
    commit: '93e4887353137e64bd5605fa3d1f4529da0a1dc5',
    provider: 'vast',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.17,
    minGpus: 1,
    product: 'H100 SXM, marketplace median',
    source: 'https://console.vast.ai/api/v0/bundles/',
    checkedAt: '2026-09-25',
    notes: 'median of 8 verified rentable 1x offers (lowest $1.98); marketplace prices move daily',
  },
  {
    commit: '93e4887353137e64bd5605fa3d1f4529da0a1dc5',
    provider: 'gcp',
    gpuType: 'H100-80GB',
    provisioning: 'spot',
    usdPerGpuHour: 6.57,
    minGpus: 1,
    product: 'a3-highgpu-1g Spot, us-central1',
    source: 'https://cloud.google.com/products/compute/pricing/accelerator-optimized',
    checkedAt: '2026-09-24',
    notes: 'GPU $5.8632 + 26 vCPU + 234 GiB from the Cloud Billing catalog; boot disk excluded',
  },
  {
    commit: '93e4887353137e64bd5605fa3d1f4529da0a1dc5',
    provider: 'gcp',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 10.92,
    minGpus: 1,
    product: 'a3-highgpu-1g, us-central1',
    source: 'https://instances.vantage.sh/gcp/a3-highgpu-1g',
    checkedAt: '2026-09-25',
    notes: '1g/2g/4g shapes are Spot/Flex-start only; on-demand-equivalent list price',
  },
  {
    commit: '1e0041cbb1e6a0c46e8294291bc8bb82dff3312b',
    provider: 'vast',
    gpuType: 'H100-80GB',
    provisioning: 'on-demand',
    usdPerGpuHour: 3.4727,
    minGpus: 1,
    product: 'H100 SXM, marketplace median',
    source: 'https://console.vast.ai/api/v0/bundles/',
    checkedAt: '2026-09-28',
    notes: 'median of 7 verified rentable 1x offers; marketplace prices move daily',
  },
];
