import { describe, expect, it } from 'vitest';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import { fieldKey, uniqueDesignId } from '../../renderer/src/store/scenarioSlice';
import { fakeHost } from './fakeHost';

const FR4 = '400gbase-fr4';

function newStore() {
  return createAppStore({ scenario: firstRunScenario(), host: fakeHost().host });
}

const ids = (store: ReturnType<typeof newStore>) =>
  store.getState().scenario.designs.map((design) => design.id);

function design(store: ReturnType<typeof newStore>, id: string) {
  const found = store.getState().scenario.designs.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no design ${id}`);
  return found;
}

describe('uniqueDesignId', () => {
  const designs = firstRunScenario().designs;

  it.each([
    ['brand-new', 'brand-new'],
    [FR4, `${FR4}-2`],
  ])('%s → %s', (base, expected) => {
    expect(uniqueDesignId(base, designs)).toBe(expected);
  });

  it('counts past taken suffixes and does not stack them', () => {
    const fr4 = designs.find((candidate) => candidate.id === FR4);
    if (fr4 === undefined) throw new Error('the example has no FR4');
    const withCopies = [...designs, { ...fr4, id: `${FR4}-2` }];
    expect(uniqueDesignId(FR4, withCopies)).toBe(`${FR4}-3`);
    expect(uniqueDesignId(`${FR4}-2`, withCopies)).toBe(`${FR4}-3`);
  });
});

describe('addDesign', () => {
  it('appends a copy under a fresh id, selects it and marks the scenario edited', () => {
    const store = newStore();
    const before = ids(store);
    const source = design(store, FR4);
    const id = store.getState().addDesign(source);
    expect(id).toBe(`${FR4}-2`);
    expect(ids(store)).toEqual([...before, id]);
    expect(store.getState().selectedDesignId).toBe(id);
    expect(store.getState().dirty).toBe(true);
    const added = design(store, id);
    expect(added.name).toBe(source.name);
    expect(added).not.toBe(source);
  });

  it('keeps an id that is free, and never shares objects with its source', () => {
    const store = newStore();
    const source = { ...design(store, FR4), id: 'from-catalog' };
    store.getState().addDesign(source);
    const added = design(store, 'from-catalog');
    expect(added.technology).not.toBe(source.technology);
    expect(added.technology).toEqual(source.technology);
  });

  it('adding the same entry twice gives two distinct ids', () => {
    const store = newStore();
    const source = design(store, FR4);
    const first = store.getState().addDesign(source);
    const second = store.getState().addDesign(source);
    expect(new Set([first, second]).size).toBe(2);
    expect(new Set(ids(store)).size).toBe(ids(store).length);
  });
});

describe('duplicateDesign', () => {
  it('inserts "… (copy)" right after the original and selects it', () => {
    const store = newStore();
    const index = ids(store).indexOf(FR4);
    const id = store.getState().duplicateDesign(FR4);
    expect(id).toBe(`${FR4}-2`);
    expect(ids(store)[index + 1]).toBe(id);
    expect(design(store, `${FR4}-2`).name).toBe('400GBASE-FR4 (copy)');
    expect(store.getState().selectedDesignId).toBe(id);
    expect(store.getState().dirty).toBe(true);
  });

  it('a copy is edited independently of its original', () => {
    const store = newStore();
    const id = store.getState().duplicateDesign(FR4);
    if (id === null) throw new Error('duplicate failed');
    store.getState().updateDesignField(id, 'channel.length_m', 100);
    const original = design(store, FR4);
    const copy = design(store, id);
    expect(original.kind === 'imdd' && original.channel.length_m).toBe(2000);
    expect(copy.kind === 'imdd' && copy.channel.length_m).toBe(100);
  });

  it('returns null and changes nothing for an unknown id', () => {
    const store = newStore();
    const before = store.getState().scenario;
    expect(store.getState().duplicateDesign('no-such-design')).toBeNull();
    expect(store.getState().scenario).toBe(before);
  });
});

describe('removeDesign', () => {
  it('removes the design and moves the selection to its neighbour', () => {
    const store = newStore();
    const before = ids(store);
    const index = before.indexOf(FR4);
    store.getState().selectDesign(FR4);
    store.getState().removeDesign(FR4);
    expect(ids(store)).toEqual(before.filter((id) => id !== FR4));
    expect(store.getState().selectedDesignId).toBe(before[index + 1]);
    expect(store.getState().dirty).toBe(true);
  });

  it('keeps the selection when another design is removed', () => {
    const store = newStore();
    store.getState().selectDesign(FR4);
    const other = ids(store).find((id) => id !== FR4) ?? '';
    store.getState().removeDesign(other);
    expect(store.getState().selectedDesignId).toBe(FR4);
  });

  it('removing the last design leaves no selection', () => {
    const store = newStore();
    for (const id of ids(store)) store.getState().removeDesign(id);
    expect(ids(store)).toEqual([]);
    expect(store.getState().selectedDesignId).toBeNull();
  });

  it("drops the removed design's field messages", () => {
    const store = newStore();
    store.getState().updateDesignField(FR4, 'channel.length_m', -5);
    expect(store.getState().fieldErrors[fieldKey(FR4, 'channel.length_m')]).toBeDefined();
    store.getState().removeDesign(FR4);
    expect(store.getState().fieldErrors).toEqual({});
  });

  it('ignores an unknown id', () => {
    const store = newStore();
    const before = store.getState().scenario;
    store.getState().removeDesign('no-such-design');
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().dirty).toBe(false);
  });
});
