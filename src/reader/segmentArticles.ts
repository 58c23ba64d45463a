// Splits a page into articles. Lines are classified (body, headline-like, byline, caption), pull
// quotes are found by their duplicate in the body, and headline runs are read either as the start of
// an article (headline above its body, the usual case) or as its end (pages whose extracted text puts
// each headline after the body it belongs to: the page opens with body text and closes with a
// headline). Broken and interleaved paragraphs are reassembled, captions and orphan bylines go to the
// article they belong to, and every article becomes a draft for assemble.ts.
import { defineStage } from '../stage.js';
import { newLineMap, withText } from '../text/offsets.js';
import type { Diagnostic, Line, SourceDoc } from '../types.js';
import { assembleArticles, emptyByline, type ArticleDraft } from './assemble.js';
import { classifyLines, isShortCaptionSentence, type Unit } from './layout/classifyLines.js';
import { PageTopics, profilesAmong, TopicAccumulator, TopicModel, union, type Topic } from './layout/compareTopics.js';
import { isEmptyByline, mergeBylines, parseByline, parseDateline } from './layout/findBylines.js';
import { photographersOf } from './layout/findCaptions.js';
import { joinHeadlineFragments, splitHeadline, startsWithColumnLabel } from './layout/findHeadlines.js';
import { findPullQuotes } from './layout/findPullQuotes.js';
import { reassembleInterleaved } from './layout/reassembleInterleaved.js';
import { newStory, type Piece, type Story } from './layout/stories.js';
import { displayWidth, endsSentence } from './layout/measureLine.js';

/**
 * Below this topic overlap the text after a one-line headline is a new story, not the same one
 * (headline-after-body pages). Tuned: subheads on the seed pages score 0.065–0.2, a closing headline 0.058.
 */
const SAME_STORY = 0.05;
// A news lead: the full date, then within a few characters who learnt it ("6月3日笔者获悉", "4月9日，记者从…了解到").
const NEWS_LEAD = /^\d{1,2}\s*月\s*\d{1,2}\s*日[^。，]{0,3}[，,]?[^。]{0,16}?(?:获悉|了解到|看到|记者|笔者)/u;
const NAME = /^[\u4e00-\u9fff·]{2,4}$/u;
// How a news brief's first paragraph opens: today or yesterday ("今天下午，", "昨日，"), or the reporter
// learning something ("记者近日从某某获悉"). A one-line heading above such a paragraph heads a new story.
// (A full date or 近日 does not decide it: subheads inside a feature are often followed by one.)
// What the reporter learnt may refer back to what the article already told ("记者了解到，此次启动的…"): then the
// heading above is a subhead of that article, not a new story's headline.
const STORY_LEAD = /^(?:(?:今天|昨天|今日|昨日)(?:[上下]午|晚间?|早间?)?[，,]|(?:记者|笔者)[^。，,]{0,20}(?:获悉|了解到)(?![，,：:]?\s*(?:此次|这次|本次|上述|这些|这一|其中)))/u;
// A paragraph that refers back to the event its story told ("当天，…", "…是本次活动的核心环节"): the heading above it,
// even one printed over two lines, is a subhead of that story. Source: the anaphoric time and event words of Chinese
// news reporting, looked for in the paragraph's first sentence.
const REFERS_BACK = /^[^。！？!?]{0,40}?(?:当天|当日|当晚|同日|此次|本次|这次|上述|与此同时|会上|活动现场|签约现场)/u;
/** How many articles either side of where a caption is printed may claim it. */
const CAPTION_REACH = 8;

interface Page {
  stories: Story[];
  messages: Diagnostic[];
}

export function segmentPage(lines: Line[], raw: string): Page {
  const messages: Diagnostic[] = [];
  const units = joinHeadlineFragments(classifyLines(lines, raw));

  // pull quotes leave the reading flow; a short name (and role) printed under a quote goes with it
  // A page's opening line that its lead repeats ("某某区举行……仪式" above "5月19日，某某区举行……仪式，…") is the
  // headline a web page prints above a lead that restates it, not a quote box: nothing of the story precedes it.
  const opening = units.findIndex((u) => u.kind === 'body' || u.kind === 'heading');
  const quotes = findPullQuotes(units).filter(
    (q) => !(q.quote === opening && q.twin > q.quote && !endsSentence(units[q.quote]!.line.text) && !units.slice(q.quote + 1, q.twin).some((u) => u.kind === 'body')),
  );
  const quoteOf = new Map<Unit, { unit: Unit; attribution: Line[]; twin: Unit }>();
  for (const q of quotes) {
    const unit = units[q.quote]!;
    unit.kind = 'pullquote';
    const entry = { unit, attribution: [] as Line[], twin: units[q.twin]! };
    quoteOf.set(unit, entry);
    const first = units[q.quote + 1];
    if (first && first.kind === 'heading' && !first.level && NAME.test(first.line.text.trim())) {
      entry.attribution.push(first.line);
      first.kind = 'pullquote';
      const second = units[q.quote + 2];
      if (second && (second.kind === 'heading' || second.kind === 'body') && !second.level && !endsSentence(second.line.text) && displayWidth(second.line.text) <= 24) {
        entry.attribution.push(second.line);
        second.kind = 'pullquote';
      }
    }
  }

  // pull quotes stay in the list (skipped when reading) so that page positions stay comparable
  const official = officialTitleEnd(units);
  const headlinesAfter = official < 0 && printsHeadlinesAfterBody(units);
  if (headlinesAfter)
    messages.push({
      severity: 'info',
      ruleId: 'headline-after-body',
      source: 'segmentArticles',
      reason: 'the page opens with body text and ends with a headline: each headline is read as closing the text before it',
    });
  for (const entry of quoteOf.values())
    messages.push({
      severity: 'info',
      ruleId: 'pull-quote',
      source: 'segmentArticles',
      place: rawExtent(entry.unit.line),
      reason: 'passage printed a second time as a quotation box: kept as a pull quote, not in the body',
    });
  // the passes below compare the same paragraphs by topic: a paragraph's profile is computed once for the page
  const topics = new PageTopics();
  const { stories, captionHome, orphanBylines } =
    official >= 0 ? readOfficialDocument(units, official) : headlinesAfter ? readHeadlineAfter(units, topics) : readHeadlineFirst(units);
  if (official >= 0)
    messages.push({
      severity: 'info',
      ruleId: 'official-document',
      source: 'segmentArticles',
      reason: 'the page is an official document ("关于……的通知"): one article, its signature, date and attachment read as its text',
    });

  const repaired = reassembleInterleaved(
    stories,
    (a, b) => {
      for (let k = a + 1; k < b; k++) if (units[k]!.kind !== 'caption') return false;
      return true;
    },
    topics,
  );
  if (repaired.fetched)
    messages.push({
      severity: 'info',
      ruleId: 'interleaved-columns',
      source: 'segmentArticles',
      reason: `${repaired.fetched} paragraph fragment(s) were continued from elsewhere on the page (wrong column order)`,
    });

  placeCaptions(stories, captionHome, topics);
  placeBylines(stories, orphanBylines);
  if (quoteOf.size) {
    const storyOf = new Map<Unit, Story>();
    for (const story of stories) for (const piece of story.pieces) for (const u of piece.units) storyOf.set(u, story);
    for (const entry of quoteOf.values()) (storyOf.get(entry.twin) ?? stories[0])?.quotes.push({ unit: entry.unit, attribution: entry.attribution });
  }
  const split = stories.flatMap((story) => splitBriefs(story, messages));
  return { stories: split.filter((s) => s.pieces.length || s.headline.length), messages };
}

// Marks that open the items of a column of news briefs ("◎1月2日，……", "●……").
const BRIEF_MARK = /^[◎●○■□◆◇▲△▶►•★☆]\s*\S/u;

/**
 * A story without a headline whose paragraphs each open with the same item mark is a column of briefs:
 * every marked paragraph is an article of its own (untitled), with the unmarked text after it; the
 * story's bylines and captions go to its last item.
 */
function splitBriefs(story: Story, messages: Diagnostic[]): Story[] {
  const issue = story.headline.length === 1 ? ISSUE_HEADER.exec(story.headline[0]!.line.text.trim()) : null;
  if (issue) return splitIssue(story, issue[1] ?? issue[2], messages);
  if (story.headline.length) return [story];
  const body = story.pieces.filter((p) => p.kind === 'body');
  const marked = body.filter((p) => BRIEF_MARK.test(p.line.text));
  if (marked.length < 2 || !BRIEF_MARK.test(body[0]?.line.text ?? '') || new Set(marked.map((p) => p.line.text[0])).size !== 1) return [story];
  const items: Story[] = [];
  for (const piece of story.pieces) {
    if (piece.kind === 'body' && BRIEF_MARK.test(piece.line.text)) items.push({ ...newStory([], story.column), hasBody: true });
    items[items.length - 1]!.pieces.push({ ...piece, anchored: items[items.length - 1]!.pieces.length === 0 });
  }
  return briefItems(story, items, `${items.length} items each opening with "${marked[0]!.line.text[0]}" and no headline: read as separate untitled articles`, messages);
}

/** Items split from one story: its bylines, captions and quotes go to the last item; the split is reported. */
function briefItems(story: Story, items: Story[], reason: string, messages: Diagnostic[]): Story[] {
  const last = items[items.length - 1]!;
  last.bylines.push(...story.bylines);
  last.captions.push(...story.captions);
  last.quotes.push(...story.quotes);
  messages.push({ severity: 'info', ruleId: 'news-briefs', source: 'segmentArticles', reason });
  return items;
}

// A bulletin's issue header: its date or number and the programme's name ("2025年4月6日《今日某区》",
// "《园区快讯》第12期"). A date or number is required: 《…》 alone titles a document.
const ISSUE_HEADER = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|第\s*[\d一二三四五六七八九十]+\s*期)\s*《([^》]{2,16})》$|^《([^》]{2,16})》\s*第\s*[\d一二三四五六七八九十]+\s*期$/u;

/**
 * Under a bulletin's issue header every paragraph is an item of its own (a radio bulletin reads one story a
 * paragraph, with no headlines): each becomes an untitled article in the programme's column.
 */
function splitIssue(story: Story, name: string | undefined, messages: Diagnostic[]): Story[] {
  const body = story.pieces.filter((p) => p.kind === 'body');
  if (!name || body.length < 2 || body.length !== story.pieces.length) return [story];
  const items = body.map((piece): Story => ({ ...newStory([], name), hasBody: true, pieces: [{ ...piece, anchored: true }] }));
  items[0]!.columnLine = story.headline[0]!.line;
  return briefItems(story, items, `${items.length} paragraphs under the issue header of 《${name}》: read as separate untitled items of that column`, messages);
}

/** The page opens with body text and its last headline run comes after the last body paragraph. */
export function printsHeadlinesAfterBody(units: Unit[]): boolean {
  const content = units.filter((u) => u.kind === 'body' || u.kind === 'heading');
  // (pull quotes are neither, so a quote box at the top of the page does not decide the layout)
  if (content.length < 3 || content[0]!.kind !== 'body' || content.some((u) => u.level)) return false;
  // (a numbered item closing a text cut short, "1、研擬計畫申請文件…", is no headline printed after its story)
  const last = content[content.length - 1]!;
  if (last.kind !== 'heading' || SECTION_NUMBER.test(last.line.text.trim())) return false;
  // (nor is a list printed in short lines under its title, "名单 / 一、… / 某某开发区 …", a headline closing a story)
  let first = content.length - 1;
  while (first > 0 && content[first - 1]!.kind === 'heading') first--;
  return headlineLength(content.slice(first)) === content.length - first;
}

interface Reading {
  stories: Story[];
  /** For each caption, the story it was printed in (or after). */
  captionHome: Map<Unit, Story>;
  orphanBylines: { unit: Unit; after: Story | null }[];
}

function headingRun(units: Unit[], i: number): Unit[] {
  const run: Unit[] = [];
  while (i < units.length && units[i]!.kind === 'heading') run.push(units[i++]!);
  return run;
}

function addBody(story: Story, unit: Unit, order: number): void {
  const anchored = !story.hasBody;
  story.hasBody = true;
  story.pieces.push({ line: unit.line, kind: 'body', order, units: [unit], anchored });
}

function addSubheads(story: Story, run: Unit[], order: number): void {
  run.forEach((unit, k) => story.pieces.push({ line: unit.line, kind: 'subhead', order: order + k, units: [unit], anchored: false }));
}

/** Index of the first unit from `i` on that is not a caption or pull quote (units.length when none is). */
function nextContentAt(units: Unit[], i: number): number {
  while (i < units.length && (units[i]!.kind === 'caption' || units[i]!.kind === 'pullquote')) i++;
  return i;
}

// A section number opening a subhead: "一、", "（二）", "3.", "第四章" or a regulation's "第三条".
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百]{1,4}[章节条部分])/u;

/** Usual layout: a headline run opens its article, subheads are single runs inside it. */
function readHeadlineFirst(units: Unit[]): Reading {
  const stories: Story[] = [];
  const captionHome = new Map<Unit, Story>();
  const orphanBylines: Reading['orphanBylines'] = [];
  let current: Story | null = null;
  let column: { label: string; level: number } | null = null;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'pullquote') continue;
    if (unit.kind === 'caption') {
      // a caption before any article waits for the article that follows it
      captionHome.set(unit, (current ??= open(stories, [], null)));
      continue;
    }
    if (unit.kind === 'byline') {
      if (current && !current.pieces.length) current.bylines.push(unit);
      else orphanBylines.push({ unit, after: current });
      continue;
    }
    if (unit.kind === 'body') {
      current ??= open(stories, [], column?.label ?? null);
      addBody(current, unit, i);
      continue;
    }
    const run = headingRun(units, i);
    const afterAt = nextContentAt(units, i + run.length);
    const after = units[afterAt];
    // A photo's one-line caption may stand between a headline and its story's lead ("某某厂房。" then "记者近日…获悉").
    const afterCaption = after?.kind === 'body' && isShortCaptionSentence(after.line.text) ? units[nextContentAt(units, afterAt + 1)] : undefined;
    // "二、……", "（三）……": a numbered section of the article being read, never a new article; on a page that
    // opens with one ("一.贡献奖励:", a text cut from a longer one) the untitled article it opens
    const numbered = !run[0]!.level && SECTION_NUMBER.test(run[0]!.line.text.trim());
    if (numbered && !current) current = open(stories, [], column?.label ?? null);
    const section = !!current && numbered;
    const opens =
      !section &&
      (!current || (run.length >= 2 && !(current.pieces.length && after?.kind === 'body' && REFERS_BACK.test(after.line.text))) || run.some((u) => u.level === 1) || after?.kind === 'byline' ||
        (after?.kind === 'body' && (!!parseDateline(after.line.text) || STORY_LEAD.test(after.line.text))) || after?.kind === 'heading' ||
        (afterCaption?.kind === 'body' && STORY_LEAD.test(afterCaption.line.text)) ||
        // a source or byline line closing the story before it ("◎ 某某融媒体中心"): what follows is a new story
        (!!current?.pieces.length && units[i - 1]?.kind === 'byline' && after?.kind === 'body'));
    if (opens) {
      if (column && run.some((u) => u.level > 0 && u.level <= column!.level) && !startsWithColumnLabel(run)) column = null;
      if (startsWithColumnLabel(run)) column = { label: run[0]!.line.text.trim(), level: run[0]!.level || 99 };
      const headlineEnd = headlineLength(run);
      const headline = run.slice(0, headlineEnd);
      // The story a caption printed above the first headline waits in is the one this headline opens.
      if (current && !current.headline.length && !current.pieces.length && !current.bylines.length && stories.length === 1) {
        current.headline = headline;
        current.column = column?.label ?? null;
      } else current = open(stories, headline, column?.label ?? null);
      if (headlineEnd < run.length) addSubheads(current, run.slice(headlineEnd), i + headlineEnd);
    } else addSubheads(current!, run, i);
    i += run.length - 1;
  }
  return { stories, captionHome, orphanBylines };
}

/**
 * How many lines of a run of headings opening a story are its headline: a numbered line after the first ("一、代表性
 * 开发区", a list's section) starts the story's body, and a headline is at most a column label, a kicker, a title and a
 * subtitle, so of a longer run of short lines (a list printed under its title) only the title is.
 */
function headlineLength(run: Unit[]): number {
  const numbered = run.findIndex((u, k) => k > 0 && SECTION_NUMBER.test(u.line.text.trim()));
  if (numbered > 0) return numbered;
  return run.length > 4 ? 1 : run.length;
}

function open(stories: Story[], headline: Unit[], column: string | null): Story {
  const story = newStory(headline, column);
  stories.push(story);
  return story;
}

// An official document's title in the standard form (GB/T 9704): issuer, 关于, subject, and the kind of document.
const OFFICIAL_TITLE = /^[^。，,；;！？!?]{2,60}?关于[^。；;！？!?]{2,100}的(?:通知|通告|公告|决定|意见|批复|函|通报|报告|请示|实施方案|实施细则)$/u;

/**
 * When the page is one official document (its first line of text is such a title), the end of its
 * title run (exclusive); else -1. A title printed over two lines is one heading run.
 */
function officialTitleEnd(units: Unit[]): number {
  const first = units.findIndex((u) => u.kind === 'body' || u.kind === 'heading');
  if (first < 0) return -1;
  let end = first + 1;
  let title = units[first]!.line.text.trim();
  if (units[first]!.kind === 'heading') while (end < units.length && units[end]!.kind === 'heading' && !OFFICIAL_TITLE.test(title)) title += units[end++]!.line.text.trim();
  return OFFICIAL_TITLE.test(title) ? end : -1;
}

/** An official document: its title run opens the one article; every later headline-like line (signature, date, attachment title, section) is its subhead. */
function readOfficialDocument(units: Unit[], titleEnd: number): Reading {
  const stories: Story[] = [];
  const captionHome = new Map<Unit, Story>();
  const orphanBylines: Reading['orphanBylines'] = [];
  const titleRun = units.slice(0, titleEnd).filter((u) => u.kind === 'body' || u.kind === 'heading');
  for (const u of titleRun) u.kind = 'heading';
  const story = open(stories, titleRun, null);
  for (let i = titleEnd; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'pullquote') continue;
    if (unit.kind === 'caption') captionHome.set(unit, story);
    else if (unit.kind === 'byline') story.bylines.push(unit);
    else if (unit.kind === 'body') addBody(story, unit, i);
    else addSubheads(story, [unit], i);
  }
  return { stories, captionHome, orphanBylines };
}

/** Headline-after-body layout: body paragraphs accumulate until the headline run that closes them. */
function readHeadlineAfter(units: Unit[], topics: PageTopics): Reading {
  const stories: Story[] = [];
  const captionHome = new Map<Unit, Story>();
  const orphanBylines: Reading['orphanBylines'] = [];
  let current = newStory();
  let closed: Story | null = null;
  // Topic weights over the page's body text, built the first time a subhead has to be told from a
  // headline by topic; the story being read is accumulated from then on as it grows (`reading`),
  // in one accumulator emptied for each story.
  const topic: { page: TopicModel | null; soFar: TopicAccumulator | null; reading: boolean } = { page: null, soFar: null, reading: false };
  const profiles = new Map<Unit, Topic>();
  const topicSoFar = (story: Story): TopicAccumulator => {
    if (!topic.page) {
      for (const u of units) if (u.kind === 'body') profiles.set(u, topics.of(u.line.text));
      topic.page = new TopicModel([...profiles.values()]);
      topic.soFar = new TopicAccumulator(topic.page);
    }
    const soFar = topic.soFar!;
    if (!topic.reading) {
      soFar.clear();
      for (const piece of story.pieces) for (const u of piece.units) if (profiles.has(u)) soFar.add(profiles.get(u)!);
      topic.reading = true;
    }
    return soFar;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'pullquote') continue;
    if (unit.kind === 'caption') {
      captionHome.set(unit, current.pieces.length || !closed ? current : closed);
      continue;
    }
    if (unit.kind === 'byline') {
      orphanBylines.push({ unit, after: current.pieces.length || !closed ? null : closed });
      continue;
    }
    if (unit.kind === 'body') {
      addBody(current, unit, i);
      if (topic.reading) topic.soFar!.add(profiles.get(unit)!);
      continue;
    }
    const run = headingRun(units, i);
    const following: Unit[] = [];
    for (let k = i + run.length; k < units.length && following.length < 3; k++) if (units[k]!.kind === 'body') following.push(units[k]!);
    // (pull quotes are not body, so they never count as what follows)
    let closes = run.length >= 2 || !following.length || !current.pieces.length;
    if (!closes) {
      const first = following[0]!;
      if (parseDateline(first.line.text) || NEWS_LEAD.test(first.line.text)) closes = true;
      else {
        // a subhead is followed by more of the same story; a closing headline by a different one
        closes = topicSoFar(current).similarity(topics.ofAll(following.map((u) => u.line.text))) < SAME_STORY;
      }
    }
    if (closes) {
      current.headline = run;
      stories.push(current);
      closed = current;
      current = newStory();
      topic.reading = false;
    } else addSubheads(current, run, i);
    i += run.length - 1;
  }
  if (current.pieces.length) stories.push(current);
  return { stories, captionHome, orphanBylines };
}

/**
 * Each caption goes to the article that contains most of its rarer bigrams (a bigram printed in every
 * article counts little), else to the one it was printed in. One pass over the text per caption.
 */
function placeCaptions(stories: Story[], home: Map<Unit, Story>, pageTopics: PageTopics): void {
  if (!home.size) return;
  const captionTopics = new Map([...home.keys()].map((caption) => [caption, pageTopics.of(caption.line.text)]));
  // Only the captions' bigrams are looked up in the articles, so only those are profiled there: the
  // weights and containments below are the same as over the articles' whole profiles.
  const captionSlots = union([...captionTopics.values()]);
  const topics = profilesAmong(
    stories.map((s) => [...s.headline.map((u) => u.line.text), ...s.pieces.map((p) => p.line.text)]),
    captionSlots,
    pageTopics,
  );
  const model = new TopicModel(topics);
  const indexOf = new Map(stories.map((s, k) => [s, k]));
  for (const [caption, printedIn] of home) {
    const topic = captionTopics.get(caption)!;
    let best = printedIn;
    let bestScore = 0.2;
    // a caption is printed near its article: looking a few articles either way keeps long pages linear
    const at = indexOf.get(printedIn) ?? 0;
    for (let s = Math.max(0, at - CAPTION_REACH); s <= Math.min(stories.length - 1, at + CAPTION_REACH); s++) {
      const score = model.containment(topic, topics[s]!);
      if (score > bestScore) (best = stories[s]!), (bestScore = score);
    }
    best.captions.push(caption);
  }
}

/** Bylines printed away from a headline: a plain author's name goes to the article written in the first person ("笔者"), else to the article before it. */
function placeBylines(stories: Story[], orphans: Reading['orphanBylines']): void {
  if (!orphans.length) return;
  const unsigned = stories.filter((s) => !s.bylines.length && !s.pieces.some((p) => p.kind === 'body' && parseDateline(p.line.text)));
  const firstPerson = unsigned.filter((s) => s.pieces.some((p) => p.line.text.includes('笔者')));
  for (const { unit, after } of orphans) {
    const byline = parseByline([unit.line.text]);
    const home =
      byline.authors.length && firstPerson.length === 1 ? firstPerson[0]! : (after ?? unsigned[unsigned.length - 1] ?? stories[stories.length - 1]);
    home?.bylines.push(unit);
  }
}

export function toDrafts(stories: Story[]): ArticleDraft[] {
  return stories.map((story) => {
    const parts = splitHeadline(story.headline);
    let byline = emptyByline();
    for (const unit of story.bylines) byline = mergeBylines(byline, parseByline([unit.line.text]));
    const firstBody = story.pieces.find((p) => p.kind === 'body');
    const dateline = firstBody ? parseDateline(firstBody.line.text) : null;
    if (dateline) byline = mergeBylines(byline, dateline.byline);
    for (const caption of story.captions) byline = mergeBylines(byline, { ...emptyByline(), photographers: photographersOf(caption.line.text) });
    const bylineLine = story.bylines.length ? story.bylines.map((u) => u.line).reduce((a, b) => joinLinesWithSpace(a, b)) : null;
    return {
      kicker: parts.kicker,
      title: parts.title,
      subtitle: parts.subtitle,
      column: story.column ?? (parts.column ? parts.column.text.trim() : null),
      columnLine: story.columnLine ?? parts.column,
      bylineLine,
      byline: isEmptyByline(byline) ? emptyByline() : byline,
      dateline: dateline?.text ?? null,
      paragraphs: story.pieces.map((p: Piece) => ({ line: p.line, kind: p.kind === 'subhead' ? ('subhead' as const) : ('body' as const) })),
      captions: story.captions.map((u) => u.line),
      pullQuotes: story.quotes.map((q) => q.unit.line),
      // the name and role printed under a quote stay in the article's text, outside the quote itself
      asides: story.quotes.flatMap((q) => (q.attribution.length ? [q.attribution.reduce(joinLinesWithSpace)] : [])),
    };
  });
}

function rawExtent(line: Line): { start: number; end: number } {
  let start = Infinity;
  let end = -1;
  for (const at of line.map) (start = Math.min(start, at)), (end = Math.max(end, at));
  return end < 0 ? { start: 0, end: 0 } : { start, end: end + 1 };
}

function joinLinesWithSpace(a: Line, b: Line): Line {
  const text = `${a.text} ${b.text}`;
  const map = newLineMap(text.length);
  map.set(a.map, 0);
  map[a.text.length] = b.map[0] ?? (a.map[a.map.length - 1] ?? 0) + 1;
  map.set(b.map, a.text.length + 1);
  return withText(a, text, map);
}

export const segmentArticles = defineStage({
  name: 'segmentArticles',
  requires: ['lines'],
  assigns: ['articles', 'text'],
  run(doc: SourceDoc) {
    const page = segmentPage(doc.lines, doc.raw);
    const { text, textMap, articles } = assembleArticles(toDrafts(page.stories), doc.raw.length);
    return { ...doc, text, textMap, articles, messages: [...doc.messages, ...page.messages] };
  },
});
