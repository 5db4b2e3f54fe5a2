import { fields } from 'virtual:calculator-data';
import type { FieldSpec } from './field-table.ts';

export type { FieldSpec, Origin, SpreadRule } from './field-table.ts';

/**
 * Every number field of the cost calculator, by its URL parameter (public: never rename one), in form
 * order within each group: the table in `field-table.ts`, read as page data in the browser.
 */
export const FIELDS = fields;

/** A number field's key: its URL parameter and form field name. */
export type NumberKey = keyof typeof FIELDS;

/** The unit of some field: each needs a name beside the field (`costs/text.ts`). */
export type FieldUnit = (typeof FIELDS)[NumberKey]['unit'];

/** Every field's key, in form order within each group. */
export const NUMBER_KEYS = Object.keys(FIELDS) as readonly NumberKey[];

/** A field's spec, for readers that treat every field alike. */
export const fieldSpec = (key: NumberKey): FieldSpec => FIELDS[key];

/** Whether a name (a URL parameter, a form field's name, an MDX prop) is a number field's key. */
export const isNumberKey = (k: string): k is NumberKey => Object.hasOwn(FIELDS, k);

/** The uncertain inputs of the break-even, in the order of ties. */
export const UNCERTAIN_KEYS = NUMBER_KEYS.filter((k) => fieldSpec(k).spread);
