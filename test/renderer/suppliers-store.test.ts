import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import { fakeHost } from './fakeHost';

function newStore() {
  return createAppStore({ scenario: firstRunScenario(), host: fakeHost().host });
}

const file = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(`examples/suppliers/${name}`)),
});

describe('importSupplierFiles', () => {
  it('adds a CSV and an XLSX as new suppliers in one undo step, with limits from the design', async () => {
    const store = newStore();
    const before = store.getState().scenario;
    await store
      .getState()
      .importSupplierFiles(
        [file('acme-dr8-samples.csv'), file('brightlink-dr8-samples.xlsx')],
        null,
      );
    const workspace = store.getState().scenario.suppliers;
    expect(workspace?.suppliers.map((s) => [s.id, s.reports[0]?.samples.length])).toEqual([
      ['acme-dr8-samples', 40],
      ['brightlink-dr8-samples', 30],
    ]);
    expect(workspace?.limits.map((l) => [l.parameter, l.source])).toContainEqual([
      'tx_oma_dBm',
      'design',
    ]);
    expect(store.getState().supplierImport?.files).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
  });

  it('adds to a chosen supplier and keeps the scenario when a file cannot be read', async () => {
    const store = newStore();
    await store.getState().importSupplierFiles([file('corvid-dr8-samples.csv')], null);
    const after = store.getState().scenario;
    await store
      .getState()
      .importSupplierFiles([{ name: 'empty.csv', bytes: new Uint8Array() }], 'corvid-dr8-samples');
    expect(store.getState().scenario).toBe(after);
    expect(store.getState().supplierImport?.issues[0]?.message).toBe(
      'the file is empty: no rows to read',
    );
    await store
      .getState()
      .importSupplierFiles([file('acme-dr8-samples.csv')], 'corvid-dr8-samples');
    expect(store.getState().scenario.suppliers?.suppliers[0]?.reports).toHaveLength(2);
  });

  it('refuses an edit the schema rejects and names the field', () => {
    const store = newStore();
    const result = store.getState().updateSupplierWorkspace((w) => ({
      ...w,
      limits: [{ parameter: 'tdecq_dB', lsl: 3, usl: 2, source: 'typed' }],
    }));
    expect(result).toEqual({
      ok: false,
      message: 'suppliers.limits[0].usl: tdecq_dB: usl 2 must be above lsl 3',
    });
  });
});
