import { withBase } from '../site/base.ts';

// Loads code that readers need only sometimes (the search dialog), bundled apart from
// the pages by `npm run build:standalone` into the site's root as `<name>.js`. A module script
// is added on first use and hands its exports over in a `<name>-ready` event. Not an import():
// Vite would wrap that in a 1 KB preload helper that every page would download first.

const loading = new Map<string, Promise<unknown>>();

export function loadStandalone<T>(name: string): Promise<T> {
  let p = loading.get(name);
  if (!p) {
    p = new Promise((resolve, reject) => {
      addEventListener(`${name}-ready`, (e) => resolve((e as CustomEvent<T>).detail), { once: true });
      const script = document.createElement('script');
      script.type = 'module';
      script.src = withBase(`/${name}.js`);
      script.onerror = () => {
        script.remove();
        loading.delete(name);
        reject(new Error(`${name}.js failed to load`));
      };
      document.head.append(script);
    });
    loading.set(name, p);
  }
  return p as Promise<T>;
}

/** Hands a standalone module's exports to the page that loaded it. */
export function ready<T>(name: string, exports: T): void {
  dispatchEvent(new CustomEvent(`${name}-ready`, { detail: exports }));
}
