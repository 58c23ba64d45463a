// The words recognisers look for in every block — park endings, organisation endings, trade words and job titles —
// found in one pass over the block's text (they were four scans of the same text, one by each recogniser), on first
// use and shared by the stages.
import { ORG_SUFFIXES } from '../../lexicon/orgSuffixes.js';
import { PARK_SUFFIXES } from '../../lexicon/parkSuffixes.js';
import { TITLE_WORDS } from '../../lexicon/titles.js';
import type { Block } from './blocks.js';
import { LiteralScan, type LiteralMatch, type LiteralMatcher } from './literals.js';

/** Short enterprise names: a brand plus a trade word ("某某科技", "某某生物"), accepted only at a word boundary. */
export const TRADE_WORDS: readonly string[] = [
  '科技', '生物', '股份', '药业', '光电', '电子', '集团', '医药', '智能', '能源', '新能源', '新材料', '材料', '信息', '网络', '数据',
  '半导体', '精密', '汽车', '控股', '实业', '制药', '机电', '通信', '软件', '环保', '机械', '装备', '化工', '重工', '食品', '物流',
  '航空', '电气', '钢铁', '纺织', '乳业', '水务',
];

const SCAN = new LiteralScan([PARK_SUFFIXES.map(([s]) => s), ORG_SUFFIXES.map(([s]) => s), TRADE_WORDS, TITLE_WORDS]);

/** Job titles (董事长, 主任 …). */
export const TITLES: LiteralMatcher = SCAN.matchers[3]!;

export interface BlockEndings {
  /** Park suffixes (PARK_SUFFIXES), as a global alternation of them would match them in the block's text. */
  parks: readonly LiteralMatch[];
  /** Organisation suffixes (ORG_SUFFIXES), likewise. */
  orgs: readonly LiteralMatch[];
  /** Trade words (TRADE_WORDS), likewise. */
  brands: readonly LiteralMatch[];
  /** Job titles (TITLE_WORDS), likewise. */
  titles: readonly LiteralMatch[];
}

const endingsByBlock = new WeakMap<Block, BlockEndings>();

/** The endings and titles of a block, in its text's offsets. */
export function endingsIn(block: Block): BlockEndings {
  let found = endingsByBlock.get(block);
  if (!found) {
    const [parks, orgs, brands, titles] = SCAN.all(block.text) as [LiteralMatch[], LiteralMatch[], LiteralMatch[], LiteralMatch[]];
    endingsByBlock.set(block, (found = { parks, orgs, brands, titles }));
  }
  return found;
}
