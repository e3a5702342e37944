/**
 * Who and when a clause of a note is about: the writer or someone else ("my mum fell"), now or long
 * ago ("as a kid", "vor Jahren"). Pure; works on text normalised by match.ts (lower case, no accents,
 * German umlauts folded). A clause without its own subject or time marker takes those of the clause
 * before it when the two are joined by "and", a comma or "so" ("fell off my bike as a kid and broke
 * my arm"), never across "but" or a sentence end. Both checks err on the side of the writer, now:
 * any first-person word or present-time word in the clause keeps a cue.
 */
import type { Lang } from "./cues.js";

export type Person = "self" | "other";
export type Time = "present" | "past";

export interface Clause {
  start: number;
  end: number;
  person: Person | null;
  time: Time | null;
}

const fold = (source: string, lang: Lang): string => {
  let s = source.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/ß/g, "ss");
  if (lang === "de") s = s.replace(/([aou])e/g, "$1");
  return s;
};
const re = (source: string, lang: Lang, flags = ""): RegExp => new RegExp(fold(source, lang), flags);

/** Breaks that join clauses: the later clause may inherit subject and time. */
const JOINING: Record<Lang, string> = {
  en: ",|\\b(?:and|because|cos|then|plus|so(?= i\\b| i'| we\\b))\\b",
  de: ",|\\b(?:und|deshalb|deswegen|darum|daher|weil|dann|also)\\b",
};
/** Breaks that contrast: nothing is inherited across them. */
const CONTRASTING: Record<Lang, string> = {
  en: "\\b(?:but|however|although|though|except|whereas|while)\\b",
  de: "\\b(?:aber|jedoch|sondern|allerdings|obwohl|trotzdem|dennoch|wahrend)\\b",
};
const SENTENCE = "[.!?;:](?=\\s|$)|\\n";

const PERSON_NOUNS: Record<Lang, string> = {
  en: "toddler|little one|youngest|eldest|oldest|mum|mom|mam|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|fiancee?|son|daughter|child|children|kid|kids|baby|brother|sister|friend|mate|neighbou?r|colleague|boss|aunt|auntie|uncle|gran|grandma|grandmother|grand-?dad|grandfather|granny|nan|nana|grandson|granddaughter|niece|nephew|cousin|dog|cat|therapist|masseuse|masseur|physio|doctor|gp|nurse|man|woman|lady|guy|person|patient|girl|boy|flatmate|roommate|(?:mother|father|sister|brother)-in-law|stepmum|stepdad|client",
  de: "(?:kleine|kleiner|große|großer|jüngste|jüngster|älteste|ältester)(?= (?:hat|ist|war|hatte|wurde|kann|muss|fühlt|spürt)\\b)|mutter|mama|mami|vater|papa|mann|frau|partner|partnerin|freund|freundin|sohn|tochter|kind|kinder|baby|bruder|schwester|nachbar|nachbarin|nachbarn|kollege|kollegin|chef|chefin|oma|opa|großmutter|großvater|tante|onkel|enkel|enkelin|cousin|cousine|neffe|nichte|hund|katze|therapeutin|therapeut|masseurin|masseur|physio|physiotherapeutin|physiotherapeut|ärztin|arzt|hausarzt|hausärztin|schwiegermutter|schwiegervater|patientin|patient|dame|herr|junge|mädchen|mitbewohner\\w*|schwager|schwägerin|lebensgefährt\\w*|ehemann|ehefrau",
};

/** Words that may stand before the subject at the start of a clause ("yesterday my mum …"). */
const PREAMBLE: Record<Lang, string> = {
  en: "yesterday|today|tonight|this|morning|evening|afternoon|last|night|week|weekend|also|so|oh|well|then|sadly|unfortunately|apparently|when|after|since|as|now|just|recently|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  de: "gestern|heute|abend|morgen|fruh|nacht|auch|leider|ist|hat|war|hatte|wurde|sind|haben|hatten|waren|wird|bei|als|nachdem|seit|jetzt|letzte|letzten|woche|am|wochenende|vormittag|nachmittag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
};

/** Someone else as the subject at the start of a clause; "my doctor says …" reports, it is not a subject. */
function otherSubject(lang: Lang): RegExp {
  const nouns = PERSON_NOUNS[lang];
  const reporting =
    lang === "en"
      ? "(?:\\w+ )?(?:says|said|thinks|thought|told|tells|asked|asks|reckons|noticed|noticed|wants|checked|found|saw)\\b"
      : "(?:\\w+ )?(?:sagt|sagte|meint|meinte|glaubt|findet|vermutet|fragt|fragte|hat gesagt|hat gemeint|hat gefunden|fand|sah)\\b";
  const subject =
    lang === "en"
      ? `(?:(?:my|our|his|her|the|a|one of my) (?:[\\w-]+ )?(?:${nouns})(?:'s|s)?|he|she|he's|she's|hes|shes)`
      : `(?:(?:bei )?(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer|sein|seine|ihr|ihre|der|die|dem|den|des|ein|eine|einem|einer) (?:\\w+ )?(?:${nouns})|er|sie (?=ist|hat|war|hatte|kann|konnte|wird|wurde|fuhlt|spurt|nimmt|bekommt|bekam|liegt|lag|muss|musste))`;
  return re(`^(?:(?:${PREAMBLE[lang]}) ){0,3}${subject}\\b(?! ${reporting})`, lang);
}

/** The writer in the clause: "I", "me" (not "next to me"), "my" + something that is not a person. */
function firstPerson(lang: Lang): RegExp {
  const nouns = PERSON_NOUNS[lang];
  return lang === "en"
    ? re(`\\b(?:i|i'm|im|i've|ive|i'd|i'll|myself|(?<!(?:next to|beside|behind|near|with|like|than|in front of) )me|my (?!(?:[\\w-]+ )?(?:${nouns})\\b)[\\w-]+|mine)\\b`, lang)
    : re(
        `\\b(?:ich|bin|hab|habe|mich|(?<!(?:neben|hinter|mit|von|zu|fur|gegen|uber|ohne|vor) )mir|(?:mein|meine|meinem|meinen|meiner|meines) (?!(?:\\w+ )?(?:${nouns})\\b)\\w+)\\b`,
        lang,
      );
}

const PAST: Record<Lang, string> = {
  en: "\\b(?:(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|many|some|couple of|several) (?:\\w+ )?(?:years?|decades?) (?:ago|back)|years ago|decades ago|ages ago|long ago|a long time ago|as a (?:kid|child|teenager|teen|boy|girl|student|baby|youngster)|when i was (?:a kid|a child|little|young|younger|a teenager|a teen|at school|in school|a student|pregnant with|\\d+|in my \\w+)|in my (?:youth|teens|twenties|thirties|forties|childhood)|(?:in|back in) (?:19|20)\\d\\d|back in the day|last year|the year before last|last (?:summer|winter|spring|autumn)|long gone|used to|years back)\\b",
  de: "\\b(?:vor (?:\\w+ )?(?:jahren|jahrzehnten)|vor (?:einem|1|\\d+) jahr(?:en)?|vor langer zeit|als (?:kind|kleines kind|jugendliche\\w*|teenager|junge\\w*|schuler\\w*|student\\w*|junger mensch|junge frau|junger mann)|als ich (?:\\w+ ){0,2}(?:klein|jung|junger|ein kind|schwanger mit)|in meiner (?:jugend|kindheit)|(?:im jahr |anno )?(?:19|20)\\d\\d|letztes jahr|im letzten jahr|vorletztes jahr|letzten (?:sommer|winter|fruhling|herbst)|langst (?:weg|vorbei|verheilt)|fruher|damals|in der schwangerschaft mit)\\b",
};
const PRESENT: Record<Lang, string> = {
  en: "\\b(?:now|today|tonight|this (?:morning|afternoon|evening|week)|yesterday|since|again|still|currently|at the moment|these days|recently|last night|just now|this time)\\b",
  de: "\\b(?:jetzt|heute|gestern|seit|seitdem|wieder|noch|gerade|aktuell|momentan|derzeit|diese woche|letzte nacht|vorhin|eben)\\b",
};

interface Compiled {
  breaks: RegExp;
  contrasting: RegExp;
  other: RegExp;
  first: RegExp;
  past: RegExp;
  present: RegExp;
}
const compiled = new Map<Lang, Compiled>();
function compiledFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = {
      breaks: re(`${SENTENCE}|${JOINING[lang]}|${CONTRASTING[lang]}`, lang, "g"),
      contrasting: re(`^(?:${CONTRASTING[lang]})$`, lang),
      other: otherSubject(lang),
      first: firstPerson(lang),
      past: re(PAST[lang], lang),
      present: re(PRESENT[lang], lang),
    };
    compiled.set(lang, c);
  }
  return c;
}

/** The clauses of a normalised note, each with whom and when it is about (inherited where it says nothing). */
export function clausesOf(text: string, lang: Lang): Clause[] {
  const c = compiledFor(lang);
  const out: Clause[] = [];
  let start = 0;
  let joiner: "join" | "contrast" | "sentence" = "sentence";
  const push = (end: number, next: typeof joiner) => {
    const body = text.slice(start, end).trim();
    if (body) {
      const ownPerson: Person | null = c.first.test(body) ? "self" : c.other.test(body) ? "other" : null;
      const ownTime: Time | null = c.present.test(body) ? "present" : c.past.test(body) ? "past" : null;
      const prev = joiner === "join" ? out.at(-1) : undefined;
      out.push({ start, end, person: ownPerson ?? prev?.person ?? null, time: ownTime ?? prev?.time ?? null });
      joiner = next;
    } else if (next !== "join") joiner = next;
  };
  for (const m of text.matchAll(c.breaks)) {
    const word = m[0].trim();
    const kind = /^[.!?;:\n]$/.test(m[0]) || m[0] === "\n" ? "sentence" : c.contrasting.test(word) ? "contrast" : "join";
    push(m.index, kind);
    start = m.index + m[0].length;
  }
  push(text.length, "sentence");
  return out;
}

/** The clause holding position `at` (the last one when past the end). */
export function clauseAt(clauses: readonly Clause[], at: number): Clause | undefined {
  for (const cl of clauses) if (at < cl.end) return cl;
  return clauses.at(-1);
}
