import { describe, expect, it } from 'vitest';
import { llmsTxt, pageInfo, pageMarkdown, twinPath } from '../../../src/site/markdown-twin.ts';

/** A page as the build draws one, cut down to what the twin reads. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>
<meta name="description" content="What the page is for.">
<link rel="canonical" href="https://example.test/guide/api/"><script>document.documentElement.dataset.x = 1</script></head>
<body><main><article class="content"><h1 id="_top">When an API is right</h1>
<p class="page-actions" data-pagefind-ignore><a href="/guide/api.md">This page as Markdown</a><button data-copy-page="/guide/api.md" hidden>Copy page as Markdown</button></p>
<details class="toc toc-inline"><summary>On this page</summary><nav><ol><li><a href="#signals">Signals</a></li></ol></nav></details>
<div class="heading heading-2"><h2 id="signals">The five signals</h2><a class="anchor" href="#signals" aria-label="Section"></a><button class="copy-link" data-copy="#signals"></button></div>
<p>Most apps, <a class="fig" href="/guide/sources/#fig-api-share" title="Source: the article, June 2026" data-figure="api-share">80%</a>, start on an API; the default is <span data-fact="default-name">GPT-5.6 Luna</span>.</p>
<div class="island" data-island="cost" data-pagefind-ignore><div class="cc"><form><label>Requests</label><input value="20000"></form>
<p class="cc-sentence">At 20,000 requests a day the API costs about $4,620.</p>
<table class="cc-table"><caption class="visually-hidden">Cost</caption><thead><tr><th>Path</th><th>This month</th></tr></thead>
<tbody><tr><th>Hosted API</th><td><strong>$4,620</strong><span class="cc-range">$4,000–$5,000</span></td></tr></tbody></table>
<svg><text>chart</text></svg><script type="application/json">{"a":1}</script></div></div>
<h3 id="tiers">Long prompts</h3><ul><li>One</li><li>Two</li></ul>
<div class="page-meta" data-pagefind-ignore><p>Last reviewed <time datetime="2026-12-01">1 December 2026</time>.</p></div>
</article></main></body></html>`;

describe('a page’s Markdown twin', () => {
  const md = pageMarkdown(PAGE);

  it('lives at the page’s path with .md', () => {
    expect(twinPath('/')).toBe('/index.md');
    expect(twinPath('/api/')).toBe('/api.md');
    expect(twinPath('/decide/rag-on-api/')).toBe('/decide/rag-on-api.md');
  });

  it('reads the page’s own title, description, address and review day', () => {
    expect(pageInfo(PAGE)).toEqual({
      title: 'When an API is right',
      description: 'What the page is for.',
      url: 'https://example.test/guide/api/',
      reviewed: '2026-12-01',
    });
  });

  it('opens with the title and description and closes with the address and the review day', () => {
    expect(md.startsWith('# When an API is right\n\n> What the page is for.\n\n')).toBe(true);
    expect(md.trimEnd().endsWith('Canonical page: https://example.test/guide/api/ · Last reviewed 2026-12-01')).toBe(
      true,
    );
  });

  it('gives each heading its id as an explicit anchor, and keeps lists', () => {
    expect(md).toContain('\n## The five signals {#signals}\n');
    expect(md).toContain('\n### Long prompts {#tiers}\n');
    expect(md).toContain('- One\n- Two');
  });

  it('links each figure to its source row, absolutely, with its source and date', () => {
    expect(md).toContain('[80%](https://example.test/guide/sources/#fig-api-share "Source: the article, June 2026")');
    expect(md).toContain('the default is GPT-5.6 Luna.');
  });

  it('keeps a calculator as its worked example: the sentence and the results table, no form, chart or data', () => {
    expect(md).toContain('At 20,000 requests a day the API costs about $4,620.');
    expect(md).toMatch(/\| Path +\| This month \|\n\| -+ \| -+ \|\n\| Hosted API \| \*\*\$4,620\*\* \|/);
    for (const gone of ['Requests', 'chart', '"a":1', '$4,000–$5,000', 'On this page', 'Copy page', 'This page as'])
      expect(md, gone).not.toContain(gone);
  });

  it('carries no HTML, no component and no script', () => {
    expect(md).not.toMatch(/<\/?[a-zA-Z]/);
    expect(md).not.toContain('dataset');
  });
});

describe('llms.txt', () => {
  it('follows the llmstxt.org layout: a title, a summary, a paragraph, a section of links with descriptions', () => {
    const txt = llmsTxt({ name: 'Model Path', summary: 'One decision.', about: 'Every page as Markdown.' }, [
      { ...pageInfo(PAGE), twin: 'https://example.test/guide/api.md' },
    ]);
    expect(txt).toBe(
      '# Model Path\n\n> One decision.\n\nEvery page as Markdown.\n\n## Pages\n\n- [When an API is right](https://example.test/guide/api.md): What the page is for.\n',
    );
  });
});
