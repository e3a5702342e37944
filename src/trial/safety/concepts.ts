/**
 * Concept rules added to the cues of cues.ts: plain-language words grouped by what they mean
 * (a body region, a loss of feeling, a word for "getting worse", a fall), combined so that any
 * region word with any sensation word fires, instead of listing whole phrases.
 *
 * A rule `{ near: [a, b], context: [c] }` fires when a match of every part lies within `within`
 * characters (default 50) of the first part's match, across clause and sentence ends. `near`
 * parts are symptoms and get every check of match.ts (negation, "is gone", someone else, long
 * ago); `context` parts only place the symptom ("between my legs", "every day").
 * Strings and lists of strings work as in cues.ts.
 */
import type { Lang } from "../time/lang.js";

export interface NearPattern {
  readonly near: readonly string[];
  readonly context?: readonly string[];
  readonly within?: number;
}
export type ConceptPattern = string | readonly string[] | NearPattern;

export interface ConceptRules {
  readonly patterns: Readonly<Partial<Record<Lang, readonly ConceptPattern[]>>>;
  readonly unless?: Readonly<Partial<Record<Lang, readonly string[]>>>;
}

const CANT = "(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to)";

// ---------------------------------------------------------------------------------------------
// English vocabulary

/** The saddle area in everyday words, and the moments it is felt (sitting on the toilet, wiping). */
const EN_SADDLE_REGION =
  "(?:groin|genitals?|genital area|crotch|saddle(?: area)?|perine(?:um|al area)|private (?:parts|area|bits)|privates|nether regions|down there|between (?:my|the) legs|inner thighs?|inner (?:side|sides) of (?:my |both |the )?thighs?|inside of (?:my |both |the )?thighs?|down below|undercarriage|(?:bike |bicycle )?saddle|buttocks?|bum(?: cheeks?)?|butt(?: cheeks?)?|bottom(?! of)|backside|rear end|sit(?:ting)? bones|anus|back passage|rectum|vagina|vulva|labia|penis|testicles|scrotum|(?:on|sit on|sitting on|using|use) the (?:toilet|loo|lav|wc)(?: seat)?|toilet seat|when i wipe|wiping)";
/** Loss or change of feeling. */
const EN_SENSATION_LOSS =
  `(?:numb(?:ness|ed|ing)?|tingl\\w*|pins and needles|(?:no|lost(?: the| all| any)?|loss of|reduced|less|strange|weird|odd|funny|altered) (?:feeling|sensation)|(?:${CANT}|don'?t|didn'?t|do not|did not) (?:really |properly |quite )?feel|feel(?:s|ing)? (?:nothing|dead|like (?:cardboard|rubber|wood|it (?:is ?n'?t|isnt|'?s not|is not) (?:mine|my \\w+)))|(?:feels?|gone|went|is) dead|dead feeling|feels? (?:strange|weird|odd|funny)|like it (?:is ?n'?t|isnt|'?s not|is not) my \\w+|someone else'?s (?:skin|body|bum|bottom)|not (?:my own|mine))`;
/** Time words that make a comparison a progression ("weaker every day"; "weak every day" is not). */
const EN_PROGRESSION_TIME =
  "(?:every (?:day|morning|night|week)|each (?:day|morning|night|week)|daily|by the day|day by day|day after day|than (?:they did |it did |i was |it was )?(?:on )?(?:yesterday|before|earlier|last \\w+|a (?:week|few days) ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))";
/** A deficit said in the comparative: what EN_PROGRESSION_TIME needs. */
const EN_WORSE_DEFICIT =
  "(?:weaker|less|worse|harder|shorter|number|more numb|more (?:tingling|tingly)|further up|higher up|barely|losing|fading)";
/** Words for "getting worse over days". */
const EN_PROGRESSION =
  "(?:more and more|less and less|worse and worse|weaker and weaker|keeps? (?:getting|going)|getting (?:worse|weaker)|gets? (?:worse|weaker)|worse (?:than|every|each|this|now|today)|weaker (?:than|every|each|again|now|today)|even weaker|increasing(?:ly)?|worsening|progressive(?:ly)?|spreading|spreads?|creeping|moving up|further up|more (?:each|every|by the) (?:day|week)|(?:is|are|has|have|it'?s) (?:getting|got|gotten|become|becoming) worse|worse than (?:last|yesterday|before|a week)|started (?:in|at) my \\w+ and (?:now|is now)|now (?:it'?s |it is )?(?:up to|reached|into|in) my (?:knees?|thighs?|hips?|waist|elbows?|shoulders?|arms?|legs?)|a week ago it was (?:fine|ok|okay|normal))";
const EN_WEAKNESS =
  `(?:weak(?:er|ness|ening)?|(?:no|less|losing|lost|loss of) (?:strength|power)|(?:strength|power) (?:is )?(?:going|fading|disappearing)|drags?|dragging|floppy|flop\\w*|gives? up|giving (?:up|out|way)|won'?t (?:do what|hold|lift|work)|(?:can|could) (?:only )?(?:lift|raise|move|hold|grip)\\w* (?:[\\w']+ ){0,3}(?:less|worse))`;
const EN_WALK_DIFFICULTY =
  "(?:(?:walk\\w*|standing|stand up|getting up|stairs) (?:[\\w']+ ){0,3}(?:harder|worse|less|shorter|difficult|a struggle)|(?:harder|trouble|difficult\\w*|struggl\\w*|problems?) (?:[\\w']+ ){0,2}(?:walk\\w*|standing|stairs)|(?:can|could) walk (?:[\\w']+ )?(?:less|shorter|worse)|barely (?:climb|walk|manage|get up|stand|lift))";
/** Back or neck pain, in everyday words. */
const EN_SPINE_PAIN =
  "(?:(?:my|lower|upper|sore|stiff|painful|bad|aching) (?:back|neck|spine)|(?:back|neck)(?:ache|pain)s?|(?:back|neck|spinal|lumbar) (?:pain|ache)s?|(?:pain|ache|aching|hurts?|stiffness) (?:in|to|across) (?:my |the )?(?:lower |upper )?(?:back|neck|spine)|(?:back|neck|spine|tailbone|coccyx) (?:is |feels |was |has )?(?:[\\w']+ ){0,2}(?:sore|painful|aching|hurting|hurts|killing me|agony|stiff|throbbing))";
const EN_FEVER_PLUS =
  "(?:burning up|hot and cold|shivers|shivering|sweats|night sweats|(?:3[89]|4[01])[.,]\\d|(?:3[89]|4[01])(?:[.,]\\d)? ?(?:°c?|degrees|c)|10[1-4](?:[.,]\\d)? ?(?:°f|f|degrees)|running a temp(?:erature)?)";
/** A fall or a blow in everyday words. */
const EN_TRAUMA = [
  "(?:slipped|tripped|stumbled|tumbled) (?:on|over|down|and|up|in|off|from|at|backwards|forwards)",
  "landed (?:hard |badly )?on my (?:back|bum|bottom|butt|head|neck|hip|side|knee|wrist|arm|shoulder|coccyx|tailbone|face|front)",
  "took a (?:\\w+ )?(?:tumble|fall|spill)",
  "came off (?:my|the|a) (?:bike|horse|motorbike|scooter|ladder|skateboard)",
  "knocked (?:me )?(?:over|down|flying) by|(?:knocked|pushed|ran) me (?:over|down)",
  "went down hard|went flying|sent flying",
  "missed (?:a|the|the last|the bottom|a couple of|two) steps?",
  "(?:car|van|bus|bike|cyclist|lorry|truck|taxi|motorbike|driver) (?:\\w+ )?(?:hit|knocked|ran into|crashed into|drove into|went into|clipped) me",
  "(?:hit|knocked down|run over|clipped) by (?:a|an|the) (?:\\w+ )?(?:car|van|bus|bike|cyclist|lorry|truck|taxi|motorbike)",
  "(?:fell|tumbled|rolled|slipped|went|came) (?:all the way )?down (?:the )?(?:\\w+ ){0,3}(?:stairs|steps)",
  "fell (?:off|from|onto|on to|over|down|out of|backwards|forwards|in)",
  "(?:bumped|banged|knocked|hit|whacked|smacked|cracked|bashed) (?:my head|the back of my head|my neck)",
  "thrown (?:off|from)|(?:bucked|chucked) off",
];
const EN_TRAUMA_LOOSE =
  "(?:jolted|jarred|whacked|crash\\w*|collision|collided|accident|rear[- ]ended|(?:on|down|off) the stairs|hit (?:my|the back of my) (?:head|neck|back)|(?:bump|bang|knock|jolt|whack|smack|jar)\\w* (?:my )?(?:head|neck|back|spine|tailbone|coccyx))";

// ---------------------------------------------------------------------------------------------
// German vocabulary

const DE_SADDLE_REGION =
  "(?:genitalbereich|genitalien|intimbereich|schritt|schambereich|gesäß|po|popo|pobacken?|hintern|damm|dammbereich|reithosen\\w*|innenschenkel\\w*|innenseiten? der oberschenkel|oberschenkelinnenseite\\w*|analbereich|after|anus|leiste|leisten|zwischen den beinen|untenrum|unten rum|da unten|scheide|vagina|schamlippen|penis|hoden\\w*|sitzfläche|(?:auf|beim) (?:dem |der |die )?(?:klo|toilette|wc)|toilettensitz|klobrille|abwischen|abputzen|beim sitzen|(?:fahrrad)?sattel|innen an (?:beiden |den |meinen )?oberschenkeln)";
const DE_SENSATION_LOSS =
  "(?:taub\\w*|gefühllos\\w*|kribbel\\w*|kribbelt|pelzig\\w*|ameisenlaufen|(?:kein|keinerlei|kaum|wenig|weniger|vermindertes|komisches|seltsames|anderes) gefühl|gefühl (?:\\w+ ){0,2}(?:weg|verloren|anders|komisch)|(?:spüre|spür|fühle|merke|merk|spürt|fühlt) (?:\\w+ ){0,3}(?:nichts|kaum|nicht|nix)|(?:nicht|kaum|nichts) (?:mehr )?(?:spüren|fühlen)|wie (?:betäubt|eingeschlafen|watte|pappe|tot)|fühlt sich (?:\\w+ ){0,2}(?:taub|tot|fremd|komisch|seltsam) an|(?:wäre|sei|ist) (?:das|es) nicht mein\\w*|fremde haut|wie fremd)";
const DE_PROGRESSION_TIME =
  "(?:jeden (?:tag|morgen|abend)|jede (?:nacht|woche)|täglich|von tag zu tag|tag für tag|als (?:am |letzte |letzten |vor )?(?:gestern|vorgestern|vorher|woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|\\w+ tagen))";
const DE_WORSE_DEFICIT = "(?:schwächer\\w*|kraftloser|weniger|schlechter|schlimmer|schwerer|kürzer\\w*|tauber|höher|weiter hoch|kaum|verlier\\w*)";
const DE_PROGRESSION =
  "(?:immer (?:mehr|weniger|schwächer|schlechter|schlimmer|öfter|tauber|kraftloser|kürzer\\w*|weiter|stärker)|zunehmend\\w*|nimmt (?:\\w+ )?zu|wird (?:\\w+ )?(?:schlimmer|stärker|mehr)|mehr und mehr|breitet sich (?:\\w+ )?aus|(?:zieht|wandert|steigt|geht) (?:\\w+ ){0,4}(?:hoch|höher|weiter|rauf)|noch (?:schwächer|schlechter|tauber|kraftloser)|schlimmer als|schwächer als|fortschreitend\\w*|wird (?:\\w+ )?schlimmer|ausgebreitet|angefangen (?:\\w+ ){0,4}(?:jetzt|mittlerweile|inzwischen)|jetzt bis (?:zu |zum |zur |in )?(?:den |die |das )?\\w+|vor einer woche ging es noch)";
const DE_WEAKNESS =
  "(?:schwach|schwäche\\w*|schwächer\\w*|kraftlos\\w*|(?:weniger|keine|kaum|verliere|verloren|ohne) kraft|kraft (?:\\w+ ){0,3}(?:lässt|weg|nach)|schleif\\w*|nachlassen|lassen nach|lässt nach|(?:kann|konnte) (?:\\w+ ){0,6}(?:schlechter|kaum|nicht mehr) (?:heben|halten|greifen|anheben|bewegen)|macht nicht,? was ich will|gehorcht nicht|versag\\w*|klappt weg|knickt weg|klatscht|verlier\\w* (?:\\w+ ){0,4}(?:an )?kraft)";
const DE_WALK_DIFFICULTY =
  "(?:(?:laufen|gehen|gang|treppen ?steigen|stehen|aufstehen|strecken) (?:\\w+ ){0,3}(?:schwerer|schlechter|schwieriger|kürzer|mühsamer|weniger|kaum)|(?:probleme|schwierigkeiten|mühe) (?:\\w+ ){0,2}(?:beim )?(?:gehen|laufen|stehen)|kürzere strecken|(?:kann|konnte) (?:\\w+ ){0,3}(?:schlechter|kaum|weniger|kürzer) (?:laufen|gehen)|(?:komme|schaffe) (?:\\w+ ){0,2}kaum (?:noch )?(?:die treppe|treppen|hoch|vorwärts|aus dem bett))";
const DE_SPINE_PAIN =
  "(?:(?:rücken|nacken|kreuz|lenden|wirbelsäulen|bandscheiben|steiß)(?:schmerz\\w*|weh)|hexenschuss|(?:schmerz\\w*|weh) (?:\\w+ )?(?:im|am) (?:unteren |oberen )?(?:rücken|nacken|kreuz|steiß)|(?:rücken|nacken|kreuz|wirbelsäule|steißbein|genick) (?:\\w+ ){0,3}(?:bringt mich um|tut (?:\\w+ ){0,2}weh|schmerzt|schmerzen|ist die hölle|brennt|ist steif|pocht|sticht|zieht))";
const DE_FEVER_PLUS = "(?:glühe|glühen|schwitze,? (?:und )?friere|friere,? (?:und )?schwitze|(?:3[89]|4[01]),\\d|(?:3[89]|4[01])(?:,\\d)? ?(?:°c?|grad)|schwitze und zittere|zittere und schwitze)";
const DE_TRAUMA = [
  "hingeflogen|hingeknallt|hingeschlagen|runtergeflogen|runtergestürzt|hinuntergestürzt|heruntergestürzt|hinuntergefallen|umgeknickt und (?:\\w+ )?(?:hingefallen|gestürzt)",
  "(?:vom|von der|von dem|aus dem|von einer|von einem|vom dem) (?:\\w+ ){0,2}(?:gefallen|gestürzt|geflogen|gerutscht|gekippt|gefallen)",
  "(?:treppe|treppen|stufen?|leiter) (?:\\w+ ){0,3}(?:runter|hinunter|herunter)? ?(?:gefallen|gestürzt|geflogen|gepurzelt|gerutscht)",
  "(?:hart|unglücklich|böse|voll|schwer) (?:\\w+ )?(?:aufgeschlagen|aufgekommen|gelandet|hingefallen|gestürzt)",
  "auf (?:den|dem|die|das|meinen|mein|meine) (?:rücken|steiß\\w*|kopf|po|hintern|hüfte|knie|arm|handgelenk|seite|schulter|gesicht) (?:\\w+ )?(?:geknallt|gefallen|geflogen|gestürzt|gelandet|geprallt|geschlagen)",
  "umgerannt|umgestoßen|umgeschubst|umgerissen|umgefahren|angefahren|gerammt",
  "(?:auto|wagen|lkw|laster|bus|radfahrer|fahrrad|motorrad|roller|taxi) (?:\\w+ ){0,3}(?:erwischt|erfasst|angefahren|umgefahren|gerammt|mitgenommen)",
  "hinten (?:drauf ?|rein ?)gefahren|aufgefahren|auffahrunfall",
  "über (?:einen|den|eine|die|ein|das) (?:\\w+ )?(?:geflogen|gestolpert|gefallen)",
  "stufe (?:\\w+ )?verpasst|(?:mich|mir) (?:\\w+ ){0,2}(?:lang|hin)gelegt",
  "abgeworfen|kopf (?:\\w+ ){0,5}(?:angehauen|angeknallt|geknallt|gehauen|gerammt|angeschlagen|angestoßen|gestoßen|aufgeschlagen)",
];
const DE_TRAUMA_LOOSE =
  "(?:gestoßen|angestoßen|geprallt|geknallt|aufgeprallt|zusammengestoßen|zusammenstoß|kollision|gerammt|treppe (?:\\w+ ){0,2}(?:runter|hinunter))";

// ---------------------------------------------------------------------------------------------

export const CONCEPTS: Readonly<Record<string, ConceptRules>> = {
  bladder_bowel: {
    patterns: {
      en: [
        "(?:didn'?t|did not|couldn'?t|could not|can'?t|won'?t|not) (?:quite )?make it to the (?:toilet|loo|bathroom|lav|wc)",
        "(?:wet|wetted|wetting|peed|pee'?d|pissed|soiled|pooed|pooped|shat|messed) (?:myself|my (?:pants|trousers|knickers|underwear|bed|jeans)|the bed)",
        "bed[- ]?wetting",
        "(?:can'?t|cannot|couldn'?t) (?:seem to )?stop (?:myself )?(?:from )?(?:peeing|weeing|leaking|wetting)",
        "(?:couldn'?t|could not|can'?t|cannot) hold it(?! (?:together|up|still|steady|straight|down|back|open))",
        `${CANT} hold (?:it in|on to it|my (?:pee|wee|water|urine|bladder|bowels?|poo))`,
        "(?:bowels?|bladder) (?:just )?(?:went|gave (?:out|way)|let go|emptied|opened)",
        "accidents? in my (?:pants|trousers|knickers|underwear|bed)|(?:toilet|bladder|bowel) accidents?",
        "(?:don'?t|doesn'?t|do not|can'?t|cannot|no longer|didn'?t) (?:feel|notice|know|tell|sense) when i (?:need|have|want) to (?:pee|wee|go|poo|urinate)",
        "(?:leak\\w*|dribbl\\w*) (?:a (?:bit|little) (?:of )?)?(?:urine|pee|wee|stools?|poo)|(?:urine|pee|wee) (?:keeps? )?(?:leak\\w*|dribbl\\w*)",
        {
          near: [
            "(?:no|lost|losing|without) control|(?:couldn'?t|can'?t|could not|cannot) (?:control|stop) it|no warning|without warning|just (?:comes|came|runs|ran|leaks?|leaked) out|(?:comes|came|runs|ran) out by itself",
          ],
          context: ["bladder|bowels?|pee|wee|urine|poo|stools?|toilet|loo|pants|trousers|underwear|knickers"],
          within: 60,
        },
        { near: ["leaks?|leaking|leaked|dribbl\\w*"], context: ["(?:don'?t|didn'?t|can'?t|cannot|couldn'?t) (?:even )?(?:feel|notice)|without (?:feeling|noticing)|can'?t stop"], within: 60 },
        "change (?:my |the )?(?:underwear|pants|knickers|trousers) (?:\\w+ ){0,2}(?:twice|again|times)|(?:underwear|pants|knickers) (?:\\w+ )?(?:wet|soaked|soiled)",
        { near: ["(?:trickl\\w*|dribbl\\w*|leak\\w*|runs?|ran) (?:\\w+ )?out|without (?:me )?(?:knowing|noticing|feeling)|didn'?t (?:even )?(?:feel|notice) it"], context: ["pee|wee|urine|poo|bladder|bowels?|wet|underwear|pants|trousers|messed myself|soiled"], within: 60 },
      ],
      de: [
        "(?:in die hose|ins bett|in die windel|in die unterhose) (?:\\w+ )?(?:gemacht|gepinkelt|genässt|gepullert|gekackt|geschissen|gemacht)",
        "(?:kann|konnte|könnte) (?:es|das|ihn|den stuhl|den urin|pipi) (?:\\w+ ){0,4}nicht (?:mehr )?(?:halten|zurückhalten|kontrollieren|stoppen)",
        "geht (?:\\w+ ){0,4}(?:urin|pipi|stuhl|harn) ab",
        "(?:urin|pipi|harn|stuhl\\w*|kot) (?:\\w+ ){0,3}(?:rausgelaufen|ausgelaufen|abgegangen|gelaufen|läuft|raus|abgeht|kommt einfach)",
        "nicht (?:mehr )?rechtzeitig (?:\\w+ ){0,3}(?:toilette|klo|wc)|(?:toilette|klo|wc) (?:\\w+ )?nicht (?:mehr )?rechtzeitig",
        "(?:merke|spüre|merk|spür|fühle) (?:\\w+ ){0,2}nicht (?:mehr)?,? wann ich (?:\\w+ )?(?:muss|pinkeln muss|auf (?:die toilette|klo|toilette) muss)",
        "blase (?:\\w+ ){0,2}(?:macht nicht mehr mit|spielt verrückt|versagt|hält nicht|hält (?:\\w+ )?nicht mehr)",
        { near: ["(?:alles|ganz|total) nass|nass (?:gemacht|geworden)"], context: ["bett|hose|unterhose|pipi|blase|missgeschick"], within: 60 },
        "hose (?:\\w+ ){0,3}nass|nasse hose|mich (?:\\w+ ){0,3}nass (?:gemacht|mache)|mache mich (?:\\w+ ){0,3}nass|unterhose (?:\\w+ ){0,2}wechseln|(?:es|urin|pipi) kam einfach",
        "(?:darm|stuhlgang|stuhl) (?:\\w+ ){0,4}(?:einfach|unkontrolliert|ungewollt|plötzlich) (?:\\w+ ){0,2}(?:entleert|losgegangen|gekommen|abgegangen)|(?:darm|stuhlgang) (?:\\w+ ){0,3}entleert",
        { near: ["tröpfel\\w*|läuft (?:einfach|ständig|dauernd)|es läuft"], context: ["blase|urin|pipi|harn|toilette|klo|muss"], within: 60 },
      ],
    },
    unless: { en: ["laugh\\w*"], de: ["lachen|gelacht|vor lachen|angst|schreck"] },
  },
  urine_retention: {
    patterns: {
      en: [
        "(?:haven'?t|have not|hasn'?t|has not|not) (?:been able to |managed to )?(?:pee|wee|peed|weed|urinated|urinate|pass(?:ed)? (?:urine|water))",
        "(?:struggl\\w*|trouble|difficult\\w*|hard|problems?) (?:\\w+ )?(?:to |with )?(?:pass(?:ing)? (?:water|urine)|pee(?:ing)?|wee(?:ing)?|urinat\\w*)",
        {
          near: [`nothing (?:comes|came|will come) out|nothing happens|${CANT} (?:get it (?:started|going)|start|empty it|empty (?:my )?bladder)|won'?t (?:come|start)`],
          context: ["pee|wee|urine|urinate|bladder|toilet|loo|(?:try|trying|tried) to go"],
          within: 60,
        },
        "(?:need|needing|want|wanting) to go but (?:i )?(?:just )?(?:can'?t|cannot|couldn'?t)|(?:not|haven'?t|hasn'?t) (?:been|gone|had) (?:for )?(?:a )?(?:wee|pee)|bladder (?:\\w+ )?won'?t empty|(?:couldn'?t|can'?t|cannot) go at all",
      ],
      de: [
        "ich muss,? aber (?:es )?kommt nichts",
        "wasserlassen (?:\\w+ ){0,2}(?:klappt|geht|funktioniert) (?:\\w+ )?(?:nicht|kaum)",
        "nicht (?:mehr )?(?:auf (?:die )?(?:toilette|klo)|pinkeln|wasser lassen|urinieren) (?:\\w+ )?(?:gekonnt|können|gewesen)",
        "kein (?:urin|pipi|wasser|tropfen) (?:\\w+ )?(?:kommen|kommt|raus|gelassen)",
        "ich (?:muss|müsste)(?:,| aber) (?:\\w+ ){0,5}(?:geht|kommt|klappt) (?:es |da )?(?:\\w+ )?(?:nicht|nichts)",
        { near: ["nur (?:ein )?(?:tröpfchen|paar tropfen|tropfen)|kommt nur"], context: ["blase|pinkeln|urin|toilette|klo"], within: 50 },
        "(?:war|bin) (?:\\w+ ){0,4}nicht (?:mehr )?pinkeln|blase (?:\\w+ ){0,2}nicht (?:mehr )?leer",
        { near: ["(?:ging|geht|kam|kommt) gar nichts"], context: ["klo|toilette|pinkeln|blase|wasser lassen"], within: 40 },
        { near: ["(?:nicht|kaum) (?:\\w+ )?(?:leer|entleeren)|krieg\\w* sie nicht leer|kommt (?:\\w+ )?nichts?"], context: ["blase|pinkeln|wasser lassen|urin|toilette|klo"], within: 60 },
      ],
    },
  },
  saddle_numbness: {
    patterns: {
      en: [{ near: [EN_SENSATION_LOSS], context: [EN_SADDLE_REGION], within: 40 }],
      de: [{ near: [DE_SENSATION_LOSS], context: [DE_SADDLE_REGION], within: 40 }],
    },
  },
  progressive_weakness: {
    patterns: {
      en: [
        { near: [`${EN_WEAKNESS}|${EN_SENSATION_LOSS}|${EN_WALK_DIFFICULTY}`], context: [EN_PROGRESSION], within: 60 },
        { near: [`${EN_WEAKNESS}|${EN_SENSATION_LOSS}|${EN_WALK_DIFFICULTY}`], context: [EN_PROGRESSION_TIME, EN_WORSE_DEFICIT], within: 60 },
      ],
      de: [
        { near: [`${DE_WEAKNESS}|${DE_SENSATION_LOSS}|${DE_WALK_DIFFICULTY}`], context: [DE_PROGRESSION], within: 60 },
        { near: [`${DE_WEAKNESS}|${DE_SENSATION_LOSS}|${DE_WALK_DIFFICULTY}`], context: [DE_PROGRESSION_TIME, DE_WORSE_DEFICIT], within: 60 },
      ],
    },
    unless: {
      en: ["(?:pain|ache|aches|aching|soreness|stiffness|symptoms?|headaches?) (?:is |are |keeps? |seems to be )?(?:getting |get |gets |growing )?(?:weaker|less)"],
      de: ["(?:schmerz\\w*|beschwerden|weh|kopfschmerz\\w*) (?:\\w+ ){0,3}(?:lassen|lässt|werden|wird) (?:\\w+ ){0,3}(?:nach|schwächer|weniger|besser)"],
    },
  },
  clumsy_unsteady: {
    patterns: {
      en: [
        "keep (?:dropping|bumping|walking into|knocking)|(?:bump\\w*|walk\\w*|crash\\w*) into (?:things|stuff|door ?\\w*|walls?|furniture|people)",
        "stumbl\\w* (?:a lot|all the time|constantly|when i walk|when walking|more)|keep stumbling|trip(?:ping)? over (?:nothing|my own feet)",
        "walk\\w* like (?:i'?m|i am|a) (?:drunk|drunkard)|like i'?m drunk",
        "(?:balance|walking) (?:is |feels |has been )?(?:all )?(?:off|bad|terrible|all over the place|gone|shot)",
        "wobbly|sway\\w*|stagger\\w*|veer\\w*",
        `${CANT} (?:walk|go) (?:in )?(?:a )?straight(?: line)?|${CANT} walk straight`,
        "(?:handwriting|writing) (?:\\w+ ){0,3}(?:messy|worse|scrawl\\w*|shaky|illegible)",
        "(?:fingers|hands) (?:\\w+ ){0,2}(?:clumsy|won'?t work|don'?t work|useless|uncoordinated|won'?t do)",
      ],
      de: [
        "knöpfe (?:\\w+ ){0,3}(?:nicht|kaum) (?:mehr )?(?:zu|auf)? ?(?:machen|knöpfen|schließen|zumachen|aufmachen|zubekommen|zukriegen)",
        "wie (?:ein )?betrunken\\w*|wie besoffen",
        "gleichgewicht (?:\\w+ ){0,2}(?:weg|schlecht|futsch|durcheinander|im eimer)",
        "(?:laufe|stoße|renne) (?:\\w+ ){0,2}gegen (?:türrahmen|wände|die wand|türen|möbel|den türrahmen)",
        "geschwankt|schwanke\\w*|schwankend\\w*|ungelenk\\w*",
        "(?:fallen|fällt) (?:mir )?(?:ständig|dauernd|immer wieder|andauernd|oft) (?:\\w+ ){0,4}(?:runter|herunter|aus der hand|hin)",
        "(?:werfe|stoße|kippe|schmeiße) (?:\\w+ ){0,3}(?:sachen|dinge|alles|gläser|tassen|zeug) um|hände (?:\\w+ ){0,2}(?:nutzlos|unbrauchbar|gehorchen nicht)",
        "(?:nicht|kaum) (?:mehr )?(?:geradeaus|gerade) (?:laufen|gehen)",
        "gegen (?:sachen|dinge|türen|wände|möbel|türrahmen)|stolpere (?:\\w+ ){0,3}(?:dauernd|ständig|oft|immer wieder|andauernd|über nichts)",
        "(?:beim (?:gehen|laufen)|auf den beinen) (?:\\w+ ){0,4}unsicher|unsicher (?:\\w+ ){0,3}(?:beim (?:gehen|laufen))",
        "(?:schrift|handschrift) (?:\\w+ ){0,3}(?:krakelig|zittrig|unleserlich|schlechter)",
      ],
    },
    unless: {
      en: ["after (?:the |a |my )?(?:\\d+ ?k |long )?(?:run|race|hike|marathon|workout|gym|training|walk|climb|ride)|yoga|pilates|tai chi|pose|balance (?:board|exercises?|training)|one leg|slackline|drunk (?:last night|at)|after (?:a few|some|too many) (?:drinks|beers|wines?)"],
      de: ["nach (?:dem|der|einem|einer) (?:\\S+ )?(?:lauf|rennen|training|wanderung|marathon|sport|radtour|bergtour)|yoga|pilates|übung\\w*|im baum|einbeinstand|balance\\w*|slackline"],
    },
  },
  drop_attacks: {
    patterns: {
      en: [
        "(?:legs?|knees?) (?:\\w+ ){0,2}(?:buckled|buckle|buckling|gave out|give out|gave way|gives way|collapsed)",
        "(?:found|find) myself on the (?:floor|ground)",
        "collapsed (?:in|at|outside|without|for no|on the (?:floor|ground|street|pavement))",
        "(?:knee|knees|leg|legs) (?:just |suddenly |simply )?went\\b(?! (?:to|for|up|on|well|ok|fine|better|numb|red|stiff))|(?:legs?|knees?) (?:\\w+ )?went (?:from under me|out from under me|to jelly)|(?:dropped|sank|fell|went down) to (?:my knees|the floor|the ground)",
      ],
      de: [
        "(?:beine|bein|knie) (?:\\w+ ){0,6}(?:nachgegeben|weggeknickt|eingeknickt|weggesackt|versagt)",
        "(?:auf die knie|zu boden|auf den boden) (?:\\w+ )?(?:gesackt|gesunken|gefallen)|weggesackt|zusammengeklappt|zusammengesunken|umgekippt (?:\\w+ ){0,2}(?:ohne|einfach|plötzlich)",
        "(?:plötzlich|auf einmal|einfach) (?:\\w+ ){0,2}(?:lag ich|auf dem boden|am boden)|lag (?:ich )?(?:plötzlich|einfach|auf einmal) (?:\\w+ ){0,2}(?:auf dem|am) boden|fand mich (?:\\w+ ){0,2}(?:auf dem|am) boden",
      ],
    },
  },
  back_pain_fever: {
    patterns: {
      en: [[EN_SPINE_PAIN, `(?:${EN_FEVER_PLUS}|fevers?|feverish|(?:a|high|raised) temperature|chills|rigou?rs|(?:very|really|extremely|so|seriously|properly|awfully|terribly) (?:unwell|ill|poorly|sick)|feel(?:ing|s)? (?:unwell|ill|feverish|awful|terrible|dreadful))`]],
      de: [[DE_SPINE_PAIN, `(?:${DE_FEVER_PLUS}|fieber\\w*|fiebrig|(?:erhöhte|hohe) temperatur|schüttelfrost|(?:sehr|richtig|total|ganz|ziemlich|extrem) (?:krank|elend)|hundeelend|sterbenselend|hundsmiserabel|fühle mich (?:\\w+ )?(?:krank|elend|fiebrig|schlecht|mies)|krankheitsgefühl)`]],
    },
  },
  headache_fever_stiff_neck: {
    patterns: {
      en: [
        [
          "(?:head ?aches?|migraines?|(?:my )?head (?:\\w+ )?(?:hurts|pounding|splitting|throbbing|killing me)|head is pounding|pain in (?:my|the) head)",
          `(?:fevers?|feverish|temperature|${EN_FEVER_PLUS})`,
          `(?:stiff(?:ness)? (?:in )?(?:my |the )?neck|neck (?:\\w+ ){0,2}stiff(?:ness)?|${CANT} (?:bend|move|turn) my neck|${CANT} look down|neck (?:\\w+ )?(?:won'?t|can'?t|doesn'?t) (?:bend|move)|(?:hurts|painful|${CANT}) (?:\\w+ ){0,3}(?:chin|head) (?:to|on|onto|down to|against) (?:my )?chest)`,
        ],
      ],
      de: [
        [
          "(?:kopfschmerz\\w*|kopfweh|migräne\\w*|kopf (?:\\w+ )?(?:tut (?:\\w+ )?weh|schmerzt|dröhnt|platzt|hämmert))",
          `(?:fieber\\w*|fiebrig|temperatur|${DE_FEVER_PLUS})`,
          "(?:(?:steifer|steifen|steifes) (?:nacken|hals|genick)|(?:nacken|hals|genick) (?:\\w+ ){0,3}steif|(?:nacken|kopf|hals|genick) (?:\\w+ ){0,2}nicht (?:mehr )?(?:beugen|bewegen|nach vorne|runter)|kinn (?:\\w+ ){0,2}(?:auf|an|zur) (?:die )?brust)",
        ],
      ],
    },
  },
  after_fall_injury: {
    patterns: {
      en: [...EN_TRAUMA, { near: [EN_TRAUMA_LOOSE, EN_SPINE_PAIN], within: 80 }],
      de: [...DE_TRAUMA, { near: [DE_TRAUMA_LOOSE, DE_SPINE_PAIN], within: 80 }],
    },
    unless: {
      en: ["cartoon|(?:in|on) (?:a|the) (?:film|movie|show|video|tv|game)|spill\\w*|spilt|(?:app|computer|laptop|phone|website|server|market|stocks?) (?:\\w+ )?crash\\w*"],
      de: ["zeichentrick\\w*|im (?:film|fernsehen|video|spiel)|in (?:der|einer) serie|(?:ist|sind) mir (?:\\w+ ){0,3}(?:runter|herunter|hin)gefallen|mir (?:ist|sind) (?:\\w+ ){0,3}(?:runter|herunter|hin)gefallen|verschüttet|umgekippt|missgeschick|(?:ins|aufs) (?:bett|sofa)|auf die couch|in die federn|(?:schwer|leicht) gefallen|gefallen hat|abgestürzt"],
    },
  },
  chest_pain_breathless: {
    patterns: {
      en: [
        "(?:tight|heavy|crushing|squeezing|painful|weird|strange|burning) (?:\\w+ ){0,2}(?:in|on|across|around) (?:my |the )?chest",
        "chest (?:\\w+ )?(?:feels|is|was|felt) (?:\\w+ )?(?:tight|heavy|painful|sore|crushed|squeezed)",
        "out of breath|puffed out|winded|gasping",
        { near: ["pain|ache|aching|pressure|tight\\w*|crushing|squeez\\w*|heav\\w*|burning|stabbing|sharp"], context: ["chest(?! of drawers| stretch\\w*| press\\w*| exercises?| workout| day| muscles?)"], within: 25 },
        "breathing (?:\\w+ ){0,2}(?:hard|difficult|laboured|labored|heavy|a struggle)|hard to breathe|(?:not|never) enough (?:air|breath)",
      ],
      de: [
        "(?:druck|enge|engegefühl|stechen|schmerz\\w*|ziehen|brennen|schweres gefühl|komisches gefühl) (?:\\w+ ){0,2}(?:in|auf|an|hinter) (?:der|die|meiner) brust",
        "brust (?:\\w+ ){0,3}(?:wie zugeschnürt|eng|schmerzt|weh|drückt|brennt|sticht)",
        "(?:ringe|schnappe) (?:ich )?nach luft|aus der puste|außer atem|(?:krieg|krieg ich|kriege|bekomme) (?:\\w+ ){0,2}(?:schlecht|kaum|keine|schwer) luft|(?:atmen|atmung) (?:\\w+ ){0,2}(?:schwer|schwierig)|fällt (?:mir )?(?:das atmen )?schwer",
        "herzstechen|herzschmerz\\w*",
        { near: ["schmerz\\w*|druck|drückend\\w*|enge|stechen\\w*|stechend\\w*|brennen\\w*|ziehen\\w*|schwer\\w*"], context: ["brust(?!wirbel|schwimm|dehnung|muskel|übung)\\w*"], within: 25 },
        "(?:nicht|kaum) genug luft|zu wenig luft|(?:atmen|atmung) (?:\\w+ ){0,4}(?:anstrengend|schwer|mühsam)",
      ],
    },
    unless: {
      en: ["running for|ran for|run for|sprint\\w*|jog\\w*|laugh\\w*|(?:after|from) (?:a |my |the )?(?:run|race|workout|gym|hike|swim)"],
      de: ["gerannt|gesprintet|joggen|gejoggt|lachen|nach dem (?:sport|training|laufen|rennen)|rennen|sprint\\w*"],
    },
  },
  swollen_calf: {
    patterns: {
      en: [
        {
          near: ["swollen|swelling|swelled|puffy|puffed up|bigger|fatter|thicker|larger|hot and (?:swollen|red|tender|hard|painful|tight)|(?:feels?|is|looks?) hot|warm and (?:red|swollen|tender)|red and (?:hot|warm|swollen)"],
          context: ["calf|calves|lower leg|shin|back of (?:my|the) (?:lower )?leg|below (?:my|the) knee"],
          within: 60,
        },
      ],
      de: [
        {
          near: ["geschwollen\\w*|angeschwollen\\w*|dick|dicker|prall|(?:ist|fühlt sich) heiß|heiß und (?:rot|geschwollen|dick|hart)|überwärmt|rot und (?:heiß|warm|geschwollen)"],
          context: ["wade|waden|unterschenkel|kniekehle"],
          within: 60,
        },
      ],
    },
    unless: { en: ["bath|sauna|hot stones?|heat pack|hot water bottle"], de: ["bad|sauna|heiße steine|wärmflasche|wärmepflaster|wärmekissen"] },
  },
  thunderclap_headache: {
    patterns: {
      en: [
        {
          near: ["out of nowhere|all of a sudden|suddenly|sudden|instant\\w*|in an instant|in (?:a few )?seconds|came on (?:fast|at once|all at once)"],
          context: ["(?:head ?aches?|head pain|migraines?)", "unbearable|excruciating|severe|splitting|blinding|agon\\w*|worst|terrible|horrendous|horrific|crippling|insane|explod\\w*|like (?:being )?(?:hit|struck)|thunder\\w*|lie on the floor"],
          within: 60,
        },
        "worst (?:head ?aches?|migraines?) (?:\\w+ ){0,4}(?:(?:of|in) my (?:\\w+ )?life|i'?ve ever had|ever had)|thunderbolt|(?:head ?aches?|migraines?) (?:\\w+ ){0,3}like (?:a )?(?:thunder\\w*|bolt|lightning)|head (?:\\w+ )?explod\\w*|explod\\w* (?:\\w+ ){0,2}head|like (?:being|i was|i'?d been) (?:hit|struck|whacked) (?:on the head |over the head )?(?:with|by) a (?:bat|hammer|brick|baseball bat|plank)",
      ],
      de: [
        {
          near: ["aus dem nichts|plötzlich|schlagartig|auf einen schlag|innerhalb von sekunden|in sekunden|wie ein (?:schlag|blitz|hammer)"],
          context: ["(?:kopfschmerz\\w*|kopfweh|migräne|kopf)", "unerträglich|rasend|heftig\\w*|extrem|stärkste|schlimmste|vernichtend|höllisch\\w*|wahnsinnig\\w*|brutal\\w*|explod\\w*|wie ein (?:schlag|hammer|blitz)|auf den boden legen"],
          within: 60,
        },
        "(?:schlimmste|stärkste|heftigste)[nr]? (?:\\w+ )?(?:kopfschmerz\\w*|migräne) (?:\\w+ ){0,3}(?:meines (?:\\w+ )?lebens|die ich je\\w* hatte)|kopf (?:\\w+ ){0,3}explodiert|(?:kopfschmerz\\w*|kopfweh) wie noch nie|wie noch nie (?:\\w+ ){0,3}(?:kopfschmerz\\w*|kopfweh)",
      ],
    },
  },
  headache_neuro: {
    patterns: {
      en: [
        [
          "(?:head ?aches?|migraines?|(?:my )?head (?:\\w+ )?(?:hurts|pounding|splitting|throbbing|killing me)|pain in (?:my|the) head)",
          "(?:seeing double|see double|(?:words|speech) (?:\\w+ ){0,3}(?:jumbled|wrong|mixed up|garbled|slurred|funny)|can'?t get (?:my |the )?words out|talk(?:ing)? (?:funny|gibberish|nonsense)|(?:arm|leg|hand|face) (?:\\w+ ){0,3}(?:weak|numb|droop\\w*) (?:on|down) one side|one side of my (?:face|body|mouth)|(?:vision|sight|eyesight) (?:\\w+ ){0,3}(?:funny|strange|weird|blurr\\w*|went|gone|dark)|can'?t see (?:out of|properly|clearly)|blind (?:in|on) one eye|zig-?zags?|flashing lights|(?:losing|lose|lost|forgetting) (?:my |the )?words|can'?t find (?:the |my )?words|(?:couldn'?t|can'?t|cannot|unable to) (?:lift|move|raise|feel) my (?:right |left )?(?:arm|leg|hand|foot)|(?:everything|things|vision) (?:\\w+ ){0,2}(?:blurry|blurred|fuzzy|double))",
        ],
      ],
      de: [
        [
          "(?:kopfschmerz\\w*|kopfweh|migräne\\w*|kopf (?:\\w+ )?(?:tut (?:\\w+ )?weh|schmerzt|dröhnt|platzt|hämmert))",
          "(?:sehe (?:\\w+ ){0,2}doppelt|(?:wörter|worte|sprache) (?:\\w+ ){0,3}(?:durcheinander|verwaschen|falsch|komisch)|durcheinander|verschwommen\\w*|(?:gesichtshälfte|körperhälfte|körperseite) (?:\\w+ ){0,2}(?:taub|schwach|gelähmt|hängt)|(?:arm|bein|hand|gesicht) (?:\\w+ ){0,4}(?:auf|an) einer seite (?:\\w+ ){0,2}(?:taub|schwach|gelähmt)|(?:gesicht|mund|mundwinkel|auge\\w*) (?:\\w+ ){0,3}(?:hängt|hing|hängen|hingen|schief)|auf einer seite (?:\\w+ )?(?:runter|herunter)|(?:ein|einem) auge (?:\\w+ )?blind|sehen (?:\\w+ ){0,2}(?:komisch|seltsam|verschwommen)|zickzack\\w*|flimmer\\w*|(?:wörter|worte) (?:\\w+ ){0,2}nicht ein|fallen (?:\\w+ ){0,3}(?:wörter|worte) nicht ein|finde (?:\\w+ ){0,2}(?:wörter|worte) nicht|lalle\\w*|(?:arm|bein|hand|fuß) (?:\\w+ ){0,5}nicht (?:mehr )?(?:heben|bewegen|spüren))",
        ],
      ],
    },
  },
  self_harm: {
    patterns: {
      en: [
        "(?:don'?t|do not) want to wake up|want (?:it all|everything|it) to (?:stop|end)|(?:can'?t|cannot) go on(?! with| to| the| a| my| holiday| walks?| like that)|better off without me|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|never wake up again",
        // Not after "to": "(don't want / afraid) to hurt myself again" is care, not self-harm.
        "(?<!to )(?:cut|cutting|burned|burnt|burning|hurt|hurting) myself (?:again|on purpose|deliberately)|(?:been|started|start) (?:cutting|hurting|harming) myself",
        "(?:can'?t|cannot) go on (?:like this|anymore|any more|living)|(?:thinking|thought|think) (?:about|of) ending (?:it|things|my life)|end (?:it|things) (?:all|for good)",
        "(?:no|not any|not much) point (?:in )?(?:going on|carrying on|living|anything)",
        "(?:life|living|it) (?:is ?n'?t|isnt|is not|'?s not) worth (?:it|living)|wish (?:i|that i) (?:was|were) ?n'?t (?:alive|here|born)|wish i (?:had|'?d) never been born",
        "(?:don'?t|do not|can'?t|cannot) see (?:the |any |a )?point (?:of|in) (?:living|going on|life|carrying on|anything)",
        "(?:take|taking|took|swallow\\w*) (?:all|the whole (?:box|bottle|packet) of) (?:my |the )?(?:pills|tablets|meds|medication)|overdos\\w*",
      ],
      de: [
        "(?:alle|jeder|meine familie) (?:\\w+ ){0,2}(?:ohne mich|wenn ich weg wäre) (?:\\w+ ){0,2}besser dran|ohne mich besser dran",
        "(?:nie|nicht) (?:mehr|wieder) aufwachen",
        "dass (?:alles|es) (?:\\w+ )?aufhört",
        "geritzt|ritze mich|mich (?:\\w+ ){0,2}(?:geritzt|verletzt|geschnitten) (?:\\w+ )?(?:absichtlich|mit absicht)",
        "(?:es|alles|das leben|mein leben) (?:\\w+ ){0,2}keinen sinn (?:mehr)?|(?:das leben|mein leben|alles) (?:ist )?sinnlos",
        "(?:mir|mich) (?:\\w+ ){0,2}das leben zu nehmen|mich umzubringen|(?:will|möchte) nicht mehr (?:da sein|leben|weiterleben)",
        "(?:leben|es) (?:\\w+ )?lohnt sich nicht mehr|wünschte,? ich (?:wäre|wär) (?:tot|nicht (?:mehr )?(?:am leben|da|hier)|nie geboren)",
        "keinen sinn (?:\\w+ ){0,3}(?:weiterzuleben|zu leben|weiter zu leben)|verletze mich (?:\\w+ )?selbst|(?:mich|mir) selbst (?:\\w+ )?(?:verletzen|verletzt|wehtun|weh tun|schneiden)",
        "alle (?:meine |die )?(?:tabletten|pillen|medikamente) (?:auf einmal|zusammen)|überdosis",
      ],
    },
  },
  clot_at_site: { patterns: { de: ["gerinnsel\\w*"] } },
  recent_fracture_surgery: {
    patterns: {
      en: ["new (?:hip|knee|shoulder|joint|knee joint|hip joint)|(?:hip|knee|shoulder) (?:was )?replaced|had (?:my |an? )?\\w+ (?:out|removed|taken out)", "op|stitches|staples|(?:cracked|fractured|broke|broken) (?:a |my )?(?:rib|ribs)"],
      de: ["neue (?:hüfte|knie|schulter|gelenk|hüftgelenk|kniegelenk)|neues (?:knie|gelenk|kniegelenk|hüftgelenk)|(?:knie|hüft|schulter)-?(?:spiegelung|op)|(?:rippe|knochen) (?:\\w+ )?angebrochen|angebrochen\\w* (?:rippe|knochen)|fäden (?:\\w+ ){0,4}(?:drin|gezogen)|(?:wurde|wurden) (?:mir )?(?:\\w+ ){0,3}entfernt"],
    },
  },
  skin_at_site: {
    patterns: {
      en: ["(?:still|not yet) heal\\w*", "(?:skin|spot|patch|area) (?:[\\w']+ ){0,8}(?:weepy|weeping|oozing|infected|raw|broken|peeling|blistered)", "(?:open|weeping|raw) (?:sore|patch|spot)s?|(?:burnt|burned) my (?:\\w+)"],
      de: ["(?:haut|stelle) (?:\\w+ ){0,6}(?:nässt|nässend|eitert|offen|wund und)", "(?:den |die |das |mir )?(?:\\w+ )?verbrannt", "neurodermitis|schuppenflechte|psoriasis|schnitt (?:\\w+ ){0,3}(?:am|an der|an dem|auf dem|im)|(?:heilt|verheilt) (?:noch|nicht)|noch nicht verheilt"],
    },
  },
  nerve_symptoms: {
    patterns: {
      en: ["electric (?:shock )?(?:feeling|sensation)|pins? and needles|(?:burning|shooting|electric) (?:\\w+ )?(?:down|into) my (?:arm|leg|thigh|calf|foot|hand)"],
      de: ["brennt (?:\\w+ ){0,4}(?:runter|hinunter|bis in)|pelzig\\w*|einschießend\\w*|wie ein stromschlag|(?:brennend|ziehend|einschießend)\\w* (?:\\w+ )?(?:schmerz\\w*|gefühl) (?:\\w+ ){0,3}(?:runter|hinunter|ins|in den|in die)"],
    },
    unless: { en: ["(?:numb|numbness) (?:about|to) (?:it|the whole|everything|all|this)|emotionally numb|numbing (?:cream|gel|spray|agent)|emla"], de: ["abgestumpft|betäubungscreme"] },
  },
  cancer_history: {
    patterns: {
      de: ["(?:brust|darm|prostata|lungen|haut|blut|knochen|magen|bauchspeicheldrüsen|gebärmutterhals|eierstock|nieren|blasen|schilddrüsen|leber|hoden|lymphdrüsen)krebs\\w*"],
    },
    unless: { en: ["charity|fundraiser|fund-?raising|awareness|research (?:uk|run|walk)|race for life|star sign|i'?m a cancer"], de: ["spendenlauf|krebshilfe|sternzeichen|krebse (?:gegessen|essen)|benefiz\\w*"] },
  },
  weight_loss: {
    patterns: {
      en: [
        {
          near: ["(?:clothes|trousers|jeans|belt) (?:\\w+ ){0,3}(?:hanging off|falling off|too big|too loose|looser)|weight (?:\\w+ ){0,3}(?:going down|dropping|falling|coming off)|(?:lost|losing|dropped|dropping) (?:\\w+ ){0,3}(?:weight|kilos?|kgs?|pounds|lbs?|stones?|a stone)"],
          context: ["not dieting|not on a diet|no diet|without trying|for no reason|no idea why|don'?t know why|eat(?:ing)? normally|eat(?:ing)? (?:as )?(?:much|normal)|not trying|haven'?t changed"],
          within: 80,
        },
      ],
      de: [
        {
          near: ["(?:kleidung|hose|klamotten|gürtel) (?:\\w+ ){0,3}(?:hängt|hängen|rutscht|zu weit|zu groß)|gewicht (?:\\w+ ){0,4}(?:runter|sinkt|fällt|nimmt ab)|(?:\\d+|ein paar|einige) (?:kilo|kg) (?:\\w+ )?weniger|abgenommen"],
          context: ["keine diät|ohne diät|ohne es zu wollen|ungewollt|einfach so|ohne grund|normal esse|normal essen|weiß nicht warum|keine ahnung warum"],
          within: 80,
        },
      ],
    },
  },
  night_pain: {
    patterns: {
      en: [["(?:nights?|at night|overnight|in bed|wakes? me|woke me)", "(?:constant|nothing helps|nothing eases|no matter (?:how|what|which)|(?:rest|resting|lying down) (?:\\w+ )?(?:doesn'?t|does not|won'?t) (?:\\w+ )?(?:help|ease)|doesn'?t ease|won'?t ease)"]],
      de: [["(?:nachts|in der nacht|nächtlich\\w*|weckt mich)", "(?:ständig\\w*|nichts hilft|hilft (?:\\w+ ){0,2}nicht|bringt (?:\\w+ )?(?:gar )?nichts|egal wie ich (?:\\w+ )?liege|in jeder (?:lage|position))"]],
    },
  },
  new_pain_over_50: {
    patterns: {
      en: ["first time in my (?:5\\d|6\\d|7\\d|8\\d|9\\d|fifty|sixty|seventy|eighty|ninety)\\w* years"],
      de: [
        "(?:zum ersten mal|erstmals) in meinen (?:5\\d|6\\d|7\\d|8\\d|9\\d) jahren",
        "seit ich (?:[5-9]\\d|fünfzig|sechzig|siebzig|achtzig) (?:jahre )?(?:alt )?bin(?:[^.!?;:\\n]){0,80}(?:neu\\w*|erstmals|zum ersten mal)",
      ],
    },
  },
  osteoporosis: {
    patterns: {
      en: ["bones (?:are |have )?(?:got )?(?:thin|thinning|brittle|weak|fragile|porous)"],
      de: ["knochen (?:\\w+ ){0,2}(?:dünn|brüchig|porös|schwach)"],
    },
  },
  immune_weak: {
    patterns: {
      en: ["immune system (?:[\\w']+ ){0,5}(?:weak\\w*|compromised|suppressed|shot|wrecked|low|poor)"],
      de: ["\\w+transplantation\\w*", "immunsystem (?:\\w+ ){0,5}(?:geschwächt|schwach|unterdrückt|angeschlagen|kaputt|im keller)"],
    },
  },
  injected_drugs: { patterns: { de: ["ich drücke (?:\\w+ )?(?:manchmal|ab und zu|regelmäßig|wieder|noch)|(?:drücke|drückte|gedrückt) (?:\\w+ ){0,2}(?:heroin|drogen)"] } },
  blood_thinners: {
    patterns: { en: ["bruise (?:really |very |so |quite |too )?easily"], de: ["bluter(?!\\w)|(?:sehr |total |extrem )?schnell blaue flecken"] },
  },
  pregnancy: {
    patterns: { en: ["(?:weeks|months) along|having a baby"], de: ["(?:ein|ein zweites|ein drittes|unser|ein weiteres) (?:baby|kind) bekomme\\w*|(?:\\d+\\.?|zweiten|dritten|ersten) (?:woche|monat) schwanger"] },
    unless: { en: ["was pregnant|were pregnant|pregnant with my (?:son|daughter|first|second|eldest|youngest|\\w+ (?:son|daughter))"], de: ["war schwanger|schwangerschaft mit (?:meiner|meinem)"] },
  },
};
