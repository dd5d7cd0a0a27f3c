/**
 * OCR digit repair: in scanned text the letters O/o stand for zero and l/I for one inside
 * numbers ("2O16年", "9O%", "l2.6亿"). A confusable letter becomes a digit only in an
 * unambiguously numeric run: a run of digits and confusables (with a decimal point) that
 * holds at least one real digit and touches no Latin letter on either side. A confusable
 * inside the run (digits or confusables on both sides) is repaired; one at the run's edge
 * only when the run is followed by a counting suffix (年, 月, %, 亿…). Words such as OECD,
 * Ltd or CO2 are never touched. One character for one character: the raw map is unchanged.
 */
import type { MappedText } from "../text";

const CONFUSABLE: Record<string, string> = { O: "0", o: "0", l: "1", I: "1" };
const isConf = (ch: string | undefined): boolean => !!ch && ch in CONFUSABLE;
const isDig = (ch: string | undefined): boolean => !!ch && ch >= "0" && ch <= "9";
const isLetter = (ch: string | undefined): boolean => !!ch && /[A-Za-z]/.test(ch);
/** What follows a number in Chinese text: calendar units, percent, magnitudes, approximators, measure words. */
const SUFFIX = /^[\s]*[年月日号%％‰亿万千百余多个所家名位次届期倍岁项条座台辆架艘吨元公米周天]/;

export function repairOcrDigits(s: string): string {
  if (!/[0-9][OolI]|[OolI][0-9]/.test(s)) return s;
  const out = s.split("");
  let i = 0;
  while (i < s.length) {
    if (!isDig(s[i]) && !isConf(s[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && (isDig(s[j]) || isConf(s[j]) || (s[j] === "." && isDig(s[j + 1]) && j > i))) j++;
    const run = s.slice(i, j);
    if (/[0-9]/.test(run) && /[OolI]/.test(run) && !isLetter(s[i - 1]) && !isLetter(s[j])) {
      const suffixed = SUFFIX.test(s.slice(j, j + 4));
      for (let k = i; k < j; k++) {
        if (!isConf(s[k])) continue;
        const inner = k > i && k < j - 1;
        if (inner || suffixed) out[k] = CONFUSABLE[s[k]];
      }
    }
    i = j;
  }
  return out.join("");
}

export function repairOcrText(t: MappedText): MappedText {
  const fixed = repairOcrDigits(t.text);
  if (fixed === t.text) return t;
  return t.substitute((ch, i) => fixed[i] ?? ch);
}
