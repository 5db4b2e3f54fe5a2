/** What the deployed policy must say beyond the meta tag's (issue 20), as the tests check it: no unsafe-inline. */
export const REQUIRED_DIRECTIVES = [
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "default-src 'self'",
] as const;
