/**
 * Documents written in traditional characters: their words are matched against the generator's
 * (simplified) patterns through a small character map, and the fixed words of a question built on
 * them are written in traditional characters too, so that a question shows one script.
 */

const PAIRS =
  "簽签訂订結结舉举辦办發发訪访華华設设組组創创開开啟启動动過过實实現现達达會会見见談谈產产級级獨独體体當当選选決决確确復复長长運运營营參参議议認认軍军約约講讲話话納纳購购兩两國国雙双關关係系這这時时後后間间麼么與与為为個个們们說说於于從从來来對对際际紀纪歲岁將将還还經经進进總总計计統统務务電电報报記记邊边貿贸額额業业區区東东亞亚歐欧聯联協协條条聲声規规劃划綱纲憲宪論论壇坛機机構构織织該该訴诉稱称紹绍強强調调題题問问劃划陸陆軍军練练鐵铁線线貫贯橋桥龍龙灣湾島岛擊击藍蓝鷹鹰執执後后萬万億亿";
const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TO_SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!);

/** The text with the traditional characters the patterns need read as simplified ones. */
export function simplifiedView(text: string): string {
  let out = "";
  for (const ch of text) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}

/** Characters of the map written one way in each script (系, 划, 于, 后 are written in both). */
const TRAD_CHARS = new Set([...TO_SIMPLIFIED.keys()]);
const SIMP_CHARS = new Set([...TO_SIMPLIFIED.values()].filter((c) => !"系划于后".includes(c)));

/**
 * Options or pairs written in two scripts ("中老鐵路" among "中巴经济走廊"): the one in the other
 * script gives itself away, and the question shows two scripts.
 */
export function mixedScripts(texts: readonly string[]): boolean {
  const trad = texts.some((t) => [...t].some((c) => TRAD_CHARS.has(c)));
  const simp = texts.some((t) => [...t].some((c) => SIMP_CHARS.has(c)));
  return trad && simp;
}

/** Characters written only in traditional texts (the simplified form differs). */
const TRADITIONAL_ONLY = /[國們這說與為個來會發關時對從經進際義]/gu;
const SIMPLIFIED_ONLY = /[国们这说与为个来会发关时对从经进际义]/gu;

/** A text written in traditional characters: many traditional-only characters, few simplified-only ones. */
export function isTraditional(text: string): boolean {
  const t = (text.match(TRADITIONAL_ONLY) ?? []).length;
  const s = (text.match(SIMPLIFIED_ONLY) ?? []).length;
  return t >= 5 && t > 4 * s;
}

/** The fixed words of question frames, simplified → traditional (longest first). */
const FRAME_WORDS: [string, string][] = [
  ["根据原文填空", "根據原文填空"],
  ["阅读原文，选择填入括号的一项", "閱讀原文，選擇填入括號的一項"],
  ["根据原文，选择填入括号的数字", "根據原文，選擇填入括號的數字"],
  ["依据原文", "依據原文"],
  ["填数字", "填數字"],
  ["判断正误", "判斷正誤"],
  ["是在什么时候", "是在什麼時候"],
  ["这是在", "這是在"],
  ["正确答案是", "正確答案是"],
  ["错误，应为", "錯誤，應為"],
  ["空格处应填", "空格處應填"],
  ["请写出", "請寫出"],
  ["年份和月份", "年份和月份"],
  ["正确。", "正確。"],
  ["原文：", "原文："],
];

/** A question frame written in traditional characters. */
export function inTraditional(text: string): string {
  let out = text;
  for (const [s, t] of FRAME_WORDS) out = out.split(s).join(t);
  return out;
}
