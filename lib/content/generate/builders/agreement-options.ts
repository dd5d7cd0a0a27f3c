/** The names an agreement question offers beside the answer, and the names that would be true as well. */
import { datesCompatible } from "../dates";
import { byLength, uniqueFolded } from "../distractors";
import type { AgreementFact, GenContext } from "../model";
import { countOf, fold } from "../text";
import { display, nameOf, relationsCommunique, typeWord, usableAgreement } from "./agreement-names";
import { COUNTRY_FORMS, REGIONS } from "../../extract/vocabulary";
import { partiesOf, partnerLabel } from "../parties";
import { foldTraditional } from "../../script";
import { documentSubject } from "./subjects";

/** Generic partnership levels (a generic Chinese pattern list, not facts of any document). */
export const PARTNERSHIP_LEVELS = ["战略伙伴关系", "全面战略伙伴关系", "全面合作伙伴关系", "战略合作伙伴关系", "友好合作伙伴关系"];

/**
 * A partnership named with its pair's short form before its level ("中甲全面战略伙伴关系"): the short form
 * and the level apart. Blanking the whole name offers one option that names a pair among bare levels,
 * and a question that names the pair already ("中国与甲国建立……") repeats it.
 */
export function pairPrefixed(name: string): { prefix: string; level: string } | undefined {
  const m = /^(中[\u3400-\u9fff])((?:全面|战略|友好|合作|新型|全方位|全天候|蓝色|绿色|创新|互惠|务实|建设性)[\u3400-\u9fff]{0,10}伙伴关系)$/u.exec(name);
  if (!m || /^中(?:国|方|华|央|长|期|等|心|小|型|高|级)/u.test(name)) return undefined;
  return { prefix: m[1]!, level: m[2]! };
}

export function sameParties(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const x = [...a].map(fold).sort().join("|");
  const y = [...b].map(fold).sort().join("|");
  return x === y;
}

/** Names of the same category elsewhere, nearest in length first; never the answer's own siblings. */
interface NameEntry {
  f: AgreementFact;
  folded: string;
  display: string;
  type: string;
}

/** The agreements of a context that can stand as options, computed once per context. */
const optionCache = new WeakMap<GenContext, NameEntry[]>();
export function optionNames(ctx: GenContext): NameEntry[] {
  let list = optionCache.get(ctx);
  if (!list) {
    list = ctx.agreements
      .filter((g) => usableAgreement(g) && !relationsCommunique(nameOf(g)))
      .map((g) => ({ f: g, folded: fold(nameOf(g)), display: display(g), type: typeWord(g) }));
    optionCache.set(ctx, list);
  }
  return list;
}

/** The type word of the agreement an option shows, when it is one. */
export function typeOfOption(ctx: GenContext, option: string): string | undefined {
  return optionNames(ctx).find((e) => e.display === option)?.type;
}

/** A party word of a bilateral sentence: "两国", "双方", "两党". */
const BILATERAL_WORD = /两国|双方|两党|双边/u;
/** Words that make a sentence speak of more than two sides. */
const MORE_SIDES = /三方|多方|各方|[三四五六七八九十]国|多国|各国|[三四五六]边|多边|成员国/u;
/** A name of many sides: a convention, a body of the UN, a region's or a group's agreement or meeting. */
const MULTILATERAL_NAME = new RegExp(
  `公约|联合国|国际|全球|世界|[三四五六]边|多边|区域|金砖|二十国集团|上海合作组织|上合|[三四五六七八九十]国|[\u3400-\u9fff]{2}国家(?!银行)|${REGIONS.join("|")}`,
  "u",
);

/** Whether a name is of an agreement or meeting of many sides. */
export function multilateralName(name: string): boolean {
  return MULTILATERAL_NAME.test(name);
}

/**
 * Whether an agreement or meeting is of many sides: by its name, by more than two parties, or by its own sentence,
 * which names a group and no pair ("金砖国家领导人第六次会晤在甲城举行，即甲城会晤").
 */
export function ofManySides(g: AgreementFact): boolean {
  if (multilateralName(nameOf(g)) || g.value.parties.length > 2) return true;
  return MULTILATERAL_NAME.test(g.context.sentence) && !bilateralSentence(g.context.sentence);
}

/**
 * Whether a sentence speaks of two sides only: "两国/双方" and no third, or China and one other country by name
 * ("中国人民银行与某国国家银行签署……": a national bank is no group of states).
 */
export function bilateralSentence(sentence: string): boolean {
  if (MORE_SIDES.test(sentence)) return false;
  return BILATERAL_WORD.test(sentence) || partnerLabel(sentence.replace(/国家银行/gu, "银行")) !== undefined;
}

/** The country a project of a fact lies in: the one its sentence names, else the one its document is about. */
function projectCountry(ctx: GenContext, f: AgreementFact): string | undefined {
  const { names } = partiesOf(foldTraditional(f.context.sentence));
  if (names.size > 1) return undefined;
  const subject = names.size === 1 ? [...names][0] : documentSubject(ctx, f.documentId);
  return subject && COUNTRY_NAMES.has(subject) ? subject : undefined;
}

const COUNTRY_NAMES = new Set(COUNTRY_FORMS.map(([, name]) => name));

// what a fact is as an option, worked out once: every slot of the corpus weighs every option
const manySides = new WeakMap<AgreementFact, boolean>();
const projectCountries = new WeakMap<GenContext, WeakMap<AgreementFact, string | undefined>>();

function ofManySidesOnce(g: AgreementFact): boolean {
  let out = manySides.get(g);
  if (out === undefined) manySides.set(g, (out = ofManySides(g)));
  return out;
}

function projectCountryOnce(ctx: GenContext, g: AgreementFact): string | undefined {
  const byFact = projectCountries.get(ctx) ?? projectCountries.set(ctx, new WeakMap()).get(ctx)!;
  if (!byFact.has(g)) byFact.set(g, projectCountry(ctx, g));
  return byFact.get(g);
}

/**
 * The options the slot of `f` takes: no agreement or meeting of many sides where the sentence speaks of two (a
 * convention for a document two central banks sign, a BRICS summit in a pair's statement), no project of another
 * country where the slot's project lies in a known one (a port of another country for a port in Peru).
 */
export function slotFilter(ctx: GenContext, f: AgreementFact): (g: AgreementFact) => boolean {
  const bilateralSlot = !ofManySidesOnce(f) && bilateralSentence(f.context.sentence);
  const here = f.value.category === "project" ? projectCountryOnce(ctx, f) : undefined;
  return (g) => {
    if (bilateralSlot && ofManySidesOnce(g)) return false;
    return !here || g.value.category !== "project" || projectCountryOnce(ctx, g) === here;
  };
}

/** Whether option `g` is of the kind the slot of `f` takes (slotFilter). */
export function fitsSlot(ctx: GenContext, f: AgreementFact, g: AgreementFact): boolean {
  return slotFilter(ctx, f)(g);
}

export function namePool(ctx: GenContext, f: AgreementFact, categories: readonly string[]): string[] {
  const own = fold(nameOf(f));
  // an organisation only against bodies of its sort: a school, a bank or a group of states is no organisation's rival
  const sort = f.value.category === "organisation" ? bodySort(nameOf(f)) : undefined;
  const fits = slotFilter(ctx, f);
  const others = optionNames(ctx)
    .filter((e) => categories.includes(e.f.value.category) && e.folded !== own && fits(e.f))
    .filter((e) => !sort || e.f.value.category !== "organisation" || bodySort(nameOf(e.f)) === sort)
    .map((e) => e.f);
  // same kind of document first (a declaration against declarations, a treaty against treaties)
  const kind = typeWord(f);
  // a count-name against names of the same count ("三大通道" against "三点主张"), which the list before it cannot give away
  const n = countOf(nameOf(f));
  if (n >= 2) {
    const counted = others.filter((g) => countOf(nameOf(g)) === n).map(display);
    const rest = others.filter((g) => countOf(nameOf(g)) !== n).map(display);
    return uniqueFolded([...byLength(uniqueFolded(counted), display(f)), ...byLength(uniqueFolded(rest), display(f))]);
  }
  const same = others.filter((g) => typeWord(g) === kind).map(display);
  const rest = others.filter((g) => typeWord(g) !== kind).map(display);
  return uniqueFolded([...byLength(uniqueFolded(same), display(f)), ...byLength(uniqueFolded(rest), display(f))]);
}

/**
 * The sort of body an organisation's name says it is, by its head: a school ("某某学院"), a bank ("某某银行", "某投行"),
 * a fund, a group of states ("某某集团", "某某五国", "某某国家"), a union ("某盟"), else a body.
 */
export function bodySort(name: string): string {
  const n = name.replace(/^[《“]|[》”]$/gu, "");
  if (/(?:学院|大学|学校|课堂|研究院|研究所)$/u.test(n)) return "school";
  if (/行$/u.test(n)) return "bank";
  if (/基金$/u.test(n)) return "fund";
  if (/(?:集团|(?:[一二两三四五六七八九十]|\d{1,2})国|国家)$/u.test(n)) return "group";
  if (/盟$/u.test(n)) return "union";
  return "body";
}

/** Whether a date fact ties the name to one of the years (in its event or its sentence). */
export function datedInYears(ctx: GenContext, name: string, years: Set<string>): boolean {
  const bare = name.replace(/倡议$/u, "");
  return ctx.dates.some((d) => years.has(d.value.iso.slice(0, 4)) && (d.context.sentence.includes(name) || (bare.length >= 3 && d.context.sentence.includes(bare))));
}

/** Names that would also be a right answer for the blank: same parties and date, or named in the same passage. */
export function alsoTrueNames(ctx: GenContext, f: AgreementFact, passage: string): string[] {
  const out: string[] = [];
  for (const g of ctx.agreements) {
    if (g === f) continue;
    if (passage.includes(nameOf(g))) out.push(display(g));
    else if (g.value.date && f.value.date && datesCompatible(g.value.date, f.value.date) && sameParties(g.value.parties, f.value.parties))
      out.push(display(g));
  }
  return out;
}
