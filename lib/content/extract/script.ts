/**
 * Traditional characters (香港、台湾 texts) read by the same rules as simplified ones: each traditional
 * character the vocabulary and the patterns meet is folded to its simplified form, one for one, so that
 * offsets stay valid; the facts found are then given back the source's own characters. The table is
 * small and hand-made (the characters of type words, units, verbs, countries and common words), not a
 * full conversion: a character missing from it only costs a fact, never a wrong one.
 */
import type { CleanDocument, Sentence } from "../types";
import type { Candidate } from "./context";

const TRADITIONAL =
  "國際關係聯協議約條聲簽訂發佈備錄夥戰經濟貿區園鐵橋線運輸網絡電廠場產業農礦開動幣銀資務財稅價額億萬兩個與於為對從來時後這" +
  "將們東亞歐華屬義實現進總統領導長員會體點種類項邊鄰親誠續穩榮贏標準構築設歷記紀週歲號學課術書報紙讀說話語詞譯論壇機組織團" +
  "隊軍艦衛爭維護層級規劃綱計畫辦處廳門問題訪談見舉參觀覽遊證漢傳藝節慶間雙瀾滄緬撾馬賓韓羅烏蘭紐蘇帶絲綢陸連貫達過還減數據" +
  "預測佔擴營車輛飛貨櫃碼頭倉儲鏈應氣風綠環態變災醫療藥檢糧漁槤蓮膠製創雲驗訊頻視廣編輯專欄評講決認強調稱譽贊揚歡願結啟儀綵" +
  "並則雖儘無該須夠讓給緊繫賀優勢質確險難匯換貸債擔溝諮詢糾紛誼婦兒師範職訓練習試禮樂聖廟靈積極費賣買錢寶貴飯館愛夢麼樣裡裏" +
  "沒嗎縣鄉鎮莊灣島嶼畢軟傷慘擊彈槍鬥獻勵獎懷憶熱溫湯滿齊潤澤腦臺檯復複麵雜戲劇聞覺壽齡雞鳥魚龍鳳龜閉閱闊隨陽陰離霧響頁頂順" +
  "顏顧飲飽驅髮鬧魯鮮麥黃黨齒內冊況凍剛劑劍勞勝勸卻厲叢吳嚴圍圖圓執堅塊塵墊壓壞壯奪奮妝孫寧審寫尋屆岡峽崗嶺巖帥帳幫廢張彌彎" +
  "徑徵恆惡惱慣慮憲懸戶掛採揮損搖擁擇擋擬擾攝攜敗敵斷晉暢暫曆楊樁橫檔權殘殺殼毀沖洶淨淺湧滅滬滯滲漲漸潔潛濃濕濱瀋灑煉煩燈燒" +
  "爐牆獄獨獲猶瑪畝異當盡監盤眾礎禍禦穀窮競筆簡紅細終絕綁綜緒緣緩縮績繼罰聽肅脅腳膽臉興艙葉蕭藍虛蝦蠶補裝襲觸討許詳誌誤誰請" +
  "諸諾謀謂謝識讚豐豬貓貝負貢貧販責賈賞賠賴購賽贈趕趙躍軌較載輔輕輝輪轄轉辭違遠適遲遷選遺邁鄭釋針鋼錯鍵鎖鏡鐘鑒閃閒閣闆階隱" +
  "頓頒顆顯騰驚鬆鴻麗墾壩擺鑽鋰鋁銅鹽閩粵贛遼郵廈寬寵厭廬龐憑恥戀託滙鄧劉陳鄒譚馮蔣鍾盧閻龔倫偉傑僑兌冪凱勁勳喬嘆噸噴墜壘奧" +
  "媽嬰孿寢崙幾徹慚懇懶敘斂晝暈曉樓樞歸氈氫淚濾瀏爛犧狀瑣甕癢盜碩磚祿禪窩竇籃籌糞紋紡絨綿緯縫繩繪纖纜罷翹膚蘆蘋蟲衝褲詩誇誕" +
  "諒謎謹譜貞賬賦賢趨跡踐蹤軸轟辯遜釀鈔鉛銷鋒錦鍋鐳閥闖陣隸雛靜韻頌頸顛颱飄餘饑駐駛騎驢骯髒鬱鵬鹹穫鷹脈驟倆樹紮牽擠幹膩賺攤" +
  "兇";
const SIMPLIFIED =
  "国际关系联协议约条声签订发布备录伙战经济贸区园铁桥线运输网络电厂场产业农矿开动币银资务财税价额亿万两个与于为对从来时后这" +
  "将们东亚欧华属义实现进总统领导长员会体点种类项边邻亲诚续稳荣赢标准构筑设历记纪周岁号学课术书报纸读说话语词译论坛机组织团" +
  "队军舰卫争维护层级规划纲计画办处厅门问题访谈见举参观览游证汉传艺节庆间双澜沧缅挝马宾韩罗乌兰纽苏带丝绸陆连贯达过还减数据" +
  "预测占扩营车辆飞货柜码头仓储链应气风绿环态变灾医疗药检粮渔梿莲胶制创云验讯频视广编辑专栏评讲决认强调称誉赞扬欢愿结启仪彩" +
  "并则虽尽无该须够让给紧系贺优势质确险难汇换贷债担沟咨询纠纷谊妇儿师范职训练习试礼乐圣庙灵积极费卖买钱宝贵饭馆爱梦么样里里" +
  "没吗县乡镇庄湾岛屿毕软伤惨击弹枪斗献励奖怀忆热温汤满齐润泽脑台台复复面杂戏剧闻觉寿龄鸡鸟鱼龙凤龟闭阅阔随阳阴离雾响页顶顺" +
  "颜顾饮饱驱发闹鲁鲜麦黄党齿内册况冻刚剂剑劳胜劝却厉丛吴严围图圆执坚块尘垫压坏壮夺奋妆孙宁审写寻届冈峡岗岭岩帅帐帮废张弥弯" +
  "径征恒恶恼惯虑宪悬户挂采挥损摇拥择挡拟扰摄携败敌断晋畅暂历杨桩横档权残杀壳毁冲汹净浅涌灭沪滞渗涨渐洁潜浓湿滨沈洒炼烦灯烧" +
  "炉墙狱独获犹玛亩异当尽监盘众础祸御谷穷竞笔简红细终绝绑综绪缘缓缩绩继罚听肃胁脚胆脸兴舱叶萧蓝虚虾蚕补装袭触讨许详志误谁请" +
  "诸诺谋谓谢识赞丰猪猫贝负贡贫贩责贾赏赔赖购赛赠赶赵跃轨较载辅轻辉轮辖转辞违远适迟迁选遗迈郑释针钢错键锁镜钟鉴闪闲阁板阶隐" +
  "顿颁颗显腾惊松鸿丽垦坝摆钻锂铝铜盐闽粤赣辽邮厦宽宠厌庐庞凭耻恋托汇邓刘陈邹谭冯蒋钟卢阎龚伦伟杰侨兑幂凯劲勋乔叹吨喷坠垒奥" +
  "妈婴孪寝仑几彻惭恳懒叙敛昼晕晓楼枢归毡氢泪滤浏烂牺状琐瓮痒盗硕砖禄禅窝窦篮筹粪纹纺绒绵纬缝绳绘纤缆罢翘肤芦苹虫冲裤诗夸诞" +
  "谅谜谨谱贞账赋贤趋迹践踪轴轰辩逊酿钞铅销锋锦锅镭阀闯阵隶雏静韵颂颈颠台飘余饥驻驶骑驴肮脏郁鹏咸获鹰脉骤俩树扎牵挤干腻赚摊" +
  "凶";

const FOLD = new Map<string, string>([...TRADITIONAL].map((ch, i) => [ch, SIMPLIFIED[i]!]));
/** The simplified characters some traditional one folds to. */
const FOLDED_FROM = new Set(SIMPLIFIED);
/** Corner brackets used as quotation marks in traditional texts: 「」 and the inner 『』 both read as “”. */
const QUOTES = new Map([["「", "“"], ["」", "”"], ["『", "“"], ["』", "”"]]);

/** A text written in traditional characters: at least this many characters of the table. */
const MIN_TRADITIONAL = 20;

export function foldTraditional(text: string): string {
  let out = "";
  for (const ch of text) out += FOLD.get(ch) ?? QUOTES.get(ch) ?? ch;
  return out;
}

function countTraditional(text: string): number {
  let n = 0;
  for (const ch of text) if (FOLD.has(ch)) n++;
  return n;
}

export interface FoldedDocument {
  doc: CleanDocument;
  /** The document's own sentence for each folded one. */
  original: Map<Sentence, Sentence>;
}

/** The document with its text folded to simplified characters, or undefined when it is not in traditional ones. */
export function foldedDocument(doc: CleanDocument): FoldedDocument | undefined {
  if (countTraditional(doc.text) < MIN_TRADITIONAL) return undefined;
  const original = new Map<Sentence, Sentence>();
  const sentences = doc.sentences.map((s) => {
    const f = { ...s, text: foldTraditional(s.text) };
    original.set(f, s);
    return f;
  });
  return {
    doc: { ...doc, title: foldTraditional(doc.title), text: foldTraditional(doc.text), blocks: doc.blocks.map((b) => ({ ...b, text: foldTraditional(b.text) })), sentences },
    original,
  };
}

/**
 * `s` (read from the folded sentence) in the source's characters: every run of it found in the folded
 * sentence, longest first from the left, is replaced by the same stretch of the source sentence (the names of
 * parties, written by the extractor, stay as it writes them).
 */
export function unfold(s: string, folded: string, source: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let best = -1;
    let len = 0;
    for (let j = s.length; j >= i + 2; j--) {
      const at = folded.indexOf(s.slice(i, j));
      if (at >= 0) {
        best = at;
        len = j - i;
        break;
      }
    }
    if (best < 0) {
      // a character on its own (长 of a measure): the source's character where the folded one stands
      const at = FOLDED_FROM.has(s[i]!) ? folded.indexOf(s[i]!) : -1;
      out += at >= 0 ? source[at] : s[i];
      i++;
      continue;
    }
    out += source.slice(best, best + len);
    i += len;
  }
  return out;
}

/** A candidate found in the folded document, given back its source sentence and the source's characters. */
export function unfoldCandidate(c: Candidate, original: Map<Sentence, Sentence>): Candidate {
  const source = original.get(c.sentence);
  if (!source) return c;
  const back = (x: string) => unfold(x, c.sentence.text, source.text);
  const value = { ...c.value } as Record<string, unknown>;
  if (c.kind !== "entity") {
    for (const k of ["name", "term", "definition", "event", "measure", "text", "upgradedFrom"]) if (typeof value[k] === "string") value[k] = back(value[k] as string);
    if (Array.isArray(value.items)) value.items = (value.items as string[]).map(back);
  }
  return { ...c, sentence: source, label: c.kind === "entity" ? c.label : back(c.label), value } as Candidate;
}
