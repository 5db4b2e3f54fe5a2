// What a lazily hydrated cost calculator imports. A module of its own, so the dynamic import
// gets a real module namespace and the calculator's shared chunk needs no namespace helper.
export { default } from '../CostCalculator.tsx';
