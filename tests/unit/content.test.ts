import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../content');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

/** Names that contain digits but state no figure: products and standards. */
const NAMES = /^(H100(-class)?|A100|GPT-4(\.1)?|Llama|SOC|Type|3(\.\d)?|2|1)$/;

/** The prose of an MDX file: no frontmatter, imports, components, link targets or code. */
function prose(text: string): string {
  return text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ');
}

describe.each(files)('content/%s', (file) => {
  const text = prose(readFileSync(join(dir, file), 'utf8'));

  it('types no figure: every number comes from src/rules through <Fig> or a calculator', () => {
    const digits = [...text.matchAll(/[\w.-]*\d[\w.-]*/g)].map((m) => m[0]);
    const context = (token: string) =>
      text.slice(Math.max(0, text.indexOf(token) - 12), text.indexOf(token) + token.length + 3);
    for (const token of digits) {
      const named = NAMES.test(token) && /(H100|A100|GPT|Llama|SOC|Type)[\s-]*\d?(\.\d)?/.test(context(token));
      expect(named, `“${token}” in “${context(token)}”`).toBe(true);
    }
  });
});
