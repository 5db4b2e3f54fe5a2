/** The site's name and one-line pitch, used in the header, titles and link previews. */
export const SITE_NAME = 'Model Path';
export const SITE_TAGLINE = 'Hosted API, fine-tune, RAG or your own model: a guide to choosing, with the numbers.';
