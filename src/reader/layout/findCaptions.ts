// Photo captions: "图为……" (or a caption label: "图说：", "图注：") lines and lines that end in a photo
// credit ("…… 某某摄", "……受访者供图"), a credit printed on a line of its own, and the photographer's
// name the credit gives. Traditional forms (圖為, 圖說, 某某攝, 供圖) read alike.
import { codeUnits } from '../repairs/chars.js';
import { withoutRoleWords } from './findBylines.js';

const STARTS = /^(?:[图圖](?:为|為|：|:|[说說注註片][：:]|片说明[：:]?|片說明[：:]?)|[上下左右题題][图圖])/u;
// The characters STARTS can open with: asked first, since most lines open otherwise.
const STARTS_FIRST = codeUnits('图圖上下左右题題');
// A credit at the end: a name (or names) after a separator, then 摄; or anyone's 供图.
const SHOT_BY = /(?:^|[\s。．.，,；;）)])\s*((?:[\u4e00-\u9fff·]{2,4}\s*){1,3})[摄攝]\s*$/u;
const SUPPLIED = /(?:供[图圖]|提供[图圖]片|[资資]料[图圖]片|供照|[图圖]片均?由[^。，,；;]{2,24}提供)\s*$/u;
// (a photographer's two-character name may be padded to three, "王 辰摄", and an agency may follow: "（人民视觉）")
const CREDIT_ONLY = /^\s*(?:[\u4e00-\u9fff（）()]{2,14}供图|(?:(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]\s[\u4e00-\u9fff])\s*){1,3}摄(?:\s*[（(][\u4e00-\u9fff]{2,8}[）)])?|资料图片)\s*$/u;

// Where someone stands in the photo ("（左一）", "(前排左5)", "（右二）"): only captions say so.
const POSITION = /[（(](?:前排|后排|後排|中排|前|后|後)?[左右中][一二三四五六七八九十\d]{1,2}[）)]/u;

const POSITIONS = new RegExp(POSITION.source, 'gu');
// A picture credit in brackets closing a caption ("……揭幕。(圖/某某管理局提供)", "（图/某某摄）").
const CLOSING_CREDIT = /[。！!]\s*[（(][图圖]\s*[\/／:：]\s*[^（()）]{1,24}(?:提供|摄|攝)[）)]$/u;
// ...or a photographer credit in brackets closing it ("……产城融合发展（某报融媒记者 某某 摄）").
const CLOSING_SHOT = /[（(][^（()）。]{0,16}?(?:记者|記者|摄影|攝影|通讯员|通訊員)\s*(?:[\u4e00-\u9fff·]{2,4}\s*){1,3}[摄攝]\s*[）)]$/u;
const BRACKETED_CREDIT = /^[（(][^（()）]{4,180}(?:[图圖]\s*[\/／:：]\s*[^（()）]{1,20}(?:提供|摄|攝)|[图圖]片来源[：:][^（()）]{1,20})[）)]$/u;

const SCENE_LABEL = /^(?:[\u4e00-\u9fff·]{2,4}(?:致辞|致辭|讲话|講話|发言|發言|作报告|作報告)|[\u4e00-\u9fff]{0,8}(?:仪式|儀式|合影|留影|一角|全景|鸟瞰图|鳥瞰圖|效果图|效果圖|俯瞰图|俯瞰圖))$/u;

/** True when the text reads as a photo caption. */
export function isCaptionText(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  if (STARTS_FIRST.has(t.charCodeAt(0)) && STARTS.test(t)) return true;
  // a line naming people by their place in the picture: one position without a sentence mark at the end, or several
  if (t.length <= 160 && (t.includes('左') || t.includes('右')) && POSITION.test(t) && (!/[。！？!?]$/u.test(t) || (t.match(POSITIONS)?.length ?? 0) >= 2)) return true;
  // a picture's caption in brackets with its credit ("（……。图/某某提供）")
  if (t.length <= 200 && (t[0] === '（' || t[0] === '(') && BRACKETED_CREDIT.test(t)) return true;
  // ...or closing with one after its last sentence
  if ((t.endsWith('）') || t.endsWith(')')) && (CLOSING_CREDIT.test(t) || CLOSING_SHOT.test(t))) return true;
  if (t.length > 160) return false;
  // a picture's label naming the scene: a short unpunctuated line ending in 现场 ("签约仪式现场", "揭牌现场");
  // with a full stop it is as often a sentence of the story ("……来到项目现场。")
  if (t.length <= 30 && (t.endsWith('现场') || t.endsWith('現場')) && !/[。，,；;：:！？!?“”"—]/u.test(t)) return true;
  // ...or a speaker at the event ("某某某致辞"), or a short label of the scene or view ("开工奠基仪式", "园区一角",
  // "项目效果图")
  if (t.length <= 10 && SCENE_LABEL.test(t)) return true;
  const last = t[t.length - 1];
  // cheap test first: a credit ends in 摄 or 图 (or 片/照 of the longer forms)
  if (!isCreditEnd(last)) return false;
  return SHOT_BY.test(t) || SUPPLIED.test(t);
}

/** The last character of a photo credit: 摄, 图, 片 or 照 (traditional 攝, 圖), or 供 of "图片由某某提供". */
function isCreditEnd(last: string | undefined): boolean {
  return last === '摄' || last === '图' || last === '片' || last === '照' || last === '攝' || last === '圖' || last === '供';
}

/** True when the text ends with a photo credit ("……某某摄", "……供图"). */
export function endsWithCredit(text: string): boolean {
  const t = text.trim();
  if (!isCreditEnd(t[t.length - 1])) return false;
  return SHOT_BY.test(t) || SUPPLIED.test(t);
}

/** True when the line is a bare credit ("受访者供图", "某某摄") that belongs to the caption above it. */
export function isCreditOnly(text: string): boolean {
  if (text.length > 40) return false;
  const t = text.trimEnd();
  const last = t[t.length - 1];
  if (last !== '图' && last !== '摄' && last !== '片' && last !== ')' && last !== '）') return false;
  return CREDIT_ONLY.test(t);
}

/** Photographers named by a caption's "……某某摄" credit. */
export function photographersOf(caption: string): string[] {
  const m = SHOT_BY.exec(caption.trim());
  if (!m) return [];
  // role words are not names ("本报记者 某某 摄", "记者某某摄")
  return m[1]!.trim().split(/\s+/u).map(withoutRoleWords).filter((n) => n.length >= 2);
}
