// Canonical keys for park names: two names denote the same park when they share a key. Keys come from
// general abbreviation pairs (高新技术产业开发区 ↔ 高新区 …) and administrative-prefix stripping, never
// from substring overlap, so "柳州综保区" and "柳州高新区" keep different keys.
import { placePrefix, provincePrefix } from './divisions.js';

/**
 * Long form → canonical suffix, longest first. Each pair is a standard abbreviation used in Chinese
 * official naming (State Council naming of national high-tech zones, economic and technological
 * development zones, comprehensive bonded zones, national independent innovation demonstration zones).
 */
const SUFFIX_FORMS: Array<[string, string]> = [
  ['国家高新技术产业开发区', '高新区'],
  ['高新技术产业开发区', '高新区'],
  ['高新技术开发区', '高新区'],
  ['国家高新区', '高新区'],
  ['高新区', '高新区'],
  ['国家级经济技术开发区', '经开区'],
  ['国家经济技术开发区', '经开区'],
  ['经济技术开发区', '经开区'],
  ['国家级经开区', '经开区'],
  ['经开区', '经开区'],
  ['综合保税区', '综保区'],
  ['综保区', '综保区'],
  ['国家自主创新示范区', '自创区'],
  ['自主创新示范区', '自创区'],
  ['国家自创区', '自创区'],
  ['自创区', '自创区'],
];

/** Canonical suffixes that also answer to a looser generic suffix ("X自创区" is also called "X示范区"). */
const LOOSER: Record<string, string> = { 自创区: '示范区' };

/** Park-type words that on their own (or after a demonstrative) name no particular park. */
// ("中国开发区", "全国高新区": the country's parks of a kind, a class)
const GENERIC = /^(该|本|全|各|此|这个|这一|我|两|多|首个|国家级|省级|国家|中国|全国)?(园区|园|新区|高新区|经开区|开发区|综保区|保税区|自创区|示范区|试验区|产业园|科技园|工业园|基地|谷|科学城|新城|片区|核心区|经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|综合保税区|自主创新示范区|自由贸易试验区|自贸试验区|自贸区)$/;

/** Characters of the basic Han block: NFKC leaves them as they are, and none is a space or a quote. */
const PLAIN_HAN = /^[\u4e00-\u9fff]*$/;

export function normaliseName(name: string): string {
  // (most names are made of these alone: they skip the normalisation, a call into ICU)
  if (PLAIN_HAN.test(name)) return name;
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000“”"'‘’《》]/g, '');
}

/** Removes a leading province ("山东烟台…" → "烟台…") when what follows is a place in that province. */
function stripProvince(name: string): string {
  const province = provincePrefix(name);
  if (!province) return name;
  const rest = name.slice(province.length);
  const place = placePrefix(rest);
  if (place && place.province === province.province && rest.length > place.length) return rest;
  // Not followed by a known place: keep the province but in its short form ("山东省X园" = "山东X园").
  return province.short + rest;
}

/** "烟台市高新区" → "烟台高新区": a city's full name before a park reads the same as its short name. */
function shortenCity(name: string): string {
  const place = placePrefix(name);
  if (place && place.full !== place.short && place.full.endsWith('市') && name.length > place.length) {
    return place.short + name.slice(place.length);
  }
  return name;
}

/** True when a park name names no particular park ("园区", "该高新区"). */
export function isGenericParkName(name: string): boolean {
  return GENERIC.test(normaliseName(name));
}

/**
 * Keys of a park name, primary first; empty for generic names. Deterministic and pure.
 * Example: "山东烟台高新技术产业开发区" → ["烟台高新区"]; "洛北自主创新示范区" → ["洛北自创区", "洛北示范区"].
 */
export function parkKeys(name: string): string[] {
  let n = normaliseName(name);
  if (n.length < 2 || isGenericParkName(n)) return [];
  n = shortenCity(stripProvince(n));
  for (const [long, canonical] of SUFFIX_FORMS) {
    if (n.endsWith(long)) {
      const head = n.slice(0, -long.length);
      if (head.length < 2 || isGenericParkName(head + canonical)) return [];
      const keys = [head + canonical];
      if (LOOSER[canonical]) keys.push(head + LOOSER[canonical]);
      return keys;
    }
  }
  return [n];
}
