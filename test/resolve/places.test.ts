// The gazetteer's weak-form tests (src/lexicon/places.ts): which short forms are everyday words as well as places.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAmbiguousInName, isAmbiguousPlace, placeAt } from '../../src/lexicon/places.js';

const place = (form: string) => {
  const p = placeAt(form, 0);
  assert.ok(p && p.form === form, `${form} is in the gazetteer`);
  return p;
};

test('a short form the dictionary lists as an everyday word or a name is weak context; longer forms are not', () => {
  assert.equal(isAmbiguousPlace(place('白银')), true);
  assert.equal(isAmbiguousPlace(place('许昌')), true);
  assert.equal(isAmbiguousPlace(place('石家庄')), false);
  assert.equal(isAmbiguousPlace(place('齐齐哈尔')), false);
  assert.equal(isAmbiguousPlace(place('青岛')), false);
});

test('opening a park name, a city listed as a given name or an everyday word is trusted; a county short form and 中山 are not', () => {
  assert.equal(isAmbiguousInName(place('许昌')), false);
  assert.equal(isAmbiguousInName(place('大同')), false);
  assert.equal(isAmbiguousInName(place('包头')), false);
  assert.equal(isAmbiguousInName(place('中山')), true);
  assert.equal(isAmbiguousInName(place('昆山')), true);
});
