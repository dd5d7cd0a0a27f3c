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
const TRAD_CHARS = new Set([
  ...TO_SIMPLIFIED.keys(),
  ..."戰瀾歷應灣濟門頭點無爭盡風飛馬魚鳥齊寶聖樂廣慶態銀錢閱雜難靈響顯驗黨權樣標環衛護隨陽陰陳階極檢歸氣滿漢熱獎畫療盤監禮種積穩競筆節範簡紅純紙細終絕絲網綠緊編績繼續罰習聞職腦艦藝藥號蘭處虛術衝補裝製複視覽觀訊討訓許證評試詩詳語誰請諸讓變讀豐負貢財責貨質費資賓賽趨跡踐車軌軟較載輕輪農遠遞醫釋針錄鐘閉雲須頁項預領頻顧館髮鬥鮮黃",
]);
const SIMP_CHARS = new Set([
  ...[...TO_SIMPLIFIED.values()].filter((c) => !"系划于后".includes(c)),
  ..."战澜历应湾济门头点无争尽风飞马鱼鸟齐宝圣乐广庆态银钱阅杂难灵响显验党权样标环卫护随阳阴陈阶极检归气满汉热奖画疗盘监礼种积稳竞笔节简红纯纸细终绝丝网绿紧编绩继续罚习闻职脑舰艺药号兰处虚术补装复视览观讯讨训许证评试诗详语谁请诸让变读负贡财责货质费资宾赛趋迹践车轨软较载轻轮农远递医释针录钟闭须页项预领频顾馆鲜黄砖",
]);

/** Simplified characters a question frame or a party's name brings into a traditional text, and their traditional form. */
const TO_TRADITIONAL = new Map<string, string>();
for (const [t, c] of TO_SIMPLIFIED) if (!"系划于后".includes(c) && !TO_TRADITIONAL.has(c)) TO_TRADITIONAL.set(c, t);
// the other characters of the question frames ("阅读原文，选择填入括号的一项", "根据", "请写出")
const FRAME_PAIRS = "选選择擇阅閱读讀号號项項据據举舉错錯误誤应應请請写寫数數处處确確单單几幾内內";
for (let i = 0; i + 1 < FRAME_PAIRS.length; i += 2) TO_TRADITIONAL.set(FRAME_PAIRS[i]!, FRAME_PAIRS[i + 1]!);

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
  ["关系", "關係"],
];

/** A question frame written in traditional characters. */
export function inTraditional(text: string): string {
  let out = text;
  for (const [s, t] of FRAME_WORDS) out = out.split(s).join(t);
  // (a traditional text holds none of these characters: each was brought in by the question)
  let traditional = "";
  for (const ch of out) traditional += TO_TRADITIONAL.get(ch) ?? ch;
  return traditional;
}
