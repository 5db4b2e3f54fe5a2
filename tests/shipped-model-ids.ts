// A fixture: every `model=` value the site has ever shipped, and the preset each opens now.
// Public links carry these ids: add one when a model id ships, never remove one.

export const SHIPPED_MODEL_IDS = [
  ['gpt-5', 'gpt-5'],
  ['gpt-5-mini', 'gpt-5-mini'],
  ['gpt-5-nano', 'gpt-5-nano'],
  ['gpt-4.1', 'gpt-4.1'],
  ['gpt-4.1-mini', 'gpt-4.1-mini'],
  ['gpt-4o', 'gpt-4o'],
  ['gpt-4o-mini', 'gpt-4o-mini'],
  ['claude-sonnet-4.5', 'claude-sonnet-4-5'],
  ['claude-haiku-4.5', 'claude-haiku-4-5'],
  ['claude-opus-4.5', 'claude-opus-4-5'],
  ['gemini-2.5-pro', 'gemini-2.5-pro'],
  ['gemini-2.5-flash', 'gemini-2.5-flash'],
  ['gemini-2.5-flash-lite', 'gemini-2.5-flash-lite'],
  ['llama-3.1-8b-deepinfra', 'llama-3.1-8b-deepinfra'],
  ['llama-3.3-70b-together', 'together/meta-llama/Llama-3.3-70B-Instruct-Turbo'],
] as const;
