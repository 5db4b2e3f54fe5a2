/**
 * Placeholders a decision record written at build time carries for the day it is copied and the
 * site's root URL as the reader's copy serves it. A module with no imports, so the page script
 * that fills them in carries nothing else.
 */
export const RECORD_TODAY = '{{today}}';
export const RECORD_SITE = '{{site}}';
