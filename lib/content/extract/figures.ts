/**
 * Figures: numbers with a unit (123亿美元, 4.5%, 200兆瓦, 7所, 两千多公里), what they
 * measure (the noun phrase before them — 双边贸易额 — or after a count — 5000个研修研讨名额),
 * the date they refer to, and the countries the clause is about.
 */
import type { CleanDocument, Sentence, TableCell } from "../types";
import { type Candidate, clauseAt, clauses, countryMentions, factSentences, insideQuotes, regionMentions, unique } from "./context";
import { findDates } from "./dates";
import { chineseNumber } from "./vocabulary";

const UNITS = [
  "万亿美元", "亿美元", "万美元", "美元", "万亿元人民币", "亿元人民币", "万元人民币", "元人民币", "万亿元", "亿元", "万元", "亿欧元", "万欧元", "欧元",
  "亿卢布", "卢布", "亿索莫尼", "索莫尼", "亿坚戈", "坚戈", "亿日元", "亿英镑", "万平方公里", "平方公里", "万公里", "公里", "千米", "万吨", "亿吨", "吨",
  "亿立方米", "万立方米", "立方米", "吉瓦", "兆瓦", "万千瓦", "千瓦", "万辆", "辆", "万台", "台", "亿人次", "万人次", "人次", "亿人", "万人", "人",
  "公斤", "千克", "万公顷", "公顷", "万亩", "亩", "亿千瓦时", "千瓦时", "亿桶", "万桶", "桶", "万标准箱", "标准箱", "万个标准箱", "个标准箱", "个百分点",
  // lengths and durations: 385.8米, 46分钟, 3个多小时 (after the longer units that end the same way, before 个)
  "平方米", "毫米", "厘米", "米(?![元饭粮面])", "分钟", "个多小时", "个半小时", "个小时", "小时", "个半月", "个多月", "个月",
  "%", "％", "倍", "万列", "列", "班次", "班(?![级长子主组车机])", "支(?![持付出撑援])", "个", "所(?![示列述以谓有属])", "家", "名", "对", "项", "座", "条", "次", "届", "场", "份", "期", "轮", "批", "艘", "架", "部", "国", "架次", "颗", "枚", "套", "种", "天", "款(?![项式额])", "起(?![来点步始飞航草诉见])", "张", "幅", "章", "响(?=礼炮)", "级(?=(?:强烈|强|特大|大)?地震)", "亿", "万",
];
const COUNT_UNITS = new Set(["款", "起", "班", "班次", "个", "所", "家", "名", "对", "项", "座", "条", "次", "届", "场", "份", "份", "期", "轮", "批", "艘", "架", "部", "国", "列", "辆", "台", "人", "种", "支", "张", "幅", "章"]);
const UNIT_RE = UNITS.map((u) => u.replace("%", "\\%")).join("|");
// (the minutes of a clock time, 09:30条目, are no number of anything)
const NUMBER = new RegExp(`(?<![\\d.,第－−])(?<!\\d:)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s*[—–~～\\-]\\s*(\\d+(?:\\.\\d+)?))?(多|余)?(${UNIT_RE})`, "g");
/** A table's row as the normaliser writes it: its label, the unit of its column, then the value (约500). */
const TABLE_ROW = new RegExp(`^([\\u4e00-\\u9fff]{2,16})：(${UNIT_RE})，(约|近|超过|逾)?(\\d+(?:\\.\\d+)?)(?=[，。；]|$)`);
const CN_DIGITS = "〇零一二两三四五六七八九十百千万亿";
const CN_NUMBER = new RegExp(`(?<![第${CN_DIGITS}每唯])([${CN_DIGITS}]{1,8}(?:点[〇零一二三四五六七八九]{1,3})?)(多|余)?(${UNIT_RE}|周年)`, "g");
/** What may follow an anniversary that is a figure (建交30周年。 / 之际 / 为契机 / 暨… / 的时候 / 纪念活动). */
const AFTER_ANNIVERSARY = "[。，；、！]|之际|之后|以来|$|为|暨|的|时|前后|纪念|庆祝|活动|庆典|招待会|系列|和(?!平)|及|与|等(?![于同])";
const YEARS = "(\\d{1,3}|[一二两三四五六七八九十百]{1,4})";
/** An anniversary without 周年 (建交75年之际): the years right after the event they count from, then a word an anniversary takes. */
const ANNIVERSARY_YEARS = new RegExp(`(?<=(?:建交|成立|建立|缔结|签署|签订|发表|创立|诞生|开通|启动)(?:整整)?)${YEARS}年(?=之际|[。，；！]|$|纪念|庆典|系列|暨|的(?:重要)?(?:时刻|节点|历史时刻))`, "g");
/**
 * A count of years: after a word of length or need (最长, 约需, 跨度约), before 来 (28年来), a right
 * it lasts (99年特许经营权, 5年有效) or the work it took (三年的调查), or a vague 多/余 before 前.
 */
const DURATION = new RegExp(
  `(最长|最短|约需|需要?|跨度约?|用了|花了|走了|用时|持续了?|已有|已经有|已经|(?<=已)逾|(?:自动|再)?(?:延长|顺延|续延|延期)|(?:早了|晚了|提前了)(?=(?:整整)?[\d一二两三四五六七八九十])|(?:不对|说错了|口误)[，,]?是)(?:约|大约|近|整整)?${YEARS}(多|余)?年(?![代级底初末前后内间度])` +
    `|(?<![\\d.第〇零一二两三四五六七八九十百千])${YEARS}(多|余)?年(?:(来)(?![华京沪访到此过自往])|(?=特许|有效|租期|之久|的(?:[\u4e00-\u9fff]{0,2})(?:调查|研究|谈判|建设|努力|时间|历程|探索|关系|交往|友谊))|(?<=[多余]年)(前))`,
  "g",
);
/** What may follow a count of countries to make it a figure (26国财政部, 六国外长). */
const COUNTED_SET = /^[\u4e00-\u9fff]{0,6}?(?:方面|行动|承诺|成果|方向|领域|原则|重点|支柱|目标|任务|举措|措施|挑战|共识|主张|理念|要求|路径|层面|维度|坚持|有利于|支持|倡议|建议|环节|步骤|阶段|关键|关系|问题|特点|特征)/;
/** A count of countries after the region they are in (非洲53国, 东盟10国) is a figure. */
const REGION_COUNT = /(?:非洲|亚洲|欧洲|美洲|拉美|拉丁美洲|大洋洲|阿拉伯|东盟|中东|加勒比|太平洋岛|南太|中东欧|东南亚|南亚|西亚|中亚)$/;
const AFTER_COUNTRY_COUNT = /^(?:财政部|外长|领导人|政府|代表|元首|首脑|央行|部长|签署|共同|集团|机制)/;

const MEASURE_NOUNS =
  /贸易额|进出口额|交易额|营业额|合同额|出口额|进口额|投资额|投资存量|存量|总额|总量|总和|GDP|国内生产总值|增幅|涨幅|增速|增长率|规模|数量|人数|面积|长度|总长|装机量|输气量|运量|产量|亩产|名额|援助|贷款|资金总量|占比|比重|份额|外贸|订单量|预订量|收入|经济总量|开行|奖学金/g;
const TAIL_NOISE =
  /(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|末)?|今年|去年|同年|当年|近|约|不超过|不少于|不低于|超过|逾|达到|达|为|超|突破|增至|升至|上升至|增长了?|已接近|接近|是|约合|合计|累计|共|的|占|已|已经|将|到|至|提升到|缩减至|从|由|大约|高达|仅为|仅|有望|分别|在|于|比|较|了|均|同比|创纪录地|再创|[（(])+$/;
const PHRASE_STOP = "的在与和及是为将把对从由了等占、年向";

/** The noun phrase naming what a number measures, read leftwards from the last measure word before it. */
function measureBefore(text: string, numberStart: number, clauseStart: number): string | undefined {
  const left = text.slice(clauseStart, numberStart).replace(TAIL_NOISE, "");
  let last: RegExpExecArray | null = null;
  for (const m of left.matchAll(MEASURE_NOUNS)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const end = last.index + last[0].length;
  let start = last.index;
  while (start > 0 && /[\u4e00-\u9fffA-Z]/.test(left[start - 1]) && !PHRASE_STOP.includes(left[start - 1]) && end - start < 14) start--;
  // the country or region the figure is about is its subject, not part of what it measures
  return withoutLeadingSides(left.slice(start, end));
}

function withoutLeadingSides(phrase: string): string {
  const lead = [...countryMentions(phrase), ...regionMentions(phrase)].filter((m) => m.start === 0 && m.end - m.start >= 2).sort((a, b) => b.end - a.end)[0];
  const rest = lead ? phrase.slice(lead.end) : phrase;
  return rest.length >= 2 ? rest : phrase;
}

/** After a count (300个培训名额, 7所学校): the noun that follows. */
function measureAfter(text: string, end: number): string | undefined {
  const m = /^[\u4e00-\u9fff“”]{2,12}/.exec(text.slice(end).replace(/^(?:左右|以上|以下|上下|之多)/, "，"));
  if (!m) return undefined;
  const cut = m[0].replace(/(?:的|，|是|已|已经|在|将|和|与|并|为|以|每).*$/, "");
  // 五个独立的主权国家: a short modifier with 的 before the noun counted
  const described = cut.length >= 1 && cut.length <= 2 && m[0][cut.length] === "的" ? /^[\u4e00-\u9fff]{2,6}?(?=[的，。；、是已在将和与并为以]|$)/.exec(m[0].slice(cut.length + 1)) : null;
  return (described ? `${cut}的${described[0]}` : cut) || undefined;
}

/** Without a measure word: the last words before the number, cleaned of verbs and dates. */
function measureFallback(text: string, numberStart: number, clauseStart: number): string {
  const left = text.slice(clauseStart, numberStart).replace(TAIL_NOISE, "");
  const words = left.replace(/^.*[的在与和及是为将把对从由了等占、向]/, "").replace(/^.*[\d〇零一二三四五六七八九]年/, "");
  return (words.length >= 2 ? words : left).slice(-10);
}

export function extractFigures(doc: CleanDocument): Candidate[] {
  const out: Candidate[] = [];
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  let paragraph = -1;
  const ctx: { docYear?: number; year?: number; month?: number; carried?: number } = { docYear };
  for (const s of factSentences(doc)) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      ctx.carried = ctx.year ?? ctx.carried;
      ctx.year = undefined;
      // (a feed item's 发布时间 dated its words; a heading gives the document's year back)
      // (and a feed item's headline, labelled a title, opens the next item)
      if (s.blockLabel === "heading" || s.blockLabel === "title") ctx.docYear = docYear;
    }
    const dates = findDates(s.text, ctx);
    if (/^(?:发布时间|发布日期|发表时间|发表日期)[：:]/.test(s.text)) {
      const day = dates.find((d) => d.precision === "day" && !d.inferred);
      if (day) ctx.docYear = Number(day.iso.slice(0, 4));
    }
    const hits: Array<{ start: number; end: number; number: number; text: string; unit: string; measure?: string }> = [];
    for (const m of s.text.matchAll(NUMBER)) {
      const start = m.index!;
      const end = start + m[0].length;
      const unit = m[4];
      const after = s.text.slice(end, end + 2);
      if (/^(?:年|月|日|周年|世纪)/.test(after) && (unit === "万" || unit === "亿")) continue;
      if (dates.some((d) => start < d.at.end && d.at.start < end)) continue;
      if (unit === "国" && !/^\d$/.test(m[1]) && !AFTER_COUNTRY_COUNT.test(s.text.slice(end)) && !REGION_COUNT.test(s.text.slice(Math.max(0, start - 6), start))) continue;
      if (unit === "国" && /^(?:合作|机制|峰会|论坛|集团)/.test(s.text.slice(end))) continue;
      if (unit === "次" && /第$/.test(s.text.slice(0, start))) continue;
      // 今年前9个月: a period a figure is counted over, not a count
      if (/^个多?月$/.test(unit) && /(?:前|头|后)$/.test(s.text.slice(0, start))) continue;
      const region = unit === "国" ? REGION_COUNT.exec(s.text.slice(Math.max(0, start - 6), start))?.[0] : undefined;
      hits.push({ start, end, number: Number(m[1].replace(/,/g, "")) + (unit.startsWith("个半") ? 0.5 : 0), text: m[0], unit: (m[3] ?? "") + unit, ...(region ? { measure: `${region}国家` } : {}) });
    }
    // a table's row read as "指标：单位，约500，8.5%": the number is in the unit its row gives, and the row's label measures it
    const row = TABLE_ROW.exec(s.text);
    if (row) {
      const start = row[0].length - row[4].length;
      hits.push({ start, end: row[0].length, number: Number(row[4]), text: `${row[3] ?? ""}${row[4]}${row[2]}`, unit: row[2], measure: row[1] });
    }
    // 连续14年, 历时8年 (谈判), 历经30多年, 每五年, 期限99年, 前5年免税, 此后5年减半: a span of years
    for (const m of s.text.matchAll(/(未来|今后|此后|其后|随后|(?<=^|[即，,；：])前|连续(?:保持了?|位居|成为)?|历时|历经|耗时|长达|为期|每|期限|租期|有效期|期限为|有效期为|合同期|合同期限|合作期|特许期|经营期|经过|过去|时隔|相隔|阔别|任期为?|中断了?|停摆了?|搁置了?|暂停了?)(?:近|约|整整)?(\d{1,4}|[一二两三四五六七八九十百]{1,3})(多|余)?年(半)?(?![代级底初末])|()(\d{2,4}|[一二两三四五六七八九十百]{2,3})(多|余)年(?=历史|的历史)|(?<=成立|建交|建立|运行|开通|启动)()(\d{1,3}|[一二两三四五六七八九十]{1,3})(多)?(年来)/g)) {
      if (m[8] !== undefined) {
        const n = chineseNumber(m[9]);
        const since = /(成立|建交|建立|运行|开通|启动)$/.exec(s.text.slice(0, m.index!))![1];
        if (Number.isFinite(n) && n > 0) hits.push({ start: m.index!, end: m.index! + m[0].length, number: n, text: m[0], unit: `${m[10] ?? ""}年`, measure: since });
        continue;
      }
      if (m[1] === undefined) {
        const start = m.index!;
        hits.push({ start, end: start + m[0].length, number: chineseNumber(m[6]), text: m[0], unit: `${m[7]}年` });
        continue;
      }
      // (此后二十年间: the years that passed, read below)
      if (/^(?:此后|其后|随后|前)$/.test(m[1]) && /^[间間]/.test(s.text.slice(m.index! + m[0].length))) continue;
      // 四年半 is 4.5 years
      const n = chineseNumber(m[2]) + (m[4] && !m[3] ? 0.5 : 0);
      if (!Number.isFinite(n) || n <= 0) continue;
      const text = `${m[2]}${m[3] ?? ""}年${m[4] ?? ""}`;
      // (历时近十年: the number starts after the word of measure and its 近)
      const start = m.index! + m[0].length - text.length;
      // 经过二十多年发展: what the years were spent on follows
      const spent = /^(?:经过|过去)$/.test(m[1]) ? /^的?([\u4e00-\u9fff]{2,8}?)(?=[，。；、]|$)/.exec(s.text.slice(start + text.length))?.[1] : /^(?:未来|今后)$/.test(m[1]) ? m[1] : undefined;
      hits.push({ start, end: start + text.length, number: n, text, unit: `${m[3] ?? ""}年`, ...(spent ? { measure: spent } : {}) });
    }
    const quotedHere = insideQuotes(s.text);
    // 60余年来, 这60余年, 近二十多年: a span of years given with 多/余, looking back from now
    for (const m of s.text.matchAll(/(?<![\d.第])(\d{1,3}|[一二两三四五六七八九十]{1,3})(多|余)年(来)?(?![代级底初末前后内间])/g)) {
      const before = s.text.slice(Math.max(0, m.index! - 3), m.index!);
      if (!m[3] && !/(?:这|近|逾|过去的?)$/.test(before)) continue;
      const n = chineseNumber(m[1]);
      const end = m.index! + m[0].length;
      if (!Number.isFinite(n) || n <= 0 || hits.some((h) => m.index! < h.end && h.start < end)) continue;
      // "30多年来，…" opening a clause: the years up to now
      const opens = !/[\u4e00-\u9fff]$/.test(s.text.slice(0, m.index!));
      hits.push({ start: m.index!, end, number: n, text: m[0], unit: `${m[2]}年`, ...(opens ? { measure: "年来" } : {}) });
    }
    // 28年来, 最长40年, 约需25年, 99年特许经营权, 三年的调查, 一百多年前: a count of years that is no date
    for (const m of s.text.matchAll(DURATION)) {
      const numeral = m[2] ?? m[4];
      const n = chineseNumber(numeral);
      const more = m[3] ?? m[5] ?? "";
      const end = m.index! + m[0].length;
      const start = m.index! + m[0].lastIndexOf(`${numeral}${more}年`);
      if (!Number.isFinite(n) || n <= 0 || /^[百千]$/.test(numeral) || quotedHere[start] > 0) continue;
      if (hits.some((h) => start < h.end && h.start < end) || dates.some((d) => start < d.at.end && d.at.start < end)) continue;
      // what the years are of: 最长40年的税收优惠 → 税收优惠; 时间跨度约70年 → 时间跨度
      const of = (/^的([\u4e00-\u9fff]{0,4}?(?:关系|交往|友谊))/.exec(s.text.slice(end)) ?? /^的([\u4e00-\u9fff]{2,6}?)(?=[，。；、”"]|$)/.exec(s.text.slice(end)))?.[1];
      // 特许经营期是三十年，不对，是二十七年: the correction measures what the value taken back did
      const taken = m[1] && /是$/.test(m[1]) ? s.text.slice(0, m.index!).replace(/[，,、\s]+$/, "").replace(/[\d一二两三四五六七八九十百]+[多余]?年$/, "") : undefined;
      const cue =
        taken !== undefined
          ? measureFallback(taken, taken.length, clauseAt(taken, Math.max(0, taken.length - 1)).start)
          : m[1]
            ? `${measureFallback(s.text, m.index!, clauseAt(s.text, m.index!).start)}${m[1]}`.replace(/^[的在与和及是为将把对从由了等占、向]+/, "")
            : undefined;
      const measure = of ?? (m[6] ? "年来" : m[7] ? "年前" : cue);
      hits.push({ start, end, number: n, text: s.text.slice(start, end), unit: `${more}年`, ...(measure ? { measure } : {}) });
    }
    // 甲乙关系五十年回顾与展望: the years of a relation written after it (as 五十年的甲乙关系 before it), its sides a
    // pair (中甲, 两国) or two names joined by a dash (中国—某国)
    for (const m of s.text.matchAll(/(关系|交往|友谊)(\d{1,3}|[一二两三四五六七八九十百]{1,4})(多|余)?年(?![代级底初末前后内间度来])/g)) {
      const n = chineseNumber(m[2]);
      const start = m.index! + m[1].length;
      const end = m.index! + m[0].length;
      if (!Number.isFinite(n) || n <= 0 || /^[百千]$/.test(m[2]) || quotedHere[start] > 0) continue;
      if (hits.some((h) => start < h.end && h.start < end) || dates.some((d) => start < d.at.end && d.at.start < end)) continue;
      const before = s.text.slice(Math.max(0, m.index! - 14), m.index!);
      const pair = /(?:两国|双边|[\u4e00-\u9fff]{2})$/.exec(before)?.[0];
      const sides = /[\u4e00-\u9fff]{2,6}—[\u4e00-\u9fff]{2,6}$/.exec(before)?.[0] ?? (pair && (/^(?:两国|双边)$/.test(pair) || countryMentions(`的${pair}`).length >= 2) ? pair : undefined);
      if (!sides) continue;
      hits.push({ start, end, number: n, text: s.text.slice(start, end), unit: `${m[3] ?? ""}年`, measure: sides + m[1] });
    }
    // 六大领域, 五大重点领域, 提出四点建议: a count in Chinese numerals of the fields or proposals named
    for (const m of s.text.matchAll(/(?<![第\d一二三四五六七八九十百千])(十[一二三四五六七八九]?|二十|[三四五六七八九])(?:(大)(?=[\u4e00-\u9fff]{0,4}?(?:领域|方面|支柱|方向|板块))|(点)(?=建议|主张|意见|倡议))/g)) {
      const n = chineseNumber(m[1]);
      const end = m.index! + m[0].length;
      if (!Number.isFinite(n) || n < 3 || quotedHere[m.index!] > 0 || hits.some((h) => m.index! < h.end && h.start < end)) continue;
      const noun = /^[\u4e00-\u9fff]{0,4}?(?:领域|方面|支柱|方向|板块|建议|主张|意见|倡议)/.exec(s.text.slice(end))![0];
      hits.push({ start: m.index!, end, number: n, text: m[0], unit: m[2] ?? m[3], measure: noun });
    }
    // 建交30周年, 近三十周年: an anniversary
    for (const m of s.text.matchAll(new RegExp(`(?<![\\d.第])(\\d{1,3})(多)?周年(?=${AFTER_ANNIVERSARY})`, "g"))) {
      if (quotedHere[m.index!] > 0 || dates.some((d) => m.index! < d.at.end && d.at.start < m.index! + m[0].length)) continue;
      hits.push({ start: m.index!, end: m.index! + m[0].length, number: Number(m[1]), text: m[0], unit: `${m[2] ?? ""}周年` });
    }
    // 建交75年之际, 今年是两国建交75年: an anniversary written without 周年, right after the event it counts from
    for (const m of s.text.matchAll(ANNIVERSARY_YEARS)) {
      const n = chineseNumber(m[1]);
      const start = m.index!;
      if (!Number.isFinite(n) || n <= 0 || quotedHere[start] > 0 || hits.some((h) => start < h.end && h.start < start + m[0].length)) continue;
      hits.push({ start, end: start + m[0].length, number: n, text: m[0], unit: "周年" });
    }
    // 百分之七十, 百分之六十以上, 百分之3.5: a percentage in words; 七成: seven tenths
    for (const m of s.text.matchAll(/百分之([一二两三四五六七八九十百零〇]{1,4}(?:点[零〇一二三四五六七八九]{1,2})?|\d{1,3}(?:\.\d+)?)|(?<![\d一二三四五六七八九十百千万第])([一两二三四五六七八九])成(?![员功为立本果就熟交绩型效长都])|(?<![\d一二三四五六七八九十百千万第])([二三四五十])分之([一二三四五六七八九])(?![\d一二三四五六七八九十])/g)) {
      const [whole, frac] = (m[1] ?? "").split("点");
      // 四分之一 is 25%, 五分之二 40% (only a share that is a whole percentage: 三分之一 is none)
      const share = m[3] !== undefined ? (chineseNumber(m[4]!) * 100) / chineseNumber(m[3]) : undefined;
      if (share !== undefined && (!Number.isInteger(share) || share >= 100)) continue;
      const n = share ?? (m[1] !== undefined ? chineseNumber(whole!) + (frac ? Number(`0.${[...frac].map((c) => chineseNumber(c.replace("〇", "零")) || 0).join("")}`) : 0) : chineseNumber(m[2]!) * 10);
      const end = m.index! + m[0].length;
      if (!Number.isFinite(n) || n <= 0 || n > 100 || quotedHere[m.index!] > 0 || hits.some((h) => m.index! < h.end && h.start < end)) continue;
      hits.push({ start: m.index!, end, number: n, text: m[0], unit: "%" });
    }
    // 减少近一半, 占半数以上: a half is 50%, when a share or a change is told by it
    for (const m of s.text.matchAll(/(近|约|超过|逾|将近|接近)?(?:一半|半数)/g)) {
      const end = m.index! + m[0].length;
      if (!m[1] && !/(?:占|达|下降了?|减少了?|降低了?|缩减了?|增长了?)$/.test(s.text.slice(0, m.index!))) continue;
      if (quotedHere[m.index!] > 0 || hits.some((h) => m.index! < h.end && h.start < end)) continue;
      hits.push({ start: m.index!, end, number: 50, text: m[0], unit: "%" });
    }
    // 自签发之日起1年内有效: a time limit counted from a day; 在5年至15年过渡期内: the spans of a transition
    for (const m of s.text.matchAll(/(?<=之日起|之日后|起|在)(\d{1,3}|[一二两三四五六七八九十]{1,3})(个月|年|日|天|周)内|(?<![\d.])(\d{1,2})年(?:至|到|—|–|-|~|～)(\d{1,2})年(?=的?(?:过渡期|期限|期内|内|间))/g)) {
      const end = m.index! + m[0].length;
      if (hits.some((h) => m.index! < h.end && h.start < end) || dates.some((d) => m.index! < d.at.end && d.at.start < end)) continue;
      if (m[1] !== undefined) {
        const n = chineseNumber(m[1]);
        if (Number.isFinite(n) && n > 0) hits.push({ start: m.index!, end, number: n, text: m[0], unit: m[2], measure: "期限" });
        continue;
      }
      const first = { start: m.index!, end: m.index! + m[3].length + 1 };
      const measure = /过渡期|期限/.exec(s.text.slice(end, end + 4))?.[0] ?? "期限";
      hits.push({ ...first, number: Number(m[3]), text: `${m[3]}年`, unit: "年", measure });
      hits.push({ start: end - m[4].length - 1, end, number: Number(m[4]), text: `${m[4]}年`, unit: "年", measure });
    }
    // 二十年间, 十余年间: a count of years that passed
    for (const m of s.text.matchAll(/(?<![\d.第〇零一二两三四五六七八九十百千])(\d{1,2}|[一二两三四五六七八九十]{1,3})(多|余)?年间/g)) {
      const n = chineseNumber(m[1]);
      const end = m.index! + m[0].length;
      if (!Number.isFinite(n) || n <= 1 || hits.some((h) => m.index! < h.end && h.start < end) || dates.some((d) => m.index! < d.at.end && d.at.start < end)) continue;
      hits.push({ start: m.index!, end, number: n, text: m[0], unit: `${m[2] ?? ""}年`, measure: "时间跨度" });
    }
    // 停留不超过30日: a number of days a stay or a term may last; 生效后180日内: a time limit; 之日起第三十日: the day a text takes effect
    for (const m of s.text.matchAll(/(?<=停留|超过|不超过|最长|长达|为期|期限|有效期)(\d{1,3})日(?![电起至到前后内])|(?<=(?:生效|签署|签字|收到|通知|批准)(?:之日)?后)(\d{1,3})日内|(?<=之日起|之日后)第([一二三四五六七八九十百]{1,4}|\d{1,3})日(?=生效|起|开始)/g)) {
      if (m[1] === undefined) {
        const n = chineseNumber(m[2] ?? m[3]);
        const end = m.index! + m[0].length;
        if (!Number.isFinite(n) || n <= 0 || hits.some((h) => m.index! < h.end && h.start < end)) continue;
        hits.push({ start: m.index!, end, number: n, text: m[0], unit: "日", measure: m[2] ? "期限" : "生效" });
        continue;
      }
      const end = m.index! + m[0].length;
      if (hits.some((h) => m.index! < h.end && h.start < end) || dates.some((d) => m.index! < d.at.end && d.at.start < end)) continue;
      hits.push({ start: m.index!, end, number: Number(m[1]), text: m[0], unit: "日" });
    }
    // 终年49岁, 享年86岁: the age a life reached
    for (const m of s.text.matchAll(/(终年|享年|时年|年仅)(\d{1,3}|[一二三四五六七八九十]{1,3})岁/g)) {
      const n = chineseNumber(m[2]);
      const start = m.index! + m[1].length;
      const end = m.index! + m[0].length;
      if (!Number.isFinite(n) || n <= 0 || n > 130 || hits.some((h) => start < h.end && h.start < end)) continue;
      hits.push({ start, end, number: n, text: s.text.slice(start, end), unit: "岁", measure: m[1] });
    }
    // 《某某日报》第5版: the page of a newspaper an article appeared on
    for (const m of s.text.matchAll(/(?<=(?:报|刊|杂志)》)第(\d{1,3})版/g)) {
      hits.push({ start: m.index!, end: m.index! + m[0].length, number: Number(m[1]), text: m[0], unit: "版", measure: "版面" });
    }
    // 甲、乙、丙等六大领域: after an open list (等), the count says more than the list and is a figure
    for (const m of s.text.matchAll(/(?<=等)([三四五六七八九十]|十[一二三四五六七八九]|二十|\d{1,2})(大|个|项)(?=[\u4e00-\u9fff]{0,4}(?:领域|方面|支柱|方向|任务|举措|措施|行动|板块|机制|平台|项目|产业|行业))/g)) {
      const n = chineseNumber(m[1]);
      if (!Number.isFinite(n) || n < 2 || hits.some((h) => m.index! < h.end && h.start < m.index! + m[0].length)) continue;
      const noun = /^[\u4e00-\u9fff]{0,4}?(?:领域|方面|支柱|方向|任务|举措|措施|行动|板块|机制|平台|项目|产业|行业)/.exec(s.text.slice(m.index! + m[0].length))![0];
      hits.push({ start: m.index!, end: m.index! + m[0].length, number: n, text: m[0], unit: m[2], measure: noun });
    }
    // 第143个成员: a rank among members
    for (const m of s.text.matchAll(/第(\d{1,4})(个|位)(?=成员|缔约方|签署国|国家|会员)/g)) {
      hits.push({ start: m.index!, end: m.index! + m[0].length, number: Number(m[1]), text: m[0], unit: m[2] });
    }
    // 三百亿美元, 两千多公里, 五个核武器国家, 六国外长, 三十周年: numbers in Chinese numerals
    for (const m of s.text.matchAll(CN_NUMBER)) {
      const [start, end, unit] = [m.index!, m.index! + m[0].length, m[3]];
      const after = s.text.slice(end);
      // 八百九十亿美元 is 890 of 亿美元 (as 890亿美元 is); 四亿六千万美元 is one number of 美元
      let numeral = m[1];
      let unitWord = unit;
      if (/[亿万]$/.test(numeral) && !/[亿万]/.test(numeral.slice(0, -1)) && UNITS.includes(numeral.slice(-1) + unit)) {
        unitWord = numeral.slice(-1) + unit;
        numeral = numeral.slice(0, -1);
      }
      // 二十七点一 is 27.1; 四万六千个 is 4.6 of 万个, as 4.6万个 is
      const [whole, fraction] = numeral.split("点");
      let n = chineseNumber(whole.replace(/[〇零]/g, "")) + (unitWord.startsWith("个半") ? 0.5 : 0) + (fraction ? Number(`0.${[...fraction].map((c) => chineseNumber(c) || 0).join("")}`) : 0);
      if (!Number.isFinite(n) || n <= 0) continue;
      const tenThousands = /^[^万亿]+万[^万亿]+$/.test(whole) && !fraction;
      if (tenThousands) {
        n /= 10_000;
        unitWord = "万" + unitWord;
      }
      if (unitWord === "亿" || unitWord === "万" || !numeral || quotedHere[start] > 0) continue;
      // one character counts only from three to ten (一个, 两国 are words), and 百/千/万 first or
      // 上/数/几 before are no exact number (千家万户, 上千万人, 数百名)
      // 一亿美元 is a number where 一个 is a word
      if ((numeral.length === 1 && !/[三四五六七八九十]/.test(numeral) && !/^[万亿]/.test(unitWord)) || /^[百千万亿]/.test(numeral) || /[上数几成]$/.test(s.text.slice(0, start))) continue;
      // a counted set (三个方面, 五项原则, 八点主张) is a concept, not a figure
      if (COUNT_UNITS.has(unit) && (/^[“"‘：:]/.test(after) || COUNTED_SET.test(after.slice(0, 10)))) continue;
      // a count of countries only before those who act for them (六国外长), not in a region's name (中亚五国)
      // (or after the region the countries are in, or closing a list of them: 中美洲七国, 甲、乙、丙五国)
      const list = unit === "国" ? countedList(s.text, start) : undefined;
      const listed = unit === "国" && (REGION_COUNT.test(s.text.slice(Math.max(0, start - 6), start)) || !!list);
      // (扩员后是十一国, 邀请六国加入: the count is what a group came to or who joined it)
      const counted = unit === "国" && (/^(?:加入|参加|入群|入伙)/.test(after) || (/(?:是|为|达到?|增至|增加到|扩大[到至]|共有)$/.test(s.text.slice(0, start)) && /^(?:[。，；！]|$)/.test(after)));
      // (a region's name holding the count, 中亚五国, is no figure; the region before it, 东盟十国, is)
      const named = regionMentions(s.text.slice(Math.max(0, start - 4), end)).some((r) => r.end > Math.min(4, start));
      if (unit === "国" && ((!/^(?:外长|财政部|央行|部长|元首|领导人|首脑)/.test(after) && !listed && !counted) || named)) continue;
      if (unit === "周年" && !new RegExp(`^(?:${AFTER_ANNIVERSARY})`).test(after)) continue;
      if (hits.some((h) => start < h.end && h.start < end) || dates.some((d) => start < d.at.end && d.at.start < end)) continue;
      const role = unit === "国" ? (/^(?:外长|财政部|央行|部长|元首|领导人|首脑)/.exec(after)?.[0] ?? list ?? (listed ? `${REGION_COUNT.exec(s.text.slice(Math.max(0, start - 6), start))?.[0] ?? ""}国家` : /^(?:加入|参加)/.exec(after) ? `${/^(?:加入|参加)/.exec(after)![0]}国家` : "国家数")) : undefined;
      hits.push({ start, end, number: n, text: m[0], unit: (m[2] ?? "") + unitWord, ...(role ? { measure: role } : {}) });
    }
    const cells = cellsOf(doc, s);
    for (const h of hits) {
      const cell = cells.length ? cellAt(doc, s, h.start, cells) : undefined;
      if (!cell) {
        out.push(figure(s, h, dates));
        continue;
      }
      // a table's value is measured by its own column's header (or its row's first cell, when that measures the row),
      // the first number of its cell; any other by the cell's own words; never by the cell before it
      const first = !hits.some((o) => o !== h && o.start < h.start && cellAt(doc, s, o.start, cells)?.cell === cell.cell);
      const measure = first && cell.cell.measure && !onlyPlaces(cell.cell.measure) ? cell.cell.measure : undefined;
      out.push(figure(s, measure ? { ...h, measure } : h, dates, cell.from));
    }
  }
  return out;
}

/** The table cells a sentence's text comes from (by the raw offsets of its characters). */
function cellsOf(doc: CleanDocument, s: Sentence): TableCell[] {
  const cells = doc.tableCells;
  if (!cells) return [];
  // (the cells are in raw order: skip, by halving, those that end before the sentence, instead of a scan per sentence)
  const reach = reachOf(cells);
  let lo = 0;
  for (let hi = cells.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (reach[mid] <= s.raw.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TableCell[] = [];
  for (let i = lo; i < cells.length && cells[i].start < s.raw.end; i++) if (s.raw.start < cells[i].end) out.push(cells[i]);
  return out;
}

/** For each cell of a document's (in raw order), the furthest end of it and those before it; computed once per document. */
const reaches = new WeakMap<readonly TableCell[], Int32Array>();
function reachOf(cells: readonly TableCell[]): Int32Array {
  let reach = reaches.get(cells);
  if (!reach) {
    reach = new Int32Array(cells.length);
    for (let i = 0, max = -1; i < cells.length; i++) reach[i] = max = Math.max(max, cells[i].end);
    reaches.set(cells, reach);
  }
  return reach;
}

/** The cell a character of a sentence stands in, and where the cell's text begins in the sentence. */
function cellAt(doc: CleanDocument, s: Sentence, at: number, cells: TableCell[]): { cell: TableCell; from: number } | undefined {
  const rawOf = (i: number) => doc.toRaw[s.clean.start + i];
  const cell = cells.find((c) => c.start <= rawOf(at) && rawOf(at) < c.end);
  if (!cell) return undefined;
  let from = at;
  while (from > 0 && cell.start <= rawOf(from - 1) && rawOf(from - 1) < cell.end) from--;
  return { cell, from };
}

/** A row's first cell that only names a country or a region (甲国 | 120亿美元) says whose the number is, not what it measures. */
function onlyPlaces(text: string): boolean {
  const places = [...countryMentions(text), ...regionMentions(text)];
  return text.replace(/[、和与及\s]/g, "").length <= places.reduce((n, p) => n + (p.end - p.start), 0);
}

/** "甲、乙、丙五国": the count closes a list of countries written just before it. */
function countedList(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 40), at);
  const list = /((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10})(?:等)?$/.exec(before);
  if (!list) return undefined;
  const items = list[1].split("、");
  // (the first item may carry the words before the list: 目前已有甲 → 甲)
  const first = countryMentions(items[0]).find((c) => c.end === items[0].length);
  if (items.length < 2 || !first || !items.slice(1).every((i) => countryMentions(i).some((c) => c.end === i.length))) return undefined;
  return list[1].slice(first.start);
}

/** The description after a key figure's colon, without its date and brackets; a long one by its head noun. */
function keyedMeasure(after: string): string | undefined {
  const desc = after.replace(/[（(，,。；;].*$/, "").replace(/^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?/, "").trim();
  if (desc.length < 2 || !/^[\u4e00-\u9fff]/.test(desc)) return undefined;
  const head = desc.slice(desc.lastIndexOf("的") + 1);
  return desc.length > 16 && head.length >= 2 ? head : desc;
}

/**
 * A figure's fact. Inside a table's cell (`bound`: where the cell begins) it is measured by the cell's own words or
 * by none (its unit, as a figure nothing measures anywhere): never by the clause before, another cell.
 */
function figure(
  s: Sentence,
  h: { start: number; end: number; number: number; text: string; unit: string; measure?: string },
  dates: ReturnType<typeof findDates>,
  bound?: number,
): Candidate {
  const whole = clauseAt(s.text, h.start);
  const clause = bound === undefined ? whole : { start: Math.max(whole.start, bound), end: whole.end };
  const inBound = (c: { start: number }) => bound === undefined || c.start >= bound;
  const unit = h.unit.replace(/^[多余]/, "");
  // 设床位200张, 展出照片200余幅: the thing counted is named just before
  const sheets = /^[张幅]$/.test(unit) && !h.measure ? (measureAfter(s.text, h.end) ?? measureFallback(s.text, h.start, clause.start).replace(/^.*?(?:设有?|展出|展示|共有|配有|拥有|收藏)(?=[\u4e00-\u9fff]{2})/, "")) : undefined;
  // "7份：某某签署的合作文件数" (a line of key figures): the words after the colon say what the number is
  const keyed = !h.measure && /^[▪•·\-\s]*$/.test(s.text.slice(0, h.start)) && /^[：:]/.test(s.text.slice(h.end)) ? keyedMeasure(s.text.slice(h.end + 1)) : undefined;
  let measure = h.measure ?? sheets ?? keyed ?? (COUNT_UNITS.has(unit) ? (measureAfter(s.text, h.end) ?? measureBefore(s.text, h.start, clause.start)) : measureBefore(s.text, h.start, clause.start));
  const growth = /增长|增幅|涨幅|增速/.test(s.text.slice(clause.start, h.start).slice(-8));
  if ((unit === "%" || unit === "％" || unit === "倍") && growth && (!measure || /^(?:增幅|涨幅|增速)$/.test(measure))) {
    // "…GDP为2614亿美元，同比增长5.1%": growth of what the clause before measured
    const prev = clauses(s.text).filter((c) => c.end <= clause.start && inBound(c)).pop();
    const base = measure ?? (prev ? measureBefore(s.text, prev.end, prev.start) : undefined);
    measure = `${base ?? ""}${/同比/.test(s.text.slice(clause.start, h.start)) ? "同比" : ""}增长`;
  }
  if (unit.endsWith("周年")) {
    // 建交30周年: the event whose anniversary it is
    const left = s.text.slice(clause.start, h.start).replace(/[近逾约超过已是为迎来即将]+$/, "");
    measure = withoutLeadingSides(left.replace(/^.*[的在与和及是为将把对从由了等占、向同]/, "")) || undefined;
  }
  if (!measure) measure = measureAfter(s.text, h.end);
  if (!measure) {
    // "…贸易额在2020年突破100亿美元，2021年达到123亿美元": the clause before says what
    const prev = clauses(s.text).filter((c) => c.end <= clause.start && inBound(c)).slice(-2).reverse();
    for (const c of prev) if (!measure) measure = measureBefore(s.text, c.end, c.start);
  }
  if (!measure) measure = measureFallback(s.text, h.start, clause.start);
  // a bracketed label before the measure (【字幕】全程) is no part of it
  // (nothing says what it measures: the unit stands for no measure, as anywhere else)
  measure = measure.replace(/^.*】/, "").replace(/^[，、：“”—–\-]+|[“”]+$/g, "") || unit;
  const inClause = dates.filter((d) => d.at.start >= clause.start && d.at.end <= clause.end);
  const beforeInClause = inClause.filter((d) => d.at.end <= h.start);
  // a decade in an earlier clause (早在19世纪中叶，…；目前…300万人) dates no figure
  const before = dates.filter((d) => d.at.end <= h.start && d.precision !== "decade");
  const date = (beforeInClause.length ? beforeInClause[beforeInClause.length - 1] : inClause.length ? inClause[0] : before[before.length - 1])?.iso;
  const clauseText = s.text.slice(clause.start, clause.end);
  const subjects = unique([...countryMentions(clauseText), ...regionMentions(clauseText)].map((c) => c.name));
  return {
    kind: "figure",
    label: `${measure} ${h.text}${date ? `（${date}）` : ""}`,
    value: {
      number: h.number,
      text: h.text,
      unit,
      measure,
      ...(date ? { year: date } : {}),
      ...(subjects.length ? { subject: subjects.join("、") } : {}),
    },
    at: { start: h.start, end: h.end },
    sentence: s,
    key: `${h.number}${unit}|${date ?? ""}|${measure}`,
  };
}
