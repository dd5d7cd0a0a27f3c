/**
 * Named things ending in a generic type word — 中国—东盟峰会, 中老铁路项目, 全球发展倡议,
 * 上海合作组织 … The name is read leftwards from the type word until a verb, a
 * preposition or punctuation; it must carry a mark of a proper name (a dash or plus
 * joining two parties, quotes, an ordinal, a country or region, Latin letters or
 * digits, or a transliterated foreign name).
 */
import { countryMentions, regionMentions } from "./context";
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, HALT_VERBS, ORGANISATIONS, TRANSLITERATION_CHARS } from "./vocabulary";

export type NameCategory = "mechanism" | "organisation" | "initiative" | "project" | "partnership" | "document";

export interface NamedThing {
  name: string;
  type: string;
  category: NameCategory;
  start: number;
  end: number;
}

const TYPES: Array<[string, NameCategory]> = [
  ["会晤机制", "mechanism"],
  ["圆桌会议制度", "mechanism"],
  ["联席会议制度", "mechanism"],
  // a standing consultation held as a system (某某工作季度会商制度, 某某定期磋商制度)
  ["会商制度", "mechanism"],
  ["磋商制度", "mechanism"],
  ["会晤制度", "mechanism"],
  ["协商制度", "mechanism"],
  ["例会制度", "mechanism"],
  ["机制秘书处", "mechanism"],
  ["秘书处", "mechanism"],
  ["机制", "mechanism"],
  ["峰会", "mechanism"],
  ["论坛", "mechanism"],
  ["外长会议", "mechanism"],
  ["外长会晤", "mechanism"],
  ["领导人会晤", "mechanism"],
  ["首脑会晤", "mechanism"],
  ["部长级会议", "mechanism"],
  ["磋商机制", "mechanism"],
  ["磋商", "mechanism"],
  ["工作组", "mechanism"],
  ["会谈", "mechanism"],
  ["军事演习", "mechanism"],
  ["联合演习", "mechanism"],
  ["演习", "mechanism"],
  ["储备安排", "mechanism"],
  ["联合体", "organisation"],
  ["国家共同体", "organisation"],
  ["共同体", "organisation"],
  ["协商会议", "mechanism"],
  ["会议", "mechanism"],
  ["会晤", "mechanism"],
  ["外长会", "mechanism"],
  ["领导人会议", "mechanism"],
  ["圆桌会", "mechanism"],
  ["首脑会议", "mechanism"],
  ["大会", "mechanism"],
  ["年会", "mechanism"],
  ["交易会", "mechanism"],
  ["展览会", "mechanism"],
  ["洽谈会", "mechanism"],
  ["研讨会", "mechanism"],
  ["联合会", "organisation"],
  ["商会", "organisation"],
  ["研究院", "organisation"],
  ["分校", "organisation"],
  ["学校", "organisation"],
  ["机构", "organisation"],
  ["开发署", "organisation"],
  ["世博会", "mechanism"],
  ["博览会", "mechanism"],
  ["武术节", "mechanism"],
  ["文化节", "mechanism"],
  ["艺术节", "mechanism"],
  ["电影节", "mechanism"],
  ["旅游节", "mechanism"],
  ["大典", "mechanism"],
  ["对接活动", "mechanism"],
  ["合作平台", "mechanism"],
  ["平台", "mechanism"],
  ["网络", "mechanism"],
  ["周", "mechanism"],
  ["分委会", "mechanism"],
  ["委员会", "mechanism"],
  ["理事会", "mechanism"],
  ["对话会", "mechanism"],
  ["对话", "mechanism"],
  ["之友小组", "mechanism"],
  ["组织", "organisation"],
  ["联盟", "organisation"],
  ["开发银行", "organisation"],
  ["银行", "organisation"],
  ["基金", "organisation"],
  ["协会", "organisation"],
  ["倡议", "initiative"],
  ["伙伴关系", "partnership"],
  ["自由贸易协定", "document"],
  ["自贸协定", "document"],
  ["联合声明", "document"],
  ["议定书", "document"],
  ["备忘录", "document"],
  ["协定", "document"],
  ["条约", "document"],
  ["协议", "document"],
  ["宣言", "document"],
  ["公约", "document"],
  ["路线图", "document"],
  ["框架", "document"],
  ["自由贸易区", "project"],
  ["经济合作区", "project"],
  ["合作区", "project"],
  ["示范区", "project"],
  ["试验区", "project"],
  ["实验区", "project"],
  ["开发区", "project"],
  ["投资区", "project"],
  ["商务区", "project"],
  ["经济带", "initiative"],
  ["自贸区", "project"],
  ["经济特区", "project"],
  ["特殊经济区", "project"],
  ["自由区", "project"],
  ["燃煤电站", "project"],
  ["工业园", "project"],
  ["高速铁路", "project"],
  ["高铁", "project"],
  ["水电站", "project"],
  ["核电站", "project"],
  ["大桥", "project"],
  ["深水港", "project"],
  ["港口城", "project"],
  ["知识城", "project"],
  ["港口", "project"],
  ["经济走廊", "project"],
  ["新通道", "project"],
  ["大通道", "project"],
  ["通道", "project"],
  ["运河", "project"],
  ["航线", "project"],
  ["风电场", "project"],
  ["物流园", "project"],
  ["铁路隧道", "project"],
  ["铁路", "project"],
  ["公路", "project"],
  ["管道", "project"],
  ["隧道", "project"],
  ["走廊", "project"],
  ["大陆桥", "project"],
  ["桥", "project"],
  ["班列", "project"],
  ["光伏电站", "project"],
  ["电站", "project"],
  ["风电", "project"],
  ["输变电工程", "project"],
  ["工程", "project"],
  ["项目", "project"],
  ["基地", "project"],
  ["合作中心", "project"],
  ["储备库", "project"],
  ["联合实验室", "project"],
  ["实验室", "project"],
  ["博物馆", "project"],
  ["纪念馆", "project"],
  ["中心", "project"],
  ["工坊", "project"],
  ["轻轨", "project"],
  ["气田", "project"],
  ["产业园", "project"],
  ["园区", "project"],
  ["口岸", "project"],
  ["码头", "project"],
  ["港", "project"],
  ["机场", "project"],
  ["大道", "project"],
  ["快速路", "project"],
  ["钢厂", "project"],
  // plants named by their place or maker (某某汽车厂, 某地纸浆厂)
  ["汽车厂", "project"],
  ["纸浆厂", "project"],
  ["水泥厂", "project"],
  ["化肥厂", "project"],
  ["制药厂", "project"],
  ["纺织厂", "project"],
  ["组装厂", "project"],
  ["电厂", "project"],
  ["工厂", "project"],
  ["加工厂", "project"],
  ["炼油厂", "project"],
  ["炼厂", "project"],
  ["新城", "project"],
  ["科学考察站", "project"],
  ["空间站", "project"],
  ["科研站", "project"],
  ["卫星", "project"],
  ["仲裁庭", "organisation"],
  ["法庭", "organisation"],
  ["考察站", "project"],
  ["科考站", "project"],
  ["观测站", "project"],
  ["站", "project"],
  ["铜矿", "project"],
  ["铁矿", "project"],
  ["金矿", "project"],
  ["锂矿", "project"],
  ["矿山", "project"],
  ["决议", "document"],
  ["议程", "document"],
  ["联合公报", "document"],
  ["联合新闻公报", "document"],
  ["新闻公报", "document"],
  ["会谈纪要", "document"],
  ["纪要", "document"],
  ["合作方案", "document"],
  ["实施方案", "document"],
  ["章程", "document"],
  ["行动计划", "document"],
  ["回合", "mechanism"],
  ["安排", "mechanism"],
  // last: longer types beginning with it (合作区, 合作中心) are tried first
  ["合作", "mechanism"],
  ["联委会", "mechanism"],
  ["混委会", "mechanism"],
];

// (a new town's project, 某某新城储能项目, is one name: 新城 ends no name before another type word)
const ENDING_TYPES = TYPES.filter(([t, c]) => (c === "project" || c === "initiative") && t.length >= 2 && t !== "新城").map(([t]) => t);
const TYPE_RE = new RegExp(TYPES.map(([t]) => t).join("|"), "g");
const CATEGORY = new Map(TYPES);

/** A bridge's name before its 桥: the two places it joins (甲—乙) or a transliterated place, not a “……之桥”. */
function isBridgeName(body: string): boolean {
  return !/之$/.test(body) && (/^[^—]{2,8}—[^—]{2,8}$/.test(body) || transliteratedRun(body));
}

/** The type word a name ends with, and its category (“某某工作组” → 工作组, mechanism). */
export function nameType(name: string): { type: string; category: NameCategory } | undefined {
  const hit = TYPES.filter(([t]) => name.endsWith(t) && name.length > t.length + 1).sort((a, b) => b[0].length - a[0].length)[0];
  // "两协定一机制", "三网一平台": a counted formula names a set of things, not one mechanism
  if (/^[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}$/.test(name)) return undefined;
  // "以某某为中心" is a verb phrase (with X at the centre), not a centre's name
  if (/^以(?!色列)[\u4e00-\u9fff]{1,10}为(?:中心|核心|主体|导向|基础|重点)$/.test(name)) return undefined;
  // (共同体 is a type only of a region's community: 某洲某部共同体, not 命运共同体)
  if (hit?.[0] === "共同体" && !isRegionCommunity(name.slice(0, -3))) return undefined;
  // (桥 is a type only of a bridge named by its two ends or a foreign place: not “梦想之桥”, “友谊桥”)
  if (hit?.[0] === "桥" && !isBridgeName(name.slice(0, -1))) return undefined;
  return hit && !/^(?:合作|周|网络|平台|大道)$/.test(hit[0]) ? { type: hit[0], category: hit[1] } : undefined;
}

/** Verbs of arriving at or leaving a place (抵达某某机场): what follows is where someone travels, not a work. */
const ARRIVAL_VERBS = ["抵达", "到达", "飞抵", "降落", "离开", "途经", "经停", "转机"];
const ARRIVED_AT = new RegExp(`(?:${ARRIVAL_VERBS.join("|")})(?:在|于)?$`);

/** Words a name never runs across, read leftwards. */
const STOP_WORDS = [
  "北接", "南接", "东接", "西接", "北连", "南连", "东连", "西连",
  "举行", "举办", "召开", "健全", "完善", "出席", "参加", "建立", "成立", "启动", "签署", "签订", "通过", "主持", "发表", "提出", "宣布",
  "推动", "推进", "加强", "深化", "开展", "实施", "落实", "支持", "依托", "利用", "借助", "包括", "例如", "加入", "参与",
  "建设", "开通", "修建", "共建", "打造", "构建", "形成", "设立", "开设", "运营", "完成", "实现", "促进", "围绕", "作为",
  "成为", "称为", "名为", "题为", "以及", "还是", "就是", "或者", "提升", "升级", "升格", "同意", "倡导", "倡议举办",
  "主办", "承办", "达成", "访问", "扩大", "提供", "纳入", "入选", "分析", "认为", "表示", "指出", "报道", "显示", "获得", "得到",
  // who speaks or is asked (我们来连线某某研究院的…): no part of a name
  "我们", "你们", "他们", "连线", "采访", "专访",
  // a journey's arrival or departure (乘专机抵达某某国际机场): the place reached is no part of a name
  ...ARRIVAL_VERBS,
  // a time something falls on (恰逢某某论坛成立20周年)
  "恰逢", "适逢", "正值", "时值", "欣逢", "喜逢",
  "坚持", "践行", "响应", "下设", "设有", "欢迎", "简称", "统称", "又称", "没有", "对接", "覆盖", "开启", "迎来", "进入", "标志", "意味", "借鉴", "依靠", "经由", "途径",
  "发射", "发挥", "用好", "办好", "开好", "管好", "重视", "派遣", "派出", "收购", "并购", "接管", "决定", "组建", "制定", "强化", "增设", "布局", "连接", "以来", "此次", "本次", "这次", "两届", "历届", "多届", "不同", "支持",
  // a text used, read or applied to (申领某协定原产地证书, 解读某协定)
  "申领", "申请", "解读", "办理", "享受", "适用", "使用", "担任",
  // what is judged or greeted (积极评价某某港扩建项目, 赞赏某某论坛)
  "评价", "赞赏", "祝贺", "感谢",
  // a body or a programme stopped or taken up again (暂停中甲某某对话机制, 恢复某某磋商)
  ...HALT_VERBS,
];
export const STOP_CHARS = new Set("的在于与和及、是为将把对向从由被让使给等了着过这那其该此每些也还又已并而但即如若因就才起以到");
const NAME_CHARS = /[\u4e00-\u9fffA-Za-z0-9—–\-+＋·“”（）()]/;
const MAX_NAME = 30;
const WORDS_WITH_STOPS = new Set("维和 和平 和谐 对外 对口 在线 以色 为民 于阗 起源 及时 等离 给水 由来 自由 被动 把关".split(" "));
/** Whether the particle at `at` belongs to a word holding it (和 in 和平, 对 in 对外): then it does not cut a name. */
export function inWordWithStop(text: string, at: number): boolean {
  return WORDS_WITH_STOPS.has(text.slice(at - 1, at + 1)) || WORDS_WITH_STOPS.has(text.slice(at, at + 2));
}
const TYPES_WITH_STOPS = TYPES.map(([t]) => t).filter((t) => [...t].some((ch) => STOP_CHARS.has(ch)));

/** The end of an organisation's name: one the vocabulary knows, or a name ending in 组织/联盟/联合会. */
const ORG_BEFORE = new RegExp(`(?:${ORGANISATIONS.filter((o) => /^[\u4e00-\u9fff]+$/.test(o)).join("|")}|[\u4e00-\u9fff]{2}(?:组织|联盟|联合会)|[\u4e00-\u9fff]{2,8}(?:银行|科学院|研究院|大学))$`);

const PAIR_CHINA_SECOND = new RegExp(`^[${Object.keys(COUNTRY_ABBREVIATIONS).filter((c) => !"中新所非拉".includes(c)).join("")}]中(?![国心间东亚欧部央华文外])`);

/** Ordinals, quotes, dashes, Latin letters or digits, or the word 全球 mark a proper name. */
function hasProperMark(body: string, category: NameCategory, marks: readonly string[], type = ""): boolean {
  if (marks.some((m) => body.includes(m))) return true;
  if (ORGANISATIONS.some((o) => body.includes(o))) return true; // 某组织+城市+峰会
  if (/[—–+＋“”]|[A-Za-z]|\d|首届|第[一二三四五六七八九十\d]+[届次轮]/.test(body)) return true;
  if (/^(?:论坛|峰会|组织|机制|会议)/.test(body)) return true;
  // a comprehensive pilot zone (某地某某综合试验区) and a ceremony (某某大典) are named as such
  if (/^(?:试验区|实验区)$/.test(type) && /综合$/.test(body) && body.length >= 4) return true;
  if (type === "大典" && body.length >= 4) return true;
  // a standing meeting of named participants (某某企业圆桌会议制度, 某某联席会议制度)
  if (/(?:会议|会商|磋商|会晤|协商|例会)制度$/.test(type) && body.length >= 4 && !/^(?:各|有关|相关|定期|部门|部际|省际|多方|双方)/.test(body)) return true;
  // talks named by the rank of those who hold them (某某军长级会谈, 大使级会谈): a standing channel
  if (/^(?:会谈|会晤|磋商|对话)$/.test(type) && RANKED_TALKS.test(body)) return true;
  // a zone, a port or a deep-water port named by the place it is in (某某经济特区, 某某深水港, 某某深水港项目)
  if (PLACE_BOUND_TYPES.test(type) && isBoundPlace(body)) return true;
  if (category === "project" && placeBoundWork(body)) return true;
  // a zone the state designates, named by its place (某地国家重点开发开放试验区, 某地国家级新区)
  if (STATE_ZONE_TYPES.test(type) && STATE_ZONE.test(body) && isBoundPlace(STATE_ZONE.exec(body)![1])) return true;
  // a count of parties or states names a format (六方会谈, 五核国机制)
  if (/^(?:首轮|第[一二三四五六七八九十\d]+轮)?[三四五六七八九十]核?[国方]$/.test(body) && (category === "mechanism" || category === "organisation")) return true; // 论坛北京峰会: a meeting of a forum named before
  if (STRONG_TYPES.test(type) && STRONG_PROJECT.test(body + "|") && isShortProperName(body)) return true;
  if (category === "initiative" && /^(?:全球|区域|地区|国际)/.test(body)) return true;
  // a belt named for a road or a river (某某之路经济带, 某江经济带)
  if (type === "经济带" && (/^[\u4e00-\u9fff]{2,6}之路$/.test(body) || /^[\u4e00-\u9fff]{1,3}[江河]$/.test(body))) return true;
  if ((category === "mechanism" || category === "organisation") && /^(?:全球|世界)/.test(body) && body.length >= 4) return true;
  // a council of an organisation's heads of state, ministers or heads of government (元首理事会, 外长理事会)
  if (type === "理事会" && /^(?:元首|外长|外交部长|政府首脑(?:（总理）)?|总理|国防部长|防长|财长|经贸部长|议长|总检察长)$/.test(body)) return true;
  if (MEETING_TYPES.test(type) && ROLE_IN_MEETING.test(body + type) && body.length >= 4 && !/^(?:部长级|高级别|高层|领导人|各国|有关|相关|双方|多边|双边)/.test(body)) return true;
  if (PLACE_TYPES.test(type) && isPlaceName(body)) return true;
  // a land–sea corridor (某部陆海新通道, 陆海贸易新通道): the route names it
  if (/^(?:新通道|大通道)$/.test(type) && /^(?:[东西南北]部|国际|南向)?(?:陆海|海陆)(?:贸易)?$/.test(body)) return true;
  // a joint city of a pair with its place in brackets (中甲（某地）知识城)
  if (type === "知识城" && /^[\u4e00-\u9fff]{2}（[\u4e00-\u9fff]{2,4}）$/.test(body) && countryMentions(body).length >= 2) return true;
  // 某某国际机场: an international airport named by a place of two to four characters (not 新建/首座 …)
  if (type === "机场" && /^[\u4e00-\u9fff]{2,4}国际$/.test(body) && !GENERIC_PLACE_BODY.test(body) && ![...body.slice(0, -2)].some((ch) => STOP_CHARS.has(ch) || "有没不无个座条家所".includes(ch))) return true;
  if (/站$/.test(type) && /(?:月球|火星|北极|南极)/.test(body)) return true; // 国际月球科研站
  if ((category === "organisation" || type.endsWith("中心")) && /^(?:国际|世界|全球|联合国|亚洲|欧洲|非洲|美洲)/.test(body) && body.length >= 4) return true;
  // a river or basin names the body: 某某河委员会, 某某江流域合作
  if (/[\u4e00-\u9fff]{2}(?:河|江)(?=$|流域|沿岸|国家|合作|经济|水|次?区域|地区)/.test(body) && !/(?:运河|内河|山河|江河)/.test(body)) return true;
  if (countryMentions(body).length > 0 || regionMentions(body).length > 0) return true;
  // a pair written with China second (美中, 俄中 + 某某协定): the other side's one-character form first
  if (PAIR_CHINA_SECOND.test(body)) return true;
  if (/^(?:上海|亚洲|欧亚|亚欧|丝路|金砖|亚太|东亚|南南)/.test(body)) return true;
  // the two parties' own body (两党理论研讨会, 两党某某委员会)
  if (category === "mechanism" && /^两党[\u4e00-\u9fff]{2,}/.test(body)) return true;
  // seas, oceans and poles name a body: 北极理事会, 印度洋某某论坛
  if (/^(?:跨|环|泛)?(?:北极|南极|月球|火星|南海|东海|黄海|北冰洋|太平洋|大西洋|印度洋|地中海|波罗的海|黑海|里海|红海|加勒比|东北亚|东南亚|南太平洋|西太平洋|北美|南美|中美洲|环太平洋|泛北部湾|北部湾|孟加拉湾|波斯湾|几内亚湾|亚丁湾|墨西哥湾|大湄公河|澜湄|湄公河)/.test(body)) return true;
  return transliteratedRun(body);
}

/**
 * 拉美和加勒比国家: a 和/与/及 between two regions or countries is inside the name; so is
 * one between two short nouns after a dash-joined pair (甲—乙减贫与发展合作中心), unless
 * what follows is an organisation of its own.
 */
function joinsTwoSides(text: string, at: number, nameStart: number): boolean {
  if (!"和与及".includes(text[at])) return false;
  const rightPart = text.slice(nameStart, nameStart + 12);
  if (/—/.test(text.slice(Math.max(0, at - 10), at)) && nameStart - at <= 8 && !ORGANISATIONS.some((o) => rightPart.startsWith(o)) && ![...countryMentions(rightPart), ...regionMentions(rightPart)].some((m) => m.start === 0))
    return true;
  const right = text.slice(nameStart, nameStart + 8);
  const left = text.slice(Math.max(0, at - 8), at);
  const sideAt = (t: string, where: "start" | "end") =>
    [...regionMentions(t), ...countryMentions(t)].some((m) => (where === "start" ? m.start === 0 : m.end === t.length));
  return sideAt(right, "start") && sideAt(left, "end");
}

/** Generic heads that are never names on their own ("合作机制", "多边机制"). */
const GENERIC_BODY = /^(?:合作|多边|双边|安全|相关|现有|定期|长效|协调|对话|会晤|发展|建设|国际|地区|区域|各类|各种|重大|大型|标志性|民生|示范|这些|该|本届|此次|首届|历届|全球性|战略性|下一个|一个|一批|多个|多|新)$/;

/**
 * Abbreviations a document builds from dash-joined names: 长江—黄河 → 长黄. Such a
 * two-character abbreviation marks a proper name in the rest of the document.
 */
const LEADING_COUNTRY = new RegExp(`^(?:${COUNTRY_FORMS.map(([f]) => f).join("|")})`);
export function pairAbbreviations(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,5})—([\u4e00-\u9fff]{2,5})/g)) {
    out.add(m[1][0] + m[2][0]);
  }
  // a cooperation the text names in full and by its short form (甲江—乙河合作, 甲乙合作): each form is its name
  // (two rivers, seas or places: not two countries or regions, whose one-character pair names no body: 中甲合作)
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,5})—([\u4e00-\u9fff]{2,5}?)合作/g)) {
    const short = `${m[1][0]}${m[2][0]}合作`;
    const sides = [...countryMentions(m[1]), ...countryMentions(m[2]), ...regionMentions(m[1]), ...regionMentions(m[2])];
    if (sides.length === 0 && text.includes(short)) out.add(m[0]).add(short);
  }
  // cities where the document says a meeting was held (在中国杭州举行 → 杭州): 杭州峰会 names a meeting
  for (const m of text.matchAll(/在([\u4e00-\u9fff]{2,8}?)(?:首次|正式|隆重|成功)?(?:举行|召开|举办)/g)) {
    const place = m[1].replace(LEADING_COUNTRY, "");
    if (place.length >= 2 && place.length <= 4 && !/[的了与和及]/.test(place)) out.add(place);
  }
  // a conference of a year named by its city (某年的某地会议), where the document speaks of that city as a place
  // (在某地, 说到某地): the city's name marks the conference
  for (const m of text.matchAll(/\d{4}年的?([\u4e00-\u9fff]{2,4}?)会议/g)) {
    const place = m[1];
    if ([...place].some((ch) => STOP_CHARS.has(ch)) || GENERIC_BODY.test(place) || /^(?:工作|全体|年度|部长|领导人|专家|视频|筹备|协调|联席|例行|特别|首次|国际|中央|全国|地方|双边|多边)/.test(place)) continue;
    if (new RegExp(`(?:在|到|说到|提起|提到|来到|前往|抵达|位于)${place}(?!会议)`).test(text)) out.add(`${place}会议`);
  }
  // a text on research stations (考察站, 科考站) names each by two characters where it is built or opened
  // (某某站建成, ——某某站在某地建成, 某某站位于…): such a station is a proper name wherever the text names it
  if (/考察站|科考站|科研站|观测站/.test(text))
    for (const m of text.matchAll(/(?<=^|[：:，。；\n]|——)([\u4e00-\u9fff]{2})站(?=建成|开站|落成|启用|正式(?:建成|开站|启用)|位于|在[\u4e00-\u9fff]{2,10}(?:建成|开站|落成|启用))/g))
      if (!/^(?:该|这|此|首|一|两|三|四|五|本|全|各|每|车|基|网|中继|中转|终点|起点|考察|科考|科研|观测|空间)$/.test(m[1]) && !/[站的了在是与和]/.test(m[1])) out.add(m[0]);
  return [...out];
}

const STRONG_TYPES = /^(?:铁路|公路|高铁|高速铁路|港口|大桥|隧道|港)$/;
/** Ranks whose holders meet in talks of their own (军长级会谈, 大使级会谈): a channel, not a manner of meeting. */
const RANKED_TALKS = /^(?:军长|师长|旅长|团长|大使|司局|司长|局长|副外长|副部长|次长|参谋长|总参谋长)级$/;
/** What a plant does once built (某某厂于2017年投产, 已经竣工, 正式运营). */
const PLANT_RUNNING = /^(?:于[\d〇一二三四五六七八九十]{2,4}年(?:\d{1,2}月)?)?(?:正式|已经|已|顺利|全面)?(?:建成)?(?:投产|竣工|落成|开工|运营|投入运营|投入使用)/;
/** Zones and ports bound to the one place they are in: a short place before them names them. */
const PLACE_BOUND_TYPES = /^(?:经济特区|特殊经济区|深水港)$/;
/** A work named by a zone or a port bound to a place (某某深水港项目, 某某经济特区开发项目). */
const PLACE_BOUND_WORK = /^([\u4e00-\u9fff]{2,4}?)(?:经济特区|特殊经济区|深水港)[\u4e00-\u9fff]{0,4}$/;
const STATE_ZONE_TYPES = /^(?:试验区|实验区|开发区|示范区|新区|合作区)$/;
/** 某地国家(级)某某: a zone the state designates, its place first. */
const STATE_ZONE = /^([\u4e00-\u9fff]{2,3}?)国家(?:级)?[\u4e00-\u9fff]{2,10}$/;
/** A place of two to four characters that is no common word or count (某某 in 某某经济特区, not 新建/该/多个). */
function isBoundPlace(body: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/.test(body) && !GENERIC_PLACE_BODY.test(body) && !COMMON_MODIFIERS.has(body) && ![...body].some((ch) => STOP_CHARS.has(ch) || "有没不无个座条家所".includes(ch));
}
function placeBoundWork(body: string): boolean {
  const m = PLACE_BOUND_WORK.exec(body);
  return !!m && isBoundPlace(m[1]);
}
/** Lines, ports, plants and zones named for a place: 某某港, 某某水电站, 某某新国际机场, 某某经济特区. */
const PLACE_TYPES = /^(?:轻轨|炼厂|炼油厂|自由贸易区|自贸区|快速路|铜矿|铁矿|金矿|锂矿|矿山|回合|铁路|公路|高速公路|高铁|高速铁路|港口城|港口|港|大桥|隧道|机场|水电站|燃煤电站|核电站|电站|光伏电站|风电场|经济特区|特殊经济区|自由区|工业园|产业园|气田|油田|口岸|码头|运河|管道)$/;
const GENERIC_PLACE_BODY = /^(?:新|该|这|那|此|其|各|多(?=[个座条家所项批])|大(?=型|批|量)|小(?=型)|中(?=型|小)|主要|重要|国际|国内|地方|沿线|跨境|现代|已有|现有|在建|新建|首座|首条|首个|第[一二三四五六七八九十]|一[座条个]|两|境内|境外|海外|沿海|内陆|当地|本地|全国|全球|部分|若干|一些|多个|相关|有关|上述|优先|重点|燃煤|水|核|火|风|光伏|煤|天然气|石油|原油|输|配|跨|援|传统|清洁|绿色|智慧|数字|特殊|自由|经济|工业|产业|物流|综合|国家|省|市|县)/;
function isPlaceName(name: string): boolean {
  // (的 opens a name only where a 和 before it made it one: 甲港和的某某港)
  const body = name.replace(/^的(?=[\u4e00-\u9fff]{2})/, "");
  // a place of two to four characters, possibly followed by 新/国际/港 (某某新国际机场, 某某港自由区)
  const m = /^([\u4e00-\u9fff]{2,4}?)(?:新国际|国际|新|港|[东西南北]|[一二三四五六七八九十]号)?$/.exec(body);
  if (!m || GENERIC_PLACE_BODY.test(body) || COMMON_MODIFIERS.has(m[1]) || [...m[1]].some((ch) => STOP_CHARS.has(ch) || "有没不无".includes(ch))) return false;
  // a place reads as one: transliterated, or ending like a place name (某河, 某江, 某州 …)
  return [...m[1]].some((ch) => TRANSLITERATION_CHARS.has(ch)) || /[州城山河江湖海岛湾口关门川峡原]$/.test(m[1]);
}
/** Officials whose meeting is a standing mechanism: 某某外长会晤, 安全事务高级代表会议, 某某部长级会议. */
const ROLE_IN_MEETING = /安全会议秘书|(?:外交|国防|公安|商务|财政)部(?=战略|磋商|对话|会晤)|政府首脑|高级代表|外长|外交部长|部长|领导人|总理|元首|首脑|高层|高级别|议长|财长|央行行长|防长|总检察长|秘书长/;
const MEETING_TYPES = /^(?:理事会|秘书会议|会议|会晤|会|对话会|峰会|外长会|外长会议|外长会晤|领导人会晤|领导人会议|首脑会晤|首脑会议|部长级会议|圆桌会|对话|磋商)$/;
/** Two-character names of lines and links (蒙内铁路, 雅万高铁) are proper names unless they are common modifiers. */
const STRONG_PROJECT = /^[\u4e00-\u9fff]{2}\|$/;
const COMMON_MODIFIERS = new Set(
  "高速 城际 国际 跨境 跨国 跨江 跨海 跨河 电气 普通 重载 货运 客运 地方 国家 区域 沿线 该条 这条 一条 首条 新建 在建 既有 现有 主要 重要 乡村 农村 城市 干线 支线 双线 单线 复线 输油 输气 天然 石油 原油 这些 部分 更多 大型 小型 多条 各条 全线 整条 铁路 公路 港口 管道 隧道 高铁 具备 具有 拥有 需要".split(" "),
);
function isShortProperName(body: string): boolean {
  return !COMMON_MODIFIERS.has(body);
}

/**
 * A kind of thing, no name of one: a generic modifier before a type word ("重点合作项目", "在建工程", "标志性工程",
 * "新建港口"), as a slide's heading over several things writes it.
 */
export function genericTypePhrase(text: string): boolean {
  const type = TYPES.map(([t]) => t).filter((t) => text.endsWith(t)).sort((a, b) => b.length - a.length)[0];
  if (type === undefined) return false;
  const body = text.slice(0, -type.length);
  return body === "" || GENERIC_PLACE_BODY.test(body) || COMMON_MODIFIERS.has(body) || /^[\u4e00-\u9fff]{1,3}性/u.test(body);
}

/** Three transliteration characters in a row (a foreign place or person). */
function transliteratedRun(body: string): boolean {
  let run = 0;
  for (const ch of body) {
    run = TRANSLITERATION_CHARS.has(ch) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

const REGION_COMMUNITY = /^(?:[东西南北中]部?|南部|北部)?(?:非洲|非|欧洲|欧|亚洲|美洲|加勒比|安第斯|拉丁美洲|拉美|太平洋|印度洋|阿拉伯)(?:国家)?[\u4e00-\u9fff]{0,4}$/;
/** A region's community (东非共同体, before its 共同体), not one of ideas (命运共同体, 安全共同体). */
function isRegionCommunity(body: string): boolean {
  return REGION_COMMUNITY.test(body) && !/(?:命运|利益|责任|健康|安全|卫生|网络空间|人类|未来)$/.test(body);
}

/** A name standing in a list: 甲、乙等 / …、甲. */
const inList = (text: string, start: number, end: number) => (end < text.length && "、等".includes(text[end])) || text[start - 1] === "、";

const LEVEL_ONLY = new RegExp(`^(?:[${Object.keys(COUNTRY_ABBREVIATIONS).join("")}东]{0,3})(?:创新|新时代|全天候|永久|全方位|全面|战略|合作|协作|协调|友好|睦邻|传统|互利|新型|特殊|高水平|紧密|重要)*$`);

export function findNamedThings(text: string, marks: readonly string[] = []): NamedThing[] {
  const found: NamedThing[] = [];
  const weak: NamedThing[] = [];
  for (const m of text.matchAll(TYPE_RE)) {
    const type = m[0];
    const end = m.index! + type.length;
    // a port city (某某港口城) or a group of friends of an initiative (某某倡议之友小组) is a longer name
    // 某港务局 is no port; 某港开港 opens one: 开港/建港 is a verb and its object, not a name
    if (/^港口?$/.test(type) && (text[end] === "务" || /(?:开|建|出|进|离|抵|靠|到)$/.test(text.slice(0, m.index!)))) continue;
    if ((/^港口?$/.test(type) && text[end] === "城") || (type.endsWith("倡议") && /^之友(?:小组)?/.test(text.slice(end)))) continue;
    // a type word followed by the noun it qualifies (条约数据库, 条约公告, 铁路运单, 铁路站, 铁路衔接口岸) ends no name
    if (/^(?:数据库|公告|文本|编号|服务网|网站|官网|运单|单证|站(?![\u4e00-\u9fff]{0,1}[，。；、]|$)|衔接|口岸|货物|运输|运力|部门|司|局)/.test(text.slice(end)) && !/^(?:站)$/.test(type)) continue;
    // a room a meeting is held in (某楼305会议室, 会谈厅) is no meeting
    if (/(?:会|会议|会谈|会晤)$/.test(type) && /^[室厅]/.test(text.slice(end))) continue;
    // the type word must end the name: not followed by more name (机制 in 机制秘书处 is handled by the longer type)
    let start = m.index!;
    while (start > 0 && start > end - MAX_NAME) {
      const ch = text[start - 1];
      if (!NAME_CHARS.test(ch)) break;
      // a double dash (某某考察站——某某站) sets a name off; one dash joins two sides (甲—乙)
      if (ch === "—" && text[start - 2] === "—") break;
      const country = COUNTRY_FORMS.find(([f]) => f.length > 1 && text.endsWith(f, start));
      if (country) {
        // a country name is part of the name, even one holding a particle (埃及)
        start -= country[0].length;
        continue;
      }
      // a type word holding a particle (对话) inside a longer name: 三方外长对话机制
      const inner = start < m.index! + 1 ? TYPES_WITH_STOPS.find((t) => text.endsWith(t, start)) : undefined;
      if (inner && start - inner.length > end - MAX_NAME) {
        start -= inner.length;
        continue;
      }
      // words holding a particle are part of a name: 维和, 和平, 对外, 在线 …
      if (STOP_CHARS.has(ch) && inWordWithStop(text, start - 1)) {
        start--;
        continue;
      }
      // 甲港和的里雅斯特港: a 的 right after 和/与/及/、 is no particle but the first character of the name
      if (ch === "的" && "和与及、".includes(text[start - 2] ?? "") && TRANSLITERATION_CHARS.has(text[start] ?? "")) {
        start--;
        break;
      }
      // 那 inside a transliterated name (阿维尔那, 维那): part of the name
      if (ch === "那" && TRANSLITERATION_CHARS.has(text[start - 2] ?? "") && TRANSLITERATION_CHARS.has(text[start - 3] ?? "")) {
        start--;
        continue;
      }
      // "甲组织同乙联盟": two organisations joined by 同/与/和 are two names
      if ("同与和".includes(ch) && (CATEGORY.get(type) === "organisation" || /^(?:组织|联盟)/.test(text.slice(end))) && ORG_BEFORE.test(text.slice(Math.max(0, start - 12), start - 1))) break;
      // 某国经济和贸易合作区, 某某科技与产业园: a zone named by two fields joined by 和/与
      if ("与和".includes(ch) && /^(?:工业|产业|贸易|投资|科技)(?:园|园区|合作区|开发区)$/.test(text.slice(start, end)) && /(?:经济|工业|贸易|科技|投资)$/.test(text.slice(0, start - 1))) {
        start--;
        continue;
      }
      // 协调与合作委员会, 对话和合作机制: two nouns of cooperation joined inside a name
      if ("与和".includes(ch) && /^合作(?:委员会|机制|理事会|论坛)/.test(text.slice(start, end)) && /(?:协调|对话|交流|协商|磋商|发展)$/.test(text.slice(0, start - 1))) {
        start--;
        continue;
      }
      // 建立中甲某某和某某对话合作机制, 设立某某和某某合作联合工作组, 举行中甲某某与某某对话: a 和/与
      // between two fields inside a body's name, the whole of it right after the verb that founds or holds the body
      if ("和与".includes(ch) && CATEGORY.get(type) === "mechanism" && end - start <= 12) {
        const left = /(?:建立|设立|成立|组建|启动|举行|召开)([\u4e00-\u9fff]{2,12})$/.exec(text.slice(Math.max(0, start - 15), start - 1));
        if (left && ![...left[1]].some((c) => STOP_CHARS.has(c)) && !TYPES.some(([t]) => left[1].endsWith(t))) {
          start -= 1 + left[1].length;
          break;
        }
      }
      // 甲—乙桥和丙—丁桥: two names of the same type joined by 和 are two names
      if ("和与及".includes(ch) && type.length === 1 && text.endsWith(type, start - 1)) break;
      if (STOP_CHARS.has(ch) && !joinsTwoSides(text, start - 1, start)) break;
      // "，指某某园区": 指 (refers to) after a comma or 是 opens what it names
      if (ch === "指" && /[，,是即]/.test(text[start - 2] ?? "")) break;
      // 协调某某深水港项目: 协调 (coordinating) opens no name, unless it names the body (协调机制, 协调委员会)
      if (text.endsWith("协调", start) && !/^(?:机制|委员会|会|人|小组|中心|员|司|处|局|组|与|和|及)/.test(text.slice(start))) break;
      // 促进会, 合作促进联合会: 促进 right before the type word is part of the name
      if (STOP_WORDS.some((w) => text.endsWith(w, start)) && !(start === m.index! && text.endsWith("促进", start))) break;
      // another name of a line or a programme ends here ("…经济带同…铁路"): this name starts after it
      if (start < m.index! && ENDING_TYPES.some((t) => text.endsWith(t, start))) break;
      if ((ch === "月" || ch === "日") && /[\d上本当同次]/.test(text[start - 2] ?? "")) break;
      // a dateline (某地某月某日电) ends before what it reports
      if (ch === "电" && text[start - 2] === "日") break;
      if (ch === "年" && /[\d今去同当次明]/.test(text[start - 2] ?? "")) break;
      start--;
    }
    if (CATEGORY.get(type) === "initiative" && /^(?:举办|召开|建立|成立|设立|发起|下|并)/.test(text.slice(end))) continue; // 倡议 as a verb
    let name = balance(text, start, end);
    name = name.replace(/^(?:首部|一部|一份|一项|多份|多项|这些|上述|相关|有关|首次|该|此|其)/, "");
    // 本协定, 使本协定, 根据该条约: the text referring to itself or to one named before, not a name
    if (/(?:^|[使据照行施改署对在与和同为及将把从由])(?:本|该|此|上述)$/.test(name.slice(0, name.length - type.length))) continue;
    // "同俄罗斯…铁路": a preposition before a country opens the phrase, not the name
    // (应 before a country or an organisation is "at the invitation of": 应某国某委员会邀请)
    const lead = /^(?:同|与|和|跟|对|向|应)/.exec(name);
    if (lead && (COUNTRY_FORMS.some(([f]) => name.startsWith(f, 1)) || ORGANISATIONS.some((o) => name.startsWith(o, 1)) || regionMentions(name.slice(1)).some((r) => r.start === 0))) name = name.slice(1);
    name = name.replace(/^(?:[一二两三四五六七八九十\d]+(?:个|家|所|届|座|条|项|批|次|轮|颗|枚|列|趟)|第一个|首个|首家|一批|首批|首列|首趟|首班)/, "");
    // "批准约100个项目": a count inside the phrase ends what comes before it
    if (!/第[一二三四五六七八九十百\d]+/.test(name)) name = name.replace(/^.*?(?:约|近|超过|逾)?[一二两三四五六七八九十百千\d]+(?:多|余)?(?:个|家|所|座|条|项|批|次|轮|份|颗|枚)/, "");
    // 某国多座水电站, 数个港口: an unnamed count of things is a description, not a name
    name = name.replace(/^.*?(?:多|数|几|若干)(?:个|家|所|座|条|项|批|份)/, "");
    // 在某地第三届某某论坛期间: the place it is held in comes before the ordinal, outside the name
    if (text[end - name.length - 1] === "在" && /(?:论坛|峰会|博览会|展览会|交易会|洽谈会|运动会|节)$/.test(type)) name = name.replace(/^[\u4e00-\u9fff]{2,4}(?=第[一二三四五六七八九十百\d]+届|首届)/, "");
    // an agenda is named by its target year (某年某某议程): the year belongs to the name
    if (type === "议程") {
      const year = /\d{4}年$/.exec(text.slice(Math.max(0, end - name.length - 5), end - name.length));
      if (year) name = year[0] + name;
    }
    // “铁路+物流”“铁路+旅游”: a name read across the end of one quotation and the start of the next is none
    if (name.includes("”“")) continue;
    const realStart = end - name.length;
    const body = name.slice(0, name.length - type.length);
    const category = CATEGORY.get(type)!;
    if (body.length < 2 && !ORGANISATIONS.includes(name)) continue;
    if (GENERIC_BODY.test(body)) continue;
    // 某国科研机构, 某国金融机构: bodies of a kind in a country, not one named
    const country = type === "机构" ? countryMentions(body).find((c) => c.start === 0) : undefined;
    if (country && /^(?:的)?(?:科研|研究|金融|教育|医疗|学术|政府|官方|民间|商业|媒体|新闻|相关|有关|主要|多家)$/.test(body.slice(country.end))) continue;
    // 召开第五次会议: a meeting named by its ordinal only is a session of a body named elsewhere
    if (/^(?:首次|第[一二三四五六七八九十百\d]+[次届轮])$/.test(body) && category === "mechanism") continue;
    // weak types name something only in a narrow shape: 16+1合作, 甲—乙合作 in a list of mechanisms,
    // 甲—乙…平台/网络, 某国某某大道
    if (type === "合作" && !/^\d+(?:[+＋][\dA-Z]+)+$/.test(body) && !(/^[^—]{2,8}—[^—]{2,10}$/.test(body) && inList(text, realStart, end))) {
      // a mechanism headed by 合作: given an alias right after it (某某—某某合作（简称某某合作）),
      // or standing in a list beside a marked body (…合作、某某委员会等)
      const aliased = /^[（(]?(?:以下)?(?:简称|又称|亦称)/.test(text.slice(end)) && body.length >= 4 && hasProperMark(body, category, marks, type);
      // a country and a group of countries name a cooperation format (甲国—某某国家合作)
      const format = /^[\u4e00-\u9fff]{2,6}—[\u4e00-\u9fff]{2,8}国家$/.test(body) && countryMentions(body).some((c) => c.start === 0);
      // (or a dash-joined cooperation the text also writes by its short form, 甲江—乙河合作 and 甲乙合作: both are its names)
      // (not opening a longer quoted slogan: “甲乙合作某某十年”)
      const short = marks.includes(name) && !(text[realStart - 1] === "“" && text[end] !== "”");
      if (aliased || format || short) found.push({ name, type, category, start: realStart, end });
      else if (body.length >= 4 && !/[的了]/.test(body) && hasProperMark(body, category, marks, type)) weak.push({ name, type, category, start: realStart, end });
      continue;
    }
    if ((type === "平台" || type === "网络") && (/\d/.test(body) || !(/—/.test(body) || marks.some((mk) => body.includes(mk))))) continue;
    if (type === "大道" && !countryMentions(body).some((c) => c.start === 0)) continue;
    // a bridge named by the two places it joins (甲—乙桥) or by a transliterated place, not a 桥梁/桥头堡 nor a 友谊之桥
    if (type === "桥" && (!isBridgeName(body) || /^[梁头墩面]/.test(text.slice(end)))) continue;
    // a school is named where the text tells it opening (某地中国学校正式开学), not a kind of school (公立学校, 某国学校)
    const opened = type === "学校" && /^(?:正式)?(?:开学|揭牌|落成|建成|成立|开办)/.test(text.slice(end)) && body.length >= 3 && !countryMentions(body).some((c) => c.start === 0 && c.end === body.length);
    if (type === "学校" && !opened) continue;
    // a plant is named by the foreign place it stands in (某某加工厂, 某某钢厂): a transliterated run, not a country alone
    // (or by the country it stands in, where the text tells it built or producing: 某国某地汽车厂于某年投产)
    const running =
      /厂$/.test(type) &&
      (countryMentions(body).length > 0 || [...body].filter((ch) => TRANSLITERATION_CHARS.has(ch)).length >= 2) &&
      !countryMentions(body).some((c) => c.start === 0 && c.end === body.length) &&
      PLANT_RUNNING.test(text.slice(end, end + 16));
    if (/厂$/.test(type) && !transliteratedRun(body) && !(PLACE_TYPES.test(type) && isPlaceName(body)) && !running) continue;
    // (a plant's name is short: a clause telling who built it, 某公司合建汽车零部件组装工厂, is none)
    if (/厂$/.test(type) && (body.length > 10 || /建|投资|合作/.test(body))) continue;
    if (type === "框架" && (body.length < 4 || /^[内下中里]/.test(text.slice(end)))) continue; // 在某某框架内: a setting, not a document
    if (type === "站" && !/(?:北极|南极|极地|考察|科考|观测|月球|空间|科研)/.test(body) && !/—/.test(body) && !marks.includes(name)) continue; // stations of science, not 车站
    // (an interim arrangement two sides reached, 就某事达成临时性安排, is one they agreed)
    const reached = type === "安排" && /^(?:临时性?|过渡性?)$/.test(body) && /达成了?$/.test(text.slice(0, realStart));
    if (type === "安排" && text[realStart - 1] !== "“" && !reached && !/(?:储备|仲裁|融资|货币|互换)$/.test(body)) continue; // 作出安排: a verb's object
    if (type === "周" && !(text[end] === "”" && text[realStart - 1] === "“" && body.length <= 6)) continue; // “某某周”: a named week
    // an airport or a port someone arrives at or leaves (乘专机抵达某某国际机场) is where a journey goes, not a project
    if (/^(?:机场|港|港口|口岸|码头)$/.test(type) && ARRIVED_AT.test(text.slice(Math.max(0, realStart - 4), realStart))) continue;
    const thing = { name, type, category, start: realStart, end };
    // 某洲某部共同体: a region's community is an organisation (命运共同体 and the like are concepts)
    if (type === "共同体") {
      if (isRegionCommunity(body)) found.push(thing);
      continue;
    }
    // levels are read by the partnership extractor (also after a verb the name ran across: 发展中俄…伙伴关系)
    if (category === "partnership" && LEVEL_ONLY.test(body.replace(/^(?:发展|宣布|确立|决定|致力于|共同)+/, ""))) continue;
    // what is founded or launched is named: 成立某某基金, 启动某某平台
    // (also the bodies a mechanism has under it: 下设某某委员会)
    // (or quoted after the verb: 启动“某某项目”, 建立“某某伙伴关系”; or built by a company: 由某企业承建的某某电站)
    const quoted = text[realStart - 1] === "“" && text[end] === "”";
    const founded =
      (name.length >= 5 || (quoted && body.length >= 2)) && /(?:成立|设立|启动|创立|创建|组建|建立|发起|下设|设有)了?“?$/.test(text.slice(Math.max(0, realStart - 6), realStart)) && (quoted || text[realStart - 1] !== "“");
    // (or the long name of a mechanism after the verb and 的: 双方同意建立的两国某某部门某某问题沟通机制)
    const foundedAs = category === "mechanism" && /机制$/.test(type) && body.length >= 8 && /(?:同意|决定|宣布|商定)(?:建立|设立|成立|启动)的$/.test(text.slice(Math.max(0, realStart - 8), realStart));
    // (not a part of a work named after it: 某某大桥铁路连接线, 某某铁路支线)
    const built = category === "project" && name.length >= 6 && /(?:承建|援建|兴建|投资建设|参与建设)的$/.test(text.slice(Math.max(0, realStart - 6), realStart)) && !/^(?:连接线|支线|延长线|联络线|配套|段|[一二三四五六七八九十]期)/.test(text.slice(end));
    // a summit or a ministerial meeting named for its host city after its year: 2017年某地会晤, 某年某地部长级会议
    // (or for a city the document says a meeting was held in: 在某国某市举行 … 某市峰会)
    const hosted =
      /^(?:会晤|峰会|部长级会议|外长会议|外长会)$/.test(type) &&
      /^[\u4e00-\u9fff]{2,3}$/.test(body) &&
      !/^(?:年度|本届|首届|上届|下届|例行|特别|非正式|正式|双边|多边|两国)/.test(body) &&
      (/\d{4}年(?:\d{1,2}月)?的?$/.test(text.slice(Math.max(0, realStart - 9), realStart)) || marks.includes(body));
    // a phase or a section of a line: 某某公路二期, 某某铁路（甲—乙段）
    const phased = category === "project" && /^(?:[一二三四五六七八九十]期|（[^）]{2,16}段）)/.test(text.slice(end));
    // a project named in quotes after its country or pair (某国“某某工坊”), given a Latin abbreviation (某某商务区（ABC）),
    // or standing alone as an item of a list (…；某某轻轨；)
    const flagged =
      category === "project" &&
      body.length >= 2 &&
      ((text[realStart - 1] === "“" && text[end] === "”" && countryMentions(text.slice(Math.max(0, realStart - 6), realStart - 1)).some((c) => c.end === Math.min(6, realStart - 1))) ||
        /^[（(][A-ZＡ-Ｚ]{2,8}[）)]/.test(text.slice(end)) ||
        (body.length >= 3 && /(?:^|[；：:])[\u2460-\u2473]?$/.test(text.slice(0, realStart)) && /^(?:$|[；。]|[（(])/.test(text.slice(end))));
    // a body given its short form in brackets right after its name (某某发展组织（ABC）, 某某委员会（甲乙特）): a Latin
    // acronym, or a short form of two to four characters that opens like the name or is spelt as a foreign word
    const shortForm = /^[（(](?:([A-Z]{2,8})|([\u4e00-\u9fff]{2,4}))[）)]/.exec(text.slice(end));
    const abbreviated =
      (category === "organisation" || category === "mechanism") &&
      body.length >= 4 &&
      !!shortForm &&
      (!!shortForm[1] || shortForm[2]![0] === name[0] || [...shortForm[2]!].every((ch) => TRANSLITERATION_CHARS.has(ch)));
    // a meeting named for the place it was held in, right after a verb of attending or holding it (参加某某会议)
    const attended =
      type === "会议" && /^[\u4e00-\u9fff]{2}$/.test(body) && !MEETING_KIND.test(body) && !/^[多几数一二两三四五六七八九十首历本此该每][轮次届个场]/.test(body) && ![...body].some((ch) => STOP_CHARS.has(ch)) && ATTENDED.test(text.slice(Math.max(0, realStart - 8), realStart));
    // leaders' informal meetings counted as a series (举行首次非正式会晤): a format of its own
    const informal = /^(?:会晤|峰会|会议)$/.test(type) && body === "非正式" && /(?:首次|第[一二三四五六七八九十\d]+次)$/.test(text.slice(Math.max(0, realStart - 6), realStart));
    if (!founded && !foundedAs && !reached && !built && !opened && !hosted && !phased && !flagged && !abbreviated && !attended && !informal && !running && !hasProperMark(body, category, marks, type) && !ORGANISATIONS.includes(name) && !marks.includes(name)) {
      if (body.length <= 12) weak.push(thing);
      continue;
    }
    found.push(seriesOfSession(thing, marks));
  }
  // in a list "A铁路、B公路、C铁路" (or "A和B"), unmarked names stand beside marked ones of the same kind
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of weak) {
      if (found.includes(w)) continue;
      const joined = (a: NamedThing, b: NamedThing) => a.end <= b.start && /^(?:、|和|及|与|以及)$/.test(text.slice(a.end, b.start));
      const sibling = found.some((f) => (f.category === w.category || f.type === w.type) && (joined(f, w) || joined(w, f)));
      if (sibling) {
        found.push(w);
        changed = true;
      }
    }
  }
  // a named satellite with its code (某某资源卫星（ABC-1）) or its number (某国通信卫星一号, 二号A): the code marks the name
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,12}卫星)(?:[（(]([A-Z][A-Z0-9]{1,8}(?:-[A-Z0-9]{1,4})?)[）)]|((?:[一二三四五六七八九十]{1,3}|\d{1,2})号[A-Z]?(?![A-Za-z\d])))/g)) {
    const lead = /^.*(?:[的了在和与及、]|[一二两三四五六七八九十首]颗|发射|研制|合作|卫星(?!$))/.exec(m[1])?.[0] ?? "";
    const body = m[1].slice(lead.length);
    if (body.length < 4 || countryMentions(body).length === 0) continue;
    found.push({ name: m[2] ? `${body}（${m[2]}）` : `${body}${m[3]}`, type: "卫星", category: "project", start: m.index! + lead.length, end: m.index! + m[0].length });
  }
  for (const org of ORGANISATIONS) {
    let at = text.indexOf(org);
    while (at >= 0) {
      // 以北约80公里: a direction (以北) and 约 (about) before a number, not an organisation's short name
      if (/[以向往偏]$/.test(text.slice(0, at)) && org.length === 2 && "东南西北".includes(org[0]) && org[1] === "约" && /^[\d一二两三四五六七八九十百千]/.test(text.slice(at + 2))) {
        at = text.indexOf(org, at + org.length);
        continue;
      }
      // 某组织共同体 (a community an organisation builds) is a name of its own, not the organisation
      if (text.startsWith("共同体", at + org.length)) found.push({ name: `${org}共同体`, type: "共同体", category: "organisation", start: at, end: at + org.length + 3 });
      else found.push({ name: org, type: "组织", category: "organisation", start: at, end: at + org.length });
      at = text.indexOf(org, at + org.length);
    }
  }
  // a name right after a verb of founding founds the one joined to it too (成立某某银行和某某储备安排)
  for (const w of weak) {
    const founding = (f: NamedThing) => /(?:成立|设立|建立|组建|启动)了?$/.test(text.slice(Math.max(0, f.start - 3), f.start)) && /^(?:和|及|与|以及)$/.test(text.slice(f.end, w.start));
    if (!found.includes(w) && found.some(founding)) found.push(w);
  }
  // keep the longest of overlapping names
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NamedThing[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      // a text named by the meeting that issued it (某某会晤新闻公报) names the meeting too
      if (last.category === "document" && f.category === "mechanism" && f.start === last.start && f.end < last.end && /^(?:新闻公报|联合公报|联合声明|宣言|会谈纪要|纪要)$/.test(last.type) && f.end + last.type.length === last.end) {
        out.push(f);
        continue;
      }
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Kinds of meeting a two-character word before 会议 names (工作会议, 视频会议): no place a meeting is named for. */
export const MEETING_KIND =
  /^(?:工作|全体|年度|部长|领导|专家|视频|筹备|协调|联席|例行|特别|国际|中央|全国|地方|双边|多边|电话|线上|网络|重要|重大|相关|有关|高层|学术|座谈|专题|常务|党组|主席|首脑|外长|联合|高级|紧急|预备|总结|动员|部署|表彰|新闻|记者|双方|三方|四方|六方|各方|此次|本次|这次|上述|历届|首届|正式|全会|代表|董事|股东|理事|工商|商务|经贸|投资|安全|和平|裁军|气候|环境|能源|卫生|教育|文化|科技|农业|政府|部门|部级|省级|市级|内部|公开|秘密|闭门|圆桌|同类|各种|各类|一次|两次|多次|小组|大型|小型|每次|下次|上次)$/;
const ATTENDED = /(?:参加|出席|召开|举行|参与)了?(?:首次|第[一二三四五六七八九十\d]+次)?$/;

/**
 * A session of a standing meeting named by its ordinal only (某某特别代表第二十三次会晤, the ordinal its only mark of a
 * proper name): the meeting is the series, 某某特别代表会晤. (A session whose body is named otherwise keeps its ordinal.)
 */
function seriesOfSession(thing: NamedThing, marks: readonly string[]): NamedThing {
  const m = /^([\u4e00-\u9fff]{4,16}?)(?:首次|第[一二三四五六七八九十百\d]+次)(会晤|会议|会谈|磋商|对话)$/.exec(thing.name);
  if (!m || thing.category !== "mechanism" || hasProperMark(m[1], thing.category, marks, m[2])) return thing;
  return { ...thing, name: m[1] + m[2] };
}

/**
 * Quotes and brackets balanced inside a name: an unmatched opening mark at the start is
 * dropped (“中亚国家元首峰会 → 中亚国家元首峰会), an unmatched closing quote pulls the start
 * back to its opening quote (美”民生项目 → “小而美”民生项目), an unmatched （ cuts the name.
 */
function balance(text: string, start: number, end: number): string {
  let name = text.slice(start, end);
  const count = (s: string, ch: string) => s.split(ch).length - 1;
  if (count(name, "”") > count(name, "“")) {
    const open = text.lastIndexOf("“", start);
    if (open >= 0 && start - open <= 20) name = text.slice(open, end);
  }
  if (count(name, "“") > count(name, "”")) name = name.slice(name.lastIndexOf("“") + 1);
  if (count(name, "（") > count(name, "）")) name = name.slice(name.lastIndexOf("（") + 1);
  return name.replace(/^[”）)]+/, "");
}
