/** The site's name, used in the header, titles and link previews. */
export const SITE_NAME = 'Model Path';
