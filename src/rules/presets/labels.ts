// A module of its own, importing nothing, so the decision page's bundle takes these two names and no more.

/**
 * The labels of the two API presets the decision tree's scale answer names (`SCALE_MODELS`), as
 * constants of their own so the decision page's bundle takes these two and not every preset's name.
 */
export const GPT_5_6_LUNA_LABEL = 'OpenAI GPT-5.6 Luna';
export const GPT_5_6_SOL_LABEL = 'OpenAI GPT-5.6 Sol';
