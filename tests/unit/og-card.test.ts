import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, OG_HEIGHT, OG_WIDTH, ogCardSvg, textWidth, wrapText } from '../../src/og/card.ts';
import { renderOgPng } from '../../src/og/render.ts';

const SITE = 'Model Path';

function card(title: string, description = 'A short description of the page.', label: string | undefined = 'Label') {
  return ogCardSvg({ title, description, siteName: SITE, label });
}

/** The contents of every `<text>` element, still escaped. */
function textNodes(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1] ?? '');
}

/** Text elements drawn at a given font size, unescaped. */
function linesAtSize(svg: string, size: number): string[] {
  return [...svg.matchAll(/<text\b[^>]*font-size="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)]
    .filter((m) => Number(m[1]) === size)
    .map((m) => unescapeXml(m[2] ?? ''));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The title lines: the bold text elements larger than the site name. */
function titleLines(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*font-size="(\d+)" font-weight="700"[^>]*>([\s\S]*?)<\/text>/g)]
    .filter((m) => Number(m[1]) >= 48)
    .map((m) => unescapeXml(m[2] ?? ''));
}

/** Font size of the title: the largest bold text. */
function titleSize(svg: string): number {
  const sizes = [...svg.matchAll(/font-size="(\d+)" font-weight="700"/g)].map((m) => Number(m[1]));
  return Math.max(...sizes);
}

/** Checks that need no XML parser: one root, balanced elements, nothing unescaped in text. */
function expectWellFormed(svg: string): void {
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
  const opened = svg.match(/<text\b/g)?.length ?? 0;
  expect(svg.match(/<\/text>/g)?.length ?? 0).toBe(opened);
  for (const node of textNodes(svg)) {
    expect(node).not.toMatch(/[<>"']/);
    // Every `&` starts one of the five predefined entities.
    expect(node.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
    // No character that XML 1.0 forbids: C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone surrogates.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being looked for
    expect(node).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(node).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
  // Attributes are the only other place with quotes: each tag's quotes pair up.
  for (const tag of svg.match(/<[^>]*>/g) ?? []) expect((tag.match(/"/g)?.length ?? 0) % 2).toBe(0);
}

describe('ogCardSvg', () => {
  it('is a 1200×630 SVG', () => {
    const svg = card('When a hosted API is the right call');
    expect(OG_WIDTH).toBe(1200);
    expect(OG_HEIGHT).toBe(630);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/,
    );
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).toContain('>Model Path</text>');
    expectWellFormed(svg);
  });

  it('escapes markup and quotes in every piece of text', () => {
    const nasty = '<script>&"\'';
    const svg = ogCardSvg({ title: nasty, description: nasty, siteName: nasty, label: nasty });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expectWellFormed(svg);
    expect(escapeXml('a<b>&"c\'')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('shows the label when given and leaves it out when empty', () => {
    expect(card('Title', 'Description', 'Use an API')).toContain('>Use an API</text>');
    expect(textNodes(card('Title', 'Description', ''))).toEqual(['Model Path', 'Title', 'Description']);
    const noLabel = ogCardSvg({ title: 'Title', description: 'Description', siteName: SITE });
    expect(textNodes(noLabel)).toEqual(['Model Path', 'Title', 'Description']);
  });

  it('wraps a long title into at most three lines, shrinking the type first', () => {
    const long =
      'When building your own model pays off, and when it does not: the compute, the people, the serving capacity and the hidden costs';
    const lines = titleLines(card(long));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(titleSize(card(long))).toBeLessThan(titleSize(card('Decide in one afternoon')));
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('never drops a word from a title that fits', () => {
    const titles = [
      'Hosted API, fine-tune, RAG or your own model?',
      'Fine-tuning and RAG: the middle ground',
      'When building your own model pays off',
      'The costs nobody budgets for',
      'Sources and figures',
      'A title long enough to need three lines at a large size but still short enough to fit',
    ];
    for (const title of titles) {
      const lines = titleLines(card(title, 'What fine-tuning and retrieval each change, and when to pick which.'));
      expect(lines.join(' ')).toBe(title);
      expect(lines.length).toBeLessThanOrEqual(3);
    }
  });

  it('keeps every title line within the card margins', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,14}$/), { minLength: 1, maxLength: 30 }), (words) => {
        const svg = card(words.join(' '));
        const size = titleSize(svg);
        for (const line of titleLines(svg)) expect(textWidth(line, size, 'bold')).toBeLessThanOrEqual(1040);
      }),
    );
  });

  it('cuts a long description to two lines with an ellipsis', () => {
    const description = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lines = linesAtSize(card('Title', description), 30);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    const short = linesAtSize(card('Title', 'Just one line.'), 30);
    expect(short).toEqual(['Just one line.']);
  });

  it('breaks a word wider than a line between characters', () => {
    const { lines, cut } = wrapText('W'.repeat(30), 1040, 76, 'bold', 3);
    expect(cut).toBe(false);
    expect(lines.join('')).toBe('W'.repeat(30));
    for (const line of lines) expect(textWidth(line, 76, 'bold')).toBeLessThanOrEqual(1040);
  });

  it('yields a well-formed SVG for any title, description and label', () => {
    const anyChar = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: anyChar }),
      fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ' ', '\n', 'a', 'W', '&amp;', ']]>', '</text>') }),
    );
    fc.assert(
      fc.property(text, text, text, (title, description, label) => {
        const svg = ogCardSvg({ title, description, siteName: SITE, label });
        expectWellFormed(svg);
        expect(titleLines(svg).length).toBeLessThanOrEqual(3);
        expect(linesAtSize(svg, 30).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ogCardSvg with facts', () => {
  const facts = [
    { value: 'No', label: 'Data may go to a public API' },
    { value: 'No', label: 'ML team with time' },
    { value: 'Yes', label: 'RAG can solve it', filled: true },
    { value: 'Yes', label: 'Past the scale threshold', filled: true },
  ];

  it('draws each fact as a pill and its label, two to a row, below the title', () => {
    const svg = ogCardSvg({ title: 'RAG on an API, plan for custom', description: '', siteName: SITE, facts });
    expectWellFormed(svg);
    expect(linesAtSize(svg, 26)).toEqual([
      'No',
      'Data may go to a public API',
      'No',
      'ML team with time',
      'Yes',
      'RAG can solve it',
      'Yes',
      'Past the scale threshold',
    ]);
    const ys = [...svg.matchAll(/<text\b[^>]*y="([\d.]+)"[^>]*font-size="26"/g)].map((m) => Number(m[1]));
    expect(new Set(ys).size).toBe(2);
    expect(Math.min(...ys)).toBeGreaterThan(
      Math.max(
        ...[...svg.matchAll(/<text\b[^>]*y="([\d.]+)"[^>]*font-size="(\d+)" font-weight="700"/g)]
          .filter((m) => Number(m[2]) >= 48)
          .map((m) => Number(m[1])),
      ),
    );
  });

  it('keeps the title, a long one included, and every fact above the footer', () => {
    const long = 'A decision outcome whose title runs much longer than any of the six real ones do';
    const svg = ogCardSvg({ title: long, description: '', siteName: SITE, label: 'Decision outcome', facts });
    expect(titleLines(svg).length).toBeLessThanOrEqual(3);
    const bottoms = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="\d+" height="(\d+)"/g)].map(
      (m) => Number(m[1]) + Number(m[2]),
    );
    expect(bottoms.length).toBeGreaterThanOrEqual(4);
    for (const b of bottoms) expect(b).toBeLessThanOrEqual(556);
  });

  it('fills the pill of a highlighted fact and outlines the others', () => {
    const svg = ogCardSvg({ title: 'Use a hosted API', description: '', siteName: SITE, facts: facts.slice(1, 3) });
    expect(svg.match(/stroke-width="2"\/>/g)).toHaveLength(1);
    expect(svg).toMatch(/rx="21" fill="#0b5cad"\/>/);
  });
});

describe('renderOgPng', () => {
  it('renders a 1200×630 PNG', () => {
    const png = renderOgPng(card('When a hosted API is the right call', 'The five signals.', 'Use an API'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The first chunk is IHDR: length (4 bytes), type (4), then width and height, big-endian.
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('parses and renders SVG made from hostile text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (title) => {
        const png = renderOgPng(card(`${title} <script>&"'`));
        expect(png.readUInt32BE(16)).toBe(1200);
      }),
      { numRuns: 15 },
    );
  });
});
