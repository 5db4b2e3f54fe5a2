import { describe, expect, it } from 'vitest';
import { pageFrontmatter } from '../../src/rules/frontmatter.ts';

const valid = {
  title: 'When a hosted API is the right call',
  description: 'Five signals that a hosted model API is the right choice, and what it costs you in control.',
  order: 1,
  navLabel: 'Use an API',
  lastReviewed: '2026-11-30',
};

describe('the page frontmatter schema', () => {
  it('accepts a complete page and fills in defaults', () => {
    const r = pageFrontmatter.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data?.fromArticle).toBe(true);
    expect(r.data?.lastReviewed).toBeInstanceOf(Date);
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['a too-short description', { description: 'Too short.' }, 'description'],
    ['a fractional order', { order: 1.5 }, 'order'],
    ['a nav label too long for the sidebar', { navLabel: 'A label far too long for the sidebar' }, 'navLabel'],
    ['a review date that is not a date', { lastReviewed: 'soon' }, 'lastReviewed'],
    ['an unknown key (a typo)', { tittle: 'x' }, ''],
  ])('rejects %s and names the field', (_what, patch, field) => {
    const r = pageFrontmatter.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')) ?? [];
    if (field) expect(paths).toContain(field);
    else expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
