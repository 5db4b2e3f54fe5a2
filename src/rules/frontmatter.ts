import { z } from 'zod';

/** Frontmatter of a guide page in `content/`. Checked at build time: a bad field fails the build. */
export const pageFrontmatter = z.strictObject({
  /** The page's `h1` and the start of its `<title>`. */
  title: z.string().min(3).max(90),
  /** One or two sentences for search results and link previews. */
  description: z.string().min(50).max(200),
  /** Position in the guide's reading order: navigation and previous/next follow it. */
  order: z.int().min(0).max(100),
  /** Short name in the navigation; defaults to the title. */
  navLabel: z.string().min(2).max(24).optional(),
  /** The last day someone checked the page against its sources. */
  lastReviewed: z.coerce.date(),
  /** Whether the page presents the source article's guidance (and so credits it). */
  fromArticle: z.boolean().default(true),
  /** A wider text column, for pages built around a calculator. */
  wide: z.boolean().default(false),
});
