/**
 * Generic vocabulary: countries with their Chinese short forms, international
 * organisations, and the characters of transliterated foreign names. Nothing here
 * is specific to any one document.
 */

/** Canonical country name → other written forms. */
export const COUNTRIES: Record<string, string[]> = {
  中国: ["中华人民共和国", "我国"],
  哈萨克斯坦: ["哈萨克斯坦共和国"],
  吉尔吉斯斯坦: ["吉尔吉斯共和国", "吉尔吉斯"],
  塔吉克斯坦: ["塔吉克斯坦共和国"],
  土库曼斯坦: [],
  乌兹别克斯坦: ["乌兹别克斯坦共和国"],
  俄罗斯: ["俄罗斯联邦"],
  美国: ["美利坚合众国"],
  日本: [],
  韩国: [],
  朝鲜: [],
  蒙古: ["蒙古国"],
  印度: [],
  巴基斯坦: [],
  阿富汗: [],
  伊朗: [],
  土耳其: [],
  阿塞拜疆: [],
  格鲁吉亚: [],
  亚美尼亚: [],
  乌克兰: [],
  白俄罗斯: [],
  德国: [],
  法国: [],
  英国: [],
  意大利: [],
  西班牙: [],
  波兰: [],
  匈牙利: [],
  塞尔维亚: [],
  希腊: [],
  越南: [],
  老挝: [],
  柬埔寨: [],
  泰国: [],
  缅甸: [],
  马来西亚: [],
  新加坡: [],
  印度尼西亚: ["印尼"],
  菲律宾: [],
  文莱: [],
  澳大利亚: [],
  新西兰: [],
  加拿大: [],
  巴西: [],
  阿根廷: [],
  墨西哥: [],
  南非: [],
  埃及: [],
  沙特阿拉伯: ["沙特"],
  阿联酋: [],
  以色列: [],
  卡塔尔: [],
  尼泊尔: [],
  孟加拉国: [],
  斯里兰卡: [],
};

/** One-character forms used in pairs and lists: 中俄, 中老泰, 日、韩两国. */
export const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  中: "中国",
  哈: "哈萨克斯坦",
  吉: "吉尔吉斯斯坦",
  塔: "塔吉克斯坦",
  土: "土库曼斯坦",
  乌: "乌兹别克斯坦",
  俄: "俄罗斯",
  美: "美国",
  日: "日本",
  韩: "韩国",
  朝: "朝鲜",
  蒙: "蒙古",
  印: "印度",
  巴: "巴基斯坦",
  阿: "阿拉伯国家",
  伊: "伊朗",
  德: "德国",
  法: "法国",
  英: "英国",
  越: "越南",
  老: "老挝",
  柬: "柬埔寨",
  泰: "泰国",
  缅: "缅甸",
  马: "马来西亚",
  新: "新加坡",
  菲: "菲律宾",
  欧: "欧盟",
  非: "非洲",
  拉: "拉美",
  澳: "澳大利亚",
};

/** Regions and groups that name one side of a relation ("中亚五国"). */
export const REGIONS = [
  "中亚五国", "中亚国家", "中亚", "东盟", "欧盟", "欧洲", "亚洲", "非洲国家", "非洲", "拉丁美洲", "拉美", "加勒比国家", "加勒比", "欧亚", "亚欧", "亚太",
  "东南亚", "南亚", "西亚", "中东欧", "中东", "阿拉伯国家", "太平洋岛国", "拉共体",
];

/** International organisations known by name (generic world knowledge). */
export const ORGANISATIONS = [
  "联合国教科文组织",
  "联合国",
  "上海合作组织",
  "上合组织",
  "集体安全条约组织",
  "欧亚经济联盟",
  "独联体",
  "欧盟",
  "欧洲联盟",
  "东盟",
  "东南亚国家联盟",
  "非盟",
  "阿盟",
  "北约",
  "欧安组织",
  "亚信会议",
  "亚信",
  "亚洲相互协作与信任措施会议",
  "亚投行",
  "亚洲基础设施投资银行",
  "亚洲开发银行",
  "世界银行",
  "国际货币基金组织",
  "世界贸易组织",
  "世贸组织",
  "金砖国家",
  "二十国集团",
  "亚太经合组织",
  "亚欧会议",
  "丝路基金",
  "突厥国家组织",
  "海湾阿拉伯国家合作委员会",
  "海合会",
];

/** Characters frequent in Chinese transliterations of foreign names (阿拉木图, 普里马科夫 …). */
export const TRANSLITERATION_CHARS = new Set(
  "梅让拜绍诺木图普阿巴卡达纳萨塔哈扎拉马亚法加沙瓦帕查察克斯特尔姆恩因伊尼利维基里米西希奇季吉齐兹孜什济提蒂迪比皮普布夫弗格古库胡图杜努鲁苏楚朱穆乌奥博波莫索托多罗洛科戈霍佐卓约尤贝佩德耶埃莱雷谢泽舍切捷别列伯赫丹坦汉曼兰赞钦金林宾明丁廷宁尚杭朗桑凯奈泰娅娜莎丽琳妮薇蒂茨兹契沃冈汗杰丘",
);

export const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "十三" → 13, "二十" → 20, "一百" → 100, "三千" → 3000; NaN when not a numeral. */
export function chineseNumber(s: string): number {
  if (!s) return NaN;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
  for (const ch of s) {
    if (ch in CHINESE_DIGITS) current = CHINESE_DIGITS[ch];
    else if (ch in units) {
      total += (current || 1) * units[ch];
      current = 0;
    } else return NaN;
  }
  return total + current;
}

/** All written forms → canonical country name, longest first (for scanning). */
export const COUNTRY_FORMS: Array<[string, string]> = Object.entries(COUNTRIES)
  .flatMap(([name, forms]) => [[name, name] as [string, string], ...forms.map((f) => [f, name] as [string, string])])
  .sort((a, b) => b[0].length - a[0].length);
