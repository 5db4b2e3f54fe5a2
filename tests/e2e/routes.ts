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
