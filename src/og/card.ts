/**
 * The Open Graph card of a page as an SVG string, 1200×630, in the site's light theme.
 *
 * Pure: no DOM and no Node APIs, so it runs anywhere and is cheap to test. Text is laid out here,
 * not by the renderer (SVG has no text wrapping), from the advance widths of DejaVu Sans, the font
 * that `render.ts` hands the renderer.
 */

export interface OgCard {
  readonly title: string;
  readonly description: string;
  readonly siteName: string;
  /** A short kicker above the title, such as the page's navigation label; omitted when empty. */
  readonly label?: string | undefined;
  /** Short statements below the description, two to a row, such as the answers behind a decision. */
  readonly facts?: readonly OgFact[] | undefined;
}

/** A value in a pill beside its label: “Yes · ML team with time”. */
export interface OgFact {
  readonly value: string;
  readonly label: string;
  /** Draws the pill filled in the accent colour rather than outlined. */
  readonly filled?: boolean | undefined;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT_FAMILY = 'DejaVu Sans';

/** Colours of the light theme in src/styles/theme.css. */
const COLOR = {
  bg: '#fdfdfc',
  fg: '#1b1d1f',
  fgSoft: '#4a4f55',
  accent: '#0b5cad',
  accentSoft: '#e3eefa',
} as const;

/**
 * Advance widths in thousandths of an em of the printable ASCII characters (U+0020 to U+007E),
 * read from the hmtx tables of DejaVuSans-Bold.ttf and DejaVuSans.ttf 2.37.
 */
const BOLD_ASCII = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995,
  837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716,
  678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
  365, 712, 838,
] as const;
const REGULAR_ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,
  748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
] as const;

type Weight = 'bold' | 'regular';

const ELLIPSIS = '\u2026';

/** Width of one character in ems; outside ASCII an estimate that errs on the wide side. */
function charEm(char: string, weight: Weight): number {
  const code = char.codePointAt(0) ?? 0;
  const table = weight === 'bold' ? BOLD_ASCII : REGULAR_ASCII;
  if (code >= 0x20 && code < 0x7f) return (table[code - 0x20] ?? 1000) / 1000;
  if (code === 0x2026 || code === 0x2014) return 1; // … —
  if (code === 0x2013) return 0.5; // –
  if (code >= 0x2018 && code <= 0x201f) return weight === 'bold' ? 0.66 : 0.52; // curly quotes
  if (code >= 0x0300 && code <= 0x036f) return 0; // combining marks
  // CJK, Hangul, full-width forms and emoji take a full em (or fall back to another font's width).
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3))
    return 1;
  if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60))
    return 1;
  if (code >= 0x1f000) return 1;
  return weight === 'bold' ? 0.8 : 0.7;
}

/** Width of `text` in pixels at `size`. */
export function textWidth(text: string, size: number, weight: Weight): number {
  let em = 0;
  for (const char of text) em += charEm(char, weight);
  return em * size;
}

/**
 * Whether XML 1.0 allows the code point in a document. Others (C0 controls other than tab, newline
 * and carriage return; lone surrogates; U+FFFE and U+FFFF) would make the SVG ill-formed.
 */
function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** `text` without the characters XML forbids. */
function xmlChars(text: string): string {
  let out = '';
  // Iterating a string yields whole code points, and a lone surrogate on its own.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** Words of `text`: XML-illegal characters dropped, any run of white space a single break. */
function words(text: string): string[] {
  return xmlChars(text)
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** Escapes text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Wrapped {
  readonly lines: string[];
  /** True when words (or characters) were left out to stay within the line limit. */
  readonly cut: boolean;
}

/** Splits one word that is wider than a line into pieces that fit. */
function splitWord(word: string, maxWidth: number, size: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && textWidth(piece + char, size, weight) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Shortens `line` until it and an ellipsis fit in `maxWidth`. */
function withEllipsis(line: string, maxWidth: number, size: number, weight: Weight): string {
  let chars = Array.from(line);
  while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, size, weight) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth` pixels. A word wider than a line is
 * broken between characters. When the text does not fit, the last line ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight, maxLines: number): Wrapped {
  const pieces = words(text).flatMap((word) =>
    textWidth(word, size, weight) > maxWidth ? splitWord(word, maxWidth, size, weight) : [word],
  );
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < pieces.length; index++) {
    const piece = pieces[index] ?? '';
    const candidate = line === '' ? piece : `${line} ${piece}`;
    if (line === '' || textWidth(candidate, size, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length + 1 === maxLines) break;
    lines.push(line);
    line = piece;
  }
  if (line !== '') lines.push(line);
  const cut = index < pieces.length;
  if (cut && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = withEllipsis(lines[last] ?? '', maxWidth, size, weight);
  }
  return { lines, cut };
}

/** Layout, in pixels. */
const MARGIN_X = 80;
const CONTENT_WIDTH = OG_WIDTH - 2 * MARGIN_X;
const MARK_TOP = 64;
const MARK_SIZE = 64;
const SITE_NAME_SIZE = 34;
const LABEL_TOP = 186;
const LABEL_SIZE = 24;
const LABEL_HEIGHT = 44;
const LABEL_PAD_X = 20;
/** Bottom edge of the area the title and description must stay above (the footer rule is below). */
const CONTENT_BOTTOM = 556;
const FOOTER_STRIP = 14;
/** Title sizes tried in turn, largest first, until the title fits in 3 lines and the block fits. */
const TITLE_SIZES = [76, 68, 60, 54, 48] as const;
const TITLE_MAX_LINES = 3;
const TITLE_LINE_HEIGHT = 1.14;
const DESCRIPTION_SIZE = 30;
const DESCRIPTION_LINE_HEIGHT = 1.4;
const DESCRIPTION_MAX_LINES = 2;
const GAP_LABEL_TITLE = 30;
const GAP_TITLE_DESCRIPTION = 26;
const FACT_COLUMNS = 2;
const FACT_SIZE = 26;
const FACT_PILL_WIDTH = 84;
const FACT_PILL_HEIGHT = 44;
const FACT_GAP_X = 16;
const FACT_GAP_Y = 14;
const GAP_ABOVE_FACTS = 34;

function textElement(content: string, x: number, y: number, size: number, weight: Weight, fill: string): string {
  const fontWeight = weight === 'bold' ? '700' : '400';
  return `<text x="${x}" y="${round(y)}" font-family="${OG_FONT_FAMILY}" font-size="${size}" font-weight="${fontWeight}" fill="${fill}">${escapeXml(content)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** One line of text, cut with an ellipsis when wider than `maxWidth`. */
function oneLine(text: string, maxWidth: number, size: number, weight: Weight): string {
  return wrapText(text, maxWidth, size, weight, 1).lines[0] ?? '';
}

/** The SVG of a page's Open Graph card. */
export function ogCardSvg({ title, description, siteName, label, facts = [] }: OgCard): string {
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOR.bg}"/>`,
    // The favicon's mark, scaled from its 32-unit viewBox.
    `<g transform="translate(${MARGIN_X} ${MARK_TOP}) scale(${MARK_SIZE / 32})">`,
    `<rect width="32" height="32" rx="7" fill="${COLOR.accent}"/>`,
    `<path d="M8 24V8l8 9 8-9v16" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</g>',
  );
  const siteX = MARGIN_X + MARK_SIZE + 22;
  const site = oneLine(siteName, OG_WIDTH - MARGIN_X - siteX, SITE_NAME_SIZE, 'bold');
  if (site !== '') {
    // Baseline so that the cap height sits centred on the mark.
    const baseline = MARK_TOP + MARK_SIZE / 2 + SITE_NAME_SIZE * 0.36;
    parts.push(textElement(site, siteX, baseline, SITE_NAME_SIZE, 'bold', COLOR.fg));
  }

  let top = LABEL_TOP;
  const kicker = oneLine(label ?? '', CONTENT_WIDTH - 2 * LABEL_PAD_X, LABEL_SIZE, 'bold');
  if (kicker !== '') {
    const width = Math.ceil(textWidth(kicker, LABEL_SIZE, 'bold') + 2 * LABEL_PAD_X);
    parts.push(
      `<rect x="${MARGIN_X}" y="${top}" width="${width}" height="${LABEL_HEIGHT}" rx="${LABEL_HEIGHT / 2}" fill="${COLOR.accentSoft}"/>`,
      textElement(
        kicker,
        MARGIN_X + LABEL_PAD_X,
        top + LABEL_HEIGHT / 2 + LABEL_SIZE * 0.36,
        LABEL_SIZE,
        'bold',
        COLOR.accent,
      ),
    );
    top += LABEL_HEIGHT + GAP_LABEL_TITLE;
  }

  const descriptionLines = wrapText(
    description,
    CONTENT_WIDTH,
    DESCRIPTION_SIZE,
    'regular',
    DESCRIPTION_MAX_LINES,
  ).lines;
  const descriptionHeight =
    descriptionLines.length > 0
      ? GAP_TITLE_DESCRIPTION + descriptionLines.length * DESCRIPTION_SIZE * DESCRIPTION_LINE_HEIGHT
      : 0;
  const factRows = Math.ceil(facts.length / FACT_COLUMNS);
  const factsHeight = factRows > 0 ? GAP_ABOVE_FACTS + factRows * FACT_PILL_HEIGHT + (factRows - 1) * FACT_GAP_Y : 0;
  const belowTitle = descriptionHeight + factsHeight;

  // The largest size at which the whole title fits in three lines above the description and facts;
  // failing that, the smallest size, and the title cut with an ellipsis to the lines that fit.
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 48;
  const roomForLines = Math.floor((CONTENT_BOTTOM - top - belowTitle) / (smallest * TITLE_LINE_HEIGHT));
  let titleSize: number = smallest;
  let titleLines = wrapText(
    title,
    CONTENT_WIDTH,
    smallest,
    'bold',
    Math.max(1, Math.min(TITLE_MAX_LINES, roomForLines)),
  ).lines;
  for (const size of TITLE_SIZES) {
    const wrapped = wrapText(title, CONTENT_WIDTH, size, 'bold', TITLE_MAX_LINES);
    const height = wrapped.lines.length * size * TITLE_LINE_HEIGHT;
    if (!wrapped.cut && top + height + belowTitle <= CONTENT_BOTTOM) {
      titleSize = size;
      titleLines = wrapped.lines;
      break;
    }
  }

  const titleLineHeight = titleSize * TITLE_LINE_HEIGHT;
  titleLines.forEach((line, i) => {
    // The first baseline sits one ascent (about 0.93 em in DejaVu Sans) below the top.
    const baseline = top + titleSize * 0.93 + i * titleLineHeight;
    parts.push(textElement(line, MARGIN_X, baseline, titleSize, 'bold', COLOR.fg));
  });
  top += titleLines.length * titleLineHeight;

  if (descriptionLines.length > 0) {
    top += GAP_TITLE_DESCRIPTION;
    const lineHeight = DESCRIPTION_SIZE * DESCRIPTION_LINE_HEIGHT;
    descriptionLines.forEach((line, i) => {
      const baseline = top + DESCRIPTION_SIZE * 0.93 + i * lineHeight;
      parts.push(textElement(line, MARGIN_X, baseline, DESCRIPTION_SIZE, 'regular', COLOR.fgSoft));
    });
    top += descriptionLines.length * lineHeight;
  }

  if (factRows > 0) {
    top += GAP_ABOVE_FACTS;
    const columnWidth = CONTENT_WIDTH / FACT_COLUMNS;
    const labelWidth = columnWidth - FACT_PILL_WIDTH - FACT_GAP_X - FACT_GAP_X;
    facts.forEach((fact, i) => {
      const x = MARGIN_X + (i % FACT_COLUMNS) * columnWidth;
      const y = top + Math.floor(i / FACT_COLUMNS) * (FACT_PILL_HEIGHT + FACT_GAP_Y);
      const baseline = y + FACT_PILL_HEIGHT / 2 + FACT_SIZE * 0.36;
      const value = oneLine(fact.value, FACT_PILL_WIDTH - 12, FACT_SIZE, 'bold');
      const pill = fact.filled
        ? `fill="${COLOR.accent}"`
        : `fill="${COLOR.bg}" stroke="${COLOR.fgSoft}" stroke-width="2"`;
      parts.push(
        `<rect x="${round(x + 1)}" y="${round(y + 1)}" width="${FACT_PILL_WIDTH - 2}" height="${FACT_PILL_HEIGHT - 2}" rx="${(FACT_PILL_HEIGHT - 2) / 2}" ${pill}/>`,
        textElement(
          value,
          x + FACT_PILL_WIDTH / 2,
          baseline,
          FACT_SIZE,
          'bold',
          fact.filled ? '#fff' : COLOR.fg,
        ).replace('<text ', '<text text-anchor="middle" '),
        textElement(
          oneLine(fact.label, labelWidth, FACT_SIZE, 'regular'),
          x + FACT_PILL_WIDTH + FACT_GAP_X,
          baseline,
          FACT_SIZE,
          'regular',
          COLOR.fg,
        ),
      );
    });
  }

  parts.push(
    `<rect y="${OG_HEIGHT - FOOTER_STRIP}" width="${OG_WIDTH}" height="${FOOTER_STRIP}" fill="${COLOR.accent}"/>`,
  );
  parts.push('</svg>');
  return parts.join('\n');
}
