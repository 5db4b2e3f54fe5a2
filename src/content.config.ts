import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatter } from './rules/frontmatter.ts';

const guide = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
  schema: pageFrontmatter,
});

export const collections = { guide };
