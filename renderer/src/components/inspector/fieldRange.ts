import { fieldRangeAt } from '../../../../core';
import type { Design, FieldRange } from '../../../../core';

/** The unit and allowed range of a design field, exactly as the file loader enforces them. */
export function fieldRange(design: Design, path: string): FieldRange | undefined {
  return fieldRangeAt(design, path);
}

/** "0 … 10000000 m, whole number": the tooltip and the inline hint. */
export function describeRange(range: FieldRange): string {
  const unit = range.unit ? ` ${range.unit}` : '';
  return `${range.min} … ${range.max}${unit}${range.integer === true ? ', whole number' : ''}`;
}
