import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Top folders and files of this repository that the README may name. */
const TOP =
  /^(src|tests|scripts|content|public|\.ci)\/|^(package\.json|astro\.config\.mjs|vitest\.config\.ts|playwright\.config\.ts|biome\.jsonc|tsconfig\.json)$/;

/** Every repository path the README names: in backticks, and in the layout tree, folder by folder. */
function namedPaths(): string[] {
  const paths = new Set<string>();
  for (const m of readme.matchAll(/`([^`\s]+)`/g)) {
    const p = (m[1] ?? '').replace(/[),.:;]+$/, '');
    if (TOP.test(p) && !/[<*]/.test(p)) paths.add(p); // placeholders and globs name no one file
  }
  const tree = readme.match(/## Layout\s+```([\s\S]*?)```/)?.[1] ?? '';
  let folder = '';
  for (const line of tree.split('\n')) {
    const top = line.match(/^(\S+\/)\s/);
    if (top?.[1]) {
      folder = top[1];
      if (TOP.test(folder)) paths.add(folder);
      continue;
    }
    const file = line.match(/^ {2}(\S+\.\w+)\s/);
    if (file?.[1] && folder) paths.add(`${folder}${file[1]}`);
  }
  return [...paths].sort();
}

describe('the README', () => {
  const paths = namedPaths();

  it('names the files of the rules module and the folders of the tree', () => {
    expect(paths).toContain('src/rules/costs/costs.ts');
    expect(paths).toContain('src/scripts/islands.ts');
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('names %s, which exists', (p) => {
    expect(existsSync(join(root, p.replace(/\/$/, ''))), p).toBe(true);
  });
});
