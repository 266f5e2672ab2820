//! Word lists for attribution: speech verbs with their lemmas, titles and roles,
//! pronouns, nouns that name works, and the markers of organisations.
//!
//! The speech verbs follow the reporting verbs listed in news style guides
//! (AP Stylebook "said", Reuters Handbook "Reporting verbs") and the verb.communication
//! lexicographer file of WordNet, restricted to forms that are rarely nouns
//! ("noted" but not "notes") unless attribution reads them in context
//! ("states" after a name, a phrasal verb's form before its particle).

use std::sync::OnceLock;

use crate::hash::{word_set_str, FxMap, Pairs, WordSet, Words};

/// Speech verbs, one a line: the lemma, a colon, then the inflected forms that
/// count as cues. One string, not a `&[(&str, &[&str])]`, which cost the `.wasm`
/// two pointers and lengths per verb and one per form.
#[rustfmt::skip]
const SPEECH_VERBS: &str = concat!("
    say: say says said saying
    add: adds added adding
    tell: tell tells told telling
    write: write writes wrote written writing
    email: emailed emails
    text: texted
    ",
    // Social media: "posted on X:", "tweeted".
    "
    post: posted posting
    tweet: tweets tweeted tweeting
    stress: stress stresses stressed stressing
    warn: warn warns warned warning
    ask: asks asked asking
    argue: argue argues argued arguing
    claim: claim claimed claiming
    insist: insist insists insisted insisting
    ",
    // "notes" is mostly a noun before a verb; after a quotation it is the cue
    // ("…,” Conway notes), and "the notes" and "his notes" are passed over.
    "
    note: notes noted noting
    explain: explain explains explained explaining
    ",
    // "states" is mostly the noun: a cue only after its subject's name or
    // pronoun (see `attribution::events`).
    "
    state: states stated stating
    declare: declares declared declaring
    announce: announces announced announcing
    reply: replies replied replying
    respond: responded responds responding
    disagree: disagrees disagreed
    object: objected
    answer: answered
    comment: commented
    remark: remarked remarking
    observe: observes observed observing
    acknowledge: acknowledges acknowledged acknowledging
    admit: admit admits admitted admitting
    concede: concede concedes conceded conceding
    confirm: confirms confirmed confirming
    deny: deny denies denied denying
    suggest: suggest suggests suggested suggesting
    recall: recalls recalled recalling
    continue: continued
    conclude: concludes concluded concluding
    emphasise: emphasises emphasised emphasizes emphasized emphasising emphasizing
    shout: shouts shouted shouting
    scream: screams screamed screaming
    whisper: whispers whispered whispering
    mutter: mutters muttered muttering
    exclaim: exclaims exclaimed exclaiming
    cry: cried
    yell: yells yelled yelling
    murmur: murmurs murmured murmuring
    joke: jokes joked joking
    quip: quips quipped quipping
    complain: complain complains complained complaining
    fume: fumes fumed fuming
    retaliate: retaliated
    react: reacted
    reference: referenced referencing
    exhort: exhorts exhorted exhorting
    ",
    // Verdicts quoted from a court or a fact-checker: "ruled that the claim was
    // “true,”", "rated it “false.”"
    "
    rule: ruled
    rate: rated
    ",
    // "pressed" alone: "“…?” Hannity pressed."; "pressed for" and "pressed the
    // case" have no quotation of their own.
    "
    press: pressed
    demur: demurs demurred
    protest: protested
    predict: predict predicts predicted predicting
    ",
    // "promises" is a verb more often than the noun after a name ("Trump promises “…”").
    "
    promise: promises promised promising
    vow: vows vowed vowing
    pledge: pledges pledged pledging
    urge: urges urged urging
    caution: cautions cautioned cautioning
    agree: agrees agreed agreeing
    contend: contend contends contended contending
    maintain: maintains maintained maintaining
    assert: asserts asserted asserting
    allege: alleges alleging
    ",
    // "reports" only after its subject's name (see `attribution::events`).
    "
    report: reports reported
    testify: testifies testified testifying
    reveal: revealed
    boast: boasts boasted boasting
    brag: brags bragged bragging
    counter: countered
    retort: retorts retorted retorting
    snap: snapped
    plead: pleaded pleading
    demand: demanded
    wonder: wonders wondered wondering
    muse: mused
    reflect: reflected
    recount: recounted recounting
    reiterate: reiterates reiterated reiterating
    grumble: grumbles grumbled grumbling
    sigh: sighed
    laugh: laughed
    chuckle: chuckles chuckled chuckling
    describe: describes described describing
    ",
    // Verbs that lay quoted words on something: "blamed the law on “…”",
    // "heralded the deal as a “breakthrough.”"
    "
    blame: blames blamed blaming
    herald: heralds heralded heralding
    ",
    // Phrasal and idiomatic cues, by their verb: "chimed in", "shot back", "weighed in".
    // The words of the lemma after the first are the particle the verb needs
    // ("shot" alone is no cue; see `phrasal_particle`).
    "
    chime in: chime chimes chimed chiming
    ",
    // "as Ridge put it:".
    "
    put it: put puts putting
    shoot back: shoots shot shooting
    weigh in: weighs weighed weighing
    go on: goes went
    fire back: fires fired firing
    hit back: hits hit hitting
    cut in: cuts cut
    point out: point points pointed pointing
    pipe up: pipes piped piping
    lash out: lashes lashed lashing
    speak up: speaks spoke speaking
    deadpan: deadpans deadpanned deadpanning
    scoff: scoffs scoffed scoffing
    sneer: sneers sneered
    opine: opines opined opining
    gush: gushes gushed
    thunder: thundered
    interject: interjects interjected interjecting
    proclaim: proclaims proclaimed proclaiming
    assure: assures assured assuring
    reassure: reassured
    remind: reminds reminded reminding
    lament: laments lamented lamenting
    charge: charged charging
    imply: implies implied implying
    denounce: denounces denounced denouncing
    assail: assails assailed assailing
    vent: vented venting
    cite: cites cited citing
    quote: quoted
    propose: proposes proposed proposing
    threaten: threatens threatened threatening
    ",
    // Verbs that frame quoted words in the writer's sentence: `called the plan “…”`,
    // `described it as “…”`, `accused him of “…”`. A fragment they govern is the
    // subject's partial quote.
    "
    call: calls called calling
    label: labels labeled labelled labeling labelling
    dub: dubs dubbed dubbing
    brand: branded branding
    term: termed terming
    hail: hailed hailing
    portray: portrays portrayed portraying
    liken: likens likened likening
    characterize: characterizes characterized characterizing characterises characterised characterising
    refer: refers referred referring
    accuse: accuses accused accusing
    decry: decries decried decrying
    deride: derides derided deriding
    dismiss: dismisses dismissed dismissing
    condemn: condemns condemned condemning
    criticize: criticizes criticized criticizing criticises criticised criticising
    slam: slams slammed slamming
    blast: blasted blasting
    rip: rips ripped ripping
    mock: mocks mocked mocking
    praise: praises praised praising
    tout: touts touted touting
    chant: chanted chanting
    ",
    // Lyrics and chants quoted as sung: "Blige sings to Clinton, “…”".
    "
    sing: sings sang singing
    ",
    // German, French and Spanish reporting verbs, for quotations in those languages.
    "
    sagen: sagte sagt
    erklären: erklärte erklärt
    betonen: betonte betont
    dire: dit
    déclarer: déclaré déclare
    affirmer: affirmé affirme
    ajouter: ajouté ajoute
    expliquer: expliqué explique
    souligner: souligné souligne
    decir: dijo dice
    afirmar: afirmó
    señalar: señaló
    añadir: añadió
    explicar: explicó
    declarar: declaró
");

/// A 4096-bit filter on (first two bytes, last byte, length) of the speech verb
/// forms, built at compile time: it turns nearly every other word away before
/// the map is hashed, and [`speech_lemma`] runs for every word of the article.
static SPEECH_FILTER: [u64; 64] = {
    let text = SPEECH_VERBS.as_bytes();
    let mut filter = [0u64; 64];
    // Past each line's colon, the forms, separated by spaces.
    let (mut i, mut forms) = (0, false);
    while i < text.len() {
        match text[i] {
            b'\n' => forms = false,
            b':' => forms = true,
            b' ' => {}
            _ if forms => {
                let start = i;
                while i + 1 < text.len() && !matches!(text[i + 1], b' ' | b'\n') {
                    i += 1;
                }
                let b = speech_bit(text, start, i + 1);
                filter[b >> 6] |= 1 << (b & 63);
            }
            _ => {}
        }
        i += 1;
    }
    filter
};

/// The filter's bit for the word `text[start..end]` (not empty).
const fn speech_bit(text: &[u8], start: usize, end: usize) -> usize {
    let (first, last) = (text[start] as usize, text[end - 1] as usize);
    let second = if end - start > 1 {
        text[start + 1] as usize
    } else {
        0
    };
    (first * 31 + second * 1031 + last * 7 + (end - start) * 131) & 4095
}

/// The lemma of a speech verb form (lowercase, `’` folded to `'`).
#[inline(always)]
pub(crate) fn speech_lemma(word: &str) -> Option<&'static str> {
    if !may_be_speech(word.as_bytes()) {
        return None;
    }
    speech_map(word)
}

/// False for most words that are no speech verb form, at one look: the few
/// that pass are looked up by [`speech_lemma`].
#[inline(always)]
pub(crate) fn may_be_speech(word: &[u8]) -> bool {
    if word.is_empty() {
        return false;
    }
    let b = speech_bit(word, 0, word.len());
    SPEECH_FILTER[b >> 6] & 1 << (b & 63) != 0
}

fn speech_map(word: &str) -> Option<&'static str> {
    // Each form's verb as its index among the lemmas (a later line's wins): maps
    // of the same types as others in the crate share their code in the `.wasm`.
    static MAP: OnceLock<(FxMap<&'static str, usize>, Vec<&'static str>)> = OnceLock::new();
    let (map, lemmas) = MAP.get_or_init(|| {
        let (mut map, mut lemmas) = (FxMap::default(), Vec::new());
        for (lemma, forms) in SPEECH_VERBS.lines().filter_map(|l| l.split_once(':')) {
            for form in forms.split_ascii_whitespace() {
                map.insert(form, lemmas.len());
            }
            lemmas.push(lemma.trim());
        }
        (map, lemmas)
    });
    Some(lemmas[*map.get(word)?])
}

/// Auxiliaries and common verbs of a reported clause: after "said the economy"
/// they show that the noun phrase is the clause's subject ("said the economy
/// remained resilient"), not an inverted speaker ("said the senator").
pub(crate) fn is_clause_verb(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        was is were are had has have would will could should may might can did does must
        remained remains seemed seems appeared appears needed needs wanted wants planned plans
        intended intends expected expects continued continues became becomes looked looks faced
        faces showed shows made makes took takes got gets went goes came comes knew knows felt
        feels thought thinks believed believes hoped hopes stood stands lacked lacks posed poses
        deserved deserves risked risks
    ");
    WORDS.contains(word)
}

/// True for forms ending in -ing: they have no subject of their own ("…, saying").
pub(crate) fn is_participle(word: &str) -> bool {
    word.ends_with("ing")
}

/// Titles and roles that stand before a name and are not part of it (lowercase, no dot).
#[rustfmt::skip]
const TITLES: &str = concat!("
    adm admiral ambassador archbishop attorney bishop brig capt captain cardinal ceo chair chairman
    chairwoman chancellor chief cmdr coach col colonel commissioner congressman congresswoman
    councillor councilman councilwoman cpl dame deputy det detective director dr executive father
    gen general gov governor inspector judge justice king lady leader lord lt maj major mayor
    minister miss mr mrs ms mx officer pope premier president president-elect prime prince princess
    prof professor queen rabbi rep representative rev reverend secretary sen senator sgt sergeant
    sheriff sir sister speaker spokesman spokesperson spokeswoman superintendent supt vice first",
    // Elected and appointed officers of states and counties ("state Auditor Ken
    // Olafsen", "Del. Nora Pike": AP Stylebook, "titles").
    "
    auditor treasurer comptroller controller assessor coroner marshal del",
    // Job titles written before a name ("Forecaster Ken Graham", "Former President Obama").
    "
    acting analyst architect artist assistant associate author chef commander comedian correspondent
    designer economist editor engineer forecaster former founder historian interim lawyer manager
    meteorologist novelist photographer physician pilot prosecutor rapper researcher scientist
    singer surgeon trooper actor actress sen. rep. journalist reporter pastor billionaire
    businessman businesswoman entrepreneur investor developer mogul tycoon",
    // Roles of political coverage ("Republican strategist Colin Marsh", "Cruz constituent
    // Dan Golvach", "Clinton's top aide Jake Sullivan"), and party words standing as a
    // title ("Democrat Hillary Clinton").
    "
    aide adviser advisor strategist pollster consultant operative activist commentator columnist
    pundit host anchor candidate nominee hopeful front-runner frontrunner rival challenger
    incumbent lawmaker legislator councilmember delegate constituent donor fundraiser surrogate
    lobbyist whip staffer attorney-general republican democrat democratic libertarian gop
    independent
");

/// True when `word` (lowercase, without a final dot) is a title or role before a name.
pub(crate) fn is_title(word: &str) -> bool {
    static SET: Words = Words::new(TITLES);
    SET.contains(word)
}

/// Cue verbs whose object is the one spoken to or about, never the speaker:
/// "told Lewis", "called Obama “…”", "accused Clinton of “…”" (the inverted
/// "says Lewis" reading is not tried for them).
pub(crate) fn names_the_object(lemma: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        tell warn urge promise caution call label dub brand term hail characterize refer accuse
        decry deride dismiss condemn criticize slam blast rip mock praise tout remind assure
        reassure cite quote threaten describe blame herald charge denounce assail portray liken
        reference
    ");
    WORDS.contains(lemma)
}

/// Words of a span of time before "ago" ("less than two weeks ago", "a few
/// days ago"); numbers in digits count too.
pub(crate) fn is_ago_span_word(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        a an less more than about nearly just only two three four five six few several hours
        days weeks months years day week month year
    ");
    WORDS.contains(word)
}

/// Cue verbs that rarely take a noun as their object, so that a described
/// noun phrase after them is their inverted subject ("said the spokesman",
/// "added one aide"); after others it is the object ("emphasized the threat",
/// "confirmed the report").
pub(crate) fn inverts_described(lemma: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        say add write continue reply respond recall insist argue conclude counter retort quip
        joke complain agree disagree observe remark comment wonder muse laugh sigh shout scream
        whisper mutter exclaim yell murmur snap tweet post note
    ");
    WORDS.contains(lemma)
}

/// The particle a phrasal cue needs after its verb ("back" of "shoot back",
/// "it" of "put it"): the lemma's words after the first.
pub(crate) fn phrasal_particle(lemma: &str) -> Option<&str> {
    lemma.split_once(' ').map(|(_, particle)| particle)
}

/// Phrasal cues whose words also say something else ("the strike went on for
/// weeks", "cut in half"): a cue only when a pause, the sentence's end or "to"
/// and a speech verb ("went on to say") follows the particle.
pub(crate) fn phrasal_needs_pause(lemma: &str) -> bool {
    matches!(lemma, "go on" | "cut in" | "speak up")
}

/// Given names with their usual gender: the most common names of US births by
/// decade, 1930s–1990s (Social Security Administration, "Popular Baby Names"),
/// short forms news uses ("Bernie", "Jeb"), and, after the first lines, more of
/// the SSA lists' top 500 and common given names of other languages that US news
/// quotes (our own choice). Names that are also places, months or words ("Georgia",
/// "June", "Rose") are left out. Lowercase.
#[rustfmt::skip]
const FEMALE_NAMES: &str = "
    mary patricia linda barbara elizabeth jennifer maria susan margaret dorothy lisa nancy karen
    betty helen sandra donna carol ruth sharon michelle laura sarah kimberly deborah jessica angela
    melissa amy anna rebecca kathleen pamela martha amanda stephanie christine janet catherine ann
    diane julie heather teresa jean katherine joan ashley judith kelly nicole judy christina theresa
    denise jane rachel andrea kathryn sara anne jacqueline julia tina paula diana emily robin grace
    victoria ellen elaine charlotte monica emma debbie valerie megan alicia jill erin lauren lynn
    sally samantha melanie loretta hillary carly kellyanne huma condoleezza madeleine nikki kirsten
    dianne maxine kamala marine ivanka melania chelsea tulsi elena sonia olivia sophia natalie
    hannah
    abigail alexandra alison allison audrey beatrice beth betsy beverly bonnie brenda
    brittany caroline carmen carolyn cassandra cathy cecilia cheryl cindy claire clara colleen
    connie courtney cynthia daisy dawn delores doris edith eileen eleanor elise eliza
    ella eloise esther evelyn fiona frances gabrielle gail geraldine gina gladys
    gloria gwen gwendolyn harriet hazel heidi holly irene iris isabel isabella jacquelyn
    janice jeanne jenna jenny jessie jo joanna joanne josephine joyce juanita karina kate
    katie kathy katrina kay kristen kristin kristina leah leslie lillian lily liz lois lori louise
    lucy lydia mabel mandy marcia margarita marian marianne marie marilyn marjorie marlene
    marsha mavis maureen meghan mildred miranda molly nadia naomi nina nora norma peggy
    penny phyllis priscilla renee rita roberta rosa rosemary roxanne ruby sabrina sadie
    selena shannon sheila shirley sofia stacey stacy stella sue susie sylvia tamara tammy tanya
    tara tessa thelma tiffany tracy trisha ursula vanessa vera veronica vicki vickie violet
    wanda wendy yolanda yvonne zoe ana carla daniela gabriela lucia mariana paola
    ingrid greta astrid hana yuki keiko mei aisha fatima leila layla yasmin priya anjali sunita
    olga svetlana natasha tatiana irina ludmila marta agnes ida lise marnie ada
";

/// See [`FEMALE_NAMES`].
#[rustfmt::skip]
const MALE_NAMES: &str = "
    james john robert michael william david richard charles joseph thomas christopher daniel paul
    mark donald george kenneth steven edward brian ronald anthony kevin jason matthew gary timothy
    larry jeffrey frank scott eric stephen andrew raymond gregory joshua jerry dennis walter patrick
    peter harold douglas henry carl arthur ryan roger joe jack albert jonathan justin keith samuel
    ralph lawrence nicholas roy benjamin bruce brandon adam harry fred steve louis aaron howard
    eugene carlos russell bobby victor martin phillip todd craig alan sean philip chris jimmy tony
    mike leonard nathan norman vincent glenn jeff jacob kyle bradley ray joel don barry alexander
    marcus theodore jim tom jon bill tim greg dan sam rick ben ron mitchell ted ken bob dave ivan
    andy barack bernie jeb marco rand mitt newt reince mitch rudy vladimir chuck rahm rex ethan
    abraham alfred allen alvin andre angelo antonio archie arnold barney bert billy boris
    brad brett bryan byron calvin cecil chad charlie clarence claude clifford clint clyde
    cody colin curtis dale darrell darren dean derek desmond dick dominic donnie duane
    dwight earl eddie edgar edwin elijah elliot elmer emmanuel ernest ernie felix floyd
    francis franklin freddie gabriel gene geoffrey gerald gilbert gordon gus guy hank
    herbert herman homer horace hugh hugo isaac jake jared jasper jay jeremy jerome jesse joey
    johnny jonah josh julian julius karl kurt lance leo leon leroy lester lewis lloyd
    lonnie luis luther lyle malcolm manuel marvin mathew maurice max melvin micah miles milton
    morris nate neil nelson nick nigel noah oliver omar oscar otis owen percy perry pete
    pierre quentin rafael randall randy reggie reginald ricardo richie rob robbie
    rodney roland ronnie ross ruben rufus rupert russ salvador sammy saul seth sidney simon
    stanley stuart terrence theo tommy travis trevor tyler vernon vince wade wallace walt
    warren wayne wesley wilbur willard willie wilson winston zachary zach jorge jose juan pablo
    pedro diego miguel alejandro javier sergio hans klaus jurgen dietrich sven lars anders
    mohammed muhammad ahmed ali hassan hussein raj rahul vijay hiroshi kenji takeshi wei
    dmitry sergei vladislav yuri igor tomas eli
";

/// The usual gender of a given name: Some(true) for a woman's name, Some(false)
/// for a man's, None for a name that is both or neither.
pub(crate) fn given_name_gender(name: &str) -> Option<bool> {
    static SETS: OnceLock<(WordSet, WordSet)> = OnceLock::new();
    let (female, male) =
        SETS.get_or_init(|| (word_set_str(FEMALE_NAMES), word_set_str(MALE_NAMES)));
    match (female.contains(name), male.contains(name)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Short forms of English given names with the full form each stands for
/// ("Bob Kline" is "Robert Kline"): the common hypocorisms of English given names
/// (Wikipedia, "List of English given names" and "Hypocorism"; the short forms
/// of the SSA names above). A short form of two full names ("Pat", "Sam", "Alex")
/// is left out. Pairs, lowercase.
#[rustfmt::skip]
const HYPOCORISMS: &str = "
    abby abigail al albert andy andrew drew andrew barb barbara becky rebecca becca rebecca
    ben benjamin benny benjamin bernie bernard beth elizabeth betsy elizabeth betty elizabeth
    bill william billy william will william willie william bob robert bobby robert rob robert
    robbie robert cathy catherine charlie charles chuck charles chris christopher cindy cynthia
    dan daniel danny daniel dave david davy david deb deborah debbie deborah dick richard
    rick richard ricky richard rich richard richie richard don donald donnie donald doug douglas
    ed edward eddie edward ted edward ned edward eliza elizabeth liz elizabeth lizzie elizabeth
    libby elizabeth fred frederick freddie frederick gene eugene greg gregory hank henry
    jack john johnny john jeff jeffrey jen jennifer jenn jennifer jenny jennifer jerry gerald
    jim james jimmy james jamie james joe joseph joey joseph jon jonathan kate katherine
    katie katherine kathy katherine kat katherine ken kenneth kenny kenneth larry lawrence
    len leonard lenny leonard lou louis maggie margaret meg margaret peggy margaret marge margaret
    mandy amanda marty martin matt matthew mike michael mickey michael mitch mitchell nick nicholas
    pam pamela patty patricia trish patricia tricia patricia pete peter phil philip ray raymond
    reggie reginald ron ronald ronnie ronald russ russell sandy sandra stan stanley steve steven
    sue susan susie susan teddy theodore theo theodore tim timothy timmy timothy tom thomas
    tommy thomas tony anthony vicky victoria vicki victoria vince vincent walt walter
    zach zachary molly mary judy judith
";

/// The full given name a short form stands for ("bob" → "robert"), or the name
/// itself (lowercase in, lowercase out).
pub(crate) fn full_given_name(name: &str) -> &str {
    static FULL: Pairs = Pairs::new(HYPOCORISMS);
    FULL.get(name).unwrap_or(name)
}

/// Auxiliaries and copulas after a subject ("Pruitt was less sure", "Quist has
/// served"). Our own list.
pub(crate) fn is_auxiliary(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        was is has had did does would will could can should might must may says said thinks
        thought wants wanted seems seemed remains remained became knew knows
    ");
    WORDS.contains(word)
}

/// The role a title before a name gives, spelled as a reporter would later
/// refer back to it ("Gov. Lyle Banner" … "the governor"): abbreviations
/// written out (AP Stylebook, "Abbreviations and acronyms": titles before a
/// name), other titles as they are. Lowercase, no dot.
pub(crate) fn title_role(word: &str) -> &str {
    #[rustfmt::skip]
    static ROLES: Pairs = Pairs::new("
        gov governor  sen senator  rep representative  lt lieutenant  gen general  adm admiral
        capt captain  cmdr commander  col colonel  maj major  sgt sergeant  cpl corporal
        det detective  supt superintendent  prof professor  dr doctor  rev reverend
        brig general  atty attorney  del delegate  chairwoman chair  chairman chair  chair chair
    ");
    ROLES.get(word).unwrap_or(word)
}

/// The gender a title or person noun gives (lowercase, no dot): "Ms.",
/// "congresswoman" and "mother" say she; "Mr.", "chairman" and "father" say he.
pub(crate) fn title_gender(word: &str) -> Option<bool> {
    #[rustfmt::skip]
    static SHE: Words = Words::phrases("
        ms | mrs | miss | madam | dame | lady | queen | princess | sister | mother | daughter |
        wife | grandmother | woman | girl | actress | spokeswoman | congresswoman | chairwoman |
        councilwoman | businesswoman | first lady
    ");
    #[rustfmt::skip]
    static HE: Words = Words::new("
        mr sir lord king prince brother father son husband grandfather man boy actor spokesman
        congressman chairman councilman businessman
    ");
    if SHE.contains(word) {
        Some(true)
    } else if HE.contains(word) {
        Some(false)
    } else {
        None
    }
}

/// Portfolio words that follow a title: Secretary of State, Attorney General.
pub(crate) fn is_portfolio(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        of state defense defence foreign affairs home health treasury commerce education energy
        transportation agriculture interior labor labour finance general house white press the
    ");
    WORDS.contains(word)
}

/// Words that mark a capitalised name as an organisation, not a person.
#[rustfmt::skip]
const ORG_WORDS: &str = "
    administration agency airlines army association authority bank board bureau campaign center
    centre club college commission committee company congress corp corporation council court
    department embassy federation force foundation government group hospital house inc institute
    kremlin league ltd ministry navy network news office organisation organization parliament party
    pentagon motors pictures police post press school senate service studios systems team times
    union university agency police tribunal regime unit coalition
";

/// True when `word` (lowercase) marks an organisation.
pub(crate) fn is_org_word(word: &str) -> bool {
    static SET: Words = Words::new(ORG_WORDS);
    SET.contains(word)
}

/// Nouns for groups of people that can speak without a determiner ("officials said").
#[rustfmt::skip]
const GROUP_NOUNS: &str = "
    activists advisers advisors aides analysts authorities campaigners critics diplomats doctors
    economists employees executives experts fans hackers investigators lawmakers lawyers leaders
    legislators officers officials organisers organizers parents people police prosecutors
    protesters researchers residents scientists sources spokesman spokesperson spokeswoman staff
    students teachers voters witnesses workers neighbours neighbors observers organisers insiders
    supporters opponents members managers regulators judges ministers senators pals friends
    relatives colleagues
";

/// Nouns for a member of a party, written with a capital ("a senior
/// Democrat", "the Massachusetts Republican"). Our own list, from US and UK
/// party names.
pub(crate) fn is_party_member(word: &str) -> bool {
    static WORDS: Words = Words::new("democrat republican conservative tory liberal libertarian");
    WORDS.contains(word)
}

/// True when `word` (lowercase) is a party member's noun or has the shape of a
/// demonym ("an Israeli", "an Egyptian", "a longtime Iowan", "a Chinese"):
/// a capitalised noun for a kind of person, not a name.
pub(crate) fn is_member_noun(word: &str) -> bool {
    is_party_member(word)
        || word.len() >= 5
            && ["an", "ese", "i"].iter().any(|s| word.ends_with(s))
            && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// True when `word` (lowercase) names a group of people.
pub(crate) fn is_group_noun(word: &str) -> bool {
    static SET: Words = Words::new(GROUP_NOUNS);
    SET.contains(word)
}

/// Nouns ending like a doer ("-er", "-or", "-ist", "-ian") that name things: a
/// "statement" or a "letter" that "noted" something is no antecedent for "she".
/// Our own list of the commonest in news copy.
const THING_NOUNS: &str = "
    banner border browser center centre chamber chapter charter cluster computer corner
    corridor counter dinner disaster error factor filter folder letter matter meter monitor
    motor number order paper poster power quarter register river sector shelter summer
    theater theatre tower trailer water weather winter
";

/// True when `word` (lowercase) ends like a doer but names a thing (see [`THING_NOUNS`]).
pub(crate) fn is_thing_noun(word: &str) -> bool {
    static SET: Words = Words::new(THING_NOUNS);
    SET.contains(word)
}

/// The commonest irregular past tenses of English, for telling "Okafor won
/// the seat" (a clause) from a heading. From the irregular verbs every English
/// grammar lists, those frequent in news copy.
const IRREGULAR_PASTS: &str = "
    became began bought brought built came chose did drew drove fell felt fought found
    gave got grew held hid hit kept knew led left lost made meant met paid put ran rang
    rose sat saw sent set shook shot sold spent spoke stood struck swore took taught
    thought threw told understood went won wore wrote
";

/// True when `word` (lowercase) is an irregular past tense (see [`IRREGULAR_PASTS`]).
pub(crate) fn is_irregular_past(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| word_set_str(IRREGULAR_PASTS))
        .contains(word)
}

/// Conjunctions that open a subordinate clause before the main one ("When the
/// auditor testified that …, Pike said"). From the subordinating conjunctions
/// English grammars list, those that open news sentences.
pub(crate) fn is_subordinator(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        when after as while because although though since before if once until whereas
    ");
    WORDS.contains(word)
}

/// Titles of address that say nothing of what someone does ("Mr. Dunn"):
/// no role. (Written out as [`title_role`] gives them.)
pub(crate) fn is_honorific(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        mr mrs ms miss mx sir dame lady lord madam
    ");
    WORDS.contains(word)
}

/// Nouns for what someone said, which a colon after them hands to the quotation
/// ("Her answer: “…”", "His message to the graduates: “…”"). Our own list, from
/// the introductions of wire and newspaper copy.
const UTTERANCE_NOUNS: &str = "
    admission advice answer appeal argument assessment comment comments conclusion
    demand diagnosis explanation instruction instructions message motto pitch plea
    pledge point prediction promise reaction remark remarks reply request response
    retort statement summary take verdict view vow warning words post tweet letter email
    memo note
";

/// Nouns for something said that hold the words quoted after them ("his
/// promise of “free college”", "Trump's pledge to be “neutral”", "her claim that
/// …"): [`UTTERANCE_NOUNS`] and these. Our own list, from political copy.
const CLAIM_NOUNS: &str = "
    accusation accusations argument arguments assertion assertions boast call calls
    characterization charge claim claims complaint criticism declaration description
    insistence pledges promises quip reference statements suggestion threat vows warnings
";

/// True when `word` (lowercase) names something said whose words may follow it
/// (see [`CLAIM_NOUNS`]).
pub(crate) fn is_claim_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    is_utterance_noun(word) || SET.get_or_init(|| word_set_str(CLAIM_NOUNS)).contains(word)
}

/// True when `word` (lowercase) names something said (see [`UTTERANCE_NOUNS`]).
pub(crate) fn is_utterance_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| word_set_str(UTTERANCE_NOUNS))
        .contains(word)
}

/// Words that open a noun phrase ("the", "a", "his").
pub(crate) fn is_determiner(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        the a an some many several two three four five its his her their our one another other
        these those most few both all
    ");
    WORDS.contains(word)
}

/// Words skipped between a subject and its verb: adverbs and auxiliaries.
pub(crate) fn is_verb_filler(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        also later then again once previously recently has have had would will did does do not
        never just first finally further earlier often always still even simply only now today
        yesterday can could may might should must was is too
    ");
    WORDS.contains(word)
        || (word.len() > 4
            && word.ends_with("ly")
            && !matches!(word, "family" | "italy" | "ally" | "july" | "rally"))
}

/// Prepositions that put a noun phrase out of subject position.
pub(crate) fn is_preposition(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        in at on of amid for with to from by about like against after before during over under into
        among between despite without since as than toward towards upon via unlike near behind
        through across around
    ");
    WORDS.contains(word)
}

/// Nouns (and verbs) after which a capitalised quotation is a work's title.
pub(crate) fn is_work_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        film movie comedy drama thriller book novel memoir song single album track show series
        sitcom play musical documentary episode poem essay article column painting opera game
        titled entitled called headlined report exhibition podcast anthem hit ballad sequel
        franchise programme program biopic biography ad editorial newsletter
        video headline speech study paper collection magazine
        newspaper blog special tour campaign slogan motto hashtag operation feature cartoon
        sketch
    ");
    WORDS.contains(word)
}

/// Nouns for a stretch of wording, after which a quotation is words someone
/// used, not a scare quote: "the phrase “self-deportation.”", "chants of “no.”".
/// Our own list.
pub(crate) fn is_wording_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        phrase term word words expression catchphrase mantra refrain chant chants cry cries
    ");
    WORDS.contains(word)
}

/// Words after which a title-case quotation is a programme's name: "on “Meet
/// the Press”", "told “Fox and Friends”", "an interview with “Fox News
/// Sunday”". Our own list, from broadcast attributions.
pub(crate) fn is_programme_lead(word: &str) -> bool {
    matches!(word, "on" | "with" | "told" | "tells" | "telling")
}

/// Nouns for the people of a show, after which a title-case quotation is the
/// show's title: "“Capitol Hour” host Ben Orley", "“Broad City” star". Our own list.
pub(crate) fn is_show_role(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        host co-host cohost hosts anchor star stars co-star creator producer showrunner
        presenter moderator panelist contestant actor actress cast author co-author authors
        editor co-editor director writer alum correspondent
    ");
    WORDS.contains(word)
}

/// Nouns for a part or a new form of a work, after which "of", "to" or "for"
/// and a title-case quotation name the work: "a new version of “Harbor
/// Nights”", "the sequel to “Salt Creek”", "a trailer for “Lights On”". Our own
/// list, from arts and media copy.
pub(crate) fn is_work_part(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        version season episode episodes sequel prequel remake trailer reboot adaptation
        premiere finale edition chapter installment revival spinoff spin-off
    ");
    WORDS.contains(word)
}

/// Short words that title case leaves lowercase even at four letters or more
/// (prepositions and conjunctions, as the Chicago Manual of Style has them):
/// "This Week with George Stephanopoulos".
pub(crate) fn is_title_connective(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        with from into onto upon over than that like about
    ");
    WORDS.contains(word)
}

/// Words of the kicker labels that stand before a link's or column's title
/// (`RELATED: "…"`, `OPINION | “…”`, `MORNING READS: "…"`): the section labels
/// and the link labels of US news sites. Our own list.
pub(crate) fn is_kicker_word(word: &str) -> bool {
    is_section_label(word)
        || matches!(
            word,
            "see"
                | "also"
                | "editorial"
                | "commentary"
                | "perspective"
                | "column"
                | "review"
                | "reads"
                | "morning"
                | "short"
                | "top"
                | "latest"
                | "listen"
                | "podcast"
                | "recommended"
                | "sponsored"
        )
}

/// Verbs that name a work by the quotation after them: "an audit titled “…”".
pub(crate) fn is_title_verb(word: &str) -> bool {
    matches!(word, "titled" | "entitled" | "subtitled" | "headlined")
}

/// Words after which a quotation is a label or a nickname, not speech.
pub(crate) fn is_scare_cue(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        so-called dubbed nicknamed branded labelled labeled termed self-styled self-described
        supposed alleged known
    ");
    WORDS.contains(word)
}

/// Personal pronouns that can be a speaker, with whether they refer to a group.
pub(crate) fn pronoun(word: &str) -> Option<bool> {
    pronoun_base(word).map(|p| p == "they")
}

/// The subject pronoun `word` is, contractions included ("he's claiming",
/// "she'd said", "they've warned"): "he", "she" or "they".
pub(crate) fn pronoun_base(word: &str) -> Option<&'static str> {
    let base = match word.split_once('\'') {
        Some((base, "s" | "d" | "ll" | "re" | "ve")) => base,
        Some(_) => return None,
        None => word,
    };
    match base {
        "he" => Some("he"),
        "she" => Some("she"),
        "they" => Some("they"),
        _ => None,
    }
}

/// Capitalised words that start sentences but never start names: the stop words,
/// these, spans of time opening a sentence ("Hours later, Trump…") and words of
/// lines that ask the reader to act ("Follow Harbor Gazette on Twitter.").
pub(crate) fn is_sentence_word(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        whatever however but and yet still meanwhile instead although though while when asked
        like unlike despite according earlier later last next in on at after before since as
        also even now then speaking regardless yes no well so please thank thanks share skip
        read copyright updated posted
        hours days weeks months years minutes moments
        follow subscribe click
    ");
    crate::lexicon::is_stopword(word) || WORDS.contains(word)
}

/// The US states and the District (lowercase, words joined by one space), which
/// follow a city after a comma ("in Salem, New Hampshire, Trump said"), and their
/// AP abbreviations ("Portsmouth, N.H.,"), with or without their stop.
pub(crate) fn is_us_state(name: &str) -> bool {
    #[rustfmt::skip]
    static STATES: Words = Words::phrases("
        alabama | alaska | arizona | arkansas | california | colorado | connecticut | delaware |
        florida | georgia | hawaii | idaho | illinois | indiana | iowa | kansas | kentucky |
        louisiana | maine | maryland | massachusetts | michigan | minnesota | mississippi |
        missouri | montana | nebraska | nevada | new hampshire | new jersey | new mexico |
        new york | north carolina | north dakota | ohio | oklahoma | oregon | pennsylvania |
        rhode island | south carolina | south dakota | tennessee | texas | utah | vermont |
        virginia | washington | west virginia | wisconsin | wyoming | d.c. |
        ala | ariz | ark | calif | colo | conn | del | fla | ga | ill | ind | kan | ky | la |
        md | mass | mich | minn | miss | mo | mont | neb | nev | n.h | n.j | n.m | n.y | n.c |
        n.d | okla | ore | pa | r.i | s.c | s.d | tenn | vt | va | wash | w.va | wis | wyo
    ");
    STATES.contains(name)
}

/// Day and month names: capitalised but never part of a speaker's name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        monday tuesday wednesday thursday friday saturday sunday january february march april
        june july august september october november december
    ");
    WORDS.contains(word)
}

/// Given names that are also common words, stop words among them ("Will",
/// "May", "June"): a name only before a capitalised word ("said Will Doyle").
pub(crate) fn is_word_given_name(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        will may june april hope faith joy dawn drew grant
    ");
    WORDS.contains(word)
}

/// True when `name` (lowercase) is a given name of the given-name lists.
pub(crate) fn is_given_name(name: &str) -> bool {
    given_name_gender(name).is_some()
}

/// First words of a transcript's stage directions, in brackets: (LAUGHTER),
/// (CROSSTALK), (BEGIN VIDEO CLIP). From the conventions of US broadcast and
/// debate transcripts (CNN, NPR, C-SPAN, the Commission on Presidential Debates).
pub(crate) fn is_stage_direction(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        laughter laughs laughing applause crosstalk inaudible unintelligible cheers cheering
        booing boos sighs silence pause begin end commercial interruption music
    ");
    WORDS.contains(word)
}

/// Words that say to whom or when something was said, between a cue verb and
/// the comma before its quotation: object pronouns, the usual audiences of
/// news ("told reporters"), and time words ("this morning", "on Tuesday").
pub(crate) fn is_addressee_or_time(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        me us you him her them reporters journalists supporters today yesterday tonight later
        earlier this last on morning afternoon evening night week
    ");
    WORDS.contains(word)
}

/// Labels that open a line or caption without naming a speaker ("VIDEO: …",
/// "UPDATE: …", "CORRECTION: …"): the section and caption labels of US news
/// sites, as seen in wire copy and web articles.
pub(crate) fn is_section_label(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        video audio photo photos update updated correction clarification exclusive breaking
        watch related note byline read more live opinion analysis source sources caption
        transcript
    ");
    WORDS.contains(word)
}

// Short lists of the attribution and speaker rules, kept here with the others
// (our own lists, from the rules' cases).

/// Forms of "be": before a participle they make it passive or a
/// progressive ("is said to", "was told").
pub(crate) fn is_be_form(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        was were is are be been being
    ");
    WORDS.contains(word)
}

/// Object pronouns: after "told" the one spoken to ("told him").
pub(crate) fn is_object_pronoun(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        him her them us me you
    ");
    WORDS.contains(word)
}

/// Modals, negations and refusals between a subject and its verb: the verb is
/// not done ("would never admit", "did not say", "refused to say").
pub(crate) fn is_unasserting(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        would will could can might may should must never not n't wouldn't won't couldn't can't
        didn't doesn't don't refused refuses to
    ");
    WORDS.contains(word)
}

/// Articles, demonstratives and possessives: the word after one is a noun
/// ("a claim", "his notes").
pub(crate) fn is_noun_determiner(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        a an this that his her their its my our your these those
    ");
    WORDS.contains(word)
}

/// Plural nouns that are also verb forms of cues ("his notes", "their calls").
pub(crate) fn is_plural_cue_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        calls tweets emails notes reports jokes quips vows boasts promises pledges
    ");
    WORDS.contains(word)
}

/// Words that open an apposition after a subject's comma ("Lewis, who…",
/// "Obama, former…", "Clinton, herself…").
pub(crate) fn opens_subject_aside(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        who whose which former chief also now herself himself
    ");
    WORDS.contains(word)
}

/// Words before a day or a part of the day that make it a time phrase ("on
/// Wednesday", "last week", "early Tuesday").
pub(crate) fn opens_time_phrase(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        on in last this early late
    ");
    WORDS.contains(word)
}

/// The days of the week.
pub(crate) fn is_weekday(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        monday tuesday wednesday thursday friday saturday sunday
    ");
    WORDS.contains(word)
}

/// Spans and parts of a day or a year after "last" or "this" ("last week",
/// "this morning").
pub(crate) fn is_time_unit(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        week month year night morning afternoon evening weekend
    ");
    WORDS.contains(word)
}

/// Auxiliaries after an inverted pronoun that open the reported clause: "said
/// he." is inverted, "said he was" is not.
pub(crate) fn is_finite_auxiliary(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        was is had has would will could did does can may might must should have do
    ");
    WORDS.contains(word)
}

/// Common nouns for a person by their role, after the titles and groups ("an
/// official", "a fellow", "one source").
pub(crate) fn is_role_head(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        official member fellow expert employee friend supporter source resident owner head voter
        worker student teacher officer person man woman reporter agent writer producer partner
        colleague
    ");
    WORDS.contains(word)
}

/// Words after a described head that end its noun phrase: a relative, a
/// preposition, a conjunction or a cue ("a spokesman who…", "a source familiar
/// with").
pub(crate) fn ends_described_head(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        who which that in on at when after before and but as while because during to by from
        last this told said says with familiar close seen obtained reviewed briefed speaking
    ");
    WORDS.contains(word)
}

/// Singular heads that name an organisation or a document, not a person ("the
/// ministry", "the statement").
pub(crate) fn is_organisation_or_document(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        company firm family statement report memo letter website newspaper channel study survey
        document filing ministry government group agency union council court state country city
        club brand network station paper magazine account post video message note release
    ");
    WORDS.contains(word)
}

/// Lowercase words inside names ("Benicio del Toro", "Ursula von der Leyen"),
/// and "of" and "for" ("Secretary of State").
pub(crate) fn is_name_connector(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        of for de van von ten ter du di dos das da bin al le la der den del
    ");
    WORDS.contains(word)
}

/// Words that open a phrase before the sentence's subject, up to its comma
/// ("While in Iowa, …", "Asked about …, she", "Speaking in Salem, …, Trump").
pub(crate) fn opens_subordinate(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        while although when asked speaking following despite
    ");
    WORDS.contains(word)
}

/// Conjunctions and adverbs that link an introduction to what came before ("But
/// she said:").
pub(crate) fn is_linking_word(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        and but so then still yet
    ");
    WORDS.contains(word)
}

/// Adverbs between a subject and its verb ("never", "later").
pub(crate) fn is_adverb(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        never also still often later then once again
    ");
    WORDS.contains(word)
}

/// Singular nouns for people ("the mayor said … she").
pub(crate) fn is_person_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        woman man mum mom dad girl boy mother father lawyer witness doctor nurse teacher farmer
        pilot driver victim suspect singer actor actress author writer owner star player manager
        official spokesman spokeswoman resident student scientist daughter son wife husband
        sister brother niece nephew aunt uncle cousin grandson granddaughter grandmother
        grandfather friend neighbor neighbour veteran worker volunteer parent patient mechanic
        clerk chef guard coach
    ");
    WORDS.contains(word)
}

/// Words that modify a title rather than head it ("first" of "first lady",
/// "former", "vice").
pub(crate) fn is_role_modifier(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        first former vice deputy acting late interim executive
    ");
    WORDS.contains(word)
}

/// Lowercase words between the capitalised words of one name ("Bank of
/// America", "Mohammed bin Salman").
pub(crate) fn is_inner_name_word(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        of for de van von al bin
    ");
    WORDS.contains(word)
}

/// Words after an apposition's head noun that end it ("a lawyer for…",
/// "a friend who…").
pub(crate) fn ends_apposition_head(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        of for at in with from on to who and whose that since said says
    ");
    WORDS.contains(word)
}

/// Prefixes of surnames written with an inner capital ("McCain", "DeSantis",
/// "LaHood"), which make no brand.
pub(crate) fn is_surname_prefix(word: &str) -> bool {
    #[rustfmt::skip]
    static WORDS: Words = Words::new("
        Mc Mac De Di Da Du La Le Van Von
    ");
    WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_speech_verb_line_has_a_lemma_and_forms_the_filter_passes() {
        let lines: Vec<&str> = SPEECH_VERBS
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(lines.len() > 150);
        for (i, line) in lines.iter().enumerate() {
            let (lemma, forms) = line.split_once(':').expect(line);
            assert!(
                !lemma.trim().is_empty() && !forms.trim().is_empty(),
                "{line}"
            );
            for form in forms.split_ascii_whitespace() {
                assert!(may_be_speech(form.as_bytes()), "{form}");
                // A form listed again on a later line takes that line's lemma.
                let last = lines[i..]
                    .iter()
                    .rev()
                    .find_map(|l| {
                        l.split_once(':')
                            .filter(|(_, f)| f.split_ascii_whitespace().any(|g| g == form))
                    })
                    .map(|(lemma, _)| lemma.trim());
                assert_eq!(speech_lemma(form), last, "{form}");
            }
        }
    }

    #[test]
    fn lemmas() {
        assert_eq!(speech_lemma("said"), Some("say"));
        assert_eq!(speech_lemma("stressed"), Some("stress"));
        assert_eq!(speech_lemma("emphasized"), Some("emphasise"));
        // A form, guarded by its context (`attribution::noun_form_is_verb`).
        assert_eq!(speech_lemma("states"), Some("state"));
        assert_eq!(speech_lemma("pointed"), Some("point out"));
        assert_eq!(phrasal_particle("point out"), Some("out"));
        assert_eq!(phrasal_particle("say"), None);
        assert_eq!(speech_lemma("alleged"), None);
    }
}
