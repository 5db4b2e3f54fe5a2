export * from './figures.ts';
export * from './format.ts';
export * from './sources.ts';
