/** Questions on agreements: documents, partnerships, mechanisms, initiatives, organisations, projects. */
import { BLANK, blankedPassage, CLOZE_BLANK, explain, pairLabelFor, passageOf } from "../context";
import { datesCompatible, formatDate, precisionOf, type SimpleDate } from "../dates";
import { byLength, pickDistractors, uniqueFolded } from "../distractors";
import type { AgreementFact, Draft, GenContext } from "../model";
import { escapeRegExp, fold, similarity, unwrap } from "../text";
import { ambiguousName, display, documentFamily, GENERIC_TYPES, headOf, meetingKindOf, nameOf, namesItsParties, shortFormOf, TITLED, titledIn, typeWord, usableAgreement } from "./agreement-names";
import { alsoTrueNames, datedInYears, namePool, optionNames, pairPrefixed, PARTNERSHIP_LEVELS, sameParties, typeOfOption } from "./agreement-options";
import { cumulativeCount, otherEventClause, partnershipVerb, plainDate, recurringKind, verbFor } from "./agreement-dates";
import { actorClause, framePairs, namedSubject, ownerlessTitle, unnamedPairLabel } from "./agreement-owners";
import { listedYearQuestions } from "./agreement-listed";
import { withFullStop, withoutOpening, withoutTitleEcho } from "./agreement-passage";
import { dateDistractors, dateOptions, whenWord } from "./date";
import { coin, draft, foreignPair, isGroupParty, partyPhrase, seedFor, shuffled } from "./common";
import { categoryCells, rowAsSentence } from "./rows";

export function buildAgreementQuestions(ctx: GenContext, f: AgreementFact): Draft[] {
  // a name the extractor cut badly ("第二届峰会", "“某某") makes no question
  if (!usableAgreement(f)) return [];
  // a partnership "name" that names the parties ("甲乙两国伙伴关系") is no level to choose
  if (f.value.category === "partnership" && /两国|双方|各国/u.test(nameOf(f))) return [];
  const when = whenQuestions(ctx, f);
  // a document with no dated verb, listed with its year in brackets, is asked that year
  const listed = when.some((q) => q.variant === "agreement-when") ? [] : listedYearQuestions(ctx, f);
  return [...blankQuestions(ctx, f), ...when, ...listed];
}

/** Choose (or type) the name that fills the blank in the source sentence; a card of the same blank. */
function blankQuestions(ctx: GenContext, f: AgreementFact): Draft[] {
  const out: Draft[] = [];
  const cat = f.value.category;
  const name = nameOf(f);
  const shown = display(f);
  const tags = ["agreement", cat];
  const passage = passageOf(ctx, f).text;
  // (a sentence in traditional characters is judged by its simplified view where actors are read: context.ts hasActor)
  const rest = withoutOpening(ctx, f) ?? withFullStop(ctx, f);
  const pools: Record<string, string[]> = {
    document: ["document"],
    partnership: ["partnership"],
    mechanism: ["mechanism", "organisation"],
    organisation: ["organisation", "mechanism"],
    initiative: ["initiative"],
    project: ["project"],
  };
  const needle = passage.includes(`《${name}》`) ? `《${name}》` : name;
  // a row of a CSV chronology ("2005/4/9：某某访斯，……") is asked as a sentence ("2005年4月9日，……")
  const categories = categoryCells(ctx, f.documentId);
  const blanked = blankedPassage(ctx, rest ?? f, needle, BLANK);
  const bp = blanked && { ...blanked, text: withoutTitleEcho(rowAsSentence(blanked.text, categories), name) };
  // projects, mechanisms, organisations named in a list of examples ("A、B等均是…") could all fill the blank
  const inList = bp ? /[、和及与]\s*（\s*）|（\s*）\s*[、和及与等]/u.test(bp.text.replace(/（\s+）/gu, "（）")) : false;
  const listRisk = inList && cat !== "partnership";
  // a level written inside a title ("《甲乙同盟关系条约》") tests a word of the title, not the relation
  const inTitle = bp ? /《[^》]*（\s*）[^《]*》/u.test(bp.text) : false;
  // a name cut from a building's ("（    ）大厦竣工": the 会议 of "某某会议大厦") is no name to choose
  const cutFromBuilding = bp ? /（\s*）(?:大厦|大楼|会堂|大桥|体育场|体育馆|医院)/u.test(bp.text) : false;
  if (bp && !bp.dangling && !cutFromBuilding) {
    let cands = namePool(ctx, f, pools[cat] ?? [cat]);
    // projects, mechanisms and organisations only against their own kind (班列 against 班列, 论坛 against 论坛;
    // for a generic type word, the word before it: 公路项目 against 公路项目, not 风电项目)
    if (cat === "project" || cat === "mechanism" || cat === "organisation") {
      const kind = typeWord(f);
      const head = headOf(name, kind);
      cands = cands.filter((c) => typeOfOption(ctx, c) === kind && (!GENERIC_TYPES.has(kind) || headOf(unwrap(c), kind) === head));
    }
    // a title introduced by 题为 (a speech, an article) only against other such titles
    if (cat === "document" && TITLED.test(bp.full.slice(0, Math.max(0, bp.full.indexOf(needle))))) {
      const titled = new Set(ctx.agreements.filter((g) => g !== f && titledIn(g)).map(display));
      cands = cands.filter((c) => titled.has(c));
    } else if (cat === "document") {
      cands = cands.filter((c) => !optionNames(ctx).some((e) => e.display === c && titledIn(e.f)));
    }
    // a document only against documents of its family (a treaty against treaties and agreements,
    // a declaration against statements), never a national strategy against a treaty
    if (cat === "document") cands = cands.filter((c) => documentFamily(unwrap(c)) === documentFamily(name));
    // a name that could be a short form of the answer (or the answer of it) is also true
    cands = cands.filter((c) => !shortFormOf(unwrap(c), name) && !foreignPair(c, bp.full, shown));
    // the kind of meeting an ordinal one is ("某某领导人正式会晤" of "某某领导人第十四次会晤") is true of it as well
    cands = cands.filter((c) => !meetingKindOf(unwrap(c), name));
    // a name the corpus dates to the same year as the blank's sentence could be true as well
    // ("2013年……提出（    ）": another initiative proposed that year fits the blank)
    const years = new Set([...bp.full.matchAll(/(\d{4})\s*年/gu)].map((m) => m[1]!));
    if (years.size) cands = cands.filter((c) => !datedInYears(ctx, unwrap(c), years));
    // a level against levels: a "name" that names its parties ("中国东盟……", "某国—某地区伙伴关系") is ruled out by them
    // a level written after its pair's short form ("推动中甲全面战略伙伴关系……") is blanked alone, the short form
    // left before the blank: the one option naming a pair among bare levels would give itself away
    const split = cat === "partnership" ? pairPrefixed(name) : undefined;
    // (against the generic levels only: a level the corpus gives another pair may be this pair's too)
    if (split) cands = byLength(PARTNERSHIP_LEVELS, split.level);
    else if (cat === "partnership") cands = uniqueFolded([...cands.filter((c) => !namesItsParties(c) || namesItsParties(name)), ...byLength(PARTNERSHIP_LEVELS, name)]);
    // a title in 《》 only against titles: an untitled "name" beside it is a cut or a description
    if (/^《.*》$/u.test(shown)) cands = cands.filter((c) => /^《.*》$/u.test(c));
    const seed = seedFor("agreement-blank", [f]);
    const asked = split ? split.level : shown;
    const alsoTrue = alsoTrueNames(ctx, f, bp.full);
    const ds = pickDistractors(cands, asked, 3, seed, {
      // (the same relation named again, "中甲战略伙伴关系" twice, is the answer, not another true option)
      alsoTrue: [...alsoTrue, ...alsoTrue.flatMap((n) => pairPrefixed(unwrap(n))?.level ?? []).filter((l) => fold(l) !== fold(asked))],
      strict: cat !== "partnership",
    });
    if (ds && !listRisk && !inTitle) {
      // a title the sentence writes in quotes ("“（    ）”") is offered without 《》
      const bare = needle !== `《${name}》` && /“\s*（\s*）\s*”/u.test(bp.text.replace(/（\s+）/gu, "（）"));
      const plain = (o: string) => (bare ? o.replace(/^《(.*)》$/u, "$1") : o);
      out.push(
        draft(ctx, {
          type: "mcq",
          variant: "agreement-blank",
          facts: [f],
          prompt: `阅读原文，选择填入括号的一项：${split ? bp.text.replace(BLANK, `${split.prefix}${BLANK}`) : bp.text}`,
          options: shuffled([asked, ...ds], seed).map(plain),
          answer: plain(asked),
          explanation: explain(ctx, f, `正确答案是${asked}。`),
          tags,
          flags: bp.prepended ? ["context-prepended"] : [],
        }),
      );
    }
    // typed cloze for short names (a partnership level, a short mechanism name)
    // a title in 《》 is learnt whole (up to 16 characters); other names only when short
    const typed = (cat === "document" ? name.length <= 16 : name.length <= 8) && !/\d/.test(name);
    if (typed) {
      const czBlanked = blankedPassage(ctx, rest ?? f, name, CLOZE_BLANK);
      const cz = czBlanked && { ...czBlanked, text: withoutTitleEcho(rowAsSentence(czBlanked.text, categories), name) };
      if (cz && !cz.dangling) {
        out.push(
          draft(ctx, {
            type: "cloze",
            variant: "agreement-cloze",
            facts: [f],
            prompt: `根据原文填空：${cz.text}`,
            answer: name,
            accepted: uniqueFolded([name, `《${name}》`]),
            blanked: name,
            explanation: explain(ctx, f, `空格处应填“${name}”。`),
            tags,
            flags: cz.prepended ? ["context-prepended"] : [],
          }),
        );
      }
    }
    // flashcard: the blanked sentence on the front
    out.push(
      draft(ctx, {
        type: "flashcard",
        variant: "agreement-card",
        facts: [f],
        prompt: bp.text,
        front: `${bp.text}\n括号中应是什么？`,
        back: shown,
        explanation: explain(ctx, f, ""),
        tags,
        flags: bp.prepended ? ["context-prepended"] : [],
      }),
    );
  }
  return out;
}

/** When: 《X》是在哪一年签署的？ / 中国与X是在什么时候建立Y的？ — with the level asked of the date, and a true/false. */
function whenQuestions(ctx: GenContext, f: AgreementFact): Draft[] {
  const out: Draft[] = [];
  const cat = f.value.category;
  const name = nameOf(f);
  const shown = display(f);
  const tags = ["agreement", cat];
  const date = f.value.date ? plainDate(ctx, f, f.value.date) : undefined;
  const precision = date ? precisionOf(date) : null;
  const verb = verbFor(f);
  // the same partnership on the same date from the same sentence with a region or group for a country
  // ("甲国" and "某洲国家" from one line): which party is meant is not certain, so no party is named
  // (several countries named in one sentence, "与甲国、乙国建立……", are each right)
  const groupIn = (ps: readonly string[]) => ps.some(isGroupParty);
  const conflicting = ctx.agreements.some(
    (g) =>
      g !== f &&
      g.value.category === f.value.category &&
      fold(nameOf(g)) === fold(nameOf(f)) &&
      g.value.date === f.value.date &&
      g.context.sentence === f.context.sentence &&
      g.value.parties.length > 0 &&
      !sameParties(g.value.parties, f.value.parties) &&
      groupIn(g.value.parties) !== groupIn(f.value.parties),
  );
  // a level the extractor found with no party ("关系定位：战略合作关系（某年建立）") is the pair's the text
  // is about, when the text around names one ("中土两国")
  const label = cat === "partnership" && f.value.parties.length === 0 && !conflicting ? pairLabelFor(ctx, f) : undefined;
  // "两国在中欧……框架内建立……": the 两国 is the pair the text is about, not the pair of the frame
  const framed = framePairs(f.context.sentence);
  const byFrame = f.value.parties.some((p) => p !== "中国" && framed.has(p[0]!));
  const aroundLabel = byFrame ? pairLabelFor(ctx, f) : undefined;
  const pair = conflicting
    ? undefined
    : byFrame
      ? aroundLabel && /^中[\u3400-\u9fff]$/u.test(aroundLabel) && !framed.has(aroundLabel[1]!)
        ? `${aroundLabel}两国`
        : undefined
      : (partyPhrase(f.value.parties, f.context.sentence) ?? (label ? `${label}两国` : undefined));
  // a document's date is asked only when it is the date of the verb (no count up to a date, no talks
  // or entry into force in its clause), and with its owner: a title that names no one ("货物中转协定",
  // "第某号决议") is asked with the pair that signed it, or one party's clause, or not at all
  const docOwner =
    cat !== "document" || !ownerlessTitle(ctx, f) ? "" : verb ? (pair ?? namedSubject(f, verb) ?? unnamedPairLabel(ctx, f)) : undefined;
  const docDateOk = cat !== "document" || (!cumulativeCount(f) && !otherEventClause(f));
  // dates of mechanisms, organisations and projects are too often the date of something else in the sentence
  if (
    date &&
    precision &&
    verb &&
    !recurringKind(f) &&
    docDateOk &&
    (cat === "document" || (cat === "partnership" && pair)) &&
    (cat === "partnership" || !ambiguousName(ctx, f))
  ) {
    const d: SimpleDate = { iso: date, precision };
    const when = whenWord(precision, false);
    const vp = partnershipVerb(verb);
    // "中国与甲国建立中甲全面战略伙伴关系": with the pair named, the level alone
    // ("决定发展中甲战略伙伴关系" keeps its pair: "发展战略伙伴关系" would read as a 发展战略)
    const level = cat === "partnership" && pair && !vp.verb.endsWith("发展") ? (pairPrefixed(name)?.level ?? name) : name;
    const joined = cat === "document" ? actorClause(f, shown, verb) : undefined;
    const prompt =
      cat === "partnership"
        ? pair
          ? `${pair}${vp.lead}${vp.verb}${level}是在${when}？`
          : undefined
        : joined
          ? `${joined}是在${when}？`
          : docOwner === undefined
            ? undefined
            : docOwner
              ? `${docOwner}${verb}${shown}是在${when}？`
              : `${shown}是在${when}${verb}的？`;
    const forbidden = [date];
    for (const g of ctx.agreements) {
      if (g !== f && fold(nameOf(g)) === fold(name) && g.value.date && (cat !== "partnership" || sameParties(g.value.parties, f.value.parties)))
        forbidden.push(g.value.date);
    }
    for (const g of ctx.dates) if (g.value.event.includes(name) && similarity(g.context.sentence, f.context.sentence) > 0.8) forbidden.push(g.value.iso);
    const seed = seedFor("agreement-when", [f]);
    const ds = prompt ? dateDistractors(ctx, d, forbidden, seed) : null;
    if (prompt && ds) {
      const answer = formatDate(d);
      // the date facts of the same sentence that this question asks for ("同年，双方建立……" resolved to that year)
      const dated = ctx.dates.filter(
        (g) => g.documentId === f.documentId && g.context.sentence === f.context.sentence && !g.value.endIso && datesCompatible(g.value.iso, date) && precisionOf(g.value.iso) === precision,
      );
      out.push(
        draft(ctx, {
          type: "mcq",
          variant: "agreement-when",
          facts: [f, ...dated],
          prompt,
          options: dateOptions(d, ds),
          answer,
          explanation: explain(ctx, f, `正确答案是${answer}。`),
          tags: [...tags, "date"],
        }),
      );
      if (cat === "partnership" && pair) {
        out.push(
          draft(ctx, {
            type: "short_answer",
            variant: "partnership-level",
            facts: [f],
            prompt: `${answer}，${pair}${vp.lead}${vp.verb}${vp.verb.endsWith("为") || vp.verb.endsWith("发展") ? "" : "了"}什么关系？`,
            answer: level,
            accepted: uniqueFolded([level, level.replace(/关系$/, ""), name, name.replace(/关系$/, ""), ...writtenInFull(f.context.sentence, level)]),
            explanation: explain(ctx, f, `答案：${level}。`),
            tags,
          }),
        );
      }
      const truth = coin(seedFor("agreement-tf", [f]));
      const shownDate = truth ? answer : formatDate(ds[0]!);
      const statement =
        cat === "partnership"
          ? pair
            ? `${shownDate}，${pair}${vp.lead}${vp.verb}${level}。`
            : undefined
          : joined
            ? `${shownDate}，${joined}。`
            : docOwner
              ? `${shownDate}，${docOwner}${verb}${shown}。`
              : `${shown}${verb}于${shownDate}。`;
      if (statement) {
        out.push(
          draft(ctx, {
            type: "true_false",
            variant: "agreement-tf",
            facts: [f],
            prompt: `判断正误：${statement}`,
            answer: truth,
            explanation: explain(ctx, f, truth ? "正确。" : `错误，应为${answer}。`),
            tags: [...tags, "date"],
          }),
        );
      }
    }
  }
  return out;
}

/**
 * The level as the sentence writes it in full, with its modifiers ("宣布建立面向未来的睦邻互信的战略伙伴关系" for 战略伙伴关系), and without its 关系: a student who types the official name is right.
 */
export function writtenInFull(sentence: string, level: string): string[] {
  const t = sentence.replace(/\s+/gu, "");
  const m = new RegExp(`(?:建立|发展|构建|提升为|升级为|深化|确立)((?:[\\u3400-\\u9fff“”]{1,24}?)的${escapeRegExp(level)})`, "u").exec(t);
  if (!m || /两国|双方|[，。；、]/u.test(m[1]!)) return [];
  return [m[1]!, m[1]!.replace(/关系$/u, "")];
}
