/** Questions on dated events: when did it happen (mcq, true/false, short answer), cloze, flashcard. */
import { blankedPassage, CLOZE_BLANK, explain, namesParty, passageOf } from "../context";
import { datesCompatible, dateSpellings, formatDate, type SimpleDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { similarity } from "../text";
import { coin, draft, seedFor } from "./common";
import { simplifiedView } from "./script";
import { isDateline, countedFromDateline, itemDateline, sameDayFacts } from "./date-anchor";
import { dateEvent } from "./date-event";
import { arrowLineOf, chronologyEntryOf, tableItemOf, underAgreementHeading } from "./date-rows";
import { anniversaryOf, periodHeading, periodSubject, themedYearOf, tradeStatisticOf } from "./date-occasion";
import { asSimple, datesOfSameEvent, dateDistractors, dateOptions } from "./date-options";
import { RELATIVE_WORD, blankedEverywhere, isFigureDate, isNumeralDate, withoutTranscriptLabel, writesYear, dateWithoutSuffix, rangeSpellings } from "./date-written";
import { withTableCaption } from "./rows";
import { approximateAnniversary, isApproximateAnniversaryYear, otherOccurrenceDates, recurringOccasion } from "./date-recurring";
import { LAST_RESORT } from "./last-resort";

/** A time of day written after a date. */
const TIME_OF_DAY = /^(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|傍晚)$/u;

// (modules outside the date builder import these from here)
export { dateEvent } from "./date-event";
export { withSentenceSubject } from "./date-subject";
export { asSimple, dateDistractors, dateOptions } from "./date-options";
export { rangeSpellings } from "./date-written";

export function whenWord(precision: SimpleDate["precision"], range: boolean): string {
  if (range) return "什么时候";
  switch (precision) {
    case "year":
      return "哪一年";
    case "decade":
      return "哪个年代";
    case "century":
      return "哪个世纪";
    default:
      return "什么时候";
  }
}

/**
 * An event as a when-question's subject: the narrative's aspect 了 and its 成功 before a verb are the telling's, not
 * the event's ("两国续签了协议" → "两国续签协议是在哪一年？", "成功举办了某年" → "举办某年是在……").
 */
export function asAskedEvent(event: string): string {
  return event
    .replace(/(?<![为除罢极得不受少免])了(?![解结却如然不得])(?=[\u3400-\u9fff“《])/gu, "")
    .replace(/成功(?=(?:举办|举行|发射|召开|签署|实施|完成|研制|开通|启动|建成)[^\s])/gu, "");
}

/** "X是在哪一年？"; a two-clause event is stated first: "X，Y。这是在哪一年？" */
export function whenQuestion(event: string, when: string): string {
  // a clause with its own 是 ("……峰会是首次……") would read "……是……是在"
  const hasCopula = /(?<![但还更就正于总可要若凡只倒却硬或])是(?!否)/u.test(event);
  return /[，,；;]/u.test(event) || hasCopula ? `${event}。这是在${when}？` : `${asAskedEvent(event)}是在${when}？`;
}

/**
 * How a date written relative to the one the text gave before it was resolved, for an explanation:
 * "次年8月" of 2005-08 → "（原文作“次年8月”，即2004年的下一年）"; "" for any other date.
 */
export function resolvedFrom(f: DateFact): string {
  const key = f.context.keyInSentence;
  const surface = key ? simplifiedView(f.context.sentence).slice(key.start, key.end) : f.value.text;
  const w = /^(同年|当年|次年|翌年|同月|当月|次月)/u.exec(surface)?.[1];
  const m = /^(\d{3,4})(?:-(\d{2}))?/u.exec(f.value.iso);
  if (!f.value.inferred || !w || !m || f.value.endIso) return "";
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const said = `原文作“${surface}”`;
  if (w === "同年" || w === "当年") return `（${said}，即前文所说的${year}年）`;
  if (w === "次年" || w === "翌年") return `（${said}，即${year - 1}年的下一年）`;
  if (month === undefined) return "";
  if (w === "次月") return `（${said}，即${month === 1 ? `${year - 1}年12月` : `${year}年${month - 1}月`}的下一个月）`;
  return `（${said}，即前文所说的${year}年${month}月）`;
}

/** "When did it happen?" with four dates (the answer and three near it), seeded by the variant. */
function dateMcq(
  ctx: GenContext,
  f: DateFact,
  variant: string,
  prompt: string,
  forbidden: string[],
  tags: string[],
  flags: string[],
): { mcq: Draft; distractors: SimpleDate[] } | undefined {
  const d = asSimple(f);
  const distractors = dateDistractors(ctx, d, forbidden, seedFor(variant, [f]));
  if (!distractors) return undefined;
  const answer = formatDate(d);
  const mcq = draft(ctx, {
    type: "mcq",
    variant,
    facts: [f],
    prompt,
    options: dateOptions(d, distractors),
    answer,
    explanation: explain(ctx, f, `正确答案是${answer}${resolvedFrom(f)}。`),
    tags,
    flags,
  });
  return { mcq, distractors };
}

/**
 * The other mentions of the same dated event in the document ("某某第四次访华" in an infobox and
 * "某某总统第四次访华" in its timeline): the first mention asks it, for all of them; the others ask
 * no when-question of their own (two questions on one event would be the same question twice).
 */
function mentionsOf(ctx: GenContext, f: DateFact, event: string): { first: boolean; others: DateFact[] } {
  const bare = (e: string) => e.replace(/总统|主席|总理|首相|国王|外长|部长/gu, "");
  const others = ctx.dates.filter((g) => {
    if (g === f || g.documentId !== f.documentId || g.value.iso !== f.value.iso || g.value.endIso !== f.value.endIso) return false;
    const e = dateEvent(g, ctx);
    return e !== undefined && (bare(e) === bare(event) || similarity(bare(e), bare(event)) >= 0.8);
  });
  const first = others.every((g) => f.span.start < g.span.start);
  return { first, others };
}

/**
 * "次年，戊展览会3月2日在丁城开幕": a date written relative to the one before it and given again, finer, in its own
 * clause: the same time, tested by the questions on the date that gives it.
 */
function restatedBy(ctx: GenContext, f: DateFact): DateFact[] {
  const rank = { century: 0, decade: 1, year: 2, month: 3, day: 4 } as const;
  return ctx.dates.filter(
    (g) =>
      g !== f &&
      g.documentId === f.documentId &&
      g.context.sentence === f.context.sentence &&
      g.value.inferred &&
      !g.value.endIso &&
      RELATIVE_WORD.test(g.value.text) &&
      g.value.event.includes(f.value.text) &&
      rank[g.value.precision] <= rank[f.value.precision] &&
      datesCompatible(g.value.iso, f.value.iso),
  );
}

export function buildDateQuestions(ctx: GenContext, f: DateFact): Draft[] {
  const out: Draft[] = [];
  const d = asSimple(f);
  const answerText = formatDate(d);
  // (a line under an agreement's heading takes it as its subject: "中甲自由贸易协定升级议定书生效")
  const found = underAgreementHeading(ctx, f) ?? dateEvent(f, ctx);
  const mentions = found ? mentionsOf(ctx, f, found) : { first: true, others: [] };
  // (a meeting a series holds again, asked only as "held", is no one occasion: date-recurring.ts)
  const recurring = found !== undefined && recurringOccasion(ctx, f, found) !== undefined;
  // (a year an approximate anniversary falls in, "某年是某条约签署近30周年", is no one year)
  const approximate = isApproximateAnniversaryYear(f);
  const event = mentions.first && !recurring ? found : undefined;
  const when = whenWord(d.precision, Boolean(d.endIso));
  const inferredFlags = f.value.inferred ? ["inferred-date"] : [];
  const forbidden = [...datesOfSameEvent(ctx, f), ...otherOccurrenceDates(ctx, f, found)];
  const tags = ["date", d.precision];

  if (event) {
    const asked = dateMcq(ctx, f, "date-when", whenQuestion(event, when), forbidden, tags, inferredFlags);
    if (asked) {
      const ds = asked.distractors;
      out.push(asked.mcq);
      const tfSeed = seedFor("date-tf", [f]);
      const truth = coin(tfSeed);
      const shown = truth ? answerText : formatDate(ds[0]!);
      out.push(
        draft(ctx, {
          type: "true_false",
          variant: "date-tf",
          facts: [f],
          prompt: `判断正误：${shown}，${event}。`,
          answer: truth,
          explanation: explain(ctx, f, truth ? `正确${resolvedFrom(f)}。` : `错误，应为${answerText}${resolvedFrom(f)}。`),
          tags,
          flags: inferredFlags,
        }),
      );
    }
    if ((d.precision === "year" || d.precision === "month") && !d.endIso) {
      out.push(
        draft(ctx, {
          type: "short_answer",
          variant: "date-short",
          facts: [f],
          prompt: `${whenQuestion(event, when)}（请写出${d.precision === "year" ? "年份" : d.precision === "month" ? "年份和月份" : "时间"}）`,
          answer: answerText,
          accepted: dateSpellings(d),
          explanation: explain(ctx, f, `答案：${answerText}${resolvedFrom(f)}。`),
          tags,
          flags: inferredFlags,
        }),
      );
    }
  }

  // "一、某某阶段（1950—1990）": a period heading of a history, asked by its name
  // (whose stage it is comes from the document's title; the title's own range is no stage of it)
  const period = periodHeading(f, ctx);
  const title = simplifiedView(ctx.docs.get(f.documentId)?.title ?? "");
  const subject = period && !title.startsWith(period) ? periodSubject(title) : undefined;
  if (period && subject) {
    const asked = d.endIso ? `根据原文，${subject}的“${period}”阶段的起止年份是（    ）。` : `根据原文，${subject}的“${period}”阶段始于哪一年？`;
    const mcq = dateMcq(ctx, f, "date-period", asked, forbidden, tags, []);
    if (mcq) out.push(mcq.mcq);
  }

  // "某年是甲乙建交50周年。": the year of an anniversary, asked by the anniversary
  // ("那一年也是“甲乙友好合作年”": the themed year a year is named as, asked the same way; no approximate count, 近30周年)
  const named = !event ? (anniversaryOf(f, ctx) ?? themedYearOf(f)) : undefined;
  const anniversary = named && !approximateAnniversary(named) ? named : undefined;
  if (anniversary && (d.precision === "year" || d.precision === "month") && !d.endIso) {
    const asked = d.precision === "year" ? `根据原文，${anniversary}是哪一年？` : `根据原文，${anniversary}是在什么时候？`;
    const mcq = dateMcq(ctx, f, "date-anniversary", asked, forbidden, tags, inferredFlags);
    if (mcq) out.push(mcq.mcq);
  }

  // "2023年双边贸易额1083.9亿美元": the year a trade figure is of, asked by the figure
  const statistic = !event && !anniversary ? tradeStatisticOf(f, ctx) : undefined;
  if (statistic) {
    const mcq = dateMcq(ctx, f, "date-statistic", `根据原文，${statistic}是哪一年的数据？`, forbidden, tags, []);
    if (mcq) out.push(mcq.mcq);
  }

  // "2012年：甲乙产业园区" under "表1 甲乙关系中的主要文件与机制", "2018年：甲乙极地合作。" in "某某大事记": a line
  // naming a thing, not an event, asked with the title of the table or chronology that dates it
  if (!event && !anniversary && !statistic && !(period && subject)) {
    const row = tableItemOf(ctx, f);
    const entry = row ? undefined : chronologyEntryOf(ctx, f);
    const arrow = row || entry ? undefined : arrowLineOf(ctx, f);
    const what = d.precision === "year" && !d.endIso ? "年份" : "时间";
    const asked = row
      ? `根据原文${row.table}“${row.title}”，${row.verb ? `${row.item}的${row.verb}时间` : `“${row.item}”对应的${what}`}是（    ）。`
      : entry
        ? `根据原文“${entry.title}”，“${entry.headline}”一条所记的${what}是（    ）。`
        : arrow
          ? `根据原文，${arrow.outcome}对应的${arrow.meeting}是在${when}举行的？`
          : undefined;
    if (asked) {
      // (the same date written again in brackets after it, "1984年11月20日—1985年4月10日（1984年11月—1985年4月）：", is asked with it)
      const key = f.context.keyInSentence;
      const colon = f.context.sentence.search(/[：:]/u);
      const bracketed = ctx.dates.filter((g) => {
        const k = g.context.keyInSentence;
        return g !== f && key && k && g.documentId === f.documentId && g.context.sentence === f.context.sentence && k.start > key.end && k.end < colon && datesCompatible(g.value.iso, f.value.iso);
      });
      const mcq = dateMcq(ctx, f, "date-row", asked, forbidden, tags, []);
      const card = draft(ctx, { type: "flashcard", variant: "date-row-card", facts: [f], prompt: asked, front: asked, back: answerText, explanation: explain(ctx, f, ""), tags });
      for (const q of [mcq?.mcq, card]) if (q) out.push(bracketed.length ? { ...q, facts: [f, ...bracketed] } : q);
    }
  }

  // cloze: the date as written in the clean sentence (not for 同年/次年 …, which have no digits);
  // a date written with a suffix ("2004年以来", "2022年底") is blanked without it, so that the blank
  // takes the date alone and the sentence keeps 以来/起/底
  {
    const key = f.context.keyInSentence;
    const written = key ? f.context.sentence.slice(key.start, key.end) : f.value.text;
    const surface = dateWithoutSuffix(written);
    // a date written relative to another ("今年7月", "去年3月10日") is no answer of its own: it is
    // answered in full when the day it is counted from is known (the document's date, which the bank
    // records, or its item's dateline), never by the words as written, which the stem's tense gives; else not asked
    const relative = RELATIVE_WORD.test(surface);
    const inFull = relative && /^(?:今年|去年|前年|上月|本月)/u.test(surface) && (Boolean(ctx.docs.get(f.documentId)?.date) || countedFromDateline(ctx, f));
    // a date written in Chinese numerals ("二〇二三年") is answered in figures, the numerals also accepted
    const numerals = !relative && isNumeralDate(surface, d);
    // a bare "今年"/"去年" counted from the document's own date is answered by its year
    const bareYear = inFull && /^(?:今年|去年|前年)$/u.test(surface) && d.precision === "year" && !d.endIso;
    if (surface && (/\d/.test(surface) || numerals || bareYear) && (!relative || inFull)) {
      const repeated = passageOf(ctx, f).text.split(surface).length > 2;
      const found = repeated ? blankedEverywhere(ctx, f, surface) : blankedPassage(ctx, f, surface, CLOZE_BLANK);
      // ("[00:07:05]嘉宾某某：……": a transcript's time code and speaker are no part of what is said)
      // (a row of a captioned table says whose it is: "据表“某某贸易额”，____，……")
      const bp = found && { ...found, text: withTableCaption(ctx, f, withoutTranscriptLabel(found.text)) };
      // (a spoken filler in the blank's own clause, "一九六三年独立嘛", makes it no clause to complete)
      const spoken = bp !== undefined && /____[^，。；]{0,8}(?:嘛|呃)|(?:嘛|呃)[^，。；]{0,8}____/u.test(bp.text);
      // ("再到今年，二〇二四年九月，……": the year written beside the blank gives the answer away)
      const leaks = bareYear && bp !== undefined && writesYear(bp.text, d.iso.slice(0, 4));
      // (a passage in traditional characters is judged by its simplified view, which names who acts: context.ts hasActor)
      // (nor does a traditional passage whose 兩國/雙方 no country names: "____兩國互免簽證協定生效。")
      const unnamedInTraditional = bp !== undefined && simplifiedView(bp.text) !== bp.text && /两国|双方|三国/u.test(simplifiedView(bp.text)) && !namesParty(ctx, bp.text);
      const readable = bp !== undefined && !unnamedInTraditional && !bp.dangling;
      if (bp && readable && !leaks && !spoken) {
        // a date a table writes in figures ("1986-08", "2017.9", "2004/12/26") is answered in words
        const figures = isFigureDate(surface, d);
        const answer = figures || inFull || numerals ? answerText : surface;
        // ("2023年5月19日上午": the day is the answer, the time of day may be left out)
        const timeOfDay = surface.startsWith(answerText) && TIME_OF_DAY.test(surface.slice(answerText.length));
        // ("当地时间____" → "23日": the month and year the text gave before may be typed with the day)
        const partial = answer === surface && answerText !== surface && answerText.endsWith(surface) && /^\d/u.test(surface);
        const fuller = partial ? [answerText, answerText.slice(answerText.indexOf("年") + 1)] : [];
        const accepted =
          surface === answerText || figures || inFull || numerals || timeOfDay ? [...new Set([...dateSpellings(d), ...(relative ? [] : [surface])])] : [...new Set([...rangeSpellings(surface), ...fuller])];
        out.push(
          draft(ctx, {
            type: "cloze",
            variant: "date-cloze",
            facts: [f],
            prompt: `根据原文填空：${bp.text}`,
            answer,
            accepted,
            blanked: surface,
            explanation: explain(ctx, f, `空格处应填“${answer}”。`),
            tags,
            flags: [...(bp.prepended ? ["context-prepended"] : []), ...(recurring || approximate ? [LAST_RESORT] : [])],
          }),
        );
      }
    }
  }

  // flashcard: the question on the front, the date and its passage on the back
  const front = event ? whenQuestion(event, when) : undefined;
  if (front) {
    out.push(
      draft(ctx, {
        type: "flashcard",
        variant: "date-card",
        facts: [f],
        prompt: front,
        front,
        back: answerText,
        explanation: explain(ctx, f, resolvedFrom(f) ? `${answerText}${resolvedFrom(f)}。` : ""),
        tags,
        flags: inferredFlags,
      }),
    );
  }
  // a dateline's question asks its item's "当天" too, and a "当天" of the item asks its dateline
  const line = !isDateline(f) && /^当天/u.test(f.value.text) ? itemDateline(ctx, f) : undefined;
  const sameDay = [...(isDateline(f) ? sameDayFacts(ctx, f) : line && line.value.iso === f.value.iso ? [line] : []), ...(event ? mentions.others : []), ...(event ? restatedBy(ctx, f) : [])];
  return sameDay.length ? out.map((d) => (d.type === "cloze" ? d : { ...d, facts: [...new Set([...d.facts, ...sameDay])] })) : out;
}
