// hydrate.ts for dynamic import (see ../components/islands/cost-lazy.ts for why a module of its own).
export { start } from './hydrate.ts';
