import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../core/index';

const v1 = readFileSync(
  new URL('../../fixtures/scenarios/v1/datacenter-pmds.json', import.meta.url),
  'utf8',
);
const v3 = readFileSync(
  new URL('../../../examples/technology-comparison.json', import.meta.url),
  'utf8',
);

function withFirstDesign(text: string, edit: (design: Record<string, unknown>) => void): string {
  const file = JSON.parse(text) as { designs: Record<string, unknown>[] };
  const first = file.designs[0];
  if (first === undefined) throw new Error('fixture has designs');
  edit(first);
  return JSON.stringify(file);
}

describe('a file Lightbench cannot represent is reported, never silently reduced', () => {
  it.each([true, 'from the datasheet', 42, null, ['a']])(
    'a version-1 provenance of %j is an error on that field',
    (value) => {
      const parsed = parseScenarioText(
        withFirstDesign(v1, (design) => {
          design['provenance'] = value;
        }),
      );
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.issues.map((issue) => issue.path)).toContain('designs[0].provenance');
    },
  );

  it('a "__proto__" key in a provenance map is an error naming it', () => {
    const text = withFirstDesign(v3, () => undefined).replace(
      '"provenance":{',
      '"provenance":{"__proto__":{"source":"X","year":2020,"kind":"estimate"},',
    );
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(
      parsed.issues.some((issue) => issue.message.includes('"__proto__" is not a field path')),
    ).toBe(true);
  });

  it('unknown top-level keys are warned about, kept, and written back unchanged', () => {
    const file = {
      ...(JSON.parse(v3) as Record<string, unknown>),
      review_notes: { by: 'TPM', ok: true },
    };
    const parsed = parseScenarioText(JSON.stringify(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.warnings).toEqual([
      {
        path: 'review_notes',
        message: 'not a field this version of Lightbench knows: kept in the file as is, not used',
      },
    ]);
    const saved = JSON.parse(JSON.stringify(parsed.scenario)) as Record<string, unknown>;
    expect(saved['review_notes']).toEqual({ by: 'TPM', ok: true });
  });

  it('a file with only known keys opens without warnings', () => {
    const parsed = parseScenarioText(v3);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it('unknown keys inside a design are errors that name the field', () => {
    const parsed = parseScenarioText(
      withFirstDesign(v3, (design) => {
        design['colour'] = 'blue';
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toContainEqual({ path: 'designs[0]', message: 'unknown field: colour' });
  });
});
