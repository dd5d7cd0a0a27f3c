/** Whose document it is: the title's owner, or the party, body or pair a when-question names. */
import { pairLabelFor } from "../context";
import type { AgreementFact, GenContext } from "../model";
import { entityNames, pairsIn } from "./common";
import { nameOf, namesItsParties } from "./agreement-names";
import { escapeRegExp } from "../text";

/**
 * The named subject of the clause that signs or adopts the document ("此前某理事会已于某年某月通过……第某号决议"
 * → "某理事会"): a body or a country, never an unnamed 两国/双方/五国元首.
 */
export function namedSubject(f: AgreementFact, verb: string): string | undefined {
  const s = f.context.sentence;
  const name = nameOf(f);
  const clause = s.split(/[，。；！？]/u).find((c) => c.includes(name) && c.includes(verb));
  if (!clause) return undefined;
  const m = new RegExp(
    `^\\s*(?:(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:此前|此后|同年|随后|当天|当日|次年)?([\\u3400-\\u9fff]{2,10}?)(?:已|又|也|还|曾)?(?:于(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:正式|共同|一致)?${escapeRegExp(verb)}了?(?:[^，。；《》]{0,16}的)?《?${escapeRegExp(name)}》?$`,
    "u",
  ).exec(clause.trim());
  const subject = m?.[1];
  if (!subject || /^(?:两|双|各|三|四|五|六|七|八|九|十|多|其|该|此|这|本|我)|元首|领导人|方$/u.test(subject)) return undefined;
  // a body or a country: 某理事会, 某组织, 某国
  if (!/(?:会|组织|国|盟|政府|议会|署|部)$/u.test(subject)) return undefined;
  return subject;
}

/**
 * The pairs ("中欧" → 欧) named inside a frame phrase of a 两国/双方 subject ("两国在中欧合作框架内建立……"):
 * the frame's pair is not the pair the 两国 refers to.
 */
export function framePairs(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?:两国|双方)[^，。；]{0,12}?在([^，。；]{1,40}?)(?:框架|机制|平台)(?:内|下|中)/gu)) for (const c of pairsIn(m[1]!)) out.add(c);
  return out;
}

/**
 * "中甲两国" for a document the sentence has 两国 or 双方 sign, when the text around names the pair
 * (a pair of two, "中" and one country's character: no group, no trio).
 */
export function unnamedPairLabel(ctx: GenContext, f: AgreementFact): string | undefined {
  const s = f.context.sentence;
  if (!/两国|双方/u.test(s)) return undefined;
  // one country the sentence names, met by China's head of state or government ("国家主席……同某国总统会谈，两国签署……")
  const foreign = f.value.parties.filter((p) => p !== "中国");
  if (foreign.length === 1 && s.includes(foreign[0]!) && /国家主席|国务院总理|中方|中国/u.test(s.replace(foreign[0]!, ""))) return `中国与${foreign[0]}`;
  const label = pairLabelFor(ctx, f);
  return label && /^中[\u3400-\u9fff]$/u.test(label) ? `${label}两国` : undefined;
}

/**
 * A title that says whose document it is: it names a country, a region, a pair, a body ("联合国……公约",
 * "某峰会宣言") or a place the corpus knows ("某城宣言"). "关于建立战略伙伴关系的联合宣言" alone names
 * no one: many pairs have signed one.
 */
export function titleNamesOwner(ctx: GenContext, name: string, sentence = ""): boolean {
  // (国 of 两国, 国籍, 国际 … names no country; 政府间 no government)
  const bare = name.replace(/两国|各国|本国|我国|他国|多国|双边|国籍|国际|国内|国家|国界|国事|国有|国土|国防|国民|国企|国情|国务|政府间/gu, "");
  if (namesItsParties(bare)) return true;
  if (/联合国|安理会|大会|组织|理事会|委员会|论坛|峰会|会议|议会|政府|联盟|东盟|欧盟|[省市州岛湾港]/u.test(bare)) return true;
  // a region ("某亚", "亚太", "拉美", "北极")
  if (/(?:东南|东北|西北|[中东南西北])亚|亚太|欧亚|拉美|拉丁美|中东|[南北]极|加勒比|太平洋|大西洋|印度洋|北冰洋|南海|东海|黄海|地中海|阿拉伯|海湾/u.test(name)) return true;
  // a place the sentence names as where it happened ("在某城举行……签署《某城宣言》")
  for (const m of sentence.matchAll(/在([\u3400-\u9fff]{2,4}?)(?:成功|隆重|正式)?(?:举行|召开|举办|签署|发表|通过)/gu)) if (name.includes(m[1]!)) return true;
  return entityNames(ctx).some((n) => name.includes(n));
}

/**
 * A document whose title does not say whose it is, though the text makes it one pair's or one body's:
 * a bilateral document ("双方签署《货物中转协定》", "与某国签署……合作备忘录", "双边自贸协定") or a numbered
 * resolution ("第某号决议") whose title names neither the pair nor the body. A world-known title
 * ("《某城宣言》", "《不扩散……条约》") signed by many is not one: no pair is missing from it.
 */
export function ownerlessTitle(ctx: GenContext, f: AgreementFact): boolean {
  if (f.value.category !== "document") return false;
  const name = nameOf(f);
  const s = f.context.sentence;
  if (titleNamesOwner(ctx, name, s)) return false;
  // a title that opens on the pair's short form ("中甲……协议" signed by 中国 and 甲国), or names a
  // project by its code ("AB-1项目……协议")
  const heads = f.value.parties.map((p) => p[0]!);
  const opensOnPair = heads.length >= 2 && heads.every((h) => name.slice(0, heads.length + 1).includes(h));
  if (opensOnPair || f.value.parties.some((p) => p !== "中国" && name.startsWith(`中${p[0]}`)) || /[A-Za-z]{2,}/u.test(name)) return false;
  if (/^第[\d一二三四五六七八九十百千]+号/u.test(name) || /(?:决议|决定)$/u.test(name)) return true;
  if (/双边|两国|双方/u.test(name)) return true;
  // a title that only says what the document is about, as any pair's could ("某领域合作备忘录",
  // "政府间贸易协定")
  if (/^政府间|合作(?:谅解)?备忘录$|合作(?:协定|协议)$|对话机制/u.test(name)) return true;
  // a party the extractor found elsewhere, which this sentence does not name (a table row "签署《某备忘录》")
  if (f.value.parties.some((p) => p !== "中国") && !f.value.parties.some((p) => p !== "中国" && (s.includes(p) || s.includes(`${p[0]}方`) || s.includes(`中${p[0]}`)))) return true;
  const at = s.indexOf(name);
  const cuts = [...s.slice(0, Math.max(0, at)).matchAll(/[。；;！？]/gu)].map((m) => m.index!);
  const before = s.slice((cuts[cuts.length - 1] ?? -1) + 1, Math.max(0, at));
  return /双方|两国|雙方|兩國|双边|(?:同|与|和)[\u3400-\u9fff·]{2,12}?(?:政府)?(?:共同|正式)?(?:签署|签订|缔结)/u.test(before);
}

/**
 * A document one party signs or joins ("1998年5月，中国签署《某议定书》"): the date is that party's, not
 * the document's, so the question names the party with its verb ("中国签署《某议定书》是在什么时候？").
 */
export function actorClause(f: AgreementFact, shown: string, verb: string): string | undefined {
  if (f.value.parties.length !== 1) return undefined;
  const party = f.value.parties[0]!;
  const clause = f.context.sentence.split(/[，。；！？]/u).find((c) => c.includes(`${verb}${shown}`));
  if (!clause) return undefined;
  const m = new RegExp(`^(?:(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(${party}(?:政府)?)(?:正式)?${verb}${escapeRegExp(shown)}$`, "u").exec(clause.trim());
  return m ? clause.trim().replace(/^(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?/u, "") : undefined;
}
