/** What an event phrase says happened: its verbs, and the phrases that say less than they seem. */
import { EVENT_VERB } from "../event-verbs";

/**
 * An event phrase that says less than it seems: its subject left in the clause before ("同某国恢复
 * 外交关系", "支持某会议在某地举行"), a plan ("某部长将访问某国"), a bare generic object ("某国国会
 * 通过法律"), an unnamed work ("港口一期工程开工", "管道A线投产"), or a day counted from another
 * event ("某国独立第三天").
 */
export function unsaidEvent(e: string): boolean {
  if (/^(?:同|与|跟)[\u3400-\u9fff]{1,10}?(?:恢复|建立|签署|签订|建交|举行|发表|达成|开展)/u.test(e)) return true;
  if (/^(?:支持|推动|促成|欢迎|祝贺)/u.test(e)) return true;
  // a circumstance ("随着丙城人口增加，……"), not what happened: the clause's event comes after it
  if (/^随着/u.test(e)) return true;
  if (/将(?=(?:正式|共同|首次)?(?:访问|举行|出席|召开|举办|主办|启动|开通|签署|发表|访华|出访|会见|会晤|主持))/u.test(e)) return true;
  // a statistic's change ("进口同比增长约11.5%"): a row of figures, no event
  if (/同比|比上年|较上年/u.test(e)) return true;
  // the signs of notes ("＝某某周年＋……", "某会议→……") are no sentence
  if (/[＝=＋≠→]/u.test(e)) return true;
  if (/(?:通过|制定|出台)(?:了)?(?:法律|法案|决议|决定)$/u.test(e)) return true;
  if (/^(?:港口|管道|铁路|公路|大桥|项目|工程|码头|园区|电站|线路|机场|隧道)(?:[A-Z\d]|[一二三四五六七八九十]期|工程|项目|建设|(?:正式)?(?:开工|投产|通车|开通|建成|竣工))/u.test(e)) return true;
  return /第[一二三四五六七八九十\d]+天$/u.test(e);
}

/**
 * Whether every event verb of a phrase stands inside a 的-modifier ("在某地举行的第四次会议",
 * "双方签署的协定"): the phrase is a noun phrase, no statement of what happened.
 */
export function onlyModifierVerbs(event: string): boolean {
  // titles and quotations hold words of their own, not verbs of the phrase
  const e = event.replace(/《[^》]*》|“[^”]*”/gu, "名");
  const last = e.lastIndexOf("的");
  if (last < 0) return false;
  // "某某提出实现……的倡议", "某某成为……首位访华的领导人", "某部门宣布暂停……下的活动": a verb whose object is
  // the whole 的-phrase, with a clause of its own between it and the 的, is the phrase's verb
  const head = /^[^，,的]{2,16}?(?:提出|宣布|成为|决定|同意)(?=[^，,的]{4,}的)/u.exec(e);
  if (head) return false;
  return !EVENT_VERB.test(e.slice(last + 1)) && EVENT_VERB.test(e.slice(0, last));
}

/** A visit ("某某总统访华", "某某对某国进行国事访问", "某某访问某国") with nothing saying which one it was. */
export const BARE_VISIT = /(?:访华|访问[\u3400-\u9fff]{0,8}|进行(?:国事|正式|工作|友好)?访问|出访[\u3400-\u9fff]{0,8})$/u;

/** Verbs that name the same kind of event. */
export const VERB_FAMILIES = [/访华|访问|出访|到访|访/u, /签署|签订|缔结|签约/u, /举行|举办|召开|主办/u, /开通|通车|开港|投入运营|启用/u];
