// Drops what the page layout prints around the articles: running heads and feet ("某某日报 园区",
// "2023年4月20日 星期四", "第5版"), page numbers, image file names, editor credits ("责任编辑 张三 版式设计 李四"),
// contact lines, registration numbers, an official document's issuing number ("某政发〔2025〕3号") and a web
// page's breadcrumb trail ("当前位置：首页 > 要闻") and reprint notice ("转载请注明出处", "本文链接：…"). Only whole lines made entirely of such items go, and the
// weaker items (a paper name, a bare number or date) only at the top or bottom of a page, where a
// running head or foot sits. Jump lines ("（下转第3版）") go wherever they are printed. Each drop is
// reported with its text.
import { defineStage } from '../stage.js';
import type { Diagnostic, Line } from '../types.js';
import { codeUnits, isWhitespace } from './repairs/chars.js';
import { dropMasked, dropReported } from './repairs/editLine.js';

export const PAGE_FURNITURE = 'page-furniture';

/** Lines from a page's top or bottom edge (non-blank lines) where running heads and feet sit. */
const EDGE_LINES = 2;
/** Furniture lines are short; anything longer is text. */
const MAX_LENGTH = 80;

type Kind = 'rule' | 'menu' | 'greeting' | 'reprint' | 'nav' | 'forum' | 'site' | 'breadcrumb' | 'doc-number' | 'date-weekday' | 'date' | 'clock' | 'month-day' | 'weekday' | 'lunar' | 'edition' | 'registration' | 'editor' | 'source' | 'contact' | 'url' | 'image' | 'paper' | 'page-number' | 'label';

const HAN = '\\u4e00-\\u9fff';
/** What a web page leaves where it showed a picture (alternatives of a pattern); classifyLines reads the line under it as its caption. */
export const PICTURE_PLACEHOLDERS = '文章图片|点击查看高清原图|点击查看原图|点击查看大图|查看高清原图|查看大图|查看原图|图片|圖片';
const CRUMB = '[^\\s>＞›»，。；]{1,14}';
/** The labels of a breadcrumb trail ("当前位置：首页 > …"). */
const TRAIL_LABELS = '您的当前位置|您当前的位置|当前位置|当前的位置|您的當前位置|您當前的位置|當前位置|您的位置|您现在的位置|您現在的位置|所在位置|位置';
/** A step of a trail written with slashes ("首页/ 政务公开 / 正文"): a trail from the home page only, as "A/B" is common in text. */
const SLASHED_CRUMB = '[^\\s/／>＞›»，。；]{1,14}';
/** The verb of a reprint notice: the one furniture item that is a sentence. */
const REPRINT = /转载|轉載|转发|转贴|轉貼|复制|複製/;
/** A broadcast's greeting to its audience ("各位好，欢迎收听《某某新闻》"): said, not written, so a sentence too. */
const GREETING = /欢迎(?:收听|收看|收聽|收看|来到|來到|访问|訪問|光临|光臨)/;
/** A comment box's notice ("您的观点仅代表您本人，请文明发言…"): a sentence, but the page's, not the story's. */
const COMMENT_NOTICE = /(?:您的观点仅代表您本人|请文明发言|文明上网|理性发言)[^\n]{0,80}/;
/** A web page's notice that it shows only the start of a text: its commas do not make it a sentence. */
const TRUNCATED = /^[（(]\s*未完/;
// One item of a furniture line, tried in this order at each place (sticky regexes, bounded repeats).
const ITEMS: { kind: Kind; re: RegExp }[] = [
  // a radio or television bulletin's greeting ("各位好，欢迎收听《今日某区》。", "听众朋友们，大家好！欢迎收看…")
  { kind: 'greeting', re: new RegExp(`(?:(?:各位|亲爱的)?(?:听众|观众|聽眾|觀眾|网友|網友)?(?:朋友们?|朋友們?)?(?:您好|你好)?[，,！!]?\\s*(?:大家|各位)?(?:好|早上好|晚上好)?[，,！!。]?\\s*)?(?:${GREETING.source})(?:《[^》\\n]{1,20}》|[${HAN}A-Za-z0-9]{2,16})[。！!]?`, 'y') },
  // a web page's copyright notice ("（版权所有 不得转载）", "版权所有©某某网")
  // (in English: "Copyright © 2026 Some Ltd. All rights reserved.")
  { kind: 'reprint', re: /[（(【\[]?\s*(?:版权所有|版權所有|不得转载|禁止转载|未经许可不得转载|Copyright)(?:[^）)】\]\n]{0,40}?All rights reserved\.?|[^）)】\]\n]{0,40})[）)】\]]?/iy },
  // a web page's reprint notice and link line ("本文为某某原创文章，转载请注明出处。", "本文链接：https://…")
  { kind: 'reprint', re: new RegExp(`(?:本文|原文)(?:链接|地址|網址|连结)\\s*[：:]\\s*\\S{4,200}|[^。！\\n]{0,30}(?:${REPRINT.source})(?:请|請|须|需)(?:注明|註明|附上|标明|標明|保留)[^。\\n]{0,40}。?`, 'y') },
  // ("※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結；未經授權，請勿複製轉貼文章內容")
  { kind: 'reprint', re: /[^。！\n]{0,60}?(?:未经授权|未經授權|未经许可|未經許可)[，,;；]?\s*(?:请勿|請勿|不得|禁止)(?:任意)?(?:复制|複製|转载|轉載|转贴|轉貼)[^。\n]{0,20}。?/y },
  // a web page's breadcrumb trail ("当前位置：首页 > 要闻 > 新闻热点", "某某网 > 广西 > 每日经济")
  // (three steps at least, or two after the label: "收入 > 支出" alone is no trail)
  // (a trail may end with its separator: "当前位置：主页 > 资讯 >")
  // (or two from the home page: "首页 > 今日要闻", or what is left of a trail between its separators: "> 科技 >")
  // (or three steps from the home page with slashes: "首页/ 政务公开 / 重大项目 / 正文", or any trail from the home page
  // to the story's body, "首页专题—正文")
  // (a trail from its label or the home page may end with the page's title, spaces and all: "首页 > 湖北新闻 > 某某项目开工 总投资超过…")
  { kind: 'breadcrumb', re: new RegExp(`(?:(?:${TRAIL_LABELS})\\s*[：:]\\s*(?:[>＞›»]\\s*)?|(?:首页|首頁|主页|主頁|网站首页|網站首頁)\\s*-?[>＞›»]+\\s*)${CRUMB}(?:\\s*-?[>＞›»]+\\s*${CRUMB})*\\s*-?[>＞›»]+\\s*[^>＞›»\\n]{1,60}$`, 'y') },
  { kind: 'breadcrumb', re: new RegExp(`(?:(?:${TRAIL_LABELS})\\s*[：:]\\s*(?:[>＞›»]\\s*)?${CRUMB}(?:\\s*-?[>＞›»]+\\s*${CRUMB})+|(?:首页|首頁|主页|主頁|网站首页|網站首頁)(?:\\s*-?[>＞›»]+\\s*${CRUMB})+|(?:首页|首頁|主页|主頁|网站首页|網站首頁)(?:\\s*[/／]\\s*${SLASHED_CRUMB}){2,}\\s*[/／]?|(?:首页|首頁)[^\\s，。；]{0,20}?[—－\\-/>＞›»]\\s*正文(?=\\s*$)|${CRUMB}(?:\\s*-?[>＞›»]+\\s*${CRUMB}){2,}|[>＞›»]+\\s*${CRUMB}(?:\\s*-?[>＞›»]+\\s*${CRUMB})*\\s*-?[>＞›»]+)(?:\\s*-?[>＞›»]+)?`, 'y') },
  // a web page's notice that it shows only the start of a text ("(未完,全文共2270字,当前显示592字)", "（未完待续）")
  { kind: 'nav', re: /[（(]\s*未完(?:待续|待續)?\s*(?:[,，]\s*全文(?:共|约|約)?\s*[\d,]+\s*字)?\s*(?:[,，]\s*(?:当前|當前)(?:显示|顯示)\s*[\d,]+\s*字)?\s*[)）]/y },
  // a news site's rating and comment form under the story ("您对这篇文章的满意度", "非常满意", "对此文章发表评论", "用户名:")
  { kind: 'forum', re: new RegExp(COMMENT_NOTICE.source, 'y') },
  { kind: 'forum', re: /(?:登录并发表|发表评论|网友评论|评论区|我来说两句)(?=[\s　|｜:：]|$)/y },
  { kind: 'forum', re: /(?:您对(?:这|此|本)篇(?:文章|新闻)的满意度|非常满意|基本满意|不太满意|很不满意|不做评价|对(?:此|本)(?:文章|新闻)发表评论|匿名发表|用户名|密码)(?=[\s　|｜:：非基不很对匿注]|$)/y },
  // a web forum's tools and post header (the strings of the common forum software: "找回密码", "QQ登录", "只需一步，快速开始",
  // "查看: 527|回复: 0", "[复制链接]", "楼主| 发表于 2021-12-9 14:47:31 | 显示全部楼层 |阅读模式")
  { kind: 'forum', re: /[\[【]?(?:找回密码|QQ登录|微信登录|只需一步[，,]?\s*快速开始|快速开始|复制链接|显示全部楼层|阅读模式|只看该作者|倒序浏览|使用道具|举报|楼主|沙发|板凳|发表于\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:查看|回复)\s*[:：]\s*\d+|\d{1,6}\s*条(?:评论|留言)?(?=\s*$)|(?:留言与评论|评论|留言)\s*[（(]\s*(?:共有|共)?\s*\d{1,6}\s*条(?:评论|留言)?\s*[）)]|“”)[\]】]?(?=[\s　|｜]|$)/y },
  // (a keyword line with its keywords: "关键词:科技园区 高新区")
  { kind: 'nav', re: /(?:关键词|关键字|關鍵詞|關鍵字|标签|標籤)\s*[:：][^\n。]{0,60}/y },
  // a web page's navigation and tools ("网站首页", "分享好友", "選單", "返回顶部", "打印本页")
  // (and a news app's and a public account's prompts: "下载APP", "关注公众号", "扫码关注")
  { kind: 'nav', re: new RegExp(`[\\[【]?(?:>>|»)?(?:下载(?:APP|App|app|客户端)|下載(?:APP|App|app|客戶端)|(?:关注|關注)(?:公众号|公眾號|我们|我們|微信|微博)|(?:扫码|掃碼)(?:关注|關注|下载|下載|阅读|閱讀)|扫一扫|掃一掃|(?:点击|點擊)?(?:收起|展开|展開|阅读|閱讀|查看)全文|close|Close|CLOSE|(?:上一篇|下一篇|上一条|下一条|上一條|下一條)\\s*[：:].{1,60}|微博|空间|QQ空间|qq|QQ|朋友圈|\\+\\d{1,4}|手机(?:继续)?看|手機(?:繼續)?看|最新推荐|最新推薦|精彩图集|精彩圖集|推荐阅读|推薦閱讀|相关推荐|相關推薦|猜你喜欢|猜你喜歡|正在加载|正在載入|正在阅读\\s*[：:].{1,60}|正在閱讀\\s*[：:].{1,60}|原标题\\s*[：:](?=\\s*$)|原標題\\s*[：:](?=\\s*$)|A-\\s*A\\+|最新信息|相关新闻|相关阅读|精彩资讯|图片欣赏|频道简介|顶部|rss|RSS|${PICTURE_PLACEHOLDERS}|网站首页|網站首頁|返回首页|返回首頁|首页|首頁|主页|主頁|分享(?:到|至)?(?:微信|微博|朋友圈|QQ空间|好友)?|登录|登錄|注册|註冊|搜索|搜尋|选单|選單|菜单|菜單|导航|導航|返回顶部|返回頂部|打印本页|打印|關閉|关闭窗口|关闭|收藏本页|收藏|订阅|訂閱|简体|繁體|繁体|字号[大中小]*|字体\\s*[:：]?\\s*(?:[大中小](?:\\s*[大中小]){0,2})?\\s*[\\]】]?|留言|评论|評論|我要评论|所有评论|全部评论|最新评论|热门评论|视频更多|視頻更多|更多视频|更多視頻|视频|視頻|更多|新闻关键字|新聞關鍵字|关键字|關鍵字|关键词|關鍵詞|标签|標籤|本文共\\s*[\\d,]+\\s*字|全文(?:共|约|約)?\\s*[\\d,]+\\s*字)[\\]】]?(?=[\\s　|｜【\\[:：]|$)`, 'y') },
  // a site's name above the page ("某某科技资讯", "某推網"): at the page's edge only
  { kind: 'site', re: new RegExp(`[A-Za-z0-9]{0,12}[${HAN}]{1,8}(?:新闻网|新聞網|资讯网|資訊網|资讯|資訊|网|網|在线|在線|客户端|客戶端|频道|頻道)(?=[\\s　|｜]|$)`, 'y') },
  // an official document's issuing number under its title ("某政发〔2025〕3号", "某办字[2024]12号")
  { kind: 'doc-number', re: new RegExp(`[${HAN}]{1,12}\\s*[〔\\[［（(]\\s*(?:19|20)\\d{2}\\s*[〕\\]］）)]\\s*\\d{1,4}\\s*号`, 'y') },
  { kind: 'date-weekday', re: /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[）)]?/y },
  // (a web page may label it in English: "date 2026-01-03")
  { kind: 'date', re: /(?:date\s*[:：]?\s*)?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/iy },
  { kind: 'weekday', re: /(?:星期|礼拜)[一二三四五六日天]/y },
  // a web page's posting time printed on lines of its own ("03/18", "13:12" under a line "2021")
  { kind: 'clock', re: /(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?=[\s　]|$)/y },
  { kind: 'month-day', re: /(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?=[\s　]|$)/y },
  { kind: 'lunar', re: new RegExp(`(?:农历|農曆)[${HAN}]{2,12}`, 'y') },
  // an e-paper's page header: the page, its section and the issue number ("一版:要闻总第2993期")
  // (and the mark before its date: "… >2022-08-10编印")
  { kind: 'edition', re: /(?:第?\s*[A-H]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[A-H]\d{1,2})\s*[:：]?\s*[\u4e00-\u9fff*·]{0,8}?\s*总第\s*\d{1,6}\s*期(?:\s*[>＞])?/y },
  // (a journal's issue line and its contents mark: "某某产业2022年1期", "NO.22-23目录")
  { kind: 'edition', re: new RegExp(`[${HAN}]{2,10}(?:19|20)\\d{2}年第?\\d{1,2}期(?=[\\s　]|$)|NO\\.\\s*\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?(?:\\s*目录)?(?=[\\s　]|$)`, 'iy') },
  // (a site's section label, with or without its English name: "新闻动态", "News", "新闻动态News"; a contents mark)
  { kind: 'nav', re: /(?:(?:新闻动态|新聞動態|新闻中心|新聞中心|通知公告|公司新闻|园区动态|園區動態)(?:News|NEWS|Events|Notice)?|News|NEWS|Events|Notice|About Us)(?=[\s　]|$)|目录|目錄/y },
  // (an e-paper's page path: "某某日报/2025年/8月/6日/第006版市州·江城")
  { kind: 'edition', re: new RegExp(`[${HAN}]{2,8}(?:日报|晚报|时报|报|日報|晚報|時報|報)\\s*/\\s*\\d{4}年\\s*/\\s*\\d{1,2}月\\s*/\\s*\\d{1,2}日\\s*/\\s*第?\\s*[A-H]?\\d{1,3}版[${HAN}·]{0,10}`, 'y') },
  // (an e-paper's page marks too: "第A04版", "一版", and its issue number "总第2993期")
  { kind: 'edition', re: /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:版|页)|第?\s*[A-H]\s*\d{1,2}\s*版|[0-9０-９一二三四五六七八九十]{1,3}\s*版(?![\u4e00-\u9fff])|总第\s*\d{1,6}\s*期/y },
  { kind: 'registration', re: /(?:国内统一连续出版物号|国内统一刊号|邮发代号|國內統一連續出版物號|郵發代號)\s*[：:]?\s*[A-Za-z0-9\-/]+|CN\s*\d{2}\s*[-－]\s*\d{4}(?:\/[A-Z0-9]+)?/y },
  {
    kind: 'editor',
    // (a web page's editorial chain spaces its two-character roles and names: "编 辑:某某 审 核:某某 终 审:顾 冉")
    re: new RegExp(`(?:本版)?(?:责任编辑|責任編輯|责编|責編|美术编辑|美術編輯|美编|美編|版式设计|版式設計|版式|图片编辑|圖片編輯|责任校对|責任校對|校\\s?对|校\\s?對|制图|製圖|排版|编\\s?辑|編\\s?輯|审\\s?核|審\\s?核|终\\s?审|終\\s?審|初\\s?审|复\\s?审|监\\s?制|監\\s?製|策\\s?划|策\\s?劃|统\\s?筹|統\\s?籌)\\s*[：:]?\\s*(?:[${HAN}·]{2,4}|[${HAN}] [${HAN}])(?:\\s*[、，,]\\s*[${HAN}·]{2,4})*(?=[\\s　]|$)`, 'y'),
  },
  // (in brackets, as web pages print it: "【編輯:某某】")
  { kind: 'editor', re: new RegExp(`[【\\[]\\s*(?:责任编辑|責任編輯|编辑|編輯)\\s*[:：]\\s*[${HAN}·]{2,4}\\s*[】\\]]`, 'y') },
  // the editors' signature under an editor's note ("——编  者")
  { kind: 'editor', re: /[—－-]{1,2}\s*(?:编|編)\s*(?:者|辑部|輯部)/y },
  { kind: 'source', re: /(?:(?:新闻|新聞|稿件|信息|資訊|文章|本文)?(?:来源|來源)|发布时间|發佈時間|發布時間|发布日期|發佈日期)\s*[：:]\s*\S{1,24}/y },
  // (with the country code, and two-character labels spaced to the width of four: "联系电话:+86-0512-…", "传  真:…")
  { kind: 'contact', re: /(?:E-?mail|Email|email|电子邮箱|邮\s{0,2}箱|联系电话|电\s{0,2}话|传\s{0,2}真|新闻热线)\s*[：:]?\s*(?:[\w.+-]+@[\w.-]+|\+?[0-9()（）\-－ ]{7,20})/y },
  { kind: 'url', re: /(?:https?:\/\/|www\.)[\w./%?=&#:~-]+/y },
  // (a site's bare domain beside its name or copyright: "某某网 example.com")
  { kind: 'url', re: /[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,30})*\.(?:com|cn|net|org|hk|tw|mo)(?:\.cn)?(?![\w.])/iy },
  // an image's file name left where a web page showed the picture ("DSC_3566.JPG")
  { kind: 'image', re: /[\w\-.]{1,60}\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?![\w])/iy },
  // a photo's placeholder where a web page showed it ("(照片1)", "（图2）")
  { kind: 'image', re: /[（(]\s*(?:资料图片|資料圖片|资料图|資料圖|照片|图片|图|圖片|圖)\s*\d{0,2}\s*[）)]/y },
  { kind: 'paper', re: new RegExp(`[${HAN}]{2,8}?(?:日报|晚报|时报|早报|商报|周报|导报|周刊|报|日報|晚報|時報|早報|商報|週報|導報|週刊|報)(?=[\\s　]|$|\\d|第)`, 'y') },
  { kind: 'page-number', re: /[-—–－]?\s*\d{1,3}\s*[-—–－]?(?=[\s　]|$)/y },
  // a short section or column name beside the other items ("园区", "要闻"); never enough on its own
  { kind: 'label', re: new RegExp(`[${HAN}]{2,6}(?:·[${HAN}]{1,6})?(?=[\\s　|｜]|$)`, 'y') },
];

/**
 * The items joined into one alternation for each run of items with the same flags: most lines a page has are no
 * furniture, and one failed try of the joined pattern costs a fraction of trying forty patterns one by one (the
 * setup of each try was most of the reader's time spent here). Alternatives are tried in order, as the list is, so
 * the first one matching is the item the list would take. `first` is the index in ITEMS of the run's first item.
 * Each item is the run's capture group of its place (group j + 1 for the run's item j: the items hold no groups of
 * their own); numbered, not named, so that a match makes no object of forty groups to find the one that took part.
 */
const ITEM_RUNS: { first: number; count: number; re: RegExp }[] = [];
for (let k = 0; k < ITEMS.length; ) {
  let end = k + 1;
  while (end < ITEMS.length && ITEMS[end]!.re.flags === ITEMS[k]!.re.flags) end++;
  const alternatives = ITEMS.slice(k, end).map((item) => `(${item.re.source})`);
  ITEM_RUNS.push({ first: k, count: end - k, re: new RegExp(alternatives.join('|'), ITEMS[k]!.re.flags) });
  k = end;
}

const STRONG = new Set<Kind>(['rule', 'menu', 'greeting', 'reprint', 'nav', 'forum', 'breadcrumb', 'doc-number', 'date-weekday', 'edition', 'registration', 'editor', 'source', 'image']);
const MEDIUM = new Set<Kind>(['date', 'clock', 'month-day', 'weekday', 'lunar', 'contact', 'url', 'paper', 'site', 'page-number']);

const SENTENCE = /[，。；！？“”、]/;
/** Furniture written as a sentence (a reprint notice, a greeting, a truncation or comment notice): one pattern, one scan of a text line. */
const SENTENCE_FURNITURE = new RegExp([REPRINT, GREETING, TRUNCATED, COMMENT_NOTICE].map((re) => re.source).join('|'));

/** A year alone on a line (a posting date's first line, "2021" over "03/18"); inferPublicationDate reads it too. */
export const BARE_YEAR = /^\s*((?:19|20)\d{2})\s*$/;
/** A month and day alone on a line, the line under BARE_YEAR's. */
export const BARE_MONTH_DAY = /^\s*(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\s*$/;

/** A web page's header (site name, apps, menus) ends with the breadcrumb trail within this many non-blank lines. */
const MAX_HEADER_LINES = 24;

// Separators between furniture items (a colon after an edition: "第06版：区域传真"); whitespace besides.
// (and the closing bracket of a tool cut off before it: "】【打印】")
// (and a list bullet before a line a web page printed as a list item: "• 当前位置：…")
const SEPARATORS = codeUnits('　|｜:：】•');

/** Non-blank and holding no letter, digit or ideograph. */
const ONLY_MARKS = /^(?=.*\S)[^\p{L}\p{N}]+$/u;

function skipSeparators(text: string, at: number): number {
  while (at < text.length && (isWhitespace(text.charCodeAt(at)) || SEPARATORS.has(text.charCodeAt(at)))) at++;
  return at;
}

/** The items a line consists of, or null when any part of it is not furniture. */
export function furnitureItems(text: string): Kind[] | null {
  if (text.length > MAX_LENGTH) return null;
  // Sentence punctuation never occurs in furniture, but for a reprint notice: most text lines stop here.
  // (an empty pair of quotation marks, a web form's leftover, quotes nothing)
  if (SENTENCE.test(text.includes('“') ? text.replace(/“\s*”/g, '') : text) && !SENTENCE_FURNITURE.test(text)) return null;
  const at = skipSeparators(text, 0);
  // A line of nothing but marks ("|", "——", "* * *"): a web page's table borders or a divider.
  if (at === text.length || !isWordChar(text.charCodeAt(at))) return ONLY_MARKS.test(text) ? ['rule'] : at === text.length ? null : itemsFrom(text, at);
  return itemsFrom(text, at);
}

/** A letter, digit or ideograph (a cheap first test before ONLY_MARKS). */
function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x3400;
}

function itemsFrom(text: string, from: number): Kind[] | null {
  const kinds: Kind[] = [];
  let at = from;
  while (at < text.length) {
    const item = itemAt(text, at);
    if (!item) return null;
    kinds.push(item.kind);
    at += item.length;
    at = skipSeparators(text, at);
  }
  // A site's menu: three or more short labels between vertical bars ("商品招商|项目招商|场所招商").
  if (kinds.length >= 3 && kinds.every((k) => k === 'label') && (text.match(/[|｜]/g)?.length ?? 0) >= 2) return ['menu'];
  return kinds;
}

/** The first item of the list that matches text[at…] with one character or more, and its length; null when none does. */
function itemAt(text: string, at: number): { kind: Kind; length: number } | null {
  for (const run of ITEM_RUNS) {
    run.re.lastIndex = at;
    const m = run.re.exec(text);
    if (!m) continue;
    let j = 0;
    while (m[j + 1] === undefined) j++;
    if (m[0].length > 0) return { kind: ITEMS[run.first + j]!.kind, length: m[0].length };
    // An item matching nothing is passed over, as the list is read: the run's later items are tried one by one.
    for (let k = run.first + j + 1; k < run.first + run.count; k++) {
      const re = ITEMS[k]!.re;
      re.lastIndex = at;
      const one = re.exec(text);
      if (one && one[0].length > 0) return { kind: ITEMS[k]!.kind, length: one[0].length };
    }
  }
  return null;
}

/** Is a line made of these items furniture, given whether it sits at a page's edge? */
export function isFurniture(kinds: Kind[], atEdge: boolean): boolean {
  let labels = 0;
  let strong = false;
  let medium = false;
  for (const k of kinds) {
    if (k === 'label') labels++;
    else if (STRONG.has(k)) strong = true;
    else if (MEDIUM.has(k)) medium = true;
  }
  if (kinds.includes('weekday') && kinds.includes('date')) strong = true;
  // a time or a month and day alone on its line is never text; beside a date ("2012-12-25 09:13:46") it makes a
  // metadata line, which the byline and the publication date are read from
  if (kinds.length === 1 && (kinds[0] === 'clock' || kinds[0] === 'month-day')) strong = true;
  else if (kinds.includes('clock') || kinds.includes('month-day')) return false;
  if (labels > 2 && !kinds.includes('editor')) return false;
  return strong || (atEdge && medium);
}

/** Indices of the lines at the top and bottom of each page (pages end at form feeds). */
function edgeLines(lines: Line[]): Set<number> {
  const edges = new Set<number>();
  let pageStart = 0;
  const mark = (from: number, to: number) => {
    const nonBlank: number[] = [];
    for (let i = from; i < to; i++) if (lines[i]!.text.trim()) nonBlank.push(i);
    for (const i of nonBlank.slice(0, EDGE_LINES)) edges.add(i);
    for (const i of nonBlank.slice(-EDGE_LINES)) edges.add(i);
  };
  lines.forEach((line, i) => {
    // pdftotext puts the form feed at the start of the next page's first line
    if (i > pageStart && line.text.includes('\f')) {
      mark(pageStart, i);
      pageStart = i;
    }
  });
  mark(pageStart, lines.length);
  return edges;
}

// "（下转第3版）", "(上接第1版)": where an article continues on another page; bounded, no nesting.
const JUMP = /[（(]\s*(?:上接|下转|紧接|转|接|续)\s*第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版[^（()）\n]{0,8}[）)]/g;

/** Removes jump lines printed inside a line of text, reporting each. */
export function dropJumpLines(line: Line, messages: Diagnostic[]): Line {
  if (!line.text.includes('版')) return line;
  let drop: Uint8Array | null = null;
  for (const m of line.text.matchAll(JUMP)) {
    drop ??= new Uint8Array(line.text.length);
    const start = m.index!;
    const end = start + m[0].length;
    drop.fill(1, start, end);
    messages.push({
      severity: 'info',
      ruleId: PAGE_FURNITURE,
      source: 'dropPageFurniture',
      reason: 'page furniture (jump line)',
      place: { start: line.map[start]!, end: line.map[end - 1]! + 1 },
      dropped: m[0],
    });
  }
  return drop ? dropMasked(line, drop) : line;
}

// A web page's label for the kind of post, printed before the headline on its line ("原创 某某基地启用").
const POST_LABEL = /^\s*[【\[]?(?:原创|原創|独家|獨家|置顶|置頂|推荐|推薦|热门|熱門|快讯|快訊)[】\]]?\s+(?=\S)/u;

/** The first line without a web page's post label before its headline ("原创 …"), reported as furniture. */
function dropPostLabel(line: Line, messages: Diagnostic[]): Line {
  const m = POST_LABEL.exec(line.text);
  if (!m) return line;
  const drop = new Uint8Array(line.text.length).fill(1, 0, m[0].length);
  const { line: rest, message } = dropReported(line, drop, PAGE_FURNITURE, 'dropPageFurniture', 'page furniture (post label before the headline)');
  messages.push(message);
  return rest;
}

// A short label and a number on a line of its own ("图片1", "现场2"): what a web page printed for its pictures.
const NUMBERED_LABEL = /^\s*([\u4e00-\u9fffA-Za-z]{1,8}?)\s*(\d{1,2})\s*$/u;

/**
 * Lines that label a page's pictures in sequence: the same short label with different numbers, on lines of
 * their own, two or more times. A single such line may be a subhead and stays.
 */
function numberedImageLabels(lines: Line[]): Set<number> {
  const byLabel = new Map<string, { at: number[]; numbers: Set<string> }>();
  lines.forEach((line, i) => {
    // (a label and a number take two characters at least: blank lines, many on a page, are passed over)
    if (line.headingLevel || line.text.length > 12 || line.text.length < 2) return;
    const m = NUMBERED_LABEL.exec(line.text);
    if (!m) return;
    const entry = byLabel.get(m[1]!) ?? { at: [], numbers: new Set<string>() };
    entry.at.push(i);
    entry.numbers.add(m[2]!);
    byLabel.set(m[1]!, entry);
  });
  const out = new Set<number>();
  for (const { at, numbers } of byLabel.values()) if (at.length >= 2 && numbers.size === at.length) for (const i of at) out.add(i);
  return out;
}

export const dropPageFurniture = defineStage({
  name: 'dropPageFurniture',
  requires: ['lines'],
  assigns: ['lines'],
  run(doc) {
    const edges = edgeLines(doc.lines);
    // (a Markdown heading is the author's, unless it is only a site's navigation: "## 相关阅读")
    const items = doc.lines.map((line) => {
      if (line.text.length > MAX_LENGTH) return null;
      const kinds = furnitureItems(line.text);
      return line.headingLevel && !kinds?.every((k) => k === 'nav') ? null : kinds;
    });
    // A running head repeats on every page: a furniture-like line printed twice or more counts as at an edge.
    const seen = new Map<string, number>();
    items.forEach((kinds, i) => {
      if (kinds) seen.set(doc.lines[i]!.text.trim(), (seen.get(doc.lines[i]!.text.trim()) ?? 0) + 1);
    });
    const messages: Diagnostic[] = [];
    const labels = numberedImageLabels(doc.lines);
    // Above a breadcrumb trail near the top of a page is the site's header (its name, slogan, menus, the page's
    // title tag): short lines, dropped with the trail.
    const aboveTrail = new Set<number>();
    let trail = -1;
    for (let i = 0, seen = 0; i < doc.lines.length && seen < MAX_HEADER_LINES && trail < 0; i++) {
      if (!doc.lines[i]!.text.trim()) continue;
      seen++;
      if (items[i]?.includes('breadcrumb')) trail = i;
    }
    for (let i = 0; i < trail; i++) {
      const text = doc.lines[i]!.text.trim();
      if (text && text.length <= 40 && !doc.lines[i]!.headingLevel) aboveTrail.add(i);
    }
    // A section name on a line of its own ("财经") right under a web page's header (its site name, menu or
    // trail, dropped above) is the header's too: every line above it on the page is furniture.
    const sectionUnderHeader = new Set<number>();
    let headerLines = 0;
    for (let i = 0; i < doc.lines.length; i++) {
      const kinds = items[i];
      if (!doc.lines[i]!.text.trim()) continue;
      if (kinds && isFurniture(kinds, edges.has(i))) {
        headerLines++;
        continue;
      }
      if (headerLines > 0 && kinds && kinds.length === 1 && kinds[0] === 'label') {
        sectionUnderHeader.add(i);
        continue;
      }
      break;
    }
    // Likewise at the foot: short labels left below a web page's footer ("新闻关键字" then "加入", a button) are the
    // footer's.
    const belowFooter = new Set<number>();
    const trailing: number[] = [];
    for (let i = doc.lines.length - 1; i >= 0; i--) {
      const kinds = items[i];
      if (!doc.lines[i]!.text.trim()) continue;
      if (kinds && kinds.length === 1 && kinds[0] === 'label') {
        trailing.push(i);
        continue;
      }
      if (trailing.length && kinds && isFurniture(kinds, true)) for (const k of trailing) belowFooter.add(k);
      break;
    }
    // And a footer's block of lines ("与我们联系", "• 联系电话:…", "• 传  真:…", "Copyright …"): lines of furniture-like
    // items at the foot of the page, one of them sure furniture (a copyright), are the footer's, contacts and labels too.
    const footerBlock: number[] = [];
    let footerHasStrong = false;
    for (let i = doc.lines.length - 1; i >= 0; i--) {
      const kinds = items[i];
      if (!doc.lines[i]!.text.trim()) continue;
      if (!kinds) break;
      footerBlock.push(i);
      if (isFurniture(kinds, false)) footerHasStrong = true;
    }
    if (footerHasStrong) for (const k of footerBlock) belowFooter.add(k);
    // A web page prints its headline twice at the top (the page's title, then the article's): the first copy goes.
    const nextNonBlank = (i: number) => {
      let k = i + 1;
      while (k < doc.lines.length && !doc.lines[k]!.text.trim()) k++;
      return k;
    };
    const titleCopy = new Set<number>();
    const opening = doc.lines.findIndex((line, i) => line.text.trim() && !(items[i] && isFurniture(items[i]!, edges.has(i))) && !sectionUnderHeader.has(i));
    if (opening >= 0) {
      const next = nextNonBlank(opening);
      if (next < doc.lines.length && doc.lines[next]!.text.trim() === doc.lines[opening]!.text.trim() && !doc.lines[opening]!.headingLevel) titleCopy.add(opening);
    }
    /** Why line i is furniture, or null when it is text. */
    const furnitureReason = (i: number): string | null => {
      if (titleCopy.has(i)) return 'the page title printed above the same headline';
      if (labels.has(i)) return 'numbered picture label';
      const kinds = items[i];
      if (aboveTrail.has(i) && !(kinds && isFurniture(kinds, true))) return "the site's header above its breadcrumb trail";
      // "2021" over "03/18": the year of a posting date printed on lines of its own
      if (BARE_YEAR.test(doc.lines[i]!.text) && BARE_MONTH_DAY.test(doc.lines[nextNonBlank(i)]?.text ?? '')) return 'date';
      if (!kinds) return null;
      const repeated = (seen.get(doc.lines[i]!.text.trim()) ?? 0) >= 2;
      if (!isFurniture(kinds, edges.has(i) || repeated) && !sectionUnderHeader.has(i) && !belowFooter.has(i)) return null;
      return [...new Set(kinds)].join(', ');
    };
    const kept = doc.lines.filter((line, i) => {
      const reason = furnitureReason(i);
      if (reason === null) return true;
      messages.push({
        severity: 'info',
        ruleId: PAGE_FURNITURE,
        source: 'dropPageFurniture',
        reason: `page furniture (${reason})`,
        place: { start: line.map[0]!, end: line.map[line.text.length - 1]! + 1 },
        dropped: line.text,
      });
      return false;
    });
    const first = kept.findIndex((line) => line.text.trim());
    const lines = kept.map((line, i) => dropJumpLines(i === first ? dropPostLabel(line, messages) : line, messages));
    return messages.length ? { ...doc, lines, messages: [...doc.messages, ...messages] } : doc;
  },
});
