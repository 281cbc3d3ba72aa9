/**
 * One inspector field: a number (with the schema's unit and range), a choice, a toggle or text,
 * addressed by its dotted path in the design.
 */
export interface Choice {
  readonly value: string | number;
  readonly label: string;
}

export type FieldSpec =
  | {
      readonly kind: 'number';
      readonly path: string;
      readonly label: string;
      /** Empty means "use the model default"; the key is removed from the design. */
      readonly optional?: boolean;
    }
  | {
      readonly kind: 'choice';
      readonly path: string;
      readonly label: string;
      readonly choices: readonly Choice[];
    }
  | { readonly kind: 'toggle'; readonly path: string; readonly label: string }
  /** An optional sub-model switched on with `defaultValue` and off by removing the key. */
  | {
      readonly kind: 'section';
      readonly path: string;
      readonly label: string;
      readonly defaultValue: unknown;
    }
  | { readonly kind: 'text'; readonly path: string; readonly label: string };

export interface FieldGroup {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

export const numberField = (path: string, label: string, optional = false): FieldSpec =>
  optional ? { kind: 'number', path, label, optional } : { kind: 'number', path, label };
