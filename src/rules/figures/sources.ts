/** Where the site's figures come from. Every figure names one of these by key. */
export interface Source {
  /** Short key used by figures, e.g. `article`. */
  readonly key: string;
  /** Title of the document, page or data file. */
  readonly title: string;
  /** Who publishes it. */
  readonly publisher: string;
  /** Where a reader can check it; absent when the source is offline or paywalled. */
  readonly url?: string;
}

export const ARTICLE_TITLE = 'To Build or Not to Build: Choosing Between Custom AI Models and APIs';
export const ARTICLE_DATE = '2026-06';

const list = [
  {
    key: 'article',
    title: `${ARTICLE_TITLE} (opinion article, June 2026)`,
    publisher: 'the guide this site presents',
  },
  {
    key: 'genai-prices',
    title:
      'genai-prices: a dataset of model API prices, with cache and long-context rates (npm @pydantic/genai-prices)',
    publisher: 'Pydantic (pydantic/genai-prices)',
    url: 'https://github.com/pydantic/genai-prices',
  },
  {
    key: 'semianalysis-reserved',
    title:
      'H100 reserved capacity hits a $2.35 an hour floor in 2026 (reporting SemiAnalysis data on one-year reserved H100 contracts at neoclouds)',
    publisher: 'Tech Reader Daily, from SemiAnalysis',
    url: 'https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026',
  },
  {
    key: 'bls-ecec',
    title:
      'Employer Costs for Employee Compensation, June 2025 (news release USDL-25-1358, 12 September 2025): private industry',
    publisher: 'U.S. Bureau of Labor Statistics',
    url: 'https://www.bls.gov/news.release/ecec.nr0.htm',
  },
  {
    key: 'litellm',
    title: 'model_prices_and_context_window.json (via the RoCry/llm-api-price mirror)',
    publisher: 'LiteLLM (BerriAI/litellm)',
    url: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  },
  {
    key: 'llm-prices',
    title: 'llm-prices data files',
    publisher: 'Simon Willison (simonw/llm-prices)',
    url: 'https://github.com/simonw/llm-prices',
  },
  {
    key: 'epoch-training-cost',
    title: 'training-cost-trends: hardware prices (DGX H100 sale price, from SemiAnalysis)',
    publisher: 'Epoch AI',
    url: 'https://github.com/epoch-research/training-cost-trends',
  },
  {
    key: 'nvidia-dgx-h100',
    title: 'DGX H100 datasheet (system power 10.2 kW max)',
    publisher: 'NVIDIA',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/nvidia-dgx-h100-datasheet.pdf',
  },
  {
    key: 'cbre-dc-h2-2024',
    title: 'North America Data Center Trends H2 2024',
    publisher: 'CBRE',
    url: 'https://www.cbre.com/insights/reports/north-america-data-center-trends-h2-2024',
  },
  {
    key: 'eia-electricity',
    title: 'Electric Power Monthly, table 5.3: average price of electricity to ultimate customers',
    publisher: 'U.S. Energy Information Administration',
    url: 'https://www.eia.gov/electricity/monthly/epm_table_grapher.php?t=epmt_5_3',
  },
  {
    key: 'openai-deprecations',
    title: 'Deprecations (self-serve fine-tuning; the GPT-4 family; GPT-5 mini)',
    publisher: 'OpenAI',
    url: 'https://developers.openai.com/api/docs/deprecations',
  },
  {
    key: 'fireworks-pricing',
    title: 'Pricing: fine-tuning and on-demand GPUs',
    publisher: 'Fireworks AI',
    url: 'https://fireworks.ai/pricing',
  },
  {
    key: 'fireworks-lora-serverless',
    title: 'Specialized Model Inference on Serverless (LoRA adapters per token)',
    publisher: 'Fireworks AI',
    url: 'https://docs.fireworks.ai/serverless/specialized-model-inference/overview',
  },
  {
    key: 'openai-pricing',
    title: 'API pricing',
    publisher: 'OpenAI',
    url: 'https://openai.com/api/pricing/',
  },
  {
    key: 'silybench',
    title: 'silybench-data: gpu_prices.csv and an H100 Qwen3-8B benchmark run',
    publisher: 'tgarg01/silybench-data',
    url: 'https://github.com/tgarg01/silybench-data',
  },
  {
    key: 'data-receipts',
    title: 'data-receipts, GPU pricing (vendors and hyperscalers)',
    publisher: 'datareceipts/data-receipts',
    url: 'https://github.com/datareceipts/data-receipts',
  },
  {
    key: 'tensorrt-llm',
    title:
      'TensorRT-LLM performance overview, release 1.0: maximum-load output tokens a second per model, GPU and request shape',
    publisher: 'NVIDIA',
    url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md',
  },
  {
    key: 'aa-index',
    title: 'Artificial Analysis Intelligence Index v4.1.1 (a copy of its free data API)',
    publisher: 'Artificial Analysis (copy: antoniovho/artificial-analysis-leaderboards)',
    url: 'https://github.com/antoniovho/artificial-analysis-leaderboards/blob/067b75c717f97f3afcb7848b72030e8f854d0822/data/2026-09-04/llms.json',
  },
  {
    key: 'gpu-price-feed',
    title: 'gpu-price-feed: data/prices.json, a daily read of RunPod’s public price API',
    publisher: 'toolshedlabs-hash/gpu-price-feed',
    url: 'https://github.com/toolshedlabs-hash/gpu-price-feed/blob/03b0c63082ffe031c4a7f683fc7ca677370c63e2/data/prices.json',
  },
  {
    key: 'hyperstack',
    title: 'GPU pricing (as transcribed from the public page on 26 August 2026)',
    publisher: 'Hyperstack (NexGen Cloud)',
    url: 'https://www.hyperstack.cloud/gpu-pricing',
  },
  {
    key: 'llama2-card',
    title: 'Llama 2 model card',
    publisher: 'Meta (meta-llama/llama-models)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama2/MODEL_CARD.md',
  },
  {
    key: 'llama31-card',
    title: 'Llama 3.1 model card',
    publisher: 'Meta (meta-llama/llama-models)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  },
  {
    key: 'epoch-costs',
    title: 'training-cost-trends, model_costs_updated.csv',
    publisher: 'Epoch AI',
    url: 'https://github.com/epoch-research/training-cost-trends',
  },
  {
    key: 'epoch-paper',
    title: 'The rising costs of training frontier AI models (arXiv 2405.21015)',
    publisher: 'Cottier et al.',
    url: 'https://arxiv.org/abs/2405.21015',
  },
  {
    key: 'qlora',
    title: 'QLoRA: Efficient Finetuning of Quantized LLMs (arXiv 2305.14314)',
    publisher: 'Dettmers et al.',
    url: 'https://arxiv.org/abs/2305.14314',
  },
  {
    key: 'pinecone',
    title: 'Manage cost',
    publisher: 'Pinecone documentation',
    url: 'https://docs.pinecone.io/guides/manage-cost',
  },
  {
    key: 'pgvector',
    title: 'pgvector',
    publisher: 'pgvector/pgvector',
    url: 'https://github.com/pgvector/pgvector',
  },
  {
    key: 'bls',
    title: 'Occupational Outlook Handbook: Computer and Information Research Scientists',
    publisher: 'U.S. Bureau of Labor Statistics',
    url: 'https://www.bls.gov/ooh/computer-and-information-technology/computer-and-information-research-scientists.htm',
  },
  {
    key: 'strac-soc2',
    title: 'SOC 2 audit cost',
    publisher: 'Strac blog',
    url: 'https://www.strac.io/blog/soc-2-audit',
  },
  {
    key: 'helicone',
    title: 'Helicone plans',
    publisher: 'api-evangelist/helicone',
    url: 'https://github.com/api-evangelist/helicone',
  },
  {
    key: 'modelstats',
    title: 'Claude vs GPT-4 vs Gemini latency comparison',
    publisher: 'modelstats.ai blog',
  },
] as const satisfies readonly Source[];

export type SourceKey = (typeof list)[number]['key'];

export const SOURCES: Readonly<Record<SourceKey, Source>> = /* @__PURE__ */ Object.fromEntries(
  list.map((s) => [s.key, s]),
) as Record<SourceKey, Source>;
