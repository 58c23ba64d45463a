// Entity resolution keys: abbreviation pairs and prefix stripping join names; differing types stay apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterByKeys, preferredName } from '../../src/resolve/cluster.js';
import { orgKeys, personKey } from '../../src/resolve/org-key.js';
import { isGenericParkName, parkKeys } from '../../src/resolve/park-key.js';

const same = (a: string, b: string) => parkKeys(a).some((k) => parkKeys(b).includes(k));

describe('parkKeys', () => {
  it('joins the long and short forms of the standard park types', () => {
    assert.ok(same('洛阳高新技术产业开发区', '洛阳高新区'));
    assert.ok(same('洛阳国家高新技术产业开发区', '洛阳高新区'));
    assert.ok(same('芜湖经济技术开发区', '芜湖经开区'));
    assert.ok(same('柳州综合保税区', '柳州综保区'));
    assert.ok(same('淄博国家自主创新示范区', '淄博自创区'));
    assert.ok(same('淄博国家自主创新示范区', '淄博示范区'));
  });

  it('strips a province before a place of that province, and 市 after a city', () => {
    assert.ok(same('山东烟台高新区', '烟台高新区'));
    assert.ok(same('山东省烟台高新区', '烟台高新区'));
    assert.ok(same('河南洛阳高新区', '洛阳高新区'));
    assert.ok(same('烟台市高新区', '烟台高新区'));
    // A province before a place of another province is not a prefix to strip.
    assert.ok(!same('河南烟台高新区', '烟台高新区'));
  });

  it('keeps parks of different types apart', () => {
    assert.ok(!same('柳州综保区', '柳州高新区'));
    assert.ok(!same('柳州保税区', '柳州综合保税区'));
    assert.ok(!same('芜湖经济开发区', '芜湖经济技术开发区'));
    assert.ok(!same('星河医谷', '星河示范区'));
  });

  it('does not merge on substring overlap', () => {
    assert.ok(!same('烟台高新区', '烟台高新区氢能产业园'));
    assert.ok(!same('星河科技园', '星河科技园二期'));
    assert.ok(!same('烟台', '烟台高新区'));
  });

  it('gives generic names no key', () => {
    for (const name of ['园区', '高新区', '该高新区', '本园区', '开发区', '综保区']) {
      assert.deepEqual(parkKeys(name), [], name);
      assert.ok(isGenericParkName(name));
    }
    assert.ok(!isGenericParkName('星河医谷'));
  });

  it('is deterministic', () => {
    assert.deepEqual(parkKeys('山东烟台高新技术产业开发区'), parkKeys('山东烟台高新技术产业开发区'));
    assert.deepEqual(parkKeys('山东烟台高新技术产业开发区'), ['烟台高新区']);
  });
});

describe('orgKeys and personKey', () => {
  it('matches the legal form and full-width punctuation', () => {
    assert.ok(orgKeys('蓝潮储能科技股份有限公司').includes('蓝潮储能科技'));
    assert.ok(orgKeys('蓝潮储能科技有限公司').includes('蓝潮储能科技'));
    assert.deepEqual(orgKeys('星河生物（烟台）有限公司')[0], orgKeys('星河生物(烟台)有限公司')[0]);
    assert.deepEqual(orgKeys('公司'), []);
  });

  it('tells namesakes apart by organisation', () => {
    assert.equal(personKey('王明', 'og-1', 'd1'), personKey('王明', 'og-1', 'd2'));
    assert.notEqual(personKey('王明', 'og-1', 'd1'), personKey('王明', 'og-2', 'd1'));
    assert.notEqual(personKey('王明', null, 'd1'), personKey('王明', null, 'd2'));
  });
});

describe('clusterByKeys', () => {
  it('groups names that share keys, transitively and in input order', () => {
    const names = ['星河医谷', '洛阳高新区', '星河生命科学园区', '洛阳高新技术产业开发区', '柳州综保区'];
    // An in-document alias ties the nickname to the full name.
    const items = names.map((n) => ({ keys: parkKeys(n) }));
    items[2]!.keys.push(...parkKeys('星河医谷'));
    assert.deepEqual(clusterByKeys(items), [[0, 2], [1, 3], [4]]);
  });

  it('leaves key-less items alone', () => {
    assert.deepEqual(clusterByKeys([{ keys: [] }, { keys: [] }]), [[0], [1]]);
  });

  it('prefers the longest name', () => {
    assert.equal(preferredName(['洛阳高新区', '洛阳高新技术产业开发区']), '洛阳高新技术产业开发区');
  });
});
