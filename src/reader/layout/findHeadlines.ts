// Headline blocks: runs of headline-like lines. A run is an article's headline, or an in-article
// subhead; inside a headline the parts are told apart: a column label ("园镜头"-style: a very short
// label above an item's own headline), a kicker (a series label with a circled number, "…③"), the
// title and the subtitle. A headline broken across two printed lines ("…服务全" + "覆盖") is joined.
import { withText } from '../../text/offsets.js';
import type { Line } from '../../types.js';
import type { Unit } from './classifyLines.js';
import { displayWidth } from './measureLine.js';
import { joinWrapped } from '../reflowLines.js';

// Series marks: circled or parenthesised numbers, or an explicit series word at the end.
const KICKER = /[\u2460-\u2473\u2776-\u277f\u2780-\u2793\u3251-\u325f]|（[一二三四五六七八九十]+）$|系列报道|之[一二三四五六七八九十]+$/u;
const LABEL = /^[\u4e00-\u9fff]{2,5}$/u;
/** A part's number opening the first line of a headline run ("（一）某某…"). */
const PART_NUMBER = /^[（(][一二三四五六七八九十]{1,3}[）)]/u;

export function isKicker(text: string): boolean {
  return KICKER.test(text.trim());
}

/** Joins a headline line's short printed tail ("覆盖", "业集群") back onto it. */
export function joinHeadlineFragments(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (
      prev && unit.kind === 'heading' && prev.kind === 'heading' && !unit.level && !prev.level && !prev.hardBreak &&
      // (a line opening with 的 continues the one above it, whatever its width: "支持某某企业发展" + "的政策措施")
      ((displayWidth(unit.line.text) <= 5 && displayWidth(prev.line.text) >= 2 * displayWidth(unit.line.text)) || /^\s*的/u.test(unit.line.text)) &&
      !/[：:]$/u.test(prev.line.text) && !isKicker(prev.line.text)
    ) {
      prev.line = joinWrapped([prev.line, unit.line]);
      continue;
    }
    out.push(unit);
  }
  return out;
}

/** True when the run's first line labels a column of short items rather than starting its own headline. */
export function startsWithColumnLabel(run: Unit[]): boolean {
  if (run.length < 2) return false;
  const [first, second] = run as [Unit, Unit];
  if (!LABEL.test(first.line.text.trim()) || isKicker(first.line.text)) return false;
  if (run.length >= 3) return true;
  // "科技新聞" over "「某某管理局」正式揭牌": a section's short label over a headline three times as wide
  if (!first.level && !second.level && displayWidth(second.line.text) >= 3 * displayWidth(first.line.text) && displayWidth(second.line.text) >= 12) return true;
  return first.level > 0 && (second.level === 0 || second.level > first.level);
}

// A label of up to 16 characters, a vertical bar, then the headline.
const LABEL_BAR = /^([^丨｜|]{2,16}?)\s*[丨｜|]\s*(?=\S{4})/u;
// A reposted story's "原标题：" (its original headline) before the headline: the label is a kicker.
const ORIGINAL_TITLE = /^(原标题|原標題)\s*[:：]\s*(?=\S{4})/u;

function sliceLine(line: Line, from: number, to: number): Line {
  return withText(line, line.text.slice(from, to), line.map.subarray(from, to));
}

export interface HeadlineParts {
  column: Line | null;
  kicker: Line | null;
  title: Line | null;
  subtitle: Line | null;
}

/** A list bullet opening a line, with the spaces around it. */
const LIST_BULLET = /^\s*[•●◆■▪]\s*/u;

export function splitHeadline(run: Unit[]): HeadlineParts {
  let rest = run;
  let column: Line | null = null;
  if (startsWithColumnLabel(run)) {
    column = run[0]!.line;
    rest = run.slice(1);
  }
  // "（一）某某高新区" above the title: the part of a compiled document the article is, a kicker too
  const kickerUnit = rest.find((u) => isKicker(u.line.text)) ?? (rest.length >= 2 && PART_NUMBER.test(rest[0]!.line.text.trim()) ? rest[0] : undefined);
  const lines = rest.filter((u) => u !== kickerUnit).map((u) => u.line);
  let kicker = kickerUnit?.line ?? null;
  // "系列名丨标题", "专题｜标题": a series or topic label before a vertical bar is the kicker
  const labelled = !kicker && lines[0] ? (LABEL_BAR.exec(lines[0].text) ?? ORIGINAL_TITLE.exec(lines[0].text)) : null;
  if (labelled) {
    const line = lines[0]!;
    const titleAt = labelled[0].length;
    kicker = sliceLine(line, 0, labelled[1]!.length);
    lines[0] = sliceLine(line, titleAt, line.text.length);
  }
  // "• 某某项目开工": a web page's list bullet before its headline is no part of the title
  const bullet = lines[0] ? LIST_BULLET.exec(lines[0].text) : null;
  if (bullet && bullet[0].length < lines[0]!.text.length) lines[0] = sliceLine(lines[0]!, bullet[0].length, lines[0]!.text.length);
  return {
    column,
    kicker,
    title: lines[0] ?? null,
    subtitle: lines.length > 1 ? joinWrapped(lines.slice(1)) : null,
  };
}
