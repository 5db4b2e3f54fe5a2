export * from './article-figures.ts';
export * from './decision.ts';
export * from './figures.ts';
export * from './format.ts';
export * from './sources.ts';
export * from './url-state.ts';
