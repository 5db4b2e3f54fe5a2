/** The guide's public routes in reading order (DESIGN.md). A route never silently disappears. */
export const GUIDE_ROUTES = [
  '/',
  '/api/',
  '/build/',
  '/middle-ground/',
  '/hidden-costs/',
  '/decide/',
  '/costs/',
  '/sources/',
] as const;

/** The decision outcomes, in the tree's order, each with its own public page `/decide/<id>/`. */
export const OUTCOME_IDS = [
  'api',
  'api-plan-custom',
  'build-or-fine-tune',
  'rag-on-api',
  'rag-on-api-plan-custom',
  'hire-or-pivot',
] as const;

/** The outcome pages: public routes outside the navigation and the previous/next chain. */
export const OUTCOME_ROUTES = OUTCOME_IDS.map((id) => `/decide/${id}/` as const);

/** Every public route: what the site-wide checks (axe, CSP, crawl) visit. */
export const ALL_ROUTES = [...GUIDE_ROUTES, ...OUTCOME_ROUTES] as const;
