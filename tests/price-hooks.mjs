// Module hooks for Node test runners that load the rules module outside Vite (Playwright):
// they serve `virtual:api-prices` with the numbers the Vite plugin serves to the site's build.
let source = 'export default [];';

export async function initialize(data) {
  source = `export default ${data.json};`;
}

export async function resolve(specifier, context, next) {
  if (specifier === 'virtual:api-prices') return { url: 'virtual:api-prices', shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url === 'virtual:api-prices') return { format: 'module', source, shortCircuit: true };
  return next(url, context);
}
