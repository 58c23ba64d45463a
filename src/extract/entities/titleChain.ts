// Reads a chain of posts that no recognised organisation stands before ("区党工委委员、经济发展局局长",
// "某某管理局长", "某某总队副总队长"): where the printed title starts and which body it belongs to.
import { TITLE_WORDS } from '../../lexicon/titles.js';
import { ORG_SUFFIXES } from '../../lexicon/orgSuffixes.js';
import { placesIn } from '../../lexicon/places.js';
import { tokenize } from './tokens.js';
import { EndingIndex } from '../../lexicon/endingIndex.js';

const ORG_ENDINGS = new EndingIndex(ORG_SUFFIXES);
const TITLE_END = new RegExp(`(?:${TITLE_WORDS.join('|')})$`);
/** Segments of a chain are separated by "、"; anything else ends the chain. */
const BREAK = /[\s，。；：:“”"！？!?（）()《》,;、\[\]【】]/;
/** Prefixes a post takes that the lexicon does not list ("副总队长", "分署长", "常务副局长"). */
const MODIFIERS = /(?:常务副|执行副|副|总|分|支|大|代理|代)+$/;
/** A post named after its body's last character, which the two share in print: "某某局长" = 某某局 + 局长. */
const SHARED_HEAD = /^[局署厅处科所院队镇乡县市区省站]长$/;
/** The administration of a park or place (Party working committee, management committee): not a body of its own. */
// (the 区 of 园区 is no level: "园区管委会副主任" is the park's administration whole)
const GENERIC_BODY = /(?:园区|(?<![园片社])[区市县镇])?(?:党工委|管委会|纪工委|工委)$/;
/** A Party committee of a place ("某某市委", "区委"). */
const PLACE_COMMITTEE = /[省市区县镇]委$/;
/** Words that open a list or clause before a body ("包括某某局局长…", "以及…"). */
const LEAD_IN = /^(?:今天|今日|当天|昨天|包括|以及|还有|其中|及|和|与|由|在|有|是)+/;
/** Prepositions that introduce the body of a post inside a clause ("由", "向" …): the body starts after them. */
const PREPOSITIONS = new Set(Array.from('由被把将向'));
/** Endings of a body that posts belong to: organs of government, their branches, associations. */
const BODY_END = /(?:局|署|厅|处|科|所|院|队|镇|乡|县|市|区|省|站|会|委|办|部|中心|协会|公会|学会)$/;

/** Words of tenure before a post ("卸任院长", "新任局长", "时任…"). */
const TENURE = /(?:卸任|新任|前任|现任|首任|时任|继任|离任|候任)$/;

export interface TitleChain {
  /** Where the printed title starts (offset in the block text). */
  titleStart: number;
  /** The body the posts belong to, as offsets in the block text, or null. */
  body: { start: number; end: number } | null;
  /** True when the chain names the park's (or place's) administration, so the post belongs to the park. */
  generic: boolean;
}

/** True when the text holds a verb, an adverb, a preposition, a conjunction or a pronoun: words of a clause, no place's name. */
function clauseWords(s: string): boolean {
  return tokenize(s, 0, s.length).some((t) => /^(?:v|d|p|c|r)/.test(t.tag));
}

function isBody(s: string): boolean {
  if (s.length < 2 || s.length > 20 || !/^\p{Script=Han}+$/u.test(s)) return false;
  if (BODY_END.test(s) || ORG_ENDINGS.find(s)) return true;
  return placesIn(s).some((p) => p.at + p.form.length === s.length && p.at === 0);
}

/**
 * The chain of posts ending with the title word at [ts, te) of `text`: back across "、" while each earlier
 * segment ends with a post, then the body before the first post (kept out of the title) or the generic
 * administration (kept in it).
 */
export function readTitleChain(text: string, ts: number, word: string): TitleChain {
  let first = ts;
  while (first > 0 && !BREAK.test(text[first - 1]!)) first--;
  let firstTitle = ts;
  let firstWord = word;
  while (first > 1 && text[first - 1] === '、') {
    let p = first - 1;
    while (p > 0 && !BREAK.test(text[p - 1]!)) p--;
    const m = text.slice(p, first - 1).match(TITLE_END);
    if (!m) break;
    first = p;
    firstTitle = p + m.index!;
    firstWord = m[0];
  }
  const leadIn = text.slice(first, firstTitle).match(LEAD_IN);
  if (leadIn) first += leadIn[0].length;
  // "仪式由区党委委员…主持": the body starts after the last preposition inside the clause
  for (let k = firstTitle - 1; k >= first; k--) {
    if (!PREPOSITIONS.has(text[k]!)) continue;
    first = k + 1;
    break;
  }
  const lead = text.slice(first, firstTitle);
  const mods = lead.match(MODIFIERS)?.[0] ?? '';
  const bodyText = lead.slice(0, lead.length - mods.length);
  const titleStart = firstTitle - mods.length;
  // "某院卸任院长", "交接给新任院长": a word of tenure belongs to the post, and the body (if any) stands before it
  const tenure = TENURE.exec(bodyText);
  if (tenure) {
    const body = bodyText.slice(0, tenure.index);
    return { titleStart: titleStart - tenure[0].length, body: isBody(body) ? { start: first, end: first + body.length } : null, generic: false };
  }
  // "某某局长": the body ends with the post's first character.
  if (SHARED_HEAD.test(firstWord) && lead.length >= 2 && !bodyText.endsWith(firstWord[0]!) && isBody(lead + firstWord[0])) {
    return { titleStart, body: { start: first, end: firstTitle + 1 }, generic: false };
  }
  const generic = bodyText.match(GENERIC_BODY);
  // ("区党委书记" in a park's news: the zone's Party committee, as 党工委 is)
  if (generic || (bodyText.length <= 1 && /党工委|管委会|工委/.test(firstWord)) || bodyText === '区委' || (bodyText === '区' && /^(?:党委|纪委|纪工委)/.test(firstWord))) {
    // The administration is part of the post as printed; a place or park named before it is what it belongs to.
    const adminAt = generic ? first + generic.index! : PLACE_COMMITTEE.test(bodyText) ? firstTitle - mods.length - 2 : first;
    const before = text.slice(first, adminAt);
    if (!before) return { titleStart: Math.min(adminAt, titleStart), body: null, generic: true };
    return { titleStart: Math.min(adminAt, titleStart), body: isBody(before) ? { start: first, end: adminAt } : null, generic: !isBody(before) };
  }
  // ("也是贯彻落实省委书记…": words before the committee that name no place are the clause's, and the committee is unnamed)
  if (PLACE_COMMITTEE.test(bodyText) && bodyText.length > 2 && clauseWords(bodyText.slice(0, -2))) return { titleStart: titleStart - 2, body: null, generic: false };
  if (PLACE_COMMITTEE.test(bodyText) && bodyText.length > 2 && isBody(bodyText)) {
    // "某某市委副书记": the committee is the body, and "市委" is printed as part of the post.
    return { titleStart: titleStart - 2, body: { start: first, end: first + bodyText.length }, generic: false };
  }
  // "市委书记" with no place named: the committee is printed in the post, but whose it is stays unknown.
  if (PLACE_COMMITTEE.test(bodyText) && bodyText.length === 2) return { titleStart: titleStart - 2, body: null, generic: false };
  if (isBody(bodyText)) return { titleStart, body: { start: first, end: first + bodyText.length }, generic: false };
  return { titleStart: bodyText ? ts : titleStart, body: null, generic: false };
}
