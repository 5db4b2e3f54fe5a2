import { type CollectionEntry, getCollection } from 'astro:content';

export type GuideEntry = CollectionEntry<'guide'>;

export interface GuidePage {
  readonly entry: GuideEntry;
  /** Route slug: `undefined` for the home page, `api` for `/api/`. */
  readonly slug: string | undefined;
  /** Site-absolute path without the deploy base: `/`, `/api/`. */
  readonly path: string;
  readonly label: string;
}

/** The guide's pages in reading order (frontmatter `order`). */
export async function guidePages(): Promise<GuidePage[]> {
  const entries = await getCollection('guide');
  return entries
    .toSorted((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const slug = entry.id === 'index' ? undefined : entry.id;
      return {
        entry,
        slug,
        path: slug ? `/${slug}/` : '/',
        label: entry.data.navLabel ?? entry.data.title,
      };
    });
}
