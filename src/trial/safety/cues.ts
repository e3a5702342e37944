/**
 * The safety cues, as data for clinical review.
 *
 * The bot never diagnoses and never reassures: a cue only points the user to medical evaluation.
 * The words the bot shows live in locales/<lang>.ftl as `cue-<id>`; nothing here is shown.
 *
 * How to read the patterns (see match.ts for the code):
 * - Each string is a regular expression, matched against the user's note after normalisation:
 *   lower case, accents removed (ü→u, é→e), ß→ss, zero-width characters removed, whitespace collapsed;
 *   in German also ae/oe/ue→a/o/u, so "Rücken" and "Ruecken" read the same. Patterns are normalised
 *   the same way, so German patterns are written with their umlauts.
 * - Every pattern must start and end on a word boundary ("numb" does not fire on "numbers").
 * - A list of strings (`[a, b]`) fires only when every part appears somewhere in the same note.
 * - negatable: a match is ignored when a negation ("no", "not", "never", "without", "kein", "nicht",
 *   "nie", "ohne"…) stands in the 4 words before it in the same clause. Clauses end at . ! ? ; : line
 *   breaks and at "but/and/however/although" ("aber/und/jedoch/sondern/obwohl"). Negation written
 *   into a pattern itself ("can't pee", "kann nicht mehr Wasser lassen") is part of the symptom.
 * - unless: the match is ignored when the same sentence also matches one of these (a stated reason
 *   that explains the wording, e.g. numbness from cold).
 * - When a cue's matches all lie inside the matches of a more urgent cue (or of a same-group cue with
 *   more parts), only the more urgent one is reported ("numb groin" → saddle numbness, not also
 *   nerve-type symptoms).
 * - A match is also ignored when it is said to be over right after it ("the numbness is gone",
 *   "steroid-free"), when its clause is about someone else ("my mum fell", "meine Tochter ist
 *   schwanger"; see clauses.ts), and, for cues about a current symptom (CURRENT_ONLY below), when
 *   its clause is set long ago ("as a kid", "vor Jahren", "in 2015"). Events (NEARLY_VOIDS) are
 *   ignored after "nearly"/"almost"/"fast".
 * - concepts.ts adds concept rules to these cues (region × loss of feeling, getting worse ×
 *   weakness, a fall or a blow × back pain, everyday words for bladder control); review both files.
 *
 * Urgent cues err on the side of firing: a "that's not what I meant" button undoes a false alarm.
 */
import type { CueGroup } from "./safety-event.js";
import type { Lang } from "../time/lang.js";
import { CONCEPTS, type ConceptPattern } from "./concepts.js";

export type { Lang };
export const LANGS = ["en", "de"] as const satisfies readonly Lang[];

/**
 * One regex source, a list of regex sources that must all appear in the note, or a concept rule
 * whose parts must lie near each other (see concepts.ts).
 */
export type CuePattern = ConceptPattern;

export interface Cue {
  readonly id: string;
  readonly group: CueGroup;
  /** Order of the item inside its group on the setup screen ("which one?"). */
  readonly screenOrder: number;
  readonly patterns: Readonly<Record<Lang, readonly CuePattern[]>>;
  readonly unless?: Readonly<Partial<Record<Lang, readonly string[]>>>;
  readonly negatable: boolean;
  /** Self-harm: the message gives a crisis line, not only an emergency number. */
  readonly crisis?: true;
  /** About a current symptom: a clause set long ago does not count. */
  readonly current?: true;
  /** An event: "nearly"/"almost" before it means it did not happen. */
  readonly nearlyVoids?: true;
}

/** Order in which groups are reported and shown on the setup screen. */
export const CUE_GROUP_ORDER: readonly CueGroup[] = ["urgent", "no_massage_area", "see_clinician"];

// ---------------------------------------------------------------------------------------------
// Shared building blocks (regex sources).

/** A bounded gap inside one sentence (decimal points and clock times do not end a sentence). */
const gap = (n: number): string => `(?:[^.!?;:\\n]|[.:](?!\\s|$)){0,${n}}`;
/** "can't", "cannot", "unable to"… */
const CANT = "(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to)";
/** An age of 50 or more, not followed by a unit ("55 minutes" is not an age). */
const AGE50 =
  "(?:(?:[5-9]\\d|1[01]\\d)(?!\\d)(?! ?(?:%|(?:min\\w*|minuten|sec\\w*|sek\\w*|kg|kilos?|lbs?|pounds|mal|times|steps|schritte|metres|meters|meter|m|km|miles|grad|degrees)\\b))|(?:fifty|sixty|seventy|eighty|ninety|fünfzig|sechzig|siebzig|achtzig|neunzig)(?:-\\w+)?)";

const EN_HEADACHE = "(?:head ?aches?|migraines?|(?:my )?head (?:hurts|is (?:pounding|splitting|throbbing|killing me))|pain in (?:my|the) head|splitting head)";
const DE_HEADACHE = "(?:kopfschmerz\\w*|kopfweh|migräne\\w*|(?:mein |der )?kopf (?:tut (?:\\w+ )?weh|schmerzt|dröhnt|platzt|hämmert)|schädel\\w* (?:brummt|dröhnt)|brummschädel)";
const EN_FEVER = "(?:fevers?|feverish|(?:a|high|raised|running a) temperature|temp(?:erature)? of (?:3[89]|4[0-2]|1[01]\\d))";
const DE_FEVER = "(?:fieber\\w*|fiebrig|(?:erhöhte|hohe) temperatur|temperatur von (?:3[89]|4[0-2]))";
const EN_BACK_PAIN =
  "(?:(?:my|lower|upper|sore|stiff|painful|bad|aching) (?:back|neck|spine)|(?:back|neck)(?:ache|pain)s?|(?:back|neck|spinal|lumbar) (?:pain|ache)s?|(?:pain|ache|aching|hurts?|stiffness) (?:in|to|across) (?:my |the )?(?:lower |upper )?(?:back|neck|spine))";
const DE_BACK_PAIN =
  "(?:(?:rücken|nacken|kreuz|lenden|wirbelsäulen|bandscheiben)(?:schmerz\\w*|weh)|hexenschuss|halswirbel\\w*|hws|lws|bws|(?:mein|meinen|der|den|im|am|meinem) (?:unteren |oberen )?(?:rücken|nacken|kreuz)|(?:steifer|steifen|verspannter|verspannten) (?:nacken|hals)|(?:nacken|hals) (?:ist |tut )?(?:steif|weh)|(?:rücken|nacken|kreuz) (?:tut (?:\\w+ )?weh|schmerzt|schmerzen))";
const EN_LIMB = "(?:legs?|arms?|hands?|feet|foot|knees?|thighs?)";
const DE_LIMB = "(?:bein|beine|beinen|arm|arme|armen|hand|hände|händen|fuß|füße|füßen|knie|oberschenkel)";
const EN_SADDLE =
  "(?:groin|genitals?|genital area|crotch|saddle(?: area)?|perine(?:um|al area)|private (?:parts|area)|between my legs|inner thighs?|buttocks?|bottom(?! of)|backside|bum|anus|back passage)";
const DE_SADDLE =
  "(?:genitalbereich|intimbereich|schritt|schambereich|gesäß|po|damm|dammbereich|reithosen\\w*|innenschenkel\\w*|analbereich|after|leiste|leisten|zwischen den beinen)";

const BASE_CUES = [
  // =============================================================================================
  // URGENT — seek care now; the trial pauses until "I have been seen" or "not what I meant".
  // =============================================================================================

  // Cauda equina signs: new loss of bladder or bowel control.
  {
    id: "bladder_bowel",
    group: "urgent",
    screenOrder: 1,
    negatable: true,
    patterns: {
      en: [
        "(?:lost|losing|lose|loss of|no|lack of) (?:any )?(?:bladder|bowel) control",
        "(?:lost|losing|lose|loss of|no|lack of) (?:any )?control (?:of|over) (?:my |the )?(?:bladder|bowels?|pee|urine|poo|stools?)",
        `${CANT} (?:control|hold) (?:in )?(?:my |the )?(?:bladder|bowels?|pee|wee|urine|poo|stools?)`,
        "incontinen\\w*",
        "(?:wet|wetted|wetting|peed|soiled|pooed|pooped) (?:myself|my (?:pants|trousers|knickers))",
        "(?:leaking|leaked|leak) (?:urine|pee|wee|stools?|poo)",
        "(?:bladder|bowel) (?:accidents?|leaks?|leakage)",
      ],
      de: [
        "inkontinen\\w*",
        "blasenschwäche",
        "(?:blase|darm|stuhl\\w*|urin|harn|wasser|pipi) (?:\\w+ ){0,2}nicht (?:mehr )?(?:halten|kontrollieren)",
        "kontrolle über (?:meine |die |den )?(?:blase|darm|stuhlgang|ausscheidung\\w*|urin)",
        "(?:keine|verlust der|verlust meiner|ohne) (?:\\w+ )?(?:blasen|darm|stuhl)kontrolle",
        "(?:in die hose|ins bett) (?:gemacht|gepinkelt|genässt)",
        "eingenässt|eingekotet|eingepinkelt",
        "(?:ungewollt|unkontrolliert)\\w* (?:\\w+ ){0,2}(?:urin|stuhl|harn|wasser)\\w*",
        "(?:urin|stuhl|harn)(?:verlust|abgang)",
        "(?:verliere|verlor|verloren) (?:\\w+ )?(?:urin|stuhl)",
      ],
    },
  },
  // Being unable to pass urine.
  {
    id: "urine_retention",
    group: "urgent",
    screenOrder: 2,
    negatable: true,
    patterns: {
      en: [
        `${CANT} (?:pass (?:urine|water)|pee|wee|urinate|empty (?:my )?bladder)`,
        "(?:haven'?t|have not|hasn'?t) (?:been able to )?(?:peed|weed|urinated|passed (?:urine|water))",
        "(?:urinary|urine) retention",
        "(?:trouble|difficulty|struggling|problems?) (?:with )?(?:peeing|urinating|passing (?:urine|water)|weeing)",
        "nothing (?:comes|came) out when i (?:try to )?(?:pee|wee|urinate)",
      ],
      de: [
        "(?:kann|konnte) (?:\\w+ ){0,3}(?:nicht|kein\\w*|kaum) (?:mehr )?(?:wasser lassen|wasserlassen|urinieren|pinkeln|pieseln|pullern)",
        "(?:urin|wasser) (?:\\w+ ){0,2}nicht (?:mehr )?lassen",
        "(?:kein|keinen) (?:urin|wasser|harn) (?:mehr )?(?:lassen|kommt)",
        "wasserlassen (?:\\w+ ){0,2}(?:geht nicht|unmöglich|klappt nicht)",
        "harnverhalt\\w*",
        "blase (?:\\w+ )?(?:nicht|kaum) (?:mehr )?(?:ent)?leeren",
      ],
    },
  },
  // Numbness in the groin / saddle area.
  {
    id: "saddle_numbness",
    group: "urgent",
    screenOrder: 3,
    negatable: true,
    patterns: {
      en: [
        `(?:numb(?:ness|ed|ing)?|tingl\\w*|no feeling|lost (?:the |all )?feeling|loss of (?:feeling|sensation)|reduced (?:feeling|sensation)|altered sensation) (?:\\w+ ){0,2}(?:in|around|on|of) (?:my |the )?${EN_SADDLE}`,
        `${EN_SADDLE} (?:is |are |feels |feel |has |have |went |gone |going |got |getting |become |became |been |a |bit |little |very |completely |totally |all |quite |slightly |really )*(?:numb(?:ness|ed)?|tingl\\w*|(?:no|lost (?:all )?) (?:feeling|sensation))`,
        "saddle (?:numbness|an(?:a)?esthesia)",
        `${CANT} feel (?:my |the )?${EN_SADDLE}`,
        `(?:${CANT}|don'?t|didn'?t) feel (?:it |anything )?when i (?:wipe|pee|urinate|go to the toilet)`,
      ],
      de: [
        `(?:taub\\w*|gefühllos\\w*|kribbel\\w*|kein gefühl|vermindertes gefühl|(?:gefühls|sensibilitäts)störung\\w*) (?:\\w+ ){0,2}(?:im|in der|am|an der|an den|um den|zwischen den) (?:\\w+ )?${DE_SADDLE}`,
        `${DE_SADDLE} (?:ist |sind |fühlt sich |fühlen sich |wird |wirkt |wurde |ganz |völlig |etwas |leicht |wie |so |total |komplett )*(?:taub|gefühllos|kribbelt)\\w*`,
        "reithosen(?:anästhesie|taubheit|gefühl)\\w*",
        "(?:spüre|merke|fühle) (?:\\w+ ){0,2}(?:nichts|kaum was|kaum etwas|nicht) (?:mehr )?beim (?:abwischen|wasserlassen|pinkeln)",
      ],
    },
  },
  // Weakness in the legs or arms that is getting worse.
  {
    id: "progressive_weakness",
    group: "urgent",
    screenOrder: 4,
    negatable: true,
    patterns: {
      en: [
        `${EN_LIMB} (?:\\w+ ){0,2}(?:getting|growing|becoming|going|get|gets|grow|become|became|got) (?:\\w+ )?(?:weak|weaker)`,
        "(?:increasing|worsening|progressive|spreading|more and more) weakness",
        "weakness (?:\\w+ ){0,5}(?:(?:is|are|has|keeps|seems to be) )?(?:getting|got|gotten|gets|growing|spreading) (?:worse|more|stronger)",
        "weaker (?:and weaker|by the day|every day|each day)",
        `(?:losing|lost) (?:\\w+ )?strength in (?:my |both )?${EN_LIMB}`,
        "foot drop|dropped foot|(?:foot|feet) (?:is |are |keeps? )?(?:dragging|slapping)|dragging my (?:foot|leg)",
        "paraly[sz]\\w*",
      ],
      de: [
        `${DE_LIMB} (?:\\w+ ){0,3}(?:werden|wird|wurde|wurden) (?!nicht |kein)(?:\\w+ )?(?:schwächer|kraftloser|schwach|kraftlos)`,
        "(?:zunehmende|zunehmender|wachsende|fortschreitende|schlimmer werdende) (?:\\w+ )?(?:bein|arm|muskel|hand|fuß)?(?:schwäche|lähmung\\w*|kraftlosigkeit)",
        "(?:bein|arm|muskel|hand|fuß)?(?:schwäche|kraftlosigkeit|lähmung)\\w* (?:\\w+ ){0,4}(?:wird|nimmt) (?:\\w+ )?(?:schlimmer|stärker|mehr|zu)",
        `(?:zunehmend|immer) (?:schwächer|kraftloser)\\w* (?:\\w+ )?${DE_LIMB}`,
        `(?:verliere|verlor|verloren) (?:\\w+ ){0,2}kraft in (?:den |dem |der |meinen |meinem |meiner |beiden )?${DE_LIMB}`,
        `kraft (?:in (?:den|dem|der|meinen|meinem) ${DE_LIMB} )?(?:lässt|nimmt) (?:\\w+ )?(?:nach|ab)`,
        "fußheberschwäche|fallfuß|lähmung\\w*|gelähmt",
      ],
    },
  },
  // New clumsy hands or unsteady walking.
  {
    id: "clumsy_unsteady",
    group: "urgent",
    screenOrder: 5,
    negatable: true,
    patterns: {
      en: [
        "clums\\w*",
        "unsteady|wobbly on my (?:feet|legs)|(?:off|lose|losing|lost) (?:my )?balance|unbalanced",
        "(?:walking|gait|walk) (?:is |has become |became |feels |felt |seems |is getting )(?:unsteady|wobbly|clumsy|strange|odd|off)",
        "(?:staggering|stumbling|swaying|veering) (?:when|while|as) (?:i )?walk\\w*",
        "keep (?:dropping|stumbling|tripping)|dropping things",
        "(?:hands|fingers) (?:\\w+ ){0,2}(?:clumsy|uncoordinated|useless)",
        `${CANT} (?:do up|fasten) (?:my )?buttons`,
      ],
      de: [
        "ungeschickt\\w*|tollpatschig\\w*|unbeholfen\\w*",
        "(?:gang|gangbild|laufen|gehen) (?:\\w+ ){0,2}(?:unsicher|wackelig|wacklig|schwankend|torkelnd)\\w*",
        "gangunsicher\\w*|torkel\\w*",
        "(?:unsicher|wackelig|wacklig) (?:\\w+ ){0,2}(?:auf den beinen|auf den füßen|beim gehen|beim laufen)",
        "schwanke (?:\\w+ )?beim (?:gehen|laufen)",
        "(?:verliere|verlor|verloren) (?:\\w+ ){0,2}(?:das |mein )?gleichgewicht",
        "gleichgewicht\\w* (?:\\w+ ){0,2}(?:verloren|gestört)|gleichgewichtsstörung\\w*|gleichgewichtsprobleme",
        "lasse (?:\\w+ )?(?:ständig|dauernd|immer wieder|oft|andauernd) (?:\\w+ ){0,2}fallen",
        "(?:ständig|dauernd|immer wieder) (?:\\w+ ){0,2}aus der hand",
        "hände (?:\\w+ ){0,2}(?:ungeschickt|unbeholfen|gehorchen nicht)",
      ],
    },
  },
  // Drop attacks: legs give way / sudden collapse without warning.
  {
    id: "drop_attacks",
    group: "urgent",
    screenOrder: 6,
    negatable: true,
    patterns: {
      en: [
        "drop attacks?",
        "(?:legs?|knees?) (?:\\w+ ){0,2}(?:gave|give|gives|giving) (?:out|way)",
        "(?:suddenly|just|for no reason) (?:\\w+ )?(?:collapsed|dropped to the (?:floor|ground)|fell to the (?:floor|ground)|went down)",
        "i (?:\\w+ )?collapsed(?! (?:on|onto|into) (?:the |my )?(?:sofa|couch|bed|chair|armchair))",
        "fell (?:down )?without (?:any )?warning",
        "dropped to the (?:floor|ground)",
      ],
      de: [
        "sturzattacke\\w*|drop[- ]?attack\\w*",
        "(?:beine|bein|knie) (?:\\w+ ){0,3}(?:weggeknickt|eingeknickt|weggesackt|nachgegeben|versagt|weggebrochen)",
        "(?:beine|bein|knie) (?:knicken|knickt|sacken|sackt|versagen|versagt|gaben|gab|geben|gibt) (?:\\w+ ){0,2}(?:weg|ein|nach)",
        "(?:plötzlich|einfach|ohne vorwarnung|ohne warnung) (?:\\w+ ){0,2}(?:zusammengebrochen|zusammengesackt|umgefallen|hingefallen|gestürzt|zu boden gegangen|weggesackt)",
        "zusammengebrochen|zusammengesackt",
      ],
    },
  },
  // Back or neck pain with fever or feeling very unwell (both parts in the note).
  {
    id: "back_pain_fever",
    group: "urgent",
    screenOrder: 7,
    negatable: true,
    patterns: {
      en: [
        [
          EN_BACK_PAIN,
          `(?:${EN_FEVER}|chills|shivering|rigou?rs|(?:very|really|extremely|so|seriously|properly|awfully|terribly) (?:unwell|ill|poorly|sick)|feel(?:ing|s)? (?:unwell|ill|feverish|awful all over|terrible all over))`,
        ],
      ],
      de: [
        [
          DE_BACK_PAIN,
          `(?:${DE_FEVER}|schüttelfrost|(?:sehr|richtig|total|ganz|ziemlich|extrem) (?:krank|elend)|fühle mich (?:\\w+ )?(?:krank|elend|fiebrig)|krankheitsgefühl)`,
        ],
      ],
    },
  },
  // Headache with fever and a stiff neck (all three parts in the note).
  {
    id: "headache_fever_stiff_neck",
    group: "urgent",
    screenOrder: 8,
    negatable: true,
    patterns: {
      en: [
        [
          EN_HEADACHE,
          EN_FEVER,
          `(?:stiff(?:ness)? (?:in )?(?:my |the )?neck|neck (?:\\w+ ){0,2}stiff(?:ness)?|${CANT} (?:bend|touch|put) my (?:chin|head) (?:to|on|down))`,
        ],
      ],
      de: [
        [
          DE_HEADACHE,
          DE_FEVER,
          "(?:(?:steifer|steifen|steifes) (?:nacken|hals|genick)|(?:nacken|hals|genick) (?:\\w+ ){0,2}steif|nackensteif\\w*|genicksteif\\w*|kann (?:\\w+ ){0,2}(?:kinn|kopf) nicht (?:mehr )?(?:zur|auf die|an die) brust)",
        ],
      ],
    },
  },
  // Pain after a fall, accident or head injury. "fell asleep", "fell behind" do not count.
  {
    id: "after_fall_injury",
    group: "urgent",
    screenOrder: 9,
    negatable: true,
    patterns: {
      en: [
        "i (?:(?!nearly |almost )\\w+ )?(?:fell|slipped|tripped)(?! (?:asleep|behind|for|in love|apart|through|short|silent|ill|sick|pregnant|a disc|up|into (?:a |the )?(?:habit|routine|trap)|off the wagon|out with))",
        "(?:fell|fallen|falling) (?:down|over|off|from|onto|on to|on (?:my|the)|in the (?:shower|bath|street|garden|snow)|out of (?:bed|a chair)|backwards|forwards|head ?first)",
        "(?:had|took|have had|after) (?:a |my )(?:bad |nasty |big |hard |small |little )?(?:fall|tumble)(?!-)(?! (?:in|of) (?:love|\\d))",
        "(?:car|road|traffic|bike|bicycle|cycling|motorbike|motorcycle|skiing|sports?|work|workplace) (?:accident|crash|collision)",
        "(?:an|the|my) accident",
        "(?:was|got) (?:hit|knocked down|run over) by (?:a|the)|rear[- ]ended",
        "(?:hit|banged|bumped|knocked|struck|smacked|bashed|cracked) my head|head (?:injury|injuries|trauma)|concuss\\w*|whiplash|knocked (?:me )?(?:out|unconscious)",
      ],
      de: [
        "hingefallen|umgefallen|gestürzt|ausgerutscht|gestolpert|runtergefallen|heruntergefallen|hinuntergefallen",
        "bin (?:\\w+ ){0,4}(?:hin|um|runter|herunter|hinunter)?gefallen",
        "(?:treppen|fahrrad|rad|ski)?sturz|stürze",
        "(?:auto|verkehrs|fahrrad|rad|ski|arbeits|sport|motorrad)?unfall(?:s|e|en)?",
        "(?:kopf|schädel) (?:\\w+ ){0,2}(?:angeschlagen|angestoßen|gestoßen|verletzt|aufgeschlagen)",
        "kopfverletzung\\w*|schädel-?hirn-?trauma|gehirnerschütterung|schleudertrauma|bewusstlos\\w*",
        "angefahren worden|wurde angefahren",
      ],
    },
  },
  // Chest pain or breathlessness. "chest of drawers" does not count.
  {
    id: "chest_pain_breathless",
    group: "urgent",
    screenOrder: 10,
    negatable: true,
    patterns: {
      en: [
        "chest (?:pains?|tightness|pressure|ache|aching|discomfort|hurts?|hurting|(?:is|feels|felt|was) (?:\\w+ )?(?:tight|heavy|painful|crushed|sore))",
        "(?:pains?|tightness|pressure|ache|heaviness|crushing) (?:\\w+ )?(?:in|across|on|around|behind) (?:my |the )?(?:chest|breastbone|sternum)(?! of)",
        "tight chest|heavy chest",
        "(?:short|shortness) of breath|breathless\\w*",
        `${CANT} (?:catch my breath|breathe|get (?:enough )?air)`,
        "(?:trouble|difficulty|struggling|struggle|struggled|problems?|hard|difficult) (?:to )?(?:breathe|breathing)",
        "gasping for (?:air|breath)",
        "heart attack",
      ],
      de: [
        "brust(?!wirbel)\\w*(?:schmerz\\w*|enge|druck)",
        "(?:schmerz\\w*|druck|enge|engegefühl|stechen) (?:\\w+ )?(?:in|auf|an|hinter) der brust",
        "brust(?:korb)? (?:\\w+ ){0,2}(?:tut weh|schmerzt|ist eng|drückt|brennt|sticht)",
        "thorax\\w*schmerz\\w*|herzinfarkt|engegefühl",
        "atemnot|luftnot|kurzatmig\\w*|atemlos\\w*|atembeschwerden|atemprobleme",
        "(?:bekomme|kriege|bekam|kriegte|habe) (?:\\w+ ){0,2}(?:keine|kaum|schlecht|schwer|nicht genug) luft",
        "schwer (?:zu )?atmen|(?:kann|konnte) (?:\\w+ ){0,2}(?:nicht|kaum) (?:richtig |mehr )?atmen",
        "(?:ringe|schnappe|ringen|schnappen) nach luft|nach luft (?:ringen|schnappen)",
      ],
    },
  },
  // A swollen, painful calf (possible clot).
  {
    id: "swollen_calf",
    group: "urgent",
    screenOrder: 11,
    negatable: true,
    patterns: {
      en: [
        "(?:swollen|swelling|swelled|puffy|enlarged) (?:\\w+ ){0,3}(?:calf|calves)",
        "(?:calf|calves) (?:\\w+ ){0,3}(?:swollen|swelling|swelled|puffy)",
        "(?:calf|calves) (?:is |are |feels |looks )?(?:hot|red|warm) and (?:swollen|tender|painful|hard)",
      ],
      de: [
        "(?:geschwollen\\w*|angeschwollen\\w*) (?:\\w+ ){0,2}waden?",
        "waden? (?:(?!nicht |kein\\w* |nie )\\w+ ){0,3}(?:geschwollen|angeschwollen|heiß und rot|rot und heiß|überwärmt)",
        "wadenschwellung|schwellung (?:\\w+ ){0,2}(?:in der|an der) wade",
      ],
    },
  },
  // A sudden, severe ("worst ever") headache. "worse than yesterday" does not count.
  {
    id: "thunderclap_headache",
    group: "urgent",
    screenOrder: 12,
    negatable: true,
    patterns: {
      en: [
        "thunderclap",
        "worst ever (?:head ?aches?|migraines?)",
        `worst (?:head ?aches?|migraines?)${gap(25)}(?:ever|of my life|in my life)`,
        `(?:head ?aches?|migraines?) (?:is|was) (?:the )?worst${gap(20)}(?:ever|of my life|in my life)`,
        "(?:sudden|suddenly|abrupt)\\w*,? (?:\\w+ ){0,2}(?:severe|violent|intense|excruciating|splitting|blinding|terrible|explosive|agoni[sz]ing|crushing|horrendous|massive|extreme) (?:head ?aches?|head pain|pain in (?:my|the) head)",
        "explosive (?:head ?aches?|head pain)",
        `(?:head ?aches?|head pain)${gap(30)}(?:came on|started|began|hit me|struck) (?:\\w+ )?(?:suddenly|out of nowhere|all of a sudden|like a (?:thunderclap|bolt|explosion|hammer))`,
      ],
      de: [
        "donnerschlag\\w*|vernichtungskopfschmerz\\w*",
        `(?:schlimmste|stärkste|heftigste)[nr]? (?:\\w+ )?(?:kopfschmerz\\w*|migräne)${gap(30)}(?:meines lebens|aller zeiten|(?:die|den|wie) ich (?:\\w+ )?(?:je|jemals|noch nie)|je(?:mals)? (?:hatte|gehabt))`,
        `(?:kopfschmerz\\w*|kopfweh)${gap(30)}(?:wie (?:noch )?nie|wie ein (?:donnerschlag|blitz|schlag)|schlagartig|aus heiterem himmel|auf einen schlag)`,
        "(?:plötzlich|schlagartig|explosionsartig|blitzartig)\\w* (?:\\w+ ){0,2}(?:extrem|unerträglich|heftig|stark|wahnsinnig|rasend|vernichtend)\\w* (?:kopfschmerz\\w*|kopfweh)",
        "(?:schlagartig|explosionsartig|blitzartig)\\w* (?:\\w+ ){0,2}(?:kopfschmerz\\w*|kopfweh)",
      ],
    },
  },
  // Headache with new neurological symptoms (both parts in the note).
  {
    id: "headache_neuro",
    group: "urgent",
    screenOrder: 13,
    negatable: true,
    patterns: {
      en: [
        [
          EN_HEADACHE,
          `(?:double vision|(?:blurred|blurry) vision|(?:lost|losing|loss of) (?:my )?(?:vision|sight)|${CANT} see (?:properly|clearly|straight|out of)|(?:slurred|slurring) (?:speech|words|my words)|(?:speech|words) (?:\\w+ )?slurred|(?:trouble|difficulty|problems?) (?:speaking|talking|finding (?:the )?words)|(?:i'?m|i am|i was|i feel|i felt|feeling|felt|got|getting) (?:\\w+ )?confused|confusion|(?:face|mouth|smile|eyelid) (?:\\w+ )?droop\\w*|droop\\w* (?:face|mouth|eyelid)|(?:numb\\w*|weak\\w*|tingl\\w*) (?:\\w+ ){0,2}one side|one side of my (?:face|body)|(?:numb\\w*|tingl\\w*) (?:\\w+ ){0,2}(?:face|lips?|tongue)|(?:face|lips?|tongue) (?:\\w+ ){0,2}(?:numb|tingl)\\w*|seizures?)`,
        ],
      ],
      de: [
        [
          DE_HEADACHE,
          "(?:doppelbild\\w*|doppelt sehen|sehe (?:\\w+ ){0,2}(?:doppelt|verschwommen|unscharf)|verschwommen\\w* (?:sehen|sicht)|sehstörung\\w*|sehverlust|(?:verwaschen|undeutlich|lallend)\\w* (?:sprache|sprechen|gesprochen)|sprachstörung\\w*|(?:schwierigkeiten|probleme|mühe) (?:beim |mit dem )?(?:sprechen|reden)|finde (?:die )?worte nicht|wortfindungsstörung\\w*|lalle|verwirrt\\w*|verwirrung|(?:gesicht|mund|mundwinkel)\\w* (?:\\w+ ){0,2}(?:hängt|hängen|schief)|(?:hängender|hängende|schiefer) (?:mund|mundwinkel|gesicht)|halbseitig\\w*|(?:eine|einer) (?:körper|gesichts)?seite (?:\\w+ ){0,2}(?:taub|schwach|gelähmt|gefühllos)|(?:taub|schwach|gelähmt|gefühllos)\\w* (?:auf|an) einer seite|krampfanfall|epileptisch\\w* anfall|(?:taub|kribbel)\\w* (?:\\w+ ){0,2}(?:im )?gesicht|gesicht (?:\\w+ ){0,2}(?:taub|kribbelt)\\w*)",
        ],
      ],
    },
  },
  // Thoughts of self-harm or suicide. Not negatable: "no suicidal thoughts" still shows the
  // crisis line (a harmless false alarm); idioms such as "dying to", "killing me" do not match.
  {
    id: "self_harm",
    group: "urgent",
    screenOrder: 14,
    negatable: false,
    crisis: true,
    patterns: {
      en: [
        "suicid\\w*",
        "(?:kill|killing|harm|harming) (?:my ?self|myself)",
        "self[- ]?harm\\w*",
        "(?:end|ending|take|taking) my (?:own )?life|(?:end|ending) it all",
        // "I'm going to end it" alone; not ending something named ("end it with my therapist").
        "(?:i'?m|i am) (?:going to|gonna) end it(?! with| after| for| at| before| by| on| there| early| soon)",
        "(?:i'?d|i would|i'?d much|i would much) rather be dead",
        "(?:want|wanted|wanting|wish|wished) (?:\\w+ )?to die",
        "(?:wish|wished) i (?:was|were) dead|better off dead",
        "(?:don'?t|do not|no longer) want to (?:live|be alive|be here|go on)",
        "(?:no|not (?:any|much)) (?:point|reason) (?:in )?(?:living|to live|going on|carrying on)",
        "not worth living",
        "(?:hurt|hurting|cut|cutting|burn|burning) myself (?:on purpose|deliberately|intentionally)",
        // Wanting to hurt oneself, not an injury ("I hurt myself lifting") nor care ("don't want to hurt myself").
        "(?<!(?:n't|not|never) )(?:want|wanted|wanting|urge|urges|need|needed) to (?:hurt|cut|burn|harm) myself",
        "(?<!(?:n't|not|never) )(?:feel|felt|feeling) like (?:hurting|cutting|burning|harming) myself",
        "(?:thinking|thought|thoughts|think|thinks) (?:of|about) (?:hurting|cutting|burning|harming) myself",
      ],
      de: [
        "suizid\\w*|selbstmord\\w*",
        "(?:mich|mir) (?:\\w+ ){0,2}(?:umbringen|umzubringen|töten|das leben nehmen|etwas antun|was antun|selbst verletzen)",
        "(?:will|möchte|wollte|würde am liebsten) (?:\\w+ ){0,2}(?:sterben|tot sein|nicht mehr leben|nicht mehr da sein|nicht mehr aufwachen)",
        "(?:nicht|keine lust) mehr (?:zu )?leben",
        "lebensmüde|selbstverletz\\w*|ritzen",
        "(?:wäre|wär) (?:\\w+ ){0,2}(?:lieber|besser) tot|am liebsten (?:wäre|wär) ich tot",
        "(?:mache|mach|machen) (?:\\w+ )?schluss mit allem|mit allem schluss (?:machen|mache)",
        "allem ein ende (?:setzen|machen)|(?:mein|meinem) leben (?:ein )?ende (?:setzen|machen|bereiten)",
        "(?:sehe keinen|kein) sinn (?:mehr )?(?:im|zu) leben",
        "(?:will|möchte|wollte|würde gern|würde am liebsten|lust) (?:(?!nicht\\b|nie\\b|kein)\\w+ ){0,2}(?:mir|mich) (?:(?!nicht\\b|nie\\b|kein)\\w+ ){0,2}(?:weh ?tun|wehzutun|verletzen|schneiden|ritzen)",
      ],
    },
  },

  // =============================================================================================
  // NO MASSAGE AT THAT AREA until a clinician has cleared it; the trial may continue elsewhere.
  // =============================================================================================

  // A known or suspected blood clot.
  {
    id: "clot_at_site",
    group: "no_massage_area",
    screenOrder: 1,
    negatable: true,
    patterns: {
      en: ["(?:blood )?clots?", "thrombo(?:sis|ses|phlebitis)|thromboembol\\w*|embolism|dvt"],
      de: ["blutgerinnsel\\w*|gerinnsel", "thrombos\\w*|thrombophlebitis|venenentzündung|(?:lungen)?embolie\\w*|tvt"],
    },
  },
  // A recent fracture or surgery at or near the site.
  {
    id: "recent_fracture_surgery",
    group: "no_massage_area",
    screenOrder: 2,
    negatable: true,
    patterns: {
      en: [
        "surgery|surgical|operation|operated on|post[- ]?op\\w*",
        "(?:knee|hip|shoulder|joint|disc) replacement|(?:spinal )?fusion|laminectomy|(?:micro)?discectomy|arthroscop\\w*|keyhole",
        "fractur\\w*",
        "(?:broken|broke (?:my|a)) (?:\\w+ )?(?:bones?|arm|leg|wrist|ankle|hip|ribs?|collarbone|vertebra\\w*|toe|finger|foot|hand|shoulder|elbow|knee|neck|back|pelvis|kneecap|shin|heel)",
        "cracked (?:a |my )?(?:ribs?|bones?|vertebra\\w*)",
      ],
      de: [
        "operation\\w*|operiert|op|eingriff",
        "fraktur\\w*",
        "(?:arm|bein|hand|handgelenk|sprunggelenk|rippen|schlüsselbein|wirbel|wirbelkörper|becken|hüft|fuß|zehen|finger|knöchel|schulter|ellenbogen|oberschenkel|unterarm|unterschenkel|knochen|ermüdungs|oberschenkelhals)bruch",
        "(?:knochen|arm|bein|hand|handgelenk|sprunggelenk|rippe|rippen|schlüsselbein|wirbel|wirbelkörper|becken|hüfte|fuß|zeh|zehe|finger|knöchel|schulter|ellenbogen|oberschenkel|unterarm|unterschenkel|kniescheibe) (?:\\w+ ){0,3}gebrochen",
        "gebrochen\\w* (?:\\w+ )?(?:knochen|arm|bein|hand|handgelenk|rippe\\w*|schlüsselbein|wirbel\\w*|becken|hüfte|fuß|zeh\\w*|finger|knöchel|schulter|ellenbogen)",
        "(?:knie|hüft|schulter)?(?:gelenk)?(?:prothese|ersatz)|(?:knie|hüft)?-?tep|versteifung\\w*|bandscheiben-?op|bandscheibenoperation|arthroskopie|gelenkspiegelung",
      ],
    },
  },
  // Skin infection, open wound, burn or rash at the site.
  {
    id: "skin_at_site",
    group: "no_massage_area",
    screenOrder: 3,
    negatable: true,
    patterns: {
      en: [
        "(?:skin|wound) infections?|infected (?:\\w+ )?(?:wound|cut|skin|graze|bite|blister|spot|scratch)",
        "(?:wound|cut|graze|scratch|bite|blister|skin) (?:\\w+ )?(?:is |looks |got |went |has gone )?(?:infected|oozing|weeping)",
        "cellulitis|abscess\\w*|impetigo|boils?",
        "(?:open|fresh|deep|bad|nasty) (?:wound|cut|graze|gash|sore)s?|(?:wound|cut|graze|gash) on (?:my|the)|wounds?(?! up)|graze[ds]?|gash|laceration|stitches",
        "(?:a|the|my) burn|(?:burned|burnt|scalded) my (?:skin|hand|arm|leg|back|neck|shoulder|foot|knee|finger|chest)|sun ?burn\\w*|scald\\w*|(?:burn|burst|infected|popped|open) blisters?",
        "rash(?:es)?|eczema|dermatitis|hives|shingles|psoriasis",
      ],
      de: [
        "hautinfektion\\w*|(?:haut|wund)entzündung\\w*|wundinfektion\\w*",
        "entzündet\\w* (?:\\w+ )?(?:wunde|haut|stelle|schnitt|kratzer|stich)",
        "(?:wunde|haut|stelle|schnitt|kratzer|stich) (?:\\w+ ){0,2}(?:entzündet|eitert|nässt|infiziert)",
        "offene (?:wunde|stelle)|wunden?|schnittwunde|schürfwunde|platzwunde|genäht",
        "verbrennung\\w*|verbrüh\\w*|sonnenbrand",
        "(?:haut)?ausschlag\\w*|ekzem\\w*|abszess\\w*|furunkel|wundrose|erysipel|gürtelrose|nesselsucht|eiter\\w*",
      ],
    },
  },

  // =============================================================================================
  // SEE A CLINICIAN before or alongside massage; the trial continues, the cue stays in reports.
  // =============================================================================================

  // Nerve-type symptoms: shooting pain down an arm or leg, numbness, pins and needles.
  // Not fired when the same sentence explains the feeling by cold, a limb "falling asleep",
  // or a local anaesthetic (an ordinary, explained sensation), or for "taub" meaning deaf (Ohr).
  {
    id: "nerve_symptoms",
    group: "see_clinician",
    screenOrder: 1,
    negatable: true,
    patterns: {
      en: [
        "numb(?:ness|ed|ing)?|pins and needles|tingl\\w*",
        "shooting (?:\\w+ )?pains?",
        "(?:pain|ache|burning) (?:that )?(?:\\w+ )?(?:shoots|shooting|shot|radiates|radiating|radiated|runs|running|ran|goes|going|went|travels|travelling|traveling|spreads|spreading) (?:all the way |right )?(?:down|into|through|to) (?:my |the )?(?:arms?|legs?|hands?|foot|feet|fingers|toes|buttocks?|bum|thigh|calf|shin)",
        "sciatic\\w*|electric(?:al)? (?:shocks?|zaps?|jolts?)|nerve pain|burning (?:pain|sensation)",
      ],
      de: [
        "taub(?:heit\\w*|e|en|er|es|em)?|gefühllos\\w*|kribbel\\w*|kribbelt|ameisenlaufen|nadelstiche",
        "(?:elektrisierend|einschießend)\\w*|stromschlag\\w*|wie (?:ein )?strom|nervenschmerz\\w*|ischias\\w*|brennend\\w* schmerz\\w*",
        "(?:strahl|zieh|schieß)\\w* (?:\\w+ ){0,3}(?:in|ins|bis in|bis zum|bis zur|hinunter in) (?:den |das |die |meinen |mein |meine )?(?:bein|beine|arm|arme|hand|hände|fuß|füße|finger|zehen|gesäß|oberschenkel|wade)",
        "ausstrahl\\w* (?:\\w+ ){0,3}(?:bein|beine|arm|arme|hand|hände|fuß|füße|finger|zehen|gesäß|oberschenkel|wade)",
      ],
    },
    unless: {
      en: [
        "cold|freezing|frozen|frost\\w*|icy|ice|ice ?packs?|winter|snow\\w*|chilly|asleep",
        "an(?:a)?esthe\\w*|dentist|novocaine|lidocaine",
      ],
      de: [
        "kälte|kalt\\w*|frier\\w*|frost\\w*|eisig\\w*|eiskalt\\w*|eis|eisbeutel|kühlpack\\w*|winter|schnee|eingeschlafen",
        "betäub\\w*|narkose|lokalanästhe\\w*|zahnarzt",
        "ohr|ohren|höre|hören|hört|gehör",
      ],
    },
  },
  // History of cancer.
  {
    id: "cancer_history",
    group: "see_clinician",
    screenOrder: 2,
    negatable: true,
    patterns: {
      en: [
        "cancers?|tumou?rs?|malignan\\w*|chemo\\w*|radiotherapy|radiation (?:therapy|treatment)",
        "lymphoma|leuka?emia|melanoma|myeloma|metasta\\w*|oncolog\\w*|carcinoma|sarcoma",
      ],
      de: [
        "krebs\\w*|tumor\\w*|bösartig\\w*|chemo\\w*|bestrahl\\w*|strahlentherapie",
        "lymphom\\w*|leukämie|melanom\\w*|myelom\\w*|metastas\\w*|onkolog\\w*|karzinom\\w*|sarkom\\w*",
      ],
    },
  },
  // Unexplained weight loss (intended weight loss does not count).
  {
    id: "weight_loss",
    group: "see_clinician",
    screenOrder: 3,
    negatable: true,
    patterns: {
      en: [
        "(?:unexplained|unintended|unintentional|unexpected|sudden|rapid|unplanned) (?:\\w+ )?weight ?loss",
        `(?:lost|losing|lose|dropped|dropping|shed) (?:[\\w']+ ){0,4}?(?:weight|kilos?|kgs?|pounds|lbs?|stones?)${gap(40)}(?:without (?:trying|dieting|meaning to|changing)|for no (?:\\w+ )?reason|(?:don'?t|do not|can'?t) (?:know|explain|understand) why|not (?:been )?(?:trying|dieting)|unexplained|unintentional\\w*|no idea why)`,
      ],
      de: [
        "(?:ungewollt|unbeabsichtigt|unerklärlich|unerklärt|ungeklärt|plötzlich)\\w* (?:\\w+ ){0,2}(?:gewichtsverlust|gewichtsabnahme|abgenommen|gewicht verloren)",
        `(?:abgenommen|gewicht verloren|nehme (?:\\w+ ){0,3}ab)${gap(40)}(?:ohne (?:es zu wollen|diät|grund|zu wollen|absicht)|weiß nicht (?:warum|wieso)|keine ahnung (?:warum|wieso)|einfach so|grundlos|ungewollt)`,
        "(?:ohne (?:grund|diät|absicht|es zu wollen)|grundlos|einfach so) (?:\\w+ ){0,4}(?:abgenommen|gewicht verloren)",
      ],
    },
  },
  // Pain at night that rest does not ease (both parts in the note). Being woken by pain alone does
  // not fire: it is one of the function markers this trial tracks.
  {
    id: "night_pain",
    group: "see_clinician",
    screenOrder: 4,
    negatable: true,
    patterns: {
      en: [
        [
          "(?:nights?|overnight|night-?time|nocturnal|in bed|wakes? me|woke me|waking me|keeps me (?:up|awake)|kept me (?:up|awake))",
          `(?:(?:rest|resting|lying (?:down|still|flat)|changing position|turning over)${gap(20)}(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|not|never) (?:\\w+ )?(?:help|ease|relieve|settle|change|make (?:it|a|any)|better|easing|helping)|(?:nothing|no position|no (?:amount of )?rest)${gap(15)}(?:helps|helped|eases|eased|relieves|relieved|works|worked|makes (?:it|a|any))|(?:not|never|isn'?t|wasn'?t) (?:\\w+ )?(?:eased|relieved|helped|better|easier) (?:\\w+ )?(?:by|with|when) (?:rest|resting|lying)|(?:constant|unrelenting|relentless|non-?stop|unremitting) (?:\\w+ )?pain|no matter (?:how|what|which) (?:\\w+ )?(?:i lie|position))`,
        ],
      ],
      de: [
        [
          "(?:nachts|nächtlich\\w*|in der nacht|nachtschmerz\\w*|im bett|weckt mich|wecken mich|werde (?:\\w+ )?wach|wache (?:\\w+ )?auf|aufgewacht)",
          `(?:(?:ruhe|liegen|hinlegen|lagewechsel|umdrehen|ausruhen)${gap(20)}(?:hilft|lindert|bessert|bringt|ändert)\\w* (?:\\w+ ){0,2}(?:nicht|nichts|kaum)|(?:nichts|keine (?:position|lage|haltung))${gap(10)}(?:hilft|lindert|bessert|bringt)|(?:in ruhe|im liegen|beim liegen|auch in ruhe|selbst in ruhe|trotz ruhe) (?:\\w+ ){0,3}(?:nicht besser|nicht weniger|genauso|unverändert)|ruheschmerz\\w*|dauerschmerz\\w*|(?:ständige|ständiger|ständigen|ununterbrochene|ununterbrochenen) schmerz\\w*|egal wie ich (?:liege|mich lege|mich hinlege)|in jeder (?:lage|position))`,
        ],
      ],
    },
  },
  // New pain after the age of 50.
  {
    id: "new_pain_over_50",
    group: "see_clinician",
    screenOrder: 5,
    negatable: true,
    patterns: {
      en: [
        `(?:i'?m|i am|aged?|turned|turning) ${AGE50}(?: years?(?: old)?| now| this year)?${gap(80)}(?:new|first time|never (?:had|felt|experienced)|started|began|starting)`,
        `(?:new|first time|started|began)${gap(80)}(?:i'?m|i am|aged?|at (?:the )?age(?: of)?|since turning|after turning) ${AGE50}`,
        `(?:over|past|after) (?:50|fifty|60|sixty|70|seventy)(?! ?(?:min\\w*|%|kg|times|steps|metres|meters|m|km))${gap(60)}(?:new|first time|never had)`,
      ],
      de: [
        `(?:ich bin|bin|mit|im alter von|alter) ${AGE50}(?: jahren?(?: alt)?)?${gap(80)}(?:neu|neue|neuer|neuen|neues|erstmals|zum ersten mal|noch nie|seit kurzem|angefangen|begonnen|aufgetreten)`,
        `(?:neu|neue|neuen|neuer|neues|erstmals|zum ersten mal|seit kurzem)${gap(80)}(?:ich bin|bin|mit|im alter von|seit ich|nach meinem) ${AGE50}`,
        `(?:über|ab|nach) (?:50|55|60|65|70|fünfzig|sechzig|siebzig)(?! ?(?:min\\w*|%|kg|mal|schritte|meter|m|km))${gap(60)}(?:neu\\w*|erstmals|zum ersten mal)`,
      ],
    },
  },
  // Osteoporosis.
  {
    id: "osteoporosis",
    group: "see_clinician",
    screenOrder: 6,
    negatable: true,
    patterns: {
      en: ["osteopor\\w*|osteopeni\\w*|brittle bones|(?:low|reduced|poor) bone (?:density|mass)|thin(?:ning)? bones"],
      de: ["osteopor\\w*|osteopenie|knochenschwund|(?:brüchige|poröse|dünne) knochen|(?:geringe|niedrige|verminderte) knochendichte"],
    },
  },
  // Long-term steroid use. A single steroid injection, creams, sprays and inhalers do not count
  // (same sentence); "non-steroidal" painkillers (NSAIDs) are not steroids.
  {
    id: "steroids",
    group: "see_clinician",
    screenOrder: 7,
    negatable: true,
    patterns: {
      en: [
        "(?<!non[- ]?)(?:cortico)?steroid(?:s|al)?",
        "prednisolone|prednisone|cortisone|hydrocortisone|dexamethasone|methylprednisolone",
      ],
      de: [
        "(?<!nicht[- ]?)(?:kortiko|cortico)?steroid\\w*",
        "kortison\\w*|cortison\\w*|prednisolon\\w*|prednison\\w*|dexamethason\\w*|hydrocortison\\w*|glukokortikoid\\w*|glucocorticoid\\w*|kortikoid\\w*|corticoid\\w*",
      ],
    },
    unless: {
      en: ["inject\\w*|shots?|jabs?|epidural|creams?|ointment|gel|inhalers?|sprays?|drops|one-?off|single dose"],
      de: ["\\w*(?:spritze|injektion|infiltration|creme|salbe|spray|tropfen)\\w*|gespritzt|inhal\\w*|einmalig\\w*"],
    },
  },
  // A weakened immune system.
  {
    id: "immune_weak",
    group: "see_clinician",
    screenOrder: 8,
    negatable: true,
    patterns: {
      en: [
        "(?:weak|weakened|compromised|suppressed|low|poor|damaged) immun\\w*(?: system)?",
        "immun\\w*[- ]?(?:compromised|suppress\\w*|deficien\\w*)|immune system (?:is )?(?:weak\\w*|compromised|suppressed|low|poor)",
        "immunosuppress\\w*|immunocompromised|hiv",
        "(?:organ|kidney|liver|heart|lung|bone marrow|stem cell) transplant|transplant (?:patient|recipient)|biologics?|methotrexate",
      ],
      de: [
        "immunschwäche|immunsuppress\\w*|immunsupprimiert|immundefekt\\w*|abwehrschwäche",
        "geschwächt\\w* (?:\\w+ )?(?:immunsystem|abwehr\\w*)|immunsystem (?:\\w+ ){0,2}(?:geschwächt|schwach|unterdrückt|angeschlagen)",
        "hiv|transplant\\w*|organtransplant\\w*|biologika|biologikum|methotrexat|mtx",
      ],
    },
  },
  // Injected drug use.
  {
    id: "injected_drugs",
    group: "see_clinician",
    screenOrder: 9,
    negatable: true,
    patterns: {
      en: [
        "(?:inject|injects|injected|injecting|shoot|shooting|shot) (?:up|heroin|drugs?|meth\\w*|cocaine|speed|crack)",
        "intravenous drugs?|iv drugs?|drug injection|heroin|(?:sharing|shared|used) needles|needle (?:use|exchange)",
      ],
      de: [
        "(?:drogen|heroin|kokain|crystal|meth|speed)\\w* (?:\\w+ ){0,2}(?:gespritzt|spritzen|spritze|injiziert|injizieren|gedrückt)",
        "(?:spritze|spritzte|injiziere|drücke) (?:mir )?(?:\\w+ )?(?:drogen|heroin|kokain|crystal|meth)",
        "intravenös\\w* (?:\\w+ )?drogen\\w*|drogen\\w* (?:\\w+ )?intravenös|i\\.?v\\.?-?drogen\\w*",
        "heroin\\w*|(?:gemeinsam benutzte|geteilte|benutzte|gebrauchte) (?:nadeln|spritzen)|fixer\\w*|drogenspritze\\w*",
      ],
    },
  },
  // Blood-thinning medicine or a bleeding disorder.
  {
    id: "blood_thinners",
    group: "see_clinician",
    screenOrder: 10,
    negatable: true,
    patterns: {
      en: [
        "blood[- ]?thinn\\w*|anti-?coagul\\w*",
        "warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana|savaysa|heparin|clexane|enoxaparin|fragmin|dalteparin|clopidogrel|plavix|ticagrelor|brilinta",
        "(?:bleeding|clotting) disorders?|ha?emophilia|von willebrand\\w*|(?:bruise|bleed) (?:very )?easily",
      ],
      de: [
        "blutverdünn\\w*|gerinnungshemm\\w*|antikoagul\\w*",
        "marcumar|phenprocoumon|falithrom|warfarin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana|heparin\\w*|clexane|enoxaparin|fragmin|dalteparin|clopidogrel|plavix|ticagrelor|brilique",
        "(?:blut)?gerinnungsstörung\\w*|blutungsneigung|bluterkrankheit|hämophilie|von[- ]willebrand\\w*",
        "(?:bekomme|kriege|habe) (?:sehr )?(?:schnell|leicht) (?:blaue flecken|hämatome)",
      ],
    },
  },
  // Pregnancy.
  {
    id: "pregnancy",
    group: "see_clinician",
    screenOrder: 11,
    negatable: true,
    patterns: {
      en: ["pregnan\\w*|expecting (?:a baby|twins)|i'?m expecting(?! (?:the|a|an|it|that|this|my|some|to|more|rain|news|results?|parcel|package|call|guests|visitors))|(?:first|second|third) trimester|morning sickness"],
      de: [
        "schwanger\\w*|erwarte (?:ein|ein zweites|ein drittes) (?:baby|kind)|(?:\\d+\\.? )?schwangerschaftswoche|ssw|trimester",
        "in anderen umständen|baby (?:ist )?unterwegs",
      ],
    },
  },
] as const satisfies readonly Cue[];

/** Cues about a symptom now: "I had a rash in 2015" is not a rash at the site. */
const CURRENT_ONLY: ReadonlySet<string> = new Set([
  ...BASE_CUES.filter((c) => c.group === "urgent" && c.id !== "self_harm").map((c) => c.id),
  "clot_at_site",
  "recent_fracture_surgery",
  "skin_at_site",
  "nerve_symptoms",
  "weight_loss",
  "night_pain",
  "pregnancy",
]);
const NEARLY_VOIDS: ReadonlySet<string> = new Set(["bladder_bowel", "after_fall_injury", "drop_attacks"]);

function withConcepts(cue: Cue): Cue {
  const extra = CONCEPTS[cue.id];
  const merged: Cue = {
    ...cue,
    patterns: { en: [...cue.patterns.en, ...(extra?.patterns.en ?? [])], de: [...cue.patterns.de, ...(extra?.patterns.de ?? [])] },
    unless: { en: [...(cue.unless?.en ?? []), ...(extra?.unless?.en ?? [])], de: [...(cue.unless?.de ?? []), ...(extra?.unless?.de ?? [])] },
  };
  return { ...merged, ...(CURRENT_ONLY.has(cue.id) ? { current: true } : {}), ...(NEARLY_VOIDS.has(cue.id) ? { nearlyVoids: true } : {}) };
}

/** Every cue, its concept rules from concepts.ts included. */
export const CUES = (BASE_CUES as readonly Cue[]).map(withConcepts) as readonly (Cue & { readonly id: CueId })[];

/**
 * Ids of events raised by a rule rather than a keyword or a screen answer (SafetyEvent source
 * "rule"); named by `cue-<id>` like the cues above. does_not_settle: the "does not settle" rule
 * fired a second time (the stop outcome), which pauses the trial like an urgent cue.
 */
export const RULE_CUE_IDS = ["does_not_settle"] as const;

export type CueId = (typeof BASE_CUES)[number]["id"];
export const CUE_IDS: readonly CueId[] = CUES.map((c) => c.id);

const BY_ID: ReadonlyMap<string, Cue> = new Map(CUES.map((c) => [c.id, c]));

export function cueById(id: string): Cue | undefined {
  return BY_ID.get(id);
}

/** Cues of one group in setup-screen order. */
export function cuesInGroup(group: CueGroup): Cue[] {
  return CUES.filter((c) => c.group === group).sort((a, b) => a.screenOrder - b.screenOrder);
}
