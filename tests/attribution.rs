//! Attribution cases across the families of issue 20: every quotation Lede should
//! report in each text, in order, as (quoted text, kind, speaker), "" for no speaker.
//!
//! Two tables. `FIXTURE` gives the expectations for the 75 cases of
//! `tests/fixtures/attribution-cases.json` (our own words, in the styles of real
//! outlets), keyed by the fixture's id; the text comes from the fixture. `CASES` are
//! more of our own sentences, each row's name saying its family. Expectations are
//! what a careful reader would say, in the conventions of `quotes_corpus.rs`: the
//! span is the words inside the marks (a trailing comma or full stop inside them
//! included); the speaker is the fullest name the article gives, without titles
//! ("Sen.", "Mr.", "the Rev."); a group or role keeps its article in lower case
//! ("the nurses", "the magistrate"). A transcript turn's quotation is the turn's
//! words after its label. Quotations with the same speaker must also share one
//! entry of `speakers` (one person, one speaker).
//!
//! `X` stands for "not speech, of a kind a reader cannot settle": headlines,
//! sub-heads, link titles, labels, slogans and stage directions are titles or scare
//! quotes, never speech, and never have a speaker.
//!
//! Every row is run and every failing row is printed before the test fails.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lede::QuoteKind;

/// The kind a row expects.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    /// Direct speech.
    D,
    /// A partial quote.
    P,
    /// A quotation inside a quotation.
    N,
    /// The title of a work.
    T,
    /// A scare quote, nickname or word as a word.
    S,
    /// Not speech: a title or a scare quote, either will do.
    X,
}

use Want::{D, N, P, S, T, X};

impl Want {
    fn fits(self, kind: QuoteKind) -> bool {
        match self {
            D => kind == QuoteKind::Direct,
            P => kind == QuoteKind::Partial,
            N => kind == QuoteKind::Nested,
            T => kind == QuoteKind::Title,
            S => kind == QuoteKind::Scare,
            X => !kind.is_speech(),
        }
    }
}

fn letter(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "D",
        QuoteKind::Partial => "P",
        QuoteKind::Nested => "N",
        QuoteKind::Title => "T",
        QuoteKind::Scare => "S",
    }
}

type Expected = (&'static str, Want, &'static str);

struct Case {
    name: &'static str,
    text: &'static str,
    quotes: &'static [Expected],
}

struct FixtureRow {
    id: &'static str,
    quotes: &'static [Expected],
}

macro_rules! cases {
    ($($name:ident: $text:expr => [$(($q:expr, $k:expr, $s:expr)),* $(,)?];)*) => {
        const CASES: &[Case] = &[$(Case { name: stringify!($name), text: $text, quotes: &[$(($q, $k, $s)),*] }),*];
    };
}

macro_rules! fixture {
    ($($id:literal => [$(($q:expr, $k:expr, $s:expr)),* $(,)?];)*) => {
        const FIXTURE: &[FixtureRow] = &[$(FixtureRow { id: $id, quotes: &[$(($q, $k, $s)),*] }),*];
    };
}

// The fixture's cases, in its order; its `expect` in words made exact.
fixture! {
    // cue verb not in the lexicon
    "G1a" => [("That budget is a fantasy,", D, "Ortega")];
    "G1c" => [("too clever by half.", P, "Lise Brandt")];
    "G1d" => [("a gift to landlords.", P, "Ada Okafor")];
    "G1e" => [("rigged from the start.", P, "Brandt")];
    "G1f" => [("dead on arrival,", P, "Reyes")];
    "G1i" => [("You have had four years,", D, "Okafor"), ("What did you do with them?", D, "Okafor")];
    // role/organisation premodifier before the name
    "G3a" => [("The numbers simply do not add up,", D, "Colin Marsh")];
    "G3b" => [("We were blindsided by the vote,", D, "Ruth Abara")];
    "G3c" => [("We will be ready by spring,", D, "Lena Ortiz")];
    "G3f" => [("We cannot keep patching the same road,", D, "Marcy Tolland")];
    "G3e2" => [("a bad bargain for taxpayers.", P, "Ines Varga")];
    // punctuation-only attribution
    "G2a2" => [("Nobody asked us before they closed the clinic. Now we drive an hour for a checkup.", D, "Marisol Tejeda")];
    "G2b" => [
        ("Senator, will you release your tax returns?", D, "MODERATOR"),
        ("I already have, and I will do it again next year.", D, "OKAFOR"),
    ];
    "G2c" => [("Who signed off on this contract, and when?", D, "Dana Whitcomb")];
    "G2d" => [("The utility has raised rates four times in six years, and customers have noticed.", D, "Tomas Lindqvist")];
    "G2e" => [("This bill is going nowhere this session.", D, "Okafor")];
    "G2f2" => [("We are done negotiating with the developer.", D, "Brandt")];
    "G2g2" => [("No comment at this time", D, "Greer")];
    // appositive / relative clause between name and verb
    "G5a" => [("We have no plans to sell,", D, "Nadia Petrova")];
    "G5b2" => [("The senator was never briefed,", D, "Arlo Fenn")];
    "G5c" => [("I came for the jobs speech,", D, "Denise Carrow")];
    "G5d" => [("written by lobbyists, for lobbyists.", P, "Otis Greer")];
    "G5e" => [("stubbornly independent.", P, "Ruth Halvorsen")];
    // party/state designation between name and verb
    "G4a" => [("We are not going to rubber-stamp this,", D, "Harold Mintz"), ("Not now, not ever.", D, "Harold Mintz")];
    "G4c" => [("It is a bad deal for farmers,", D, "Ann Wexley")];
    "G4d2" => [("The hearing turned into a circus with microphones,", D, "Glen Haskett")];
    "G4b3" => [("running on fumes.", P, "Carla Biondi")];
    // other subject-finding syntax
    "G6a2" => [("only the beginning.", P, "Brandt")];
    "G6b3" => [("squandered the public’s trust.", P, "Marsh")];
    "G6c2" => [("a disgrace to the state.", P, "Okafor")];
    "G6f" => [("He has nothing to apologize for.", D, "Lydia Vance")];
    "G6d" => [("It is not negotiable,", D, "De Luca")];
    "G6e3" => [("We lost the suburbs because we stopped showing up,", D, "Most")];
    // name normalisation / role instead of name
    "G7a" => [("We need that bridge more than we need another study,", D, "Walter Ames")];
    "G7b" => [("It was a reasonable compromise,", D, "Tanaka")];
    "G7c" => [("We have the votes, and we will use them,", D, "Lorna Geddes")];
    "G7d2" => [("We were not consulted,", D, "Ray Osgood")];
    "G7i" => [("The fund is solvent,", D, "Tessa Marlowe")];
    "G7h" => [("The surplus is real,", D, "Arlo Fenn")];
    "G7e2" => [("a serious mistake.", P, "Henrik Solberg")];
    "G7f" => [("We ran a clean race,", D, "Dana Whitcomb")];
    "G7g" => [("at least twice the estimate.", P, "Harbor Gazette")];
    // discourse
    "G8a" => [("Every one of those beds mattered to somebody.", D, "Brandt")];
    "G8j" => [("Some people in this building have forgotten who they work for.", D, "Okafor")];
    "G8b" => [
        ("Our office followed the law at every step.", D, "Rosa Imhoff"),
        ("We will cooperate fully with any review.", D, "Rosa Imhoff"),
    ];
    "G8d2" => [("pure fiction.", P, "Marsh")];
    "G8c2" => [("in freefall.", P, "Okafor")];
    "G8e3" => [("simply unaccounted for,", P, "the auditor"), ("stunned.", P, "Pike")];
    "G8i3" => [("serious gaps in oversight", P, "the inspector general’s office"), ("Eyes on the Road,", T, "")];
    // pronoun antecedent
    "G9d" => [("We expect approval by June,", D, "Lise Brandt"), ("It is a betrayal of everyone who worked there,", D, "Tomas Reyl")];
    "G9e" => [("We expect approval by June,", D, "Lise Brandt"), ("It is a betrayal of everyone who worked there,", D, "Tomas Reyl")];
    "G9b" => [("Turnout was strong in every precinct,", D, "Paul Dryden"), ("That speech made our whole family proud,", D, "Marnie Dryden-Cole")];
    // conduit attribution
    "G8f2" => [("This case has dragged on long enough,", D, "the magistrate")];
    // short partial quote labelled scare
    "M1a" => [("toothless", P, "Okafor")];
    "M1b" => [("a hit job", P, "Greer")];
    "M2a" => [("backroom deal", P, "Brandt")];
    "M2b" => [("price gouging", P, "Reyes")];
    // borderline in the fixture (Marsh's words or a slogan): read as Marsh's words.
    "M3a" => [("fiscal sanity", P, "Marsh")];
    // titles inside reported content
    "M4a" => [("Harbor Nights", T, ""), ("The Long Winter", T, "")];
    // several sentences in one quotation
    "MCa" => [("We started late. We finished early. We won,", D, "Ames")];
    // typewriter double quotes with an inner single quote
    "S5b" => [("The sign on the door just said 'closed,'", D, "Marta Quell"), ("closed,", N, "Marta Quell")];
    "S6" => [("When I asked, they told me 'Come back next week.'.", D, "Dana Vorhees"), ("Come back next week.", N, "Dana Vorhees")];
    "nyt-inner-mid" => [("They told me 'wait,' and I waited,", D, "Ames"), ("wait,", N, "Ames")];
    "S7b" => [("We never saw the final contract,", D, "Abernathy")];
    "S8b" => [("Fibbin' Phil.", S, "")];
    // nested quotation emitted as a separate speech item
    "S9" => [("She turned to me and said, ‘Never again,’ and she meant it,", D, "Ames"), ("Never again,", N, "Ames")];
    // programme/work title reported as speech
    "S11b" => [("We are not done with this fight,", D, "Okafor"), ("Capitol Week,", T, "")];
    "S11" => [("Sunday Roundtable,", T, "")];
    // headline, label, sub-head or link title reported as speech
    "S14b" => [("See also:", X, "")];
    "FCa" => [("Clean Water Now", X, "")];
    "S17" => [("Nobody saw it coming.", X, "")];
    "FCb2" => [("Ferry fares to rise in spring,", X, "")];
    // scare quote with the full stop inside the marks
    "FDa2" => [("timing.", S, "")];
    "FDb" => [("more parking.", S, "")];
    // transcript stage direction
    "S16b" => [("We will hold the line.", D, "OKAFOR"), ("(LAUGHTER.)", X, ""), ("Let her finish.", D, "MODERATOR")];
}

cases! {
    // --- Cue verbs in every form: inflections ---
    cue001: "“The bridge is safe,” Quist tweets." => [("The bridge is safe,", D, "Quist")];
    cue002: "Quist was tweeting throughout the hearing that the vote was “a done deal.”" => [("a done deal.", P, "Quist")];
    cue003: "“We will not close a single school,” Superintendent Mara Lind said, noting that enrollment had “held steady for five years.”" => [("We will not close a single school,", D, "Mara Lind"), ("held steady for five years.", P, "Mara Lind")];
    cue004: "Lind, noting that the district had “no money left,” asked the board to delay the vote." => [("no money left,", P, "Lind")];
    cue005: "“Who pays for this?” Pruitt asks." => [("Who pays for this?", D, "Pruitt")];
    cue006: "Pruitt asks whether the county can afford “another empty jail.”" => [("another empty jail.", P, "Pruitt")];
    cue007: "“Is anyone listening?” asked Cora Blyth, who has run the diner for 30 years." => [("Is anyone listening?", D, "Cora Blyth")];
    cue008: "“The vote was fair,” Vale states in the filing." => [("The vote was fair,", D, "Vale")];
    cue009: "In the filing, Vale stated that the count was “accurate to the last ballot.”" => [("accurate to the last ballot.", P, "Vale")];
    cue010: "Vale, stating that the count was “beyond question,” asked the court to dismiss the case." => [("beyond question,", P, "Vale")];
    cue011: "“We are not going anywhere,” Norris insisted." => [("We are not going anywhere,", D, "Norris")];
    cue012: "Norris insists the strike will go on “as long as it takes.”" => [("as long as it takes.", P, "Norris")];
    cue013: "“Nobody warned us,” Blyth recalls. “One day the road was just gone.”" => [("Nobody warned us,", D, "Blyth"), ("One day the road was just gone.", D, "Blyth")];
    cue014: "“The money was never there,” Pruitt conceded on Monday." => [("The money was never there,", D, "Pruitt")];
    cue015: "“I made a mistake,” the senator acknowledged.\n\nShe did not say what she would do next." => [("I made a mistake,", D, "the senator")];
    cue016: "“Look at the numbers,” Vale argues. “They speak for themselves.”" => [("Look at the numbers,", D, "Vale"), ("They speak for themselves.", D, "Vale")];
    cue017: "Arguing that the levy was “the only honest option,” Tibbs urged the council to approve it." => [("the only honest option,", P, "Tibbs")];
    cue018: "“This will pass,” Tibbs predicted." => [("This will pass,", D, "Tibbs")];
    cue019: "“It is a circus,” Quist complained to reporters." => [("It is a circus,", D, "Quist")];
    cue020: "“We are ready,” announced Coach Rita Bell." => [("We are ready,", D, "Rita Bell")];
    cue021: "“It isn’t over,” Vale replied." => [("It isn’t over,", D, "Vale")];
    cue022: "“Ask the governor,” Pruitt responded." => [("Ask the governor,", D, "Pruitt")];
    cue023: "“We lost,” Norris admitted. “We lost badly.”" => [("We lost,", D, "Norris"), ("We lost badly.", D, "Norris")];
    cue024: "“I have the best job in the state,” Tibbs joked." => [("I have the best job in the state,", D, "Tibbs")];
    cue025: "“Maybe next year,” Vale quipped." => [("Maybe next year,", D, "Vale")];
    cue026: "“I have never lost a race in this county,” Quist boasted at the rally." => [("I have never lost a race in this county,", D, "Quist")];
    cue027: "“The numbers don’t lie,” Dunn wrote in an email to supporters." => [("The numbers don’t lie,", D, "Dunn")];
    cue028: "Writing in the Harbor Gazette on Sunday, Dunn called the plan “a fantasy on paper.”" => [("a fantasy on paper.", P, "Dunn")];
    cue029: "“The bill is dead,” Pruitt testified." => [("The bill is dead,", D, "Pruitt")];
    cue030: "Pruitt testified that the agency had been “running blind for years.”" => [("running blind for years.", P, "Pruitt")];
    cue031: "“It was never about the money,” Tibbs explained." => [("It was never about the money,", D, "Tibbs")];
    cue032: "“We will be back,” the union declared." => [("We will be back,", D, "the union")];
    cue033: "Ilse is posting that the library will “close for good” in May." => [("close for good", P, "Ilse")];
    cue034: "“Turn out and vote,” Prof. Leon Brandt urged his students." => [("Turn out and vote,", D, "Leon Brandt")];
    cue035: "“The pipes are older than I am,” Vale texted a reporter on Sunday." => [("The pipes are older than I am,", D, "Vale")];
    cue104: "“The levy will sink the county,” warned Ada Quist, the treasurer. “Nobody will pay it,” cautioned Pruitt." => [("The levy will sink the county,", D, "Ada Quist"), ("Nobody will pay it,", D, "Pruitt")];
    cue105: "Quist warned Pruitt, “This will not pass.”" => [("This will not pass.", D, "Quist")];
    cue106: "Mayor Joan Tibbs spoke on Friday. The crowd cheered her promise of “clean water” for every home." => [("clean water", P, "Joan Tibbs")];
    cue107: "Ray Quist ran on taxes. But Quist’s controversial pledge to be “neutral” on the levy cost him votes." => [("neutral", P, "Ray Quist")];
    cue108: "Pruitt stood by his claim that the audit was “partisan,” and the board moved on." => [("partisan,", P, "Pruitt")];
    cue109: "The bill’s call for “full funding” passed the House." => [("full funding", S, "")];
    // --- Cue verbs: phrasal and idiomatic ---
    cue036: "“Then vote no,” Quist shot back." => [("Then vote no,", D, "Quist")];
    cue037: "“I agree with every word,” Vale chimed in." => [("I agree with every word,", D, "Vale")];
    cue038: "“Please,” Pruitt scoffed. “Nobody believes that.”" => [("Please,", D, "Pruitt"), ("Nobody believes that.", D, "Pruitt")];
    cue039: "“And another thing,” Norris went on, “the contract expires in May.”" => [("And another thing,", D, "Norris"), ("the contract expires in May.", D, "Norris")];
    cue040: "“The data is clear,” Blyth weighed in." => [("The data is clear,", D, "Blyth")];
    cue041: "“That is simply false,” Dunn fired back." => [("That is simply false,", D, "Dunn")];
    cue042: "“Not so fast,” Vale cut in." => [("Not so fast,", D, "Vale")];
    cue043: "“The plant employs 900 people,” Lind pointed out." => [("The plant employs 900 people,", D, "Lind")];
    cue044: "Tibbs summed it up: “We did what we could.”" => [("We did what we could.", D, "Tibbs")];
    cue045: "As Pruitt put it, the county is “out of money and out of time.”" => [("out of money and out of time.", P, "Pruitt")];
    cue046: "“Get off my lawn,” Norris snapped at the protesters." => [("Get off my lawn,", D, "Norris")];
    cue047: "“You first,” Quist retorted." => [("You first,", D, "Quist")];
    cue048: "“That is a rumor,” Vale countered, “and a cheap one.”" => [("That is a rumor,", D, "Vale"), ("and a cheap one.", D, "Vale")];
    cue049: "“We are not a charity,” Dunn hit back on Twitter." => [("We are not a charity,", D, "Dunn")];
    cue050: "In the words of Coach Rita Bell, the team played “like it had somewhere better to be.”" => [("like it had somewhere better to be.", P, "Rita Bell")];
    cue051: "“Call me when it’s fixed,” Blyth deadpanned." => [("Call me when it’s fixed,", D, "Blyth")];
    cue052: "Ella Marsh waved off the question. “I’m not going anywhere,” she laughed." => [("I’m not going anywhere,", D, "Ella Marsh")];
    cue053: "“The vote was never close,” Pruitt went on to say." => [("The vote was never close,", D, "Pruitt")];
    cue054: "“Count me out,” Ilse piped up from the back of the room." => [("Count me out,", D, "Ilse")];
    cue055: "“This is a disgrace,” Norris lashed out." => [("This is a disgrace,", D, "Norris")];
    // --- Cue verbs: verbs that frame quoted words in the writer's sentence ---
    cue056: "Tibbs called the plan “a sledgehammer for a thumbtack job” and asked for a new draft." => [("a sledgehammer for a thumbtack job", P, "Tibbs")];
    cue057: "Pruitt described the jail as “dangerously overcrowded.”" => [("dangerously overcrowded.", P, "Pruitt")];
    cue058: "Vale has labeled the audit “partisan theater.”" => [("partisan theater.", P, "Vale")];
    cue059: "Quist labelled the proposal “a tax on breathing,” a line that drew laughs." => [("a tax on breathing,", P, "Quist")];
    cue060: "Norris has dubbed the offer “the pay-cut contract.”" => [("the pay-cut contract.", P, "Norris")];
    cue061: "Dunn accused the board of “hiding the ball” on costs." => [("hiding the ball", P, "Dunn")];
    cue062: "Blyth decried the “indifference” of the state highway office." => [("indifference", P, "Blyth")];
    cue063: "Lind vowed to “fight for every classroom.”" => [("fight for every classroom.", P, "Lind")];
    cue064: "Pruitt warned of “a summer of empty shelves” if the strike went on." => [("a summer of empty shelves", P, "Pruitt")];
    cue065: "The governor branded the protesters “outside agitators.”" => [("outside agitators.", P, "the governor")];
    cue066: "Vale dismissed the report as “fiction with footnotes.”" => [("fiction with footnotes.", P, "Vale")];
    cue067: "Tibbs praised the volunteers as “the backbone of this town.”" => [("the backbone of this town.", P, "Tibbs")];
    cue068: "Quist characterized the deal as “a win for nobody.”" => [("a win for nobody.", P, "Quist")];
    cue069: "Norris termed the company’s offer “insulting.”" => [("insulting.", P, "Norris")];
    cue070: "Dunn slammed the ruling as “a gift to polluters.”" => [("a gift to polluters.", P, "Dunn")];
    cue071: "Rep. Ada Lin likened the hearing to “a trial without a defense.”" => [("a trial without a defense.", P, "Ada Lin")];
    cue072: "Pruitt hailed the verdict as “long overdue.”" => [("long overdue.", P, "Pruitt")];
    cue073: "Blyth promised “a full accounting” by the end of the month." => [("a full accounting", P, "Blyth")];
    cue074: "Lind derided the plan as “a rerun of 2019,” and left the room." => [("a rerun of 2019,", P, "Lind")];
    cue075: "The mayor blasted what she called “a smear campaign” by her rivals." => [("a smear campaign", P, "the mayor")];
    cue076: "Vale, who called the merger “a done deal” last month, now says it may collapse." => [("a done deal", P, "Vale")];
    cue077: "Calling the ruling “a betrayal,” Norris said the union would appeal." => [("a betrayal,", P, "Norris")];
    cue078: "Quist is calling the shutdown “entirely avoidable.”" => [("entirely avoidable.", P, "Quist")];
    cue079: "Dunn recently described the practice as “legalized theft,” saying it costs families “thousands a year.”" => [("legalized theft,", P, "Dunn"), ("thousands a year.", P, "Dunn")];
    cue080: "Tibbs accused her rival of “playing games with people’s water” and demanded an apology." => [("playing games with people’s water", P, "Tibbs")];
    cue081: "Dunn is promising to build “a better bridge” by 2030." => [("a better bridge", P, "Dunn")];
    cue082: "Vale implied the board was “asleep” during the floods." => [("asleep", P, "Vale")];
    cue083: "Tibbs likened the levy to a “slow leak” in the town’s budget." => [("slow leak", P, "Tibbs")];
    cue084: "Okafor issued a report charging the agency with “neglect” and waste." => [("neglect", P, "Okafor")];
    cue085: "Reyes portrayed the deal as a “giveaway” to developers." => [("giveaway", P, "Reyes")];
    cue086: "Brandt denounced the “reckless” cuts at a rally." => [("reckless", P, "Brandt")];
    cue087: "The board’s “timid” plan will fail, Ortega said Tuesday in Millbrook." => [("timid", P, "Ortega")];
    cue088: "The levy is “a tax on hope,” Dunn said at a rally in Ferris on Friday." => [("a tax on hope,", P, "Dunn")];
    cue089: "Campaign promises of “change” were everywhere, and voters were tired." => [("change", S, "")];
    cue090: "“We needed that bill,” Rep. Lena Toomey fumed on Tuesday." => [("We needed that bill,", D, "Lena Toomey")];
    cue091: "The race “is a dead heat right now,” as Ortega said on Monday, and every vote counts." => [("is a dead heat right now,", P, "Ortega")];
    cue092: "“Our method works because we call real voters,” Dale Braynard is quoted as saying." => [("Our method works because we call real voters,", D, "Dale Braynard")];
    cue093: "The hearing was so calm that Mayor Joan Tibbs was prompted to say, “I cannot believe how civil this is.”" => [("I cannot believe how civil this is.", D, "Joan Tibbs")];
    cue094: "The fact-checkers at CheckIt ruled that the mayor’s claim was “true,” with caveats." => [("true,", P, "CheckIt")];
    cue095: "CheckIt rated the claim “mostly false” on Friday." => [("mostly false", P, "CheckIt")];
    cue096: "Okafor exhorted members to “vote your conscience” and sat down." => [("vote your conscience", P, "Okafor")];
    cue097: "The rated capacity was “low” all year." => [("low", S, "")];
    cue098: "Senate leader Harold Reyes has been pounding the mayor as a “con artist” for months." => [("con artist", P, "Harold Reyes")];
    cue099: "Councilwoman Dana Ortiz openly admires the governor as a “steady hand,” and says so." => [("steady hand,", P, "Dana Ortiz")];
    cue100: "Dana Ortiz is known as the “iron lady” of the council." => [("iron lady", S, "")];
    cue101: "Dana Ortiz backed towns such as “Little Falls” and Ferris." => [("Little Falls", X, "")];
    cue102: "“What game is he playing?” reacted Councilman Otis Greer." => [("What game is he playing?", D, "Otis Greer")];
    cue103: "Vale referenced an audit that found “serious lapses” in the depot." => [("serious lapses", P, "Vale")];

    // --- The speaker phrase: roles, organisations and titles before the name ---
    who001: "“The roads are a disgrace,” said Democratic state Sen. Mara Quist." => [("The roads are a disgrace,", D, "Mara Quist")];
    who002: "“We need more deputies,” Harlow County Sheriff Dale Pruitt said." => [("We need more deputies,", D, "Dale Pruitt")];
    who003: "“Our kids deserve better,” said Ellis Park Elementary principal Joan Tibbs." => [("Our kids deserve better,", D, "Joan Tibbs")];
    who004: "“The recall is voluntary,” Acme Foods spokesman Leo Barr said in a statement." => [("The recall is voluntary,", D, "Leo Barr")];
    who005: "“I warned them in 2019,” former Gov. Lyle Banner told reporters." => [("I warned them in 2019,", D, "Lyle Banner")];
    who006: "“The case is closed,” said U.S. Attorney Celia Frost." => [("The case is closed,", D, "Celia Frost")];
    who007: "“We pray for the families,” said the Rev. Amos Whitley, pastor of Grace Chapel." => [("We pray for the families,", D, "Amos Whitley")];
    who008: "“It’s a start,” said Del. Nora Pike." => [("It’s a start,", D, "Nora Pike")];
    who009: "“We are investigating,” said Lt. Sam Cordero of the Harlow police." => [("We are investigating,", D, "Sam Cordero")];
    who010: "“The session is over,” said House Majority Leader Bea Holm." => [("The session is over,", D, "Bea Holm")];
    who011: "“The ballots were counted twice,” said county elections director Pat Gruber." => [("The ballots were counted twice,", D, "Pat Gruber")];
    who012: "“We are not leaving,” Harlow Tenants Union organizer Dev Rao said." => [("We are not leaving,", D, "Dev Rao")];
    who013: "“I never saw the memo,” Mr. Pruitt said." => [("I never saw the memo,", D, "Pruitt")];
    who014: "“The fix is simple,” says Dr. Hana Sato." => [("The fix is simple,", D, "Hana Sato")];
    who015: "“We serve 300 families a week,” said Sister Agnes Moyo, who directs the food pantry." => [("We serve 300 families a week,", D, "Agnes Moyo")];
    who016: "“The ruling stands,” Chief Justice Mira Solt wrote for the majority." => [("The ruling stands,", D, "Mira Solt")];
    who017: "“This is the safest year on record,” Fire Chief Ana Duval said, citing the county’s figures." => [("This is the safest year on record,", D, "Ana Duval")];
    who018: "“We will appeal,” said Dunn’s lawyer, Maya Frey." => [("We will appeal,", D, "Maya Frey")];
    who019: "“He was a good boy,” the victim’s mother, Rosa Lind, said." => [("He was a good boy,", D, "Rosa Lind")];
    who020: "“We will rebuild,” said Ms. Ilse, the owner." => [("We will rebuild,", D, "Ilse")];
    who072: "The vote is close. “We have the numbers,” one senior Democrat said. “We do not,” a longtime Iowan said on Monday." => [("We have the numbers,", D, "one senior Democrat"), ("We do not,", D, "a longtime Iowan")];
    who073: "“I am staying,” an angry Quist said." => [("I am staying,", D, "Quist")];
    who074: "“She taught half the town to swim,” another friend, Mara Ellis told the Gazette." => [("She taught half the town to swim,", D, "Mara Ellis")];
    who075: "As The Harbor Gazette reported, the firm “paid nothing” in taxes. “No comment,” The Ledger reported." => [("paid nothing", P, "The Harbor Gazette"), ("No comment,", D, "The Ledger")];
    who076: "Facing pressure from the council, Mayor Tibbs released a statement, insisting that the audit had “no merit.”" => [("no merit.", P, "Tibbs")];
    who077: "Back in 1999, Quist praised the plan, telling the Gazette: “It is the best idea in years.”" => [("It is the best idea in years.", D, "Quist")];
    who078: "Early in the race, Pruitt attacked Quist, calling him “a spent force.”" => [("a spent force.", P, "Pruitt")];
    who079: "Manning, the coach, said the team was “ready.”" => [("ready.", P, "Manning")];
    who080: "Pastor Ruth Abara told the congregation that the vote was “a test of faith.”" => [("a test of faith.", P, "Ruth Abara")];
    who081: "Billionaire Lyle Banner praised the mayor. “She is doing fine,” Banner said." => [("She is doing fine,", D, "Lyle Banner")];
    // --- Party and state designations ---
    who021: "“This bill is a lifeline,” Rep. Juana Ortiz (D-N.M.) said Wednesday." => [("This bill is a lifeline,", D, "Juana Ortiz")];
    who022: "“We will not fund it,” Sen. Holt Barrow, R-Ky., told reporters on Thursday." => [("We will not fund it,", D, "Holt Barrow")];
    who023: "“We have waited long enough,” said Sen. Lyle Haskins, Democrat of Maine." => [("We have waited long enough,", D, "Lyle Haskins")];
    who024: "“Nobody asked us,” Rep. Ada Lin, a Democrat from Queens, said at a news conference." => [("Nobody asked us,", D, "Ada Lin")];
    who025: "“This is a tax hike,” said Rep. Carl Vance (R), who represents the district." => [("This is a tax hike,", D, "Carl Vance")];
    who026: "“We need a new plan,” said Senate Minority Leader Dale Kerr of Ohio." => [("We need a new plan,", D, "Dale Kerr")];
    who027: "Sen. Walt Pryor (R-Neb.) said Tuesday that the bill was “going nowhere.”" => [("going nowhere.", P, "Walt Pryor")];
    who028: "Rep. Bea Holm, R-Okla., called the proposal “a nonstarter.”" => [("a nonstarter.", P, "Bea Holm")];
    who029: "“The audit is done,” said state Auditor Ken Olafsen, a Republican." => [("The audit is done,", D, "Ken Olafsen")];
    who030: "“I will vote no,” Sen. Ida Marr, D-Vt., said in a floor speech." => [("I will vote no,", D, "Ida Marr")];
    // --- Ages, hometowns, long appositives and relative clauses ---
    who031: "“The clinic saved my life,” said Ben Orley, 62, a retired welder from Dayton." => [("The clinic saved my life,", D, "Ben Orley")];
    who032: "“We drove four hours to be here,” Marta Ilse, 34, of Fort Wayne, Ind., said Saturday." => [("We drove four hours to be here,", D, "Marta Ilse")];
    who033: "“Business has never been worse,” said Cora Blyth, who has run the diner on Main Street since 1987 and who, like most of her neighbors, voted for the bypass." => [("Business has never been worse,", D, "Cora Blyth")];
    who034: "“The data were never shared with us,” Hana Sato, an epidemiologist at the state health department who led the review of the outbreak, said in an interview." => [("The data were never shared with us,", D, "Hana Sato")];
    who035: "“We had no warning,” said Tom Reyes, whose farm sits on the river." => [("We had no warning,", D, "Tom Reyes")];
    who036: "“Prices will fall,” said Gwen Achebe, chief economist at Harbor Bank." => [("Prices will fall,", D, "Gwen Achebe")];
    who037: "Ben Orley, a 62-year-old retired welder whose pension was cut in half when the plant closed in 2015, said the deal was “too little, too late.”" => [("too little, too late.", P, "Ben Orley")];
    who038: "Hana Sato, who leads the review, which began in March after three children fell ill, said the findings were “alarming.”" => [("alarming.", P, "Hana Sato")];
    who039: "“I have three jobs,” said Luz Ferro, 29, a mother of two from Harlow who works nights at the hospital, days at a bakery and weekends at a gas station." => [("I have three jobs,", D, "Luz Ferro")];
    who040: "“We were here first,” Omar Quade, 71, said." => [("We were here first,", D, "Omar Quade")];
    // --- Time words are never the speaker ---
    who041: "“It will pass,” Gov. Ruth Abara said Tuesday." => [("It will pass,", D, "Ruth Abara")];
    who042: "“It will pass,” said Gov. Ruth Abara on Tuesday." => [("It will pass,", D, "Ruth Abara")];
    who043: "“The vote stands,” Quist said late Friday." => [("The vote stands,", D, "Quist")];
    who044: "On Monday, Pruitt said the jail was “at capacity.”" => [("at capacity.", P, "Pruitt")];
    who045: "“We will know more,” Vale said Thursday, adding that the search would resume at dawn." => [("We will know more,", D, "Vale")];
    who046: "Late Tuesday, Mayor Joan Tibbs said the city would “find the money somewhere.”" => [("find the money somewhere.", P, "Joan Tibbs")];
    who047: "“Friday is the deadline,” Tibbs said Friday." => [("Friday is the deadline,", D, "Tibbs")];
    who048: "“We are done,” Norris said on Monday night." => [("We are done,", D, "Norris")];
    who049: "Wednesday morning, the governor said the roads were “passable but dangerous.”" => [("passable but dangerous.", P, "the governor")];
    who050: "“The storm is moving east,” forecaster Pat Gruber said Thursday night." => [("The storm is moving east,", D, "Pat Gruber")];
    // --- The subject of the verb of saying is not the first noun phrase ---
    who051: "In a letter to members on Friday, union president Gail Norris wrote that the offer was “an insult.”" => [("an insult.", P, "Gail Norris")];
    who052: "After the vote, a visibly shaken Quist told reporters she was “heartbroken.”" => [("heartbroken.", P, "Quist")];
    who053: "Standing outside the courthouse with her lawyers, Ella Marsh said she felt “vindicated.”" => [("vindicated.", P, "Ella Marsh")];
    who054: "Pruitt on Wednesday described the budget as “a house of cards.”" => [("a house of cards.", P, "Pruitt")];
    who055: "Lind, in a rare public rebuke, called the vote “a disgrace.”" => [("a disgrace.", P, "Lind")];
    who056: "With the cameras rolling and the gallery packed, Quist told the committee the agency had been “asleep for a decade.”" => [("asleep for a decade.", P, "Quist")];
    who057: "Months after the flood, Tom Reyes still describes the river as “a neighbor you can’t trust.”" => [("a neighbor you can’t trust.", P, "Tom Reyes")];
    who058: "Two days before the vote, in a speech to the Rotary Club, Gov. Ruth Abara said the levy was “the last chance to fix the roads.”" => [("the last chance to fix the roads.", P, "Ruth Abara")];
    who059: "For the first time since the strike began, the hospital’s chief executive, Dora Blum, said a deal was “within reach.”" => [("within reach.", P, "Dora Blum")];
    who060: "Under questioning from Quist, the transit director, Omar Quade, conceded that the buses were “years overdue” for repairs." => [("years overdue", P, "Omar Quade")];
    who061: "Trump emphasized the threat that “radical violence” poses, and the crowd cheered." => [("radical violence", P, "Trump")];
    who062: "Beck, who has in the past described the plan as “a swindle,” spoke first." => [("a swindle,", P, "Beck")];
    who063: "The State Department less than two weeks ago said that “top secret” emails were found." => [("top secret", P, "State Department")];
    who064: "Nance said she wants Ortega to explain his stance, but there is “no question” he leads." => [("no question", P, "Nance")];
    who065: "“It was his first stand,” said his oldest friend at Dunmore, Bruce Tally, who agreed." => [("It was his first stand,", D, "Bruce Tally")];
    who066: "“There will be a term with eight judges,” said another leading appellate lawyer, Andrew J. Pine of the firm Mayer Dunn." => [("There will be a term with eight judges,", D, "Andrew J. Pine")];
    who067: "Tuition will rise, Kantor said.\n\n\"It is an expensive model,\" said Will Doyle, a professor of education. \"The biggest cost is staff.\"" => [("It is an expensive model,", D, "Will Doyle"), ("The biggest cost is staff.", D, "Will Doyle")];
    who068: "“Would you deport them?” Hannity pressed. “Some of them,” Ortega said." => [("Would you deport them?", D, "Hannity"), ("Some of them,", D, "Ortega")];
    who069: "“France will always be France,” an angry Hollande retaliated." => [("France will always be France,", D, "Hollande")];
    who070: "“He never came back,” his friend Idris Saleh told the website." => [("He never came back,", D, "Idris Saleh")];
    who071: "“Wages are flat,” the economist Jared Bern, a former adviser to the governor, wrote." => [("Wages are flat,", D, "Jared Bern")];
    same027: "Gov. Ada Marsh, the Democrat, spoke first. “It is hers to lose,” said one Ferris County Democrat." => [("It is hers to lose,", D, "Ferris County Democrat")];

    // --- Attribution by punctuation: dash signatures ---
    punct001: "“Keep your head up and your stick on the ice.” — Coach Rita Bell" => [("Keep your head up and your stick on the ice.", D, "Rita Bell")];
    punct002: "“The county will not back down.” -Commissioner Iva Hart" => [("The county will not back down.", D, "Iva Hart")];
    punct003: "“We are watching every vote.”\n\n– Sen. Ada Lin (D-N.Y.)" => [("We are watching every vote.", D, "Ada Lin")];
    punct004: "“The library is the last free room in town.” ― Nell Ambrose, librarian" => [("The library is the last free room in town.", D, "Nell Ambrose")];
    punct005: "“We are not done yet.” — Gov. Ruth Abara (@GovAbara) March 3, 2024" => [("We are not done yet.", D, "Ruth Abara")];
    punct006: "“We were never told.” —Ella Marsh, 41, of Dayton" => [("We were never told.", D, "Ella Marsh")];
    punct007: "“Our riders deserve better.” – Omar Quade, Harlow Transit director" => [("Our riders deserve better.", D, "Omar Quade")];
    // --- Transcript labels and name-colon ---
    punct008: "Partial transcript of the debate:\n\n\"MODERATOR: Mayor, will you raise taxes?\n\n\"TIBBS: No. Not this year and not next year.\n\n\"MODERATOR: And after that?\n\n\"TIBBS: Ask me then.\"" => [("Mayor, will you raise taxes?", D, "MODERATOR"), ("No. Not this year and not next year.", D, "TIBBS"), ("And after that?", D, "MODERATOR"), ("Ask me then.", D, "TIBBS")];
    punct009: "Sen. Ada Lin (D-N.Y.): “Where did the money go?”" => [("Where did the money go?", D, "Ada Lin")];
    punct010: "Coach Rita Bell: “We earned this one.”" => [("We earned this one.", D, "Rita Bell")];
    punct011: "Rep. Carl Vance (R-Ohio): “I have questions about the timeline.”\n\nRep. Ada Lin (D-N.Y.): “So do I.”" => [("I have questions about the timeline.", D, "Carl Vance"), ("So do I.", D, "Ada Lin")];
    punct012: "STRIKE ENDS AFTER 40 DAYS — Gail Norris: “Our members held the line.”" => [("Our members held the line.", D, "Gail Norris")];
    punct013: "Tibbs: ‘We will find the money’\n\nThe mayor spoke to reporters on Tuesday." => [("We will find the money", D, "Tibbs")];
    punct028: "POLLS MISSED IT\n\nTurnout ran higher than the polls showed - Ann Selzer: “We saw it coming.” [Gazette.]" => [("We saw it coming.", D, "Ann Selzer")];
    punct014: "We spoke with Sen. Walt Pryor on Monday.\n\nQ: What do you tell voters?\n\nPRYOR: I tell them, “Read the bill.”" => [("Read the bill.", D, "Walt Pryor")];
    punct015: "KATE ELLIS, HOST: The governor told us this morning, “We will not ration water.”\n\nELLIS: That was before the reservoir report came out." => [("We will not ration water.", D, "the governor")];
    punct016: "ELLIS: What did the foreman tell you?\n\nVALE: He said, “Go home, there’s no work today.”" => [("Go home, there’s no work today.", D, "the foreman")];
    // --- Introductions ending in a colon ---
    punct017: "Pruitt put it bluntly: “The jail is full.”" => [("The jail is full.", D, "Pruitt")];
    punct018: "Tibbs issued a statement late Tuesday:\n\n“The city will honor every contract it has signed.”" => [("The city will honor every contract it has signed.", D, "Tibbs")];
    punct019: "And from Chairwoman Lise Rosen:\n\n“The committee will not be rushed.”" => [("The committee will not be rushed.", D, "Lise Rosen")];
    punct020: "The superintendent’s message to parents was short: “Schools will open on time.”" => [("Schools will open on time.", D, "the superintendent")];
    punct021: "Mayor Joan Tibbs was asked whether she would sign the bill. Her answer: “Not a chance.”" => [("Not a chance.", D, "Joan Tibbs")];
    punct022: "Dunn wrote on Facebook:\n\n“I have served this town for 20 years.\n\n“I will not be bullied out of office.”" => [("I have served this town for 20 years.", D, "Dunn"), ("I will not be bullied out of office.", D, "Dunn")];
    punct023: "Asked about the delays, the transit director, Omar Quade, offered only this: “We are working on it.”" => [("We are working on it.", D, "Omar Quade")];
    punct024: "Gov. Ruth Abara spoke at the commencement. Her message to the graduates: “Stay curious.”" => [("Stay curious.", D, "Ruth Abara")];
    punct025: "The governor, in a written statement:\n\n“The state stands with Harlow.”" => [("The state stands with Harlow.", D, "the governor")];
    punct026: "Norris had one demand for the company: “Open the books.”" => [("Open the books.", D, "Norris")];
    punct027: "Sheriff Dale Pruitt addressed the families directly on Sunday:\n\n“We will not stop looking. Not tonight, not tomorrow.”" => [("We will not stop looking. Not tonight, not tomorrow.", D, "Dale Pruitt")];

    // --- Discourse: a quotation paragraph with no cue follows on ---
    disc001: "Cora Blyth has run the diner since 1987.\n\n“The road has been closed since March. Half my regulars can’t get here.”" => [("The road has been closed since March. Half my regulars can’t get here.", D, "Cora Blyth")];
    disc002: "“We are tired of waiting,” said Cora Blyth, who runs a diner on Main Street.\n\n“The road has been closed since March.”" => [("We are tired of waiting,", D, "Cora Blyth"), ("The road has been closed since March.", D, "Cora Blyth")];
    disc003: "“We are tired of waiting,” said Cora Blyth.\n\nCity engineer Ron Vale said the repairs would take until fall.\n\n“We found more damage than we expected.”" => [("We are tired of waiting,", D, "Cora Blyth"), ("We found more damage than we expected.", D, "Ron Vale")];
    disc004: "Lind said the board had no choice.\n\n“We have cut everything we can cut. There is nothing left.”\n\nThe board meets again in May." => [("We have cut everything we can cut. There is nothing left.", D, "Lind")];
    disc005: "“We will not sell,” said Nadia Voss, the owner.\n\nVoss said she had turned down three offers this year.\n\n“This store is my family’s history.”" => [("We will not sell,", D, "Nadia Voss"), ("This store is my family’s history.", D, "Nadia Voss")];
    disc006: "“We expect approval by June,” Mayor Joan Tibbs said.\n\nRon Vale, who owns the hardware store across the street, has a different view.\n\n“June? They said that last year.”" => [("We expect approval by June,", D, "Joan Tibbs"), ("June? They said that last year.", D, "Ron Vale")];
    disc007: "Lind said the district had “no money left.” “We have cut everything we can cut.”" => [("no money left.", P, "Lind"), ("We have cut everything we can cut.", D, "Lind")];
    disc008: "“We tried everything.” Tibbs paused. “Nothing worked,” she said." => [("We tried everything.", D, "Tibbs"), ("Nothing worked,", D, "Tibbs")];
    disc009: "“It is over. We lost.” Those were the words of Coach Rita Bell after the game." => [("It is over. We lost.", D, "Rita Bell")];
    // --- A cue in the same sentence outranks a nearer one in another sentence ---
    disc010: "“We tried,” Quist said. “Nobody listened, and now the money is gone and the families who depended on it are left with nothing,” Pruitt added." => [("We tried,", D, "Quist"), ("Nobody listened, and now the money is gone and the families who depended on it are left with nothing,", D, "Pruitt")];
    disc011: "“We expected more,” Tibbs said. “So did we,” added Pruitt." => [("We expected more,", D, "Tibbs"), ("So did we,", D, "Pruitt")];
    disc012: "Tibbs said nothing. But the report, Pruitt argued at a hearing that stretched late into the evening, was “a work of fiction.”" => [("a work of fiction.", P, "Pruitt")];
    disc013: "“The votes are there,” Quist said. Pruitt, however, told reporters the bill was “short by at least four.”" => [("The votes are there,", D, "Quist"), ("short by at least four.", P, "Pruitt")];
    disc014: "Quist and Pruitt met on Monday. Pruitt said afterwards that the talks had been “cordial.” “We will meet again,” Quist said." => [("cordial.", P, "Pruitt"), ("We will meet again,", D, "Quist")];
    disc015: "Pruitt spoke to reporters for an hour. “The jail is full,” said Deputy Chief Ana Duval, who stood beside him." => [("The jail is full,", D, "Ana Duval")];
    disc016: "“We are ready,” Tibbs said. “The crews are in place.” Pruitt was less sure. “We will see,” he said." => [("We are ready,", D, "Tibbs"), ("The crews are in place.", D, "Tibbs"), ("We will see,", D, "Pruitt")];
    disc017: "“There is no plan B,” Tibbs told the council, which voted 5-2 against her a week later." => [("There is no plan B,", D, "Tibbs")];
    disc018: "The decision, Lind said, was “not made lightly.”" => [("not made lightly.", P, "Lind")];
    disc031: "Quist called the ruling “reckless.” Ann Pruitt, the county’s lawyer, warned on Friday that an appeal would follow." => [("reckless.", P, "Quist")];
    disc032: "“The budget is final.” Ann Pruitt, the county’s lawyer, said Friday that an appeal would follow." => [("The budget is final.", D, "")];
    disc033: "Her backing will carry “a great deal of weight” and bring “real firepower” to the race, party spokesman Neil Sroka said." => [("a great deal of weight", P, "Neil Sroka"), ("real firepower", P, "Neil Sroka")];
    // --- According to ---
    disc019: "According to union president Gail Norris, the offer was “an insult to every worker here.”" => [("an insult to every worker here.", P, "Gail Norris")];
    disc020: "The plant will close in June, according to Leo Barr, a company spokesman, who called the decision “painful but necessary.”" => [("painful but necessary.", P, "Leo Barr")];
    disc021: "“Nothing was hidden,” according to Pat Gruber, the county elections director." => [("Nothing was hidden,", D, "Pat Gruber")];
    disc022: "The deal, according to two people briefed on the talks, is “all but done.”" => [("all but done.", P, "two people")];
    disc023: "According to Sheriff Dale Pruitt, the suspect was “known to every deputy in the county.”" => [("known to every deputy in the county.", P, "Dale Pruitt")];
    // --- A quotation inside reported speech belongs to the reporting subject ---
    disc024: "Pruitt said the deputies had been told the cuts were “temporary.”" => [("temporary.", P, "Pruitt")];
    disc025: "Tibbs said her opponent’s plan would leave the city “broke by Christmas.”" => [("broke by Christmas.", P, "Tibbs")];
    disc026: "Norris said the company’s lawyers had been “stalling for months.”" => [("stalling for months.", P, "Norris")];
    disc027: "Quist told reporters that the governor’s budget office was “cooking the books” and that the treasurer knew it." => [("cooking the books", P, "Quist")];
    disc028: "Residents say the smell is “unbearable” on hot days." => [("unbearable", P, "residents")];
    disc029: "Vale said the county’s engineers believed the dam was “sound,” but that he had his doubts." => [("sound,", P, "Vale")];
    // Outlets that break paragraphs with one line break: a cue on the next line
    // opens that line's own quotation.
    disc030: "Sen. Ada Perdue said she was fine.\n“It is not what worked,” she said. “What works is jobs.”\nCampaign aide Jon Miller added, “We are strong.”" => [("It is not what worked,", D, "Ada Perdue"), ("What works is jobs.", D, "Ada Perdue"), ("We are strong.", D, "Jon Miller")];

    // --- Pronouns: the most salient person that fits ---
    pron001: "Ms. Tibbs and Mr. Pruitt met on Monday. “We found common ground,” she said." => [("We found common ground,", D, "Tibbs")];
    pron002: "Ella Marsh and Tom Vale ran against each other twice. “It was a clean race both times,” he said." => [("It was a clean race both times,", D, "Tom Vale")];
    pron003: "Gov. Ruth Abara signed the bill after Sen. Tom Pell spoke in its favor. “This is a good day for Harlow,” she said." => [("This is a good day for Harlow,", D, "Ruth Abara")];
    pron004: "“We expect approval by June,” Mayor Joan Tibbs said.\n\nRon Vale, who owns the hardware store, stood up at the meeting. “They said that last year,” he said." => [("We expect approval by June,", D, "Joan Tibbs"), ("They said that last year,", D, "Ron Vale")];
    pron005: "Quist has served two terms. She chairs the finance committee. “The numbers are worse than last year,” she said." => [("The numbers are worse than last year,", D, "Quist")];
    pron006: "Pruitt lost his seat in 2020. Quist kept hers. “It was luck,” she said." => [("It was luck,", D, "Quist")];
    pron007: "Sen. Walt Pryor met with Gov. Lyle Banner on Tuesday. “We agreed on nothing,” he said." => [("We agreed on nothing,", D, "Walt Pryor")];
    pron008: "Rep. Ada Lin toured the flooded school. She told reporters the damage was “worse than anything I have seen.”" => [("worse than anything I have seen.", P, "Ada Lin")];
    pron009: "“The levee held,” said Sheriff Dale Pruitt.\n\nHana Sato, the county’s emergency manager, was less certain. “We got lucky,” she said." => [("The levee held,", D, "Dale Pruitt"), ("We got lucky,", D, "Hana Sato")];
    pron010: "“We got lucky,” said Hana Sato. Her deputy, Omar Quade, agreed. “Very lucky,” he said." => [("We got lucky,", D, "Hana Sato"), ("Very lucky,", D, "Omar Quade")];
    pron011: "Carol Dunn hired Mark Reyes as her campaign manager. “He was the best in the state,” she said." => [("He was the best in the state,", D, "Carol Dunn")];
    pron012: "Mark Reyes managed Carol Dunn’s campaign. “She never once asked me to cut corners,” he said." => [("She never once asked me to cut corners,", D, "Mark Reyes")];
    pron013: "The loudest applause went to Nadia Voss, a nurse at Harlow General. “We are not asking for much,” she said." => [("We are not asking for much,", D, "Nadia Voss")];
    pron014: "Mayor Joan Tibbs opened the hearing. The mayor said little at first. “I want to hear from you,” she said." => [("I want to hear from you,", D, "Joan Tibbs")];
    pron015: "Jordan Ellery has led the shelter since 2018. “We turn people away every night,” he said." => [("We turn people away every night,", D, "Jordan Ellery")];
    pron016: "Mrs. Ilse has lived on Cedar Street for 40 years. “I know every tree on this block,” she said." => [("I know every tree on this block,", D, "Ilse")];
    pron017: "Tom Vale, a farmer, watched the water rise. “First the barn,” he said, “then the house.”" => [("First the barn,", D, "Tom Vale"), ("then the house.", D, "Tom Vale")];
    pron018: "“We have sandbags,” Pruitt said.\n\nHana Sato said the county needed more.\n\n“It won’t be enough,” she said. “Not this time.”" => [("We have sandbags,", D, "Pruitt"), ("It won’t be enough,", D, "Hana Sato"), ("Not this time.", D, "Hana Sato")];
    pron019: "Ron Vale spoke after a long meeting with the mayor, Joan Tibbs, and her aide, Leo Barr. “We made progress,” he said." => [("We made progress,", D, "Ron Vale")];
    pron020: "Pruitt, a Navy veteran, spoke last. He said: “I will not vote for a budget that cuts the VA clinic.”" => [("I will not vote for a budget that cuts the VA clinic.", D, "Pruitt")];
    pron021: "Hana Sato has spent 20 years tracking outbreaks.\n\n“This one is different,” she said." => [("This one is different,", D, "Hana Sato")];
    pron022: "“We need volunteers,” said Nadia Voss. “And we need them now,” she added." => [("We need volunteers,", D, "Nadia Voss"), ("And we need them now,", D, "Nadia Voss")];
    pron023: "“Tom Pell called me at midnight,” Walt Pryor said. “He was furious,” he added." => [("Tom Pell called me at midnight,", D, "Walt Pryor"), ("He was furious,", D, "Walt Pryor")];
    pron024: "Sen. Mara Quist questioned the chief, Dale Pruitt, for an hour. “He had no answers,” she said afterwards." => [("He had no answers,", D, "Mara Quist")];
    // they: groups
    pron025: "The nurses walked off the job on Friday. “We had no choice,” they said." => [("We had no choice,", D, "the nurses")];
    pron026: "Protesters blocked the bridge for an hour. “We will be back tomorrow,” they said." => [("We will be back tomorrow,", D, "protesters")];
    pron027: "County officials said the roads would reopen Friday. “Crews are working around the clock,” they said." => [("Crews are working around the clock,", D, "county officials")];
    // no fitting candidate: no speaker
    pron028: "The report landed on Monday. “It is worse than we feared,” she said." => [("It is worse than we feared,", D, "")];
    pron029: "Mr. Pruitt spoke first. “I disagree with all of it,” she said." => [("I disagree with all of it,", D, "")];
    pron030: "Hana Sato left the podium without taking questions. “That is all for today,” he said." => [("That is all for today,", D, "")];
    pron031: "The bridge has been closed since March. “They keep promising,” he said." => [("They keep promising,", D, "")];

    // --- One person, one speaker ---
    same001: "Mayor Joan Tibbs opened the meeting at 7.\n\n“We have a lot to get through,” the mayor said." => [("We have a lot to get through,", D, "Joan Tibbs")];
    same002: "Spokeswoman Tessa Marlowe declined to give figures.\n\n“We do not comment on pending contracts,” the spokeswoman said." => [("We do not comment on pending contracts,", D, "Tessa Marlowe")];
    same003: "Sheriff Dale Pruitt said the search would continue.\n\n“We will find her,” the sheriff told reporters." => [("We will find her,", D, "Dale Pruitt")];
    same004: "Leo Barr, a spokesman for Acme Foods, confirmed the recall.\n\n“All affected products have been pulled,” the spokesman said." => [("All affected products have been pulled,", D, "Leo Barr")];
    same005: "Sen. Walt Pryor, R-Neb., opposed the bill. “It spends money we do not have,” the Nebraska Republican said." => [("It spends money we do not have,", D, "Walt Pryor")];
    same006: "Sen. Ada Lin and Mayor Joan Tibbs toured the site. “The state will help,” the senator said. “The city will too,” the mayor said." => [("The state will help,", D, "Ada Lin"), ("The city will too,", D, "Joan Tibbs")];
    same007: "“We are closing the plant,” said Acme chief executive Dora Blum.\n\nBlum said the decision was “final.”" => [("We are closing the plant,", D, "Dora Blum"), ("final.", P, "Dora Blum")];
    same008: "Lena Ortiz, the parks director, toured the trail.\n\n“It will take a year,” Ortiz said." => [("It will take a year,", D, "Lena Ortiz")];
    same009: "Dr. Hana Sato leads the review. “The findings are preliminary,” Dr. Sato said." => [("The findings are preliminary,", D, "Hana Sato")];
    same010: "“We will fight,” Quist said.\n\nSen. Mara Quist, a Democrat, has led the opposition." => [("We will fight,", D, "Mara Quist")];
    same011: "“The money is there,” said John T. Abbott.\n\n“We checked twice,” Abbott said." => [("The money is there,", D, "John T. Abbott"), ("We checked twice,", D, "John T. Abbott")];
    same012: "Nadia Voss, 29, lost her job in May. “I cried for a week,” Nadia says." => [("I cried for a week,", D, "Nadia Voss")];
    // given-name variants and nicknames
    same013: "Raymond Voss founded the company in 1990. “We started in a garage,” Ray Voss said." => [("We started in a garage,", D, "Raymond Voss")];
    same014: "Robert Kline runs the county fair. “We sold out again,” said Bob Kline." => [("We sold out again,", D, "Robert Kline")];
    same015: "William Ashby has coached for 30 years. “I am not done,” Bill Ashby said." => [("I am not done,", D, "William Ashby")];
    same016: "Katherine Mull heads the union. “We want a contract,” Kate Mull said." => [("We want a contract,", D, "Katherine Mull")];
    same017: "“We filed the suit this morning,” said Elizabeth Carver, the state attorney general. “They left us no choice,” Liz Carver added." => [("We filed the suit this morning,", D, "Elizabeth Carver"), ("They left us no choice,", D, "Elizabeth Carver")];
    same018: "“It is a good deal,” said James Orr. Jim Orr, the union’s treasurer, has backed it from the start. “It pays for itself,” Orr said." => [("It is a good deal,", D, "James Orr"), ("It pays for itself,", D, "James Orr")];
    same019: "Richard Hale chairs the board. “We will vote in June,” Dick Hale said." => [("We will vote in June,", D, "Richard Hale")];
    // Mr. and Ms. join the full name
    same020: "“We never saw the bill,” said Harold Quint, a retired teacher.\n\n“Nobody did,” Mr. Quint added." => [("We never saw the bill,", D, "Harold Quint"), ("Nobody did,", D, "Harold Quint")];
    same021: "Mark Dunn and his sister, Carol Dunn, both ran for council.\n\n“I won,” Mr. Dunn said.\n\n“He won by nine votes,” Ms. Dunn said." => [("I won,", D, "Mark Dunn"), ("He won by nine votes,", D, "Carol Dunn")];
    same022: "Tom Reyes and his wife, Lena Reyes, have farmed the land for 30 years.\n\n“We will not sell,” Mrs. Reyes said." => [("We will not sell,", D, "Lena Reyes")];
    // different people who share a surname stay apart
    same023: "Mark Dunn and his sister, Carol Dunn, both ran for council. “It was a family affair,” Mark Dunn said. “Mostly a family argument,” Carol Dunn said." => [("It was a family affair,", D, "Mark Dunn"), ("Mostly a family argument,", D, "Carol Dunn")];
    same024: "Tom Reyes and Lena Reyes have farmed the land for 30 years. “We will not sell,” Tom Reyes said. “Not ever,” Lena Reyes added." => [("We will not sell,", D, "Tom Reyes"), ("Not ever,", D, "Lena Reyes")];
    same025: "Gov. Lyle Banner spoke first. His son, Eli Banner, followed.\n\n“My father taught me to listen,” Eli Banner said.\n\n“He listens better than I do,” the governor said." => [("My father taught me to listen,", D, "Eli Banner"), ("He listens better than I do,", D, "Lyle Banner")];
    same026: "“I taught her everything,” said Hector Ortiz, the father of parks director Lena Ortiz.\n\n“He taught me to fish,” Lena Ortiz said." => [("I taught her everything,", D, "Hector Ortiz"), ("He taught me to fish,", D, "Lena Ortiz")];
    same030: "Rep. Robert C. “Bobby” Scott opened his home to guests.\n\n“I have raised all I need,” Scott said." => [("Bobby", S, ""), ("I have raised all I need,", D, "Robert C. “Bobby” Scott")];
    same031: "“We won,” said Dwayne “The Rock” Johnson. “Now we rest,” Johnson added." => [("We won,", D, "Dwayne “The Rock” Johnson"), ("The Rock", S, ""), ("Now we rest,", D, "Dwayne “The Rock” Johnson")];
    same032: "Sen. Mary “Molly” Dunn spoke first. “It passed,” she said." => [("Molly", S, ""), ("It passed,", D, "Mary “Molly” Dunn")];

    // --- Not speech: titles of works and programmes ---
    nots001: "“We will win this,” Tibbs said on KLVN’s “Morning Ledger” before a town hall." => [("We will win this,", D, "Tibbs"), ("Morning Ledger", T, "")];
    nots002: "The findings echo a 2021 report titled “Running Dry,” which Pruitt commissioned." => [("Running Dry,", T, "")];
    nots003: "She wrote about the flood in her memoir, “Lights Out in Harlow,” published last year." => [("Lights Out in Harlow,", T, "")];
    nots004: "The documentary “Salt and Stone” premieres on Friday." => [("Salt and Stone", T, "")];
    nots005: "“The levy is dead,” Quist told “Capitol Hour” host Ben Orley on Sunday." => [("The levy is dead,", D, "Quist"), ("Capitol Hour", T, "")];
    nots006: "The band closed with “Dust on the Dial,” and the crowd sang along." => [("Dust on the Dial,", T, "")];
    nots007: "The museum’s new exhibit, “Rivers of Glass,” opens in June." => [("Rivers of Glass,", T, "")];
    nots008: "“Harbor Nights” returns in the fall, the network said on Monday." => [("Harbor Nights", T, "")];
    nots009: "Carver said she reads “The Long Field” to her children every night." => [("The Long Field", T, "")];
    nots010: "Listen to the latest episode of “Off the Record” wherever you get podcasts." => [("Off the Record", T, "")];
    nots011: "Tibbs said the city had been portrayed unfairly in the film “Rust Town.”" => [("Rust Town.", T, "")];
    nots012: "Pruitt appeared on Channel 4’s “Sunday Sit-Down” to defend the budget." => [("Sunday Sit-Down", T, "")];
    nots013: "ELLIS: Welcome back to “Harbor Nightly.”\n\n(LAUGHTER)\n\nELLIS: I mean it." => [("Harbor Nightly.", T, "")];
    nots031: "Later that month the firm will publish “Harbor Lights,” a biography of the mayor written by Ann Lee." => [("Harbor Lights,", T, "")];
    nots032: "“The Long Count,” an HBO series that first aired in 1999, returns on cable." => [("The Long Count,", T, "")];
    nots033: "“We will rebuild,” Tibbs said. “Lights On,” which opens on Friday, tells the story of the flood." => [("We will rebuild,", D, "Tibbs"), ("Lights On,", T, "")];
    nots034: "“We shot it in Harlow,” Pruitt said of the remake of “Lights Out,” which opens on Friday." => [("We shot it in Harlow,", D, "Pruitt"), ("Lights Out,", T, "")];
    // headlines, kickers, link titles, labels and slogans
    nots014: "RELATED: \"Three things to know about the levy\"\n\nThe levy goes to voters in May." => [("Three things to know about the levy", X, "")];
    nots015: "WHAT WE’RE READING: “The last diner on Route 9,” by Nell Ambrose in the Harbor Gazette." => [("The last diner on Route 9,", X, "")];
    nots016: "‘Stop the Sprawl’ Signs Pop Up Across Harlow\n\nThe signs appeared overnight on Tuesday." => [("Stop the Sprawl", X, "")];
    nots017: "OPINION | “Harlow deserves a real library”\n\nBy Nell Ambrose" => [("Harlow deserves a real library", X, "")];
    nots018: "The “Clean Rivers Act” passed 61-38 on Thursday." => [("Clean Rivers Act", X, "")];
    // scare quotes, nicknames, words as words
    nots019: "The city’s “temporary” parking tax is now 30 years old." => [("temporary", S, "")];
    nots020: "Then came the matter of “optics.”" => [("optics.", S, "")];
    nots021: "The so-called “bridge to nowhere” is back in the budget." => [("bridge to nowhere", S, "")];
    nots022: "Harold “Hal” Quint announced his retirement on Friday." => [("Hal", S, "")];
    nots023: "The defensive end, known to fans as “the Wall,” signed a new contract." => [("the Wall,", S, "")];
    nots024: "The word “sanctuary” appears 14 times in the bill." => [("sanctuary", S, "")];
    nots025: "Residents have grown tired of the “improvements” on Route 9." => [("improvements", S, "")];
    nots026: "For the council, every cut was a “savings.”" => [("savings.", S, "")];
    // transcript stage directions
    nots027: "\"TIBBS: We will not raise taxes.\n\n\"(APPLAUSE.)\n\n\"TIBBS: Not this year.\"" => [("We will not raise taxes.", D, "TIBBS"), ("(APPLAUSE.)", X, ""), ("Not this year.", D, "TIBBS")];
    nots028: "\"PRYOR: Let me finish.\n\n\"(CROSSTALK.)\n\n\"PRYOR: Let me finish, please.\"" => [("Let me finish.", D, "PRYOR"), ("(CROSSTALK.)", X, ""), ("Let me finish, please.", D, "PRYOR")];
    nots029: "The plan drew a crowd.\n\nWary of ‘chaos.’\n\nFor her backers, order matters most." => [("chaos.", X, "")];
    nots030: "Mayor Joan Tibbs spoke at noon.\n\nA vote for ‘order,’ she said.\n\nThe crowd cheered." => [("order,", P, "Joan Tibbs")];

    // --- Marks: typewriter quotes, inner single quotes, apostrophes ---
    marks001: "''We can't wait another year,'' said Dunn." => [("We can't wait another year,", D, "Dunn")];
    marks002: "''The foreman told us 'go home,' so we went home,'' said Ron Vale." => [("The foreman told us 'go home,' so we went home,", D, "Ron Vale"), ("go home,", N, "Ron Vale")];
    marks003: "Tibbs said, ''My mother always said 'pay your bills.'''" => [("My mother always said 'pay your bills.'", D, "Tibbs"), ("pay your bills.", N, "Tibbs")];
    marks004: "Carol Dunn has the final say. ``It's her call,'' said Pruitt." => [("It's her call,", D, "Pruitt")];
    marks005: "\"The sign said 'closed until further notice,'\" Ilse said." => [("The sign said 'closed until further notice,'", D, "Ilse"), ("closed until further notice,", N, "Ilse")];
    marks006: "“He looked at me and said, ‘Not today,’ and walked off,” Vale said." => [("He looked at me and said, ‘Not today,’ and walked off,", D, "Vale"), ("Not today,", N, "Vale")];
    marks007: "'He told me \"never again\",' said the farmer." => [("He told me \"never again\",", D, "the farmer"), ("never again", N, "the farmer")];
    marks008: "''We were told it was 'routine,' '' Mr. Quint said." => [("We were told it was 'routine,'", D, "Quint"), ("routine,", N, "Quint")];
    marks009: "''I never said 'no.' I said 'not yet.' '' Tibbs said." => [("I never said 'no.' I said 'not yet.'", D, "Tibbs"), ("no.", N, "Tibbs"), ("not yet.", N, "Tibbs")];
    marks010: "The crowd roared when ''Slammin' Sam'' Tully took the mound." => [("Slammin' Sam", S, "")];
    marks011: "\"They kept saying 'trust us',\" Dunn said." => [("They kept saying 'trust us',", D, "Dunn"), ("trust us", N, "Dunn")];
    marks012: "“‘Wait’ was all they ever said,” Blyth said." => [("‘Wait’ was all they ever said,", D, "Blyth"), ("Wait", N, "Blyth")];
    marks013: "''It was the players' fault,'' said Coach Rita Bell." => [("It was the players' fault,", D, "Rita Bell")];
    marks014: "''We were never consulted.\n\n''We found out from the newspaper,'' said Ilse." => [("We were never consulted.", D, "Ilse"), ("We found out from the newspaper,", D, "Ilse")];
    marks015: "'We've done nothing wrong,' said the club's chairman, Ron Vale." => [("We've done nothing wrong,", D, "Ron Vale")];
    marks016: "“The boss’s words were ‘we’ll see,’ and we’re still waiting,” Norris said." => [("The boss’s words were ‘we’ll see,’ and we’re still waiting,", D, "Norris"), ("we’ll see,", N, "Norris")];
    marks017: "Vale said the deal was ''a handshake and a prayer.''" => [("a handshake and a prayer.", P, "Vale")];
}

/// The family a row of `CASES` belongs to, from its name.
fn family(name: &str) -> &'static str {
    let prefix = name.trim_end_matches(|c: char| c.is_ascii_digit());
    match prefix {
        "cue" => "cue verbs (inflections, phrasal cues, framing verbs)",
        "who" => "the speaker phrase (roles, titles, designations, appositives, time words)",
        "punct" => "attribution by punctuation (dash, label, name-colon, colon intro)",
        "disc" => "discourse (continuation, same-sentence cue, according to, reported speech)",
        "pron" => "pronouns",
        "same" => "one person, one speaker",
        "nots" => "not speech (titles, headlines, scare quotes, nicknames, stage directions)",
        "marks" => "marks (typewriter quotes, inner single quotes)",
        other => panic!("row {name}: no family for the prefix {other:?}"),
    }
}

/// One row to check, from either table.
struct Row {
    family: String,
    name: String,
    text: String,
    quotes: &'static [Expected],
}

/// The fixture's cases: (id, pattern, text).
fn fixture_cases() -> Vec<(String, String, String)> {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/attribution-cases.json"))
            .expect("attribution-cases.json");
    fixture["cases"]
        .as_array()
        .expect("attribution-cases.json has cases")
        .iter()
        .map(|c| {
            let field = |key: &str| {
                c[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("a fixture case without `{key}`: {c}"))
                    .to_owned()
            };
            (field("id"), field("pattern"), field("text"))
        })
        .collect()
}

fn rows() -> Vec<Row> {
    let mut rows: Vec<Row> = fixture_cases()
        .into_iter()
        .map(|(id, pattern, text)| {
            let row = FIXTURE
                .iter()
                .find(|r| r.id == id)
                .unwrap_or_else(|| panic!("fixture case {id} has no row"));
            Row {
                family: format!("fixture: {pattern}"),
                name: id,
                text,
                quotes: row.quotes,
            }
        })
        .collect();
    rows.extend(CASES.iter().map(|c| Row {
        family: family(c.name).to_owned(),
        name: c.name.to_owned(),
        text: c.text.to_owned(),
        quotes: c.quotes,
    }));
    rows
}

fn show_expected(quotes: &[Expected]) -> String {
    let items: Vec<String> = quotes
        .iter()
        .map(|(t, k, s)| format!("({t:?}, {k:?}, {s:?})"))
        .collect();
    format!("[{}]", items.join(", "))
}

fn show_found(a: &lede::Analysis) -> String {
    let items: Vec<String> = a
        .quotes
        .iter()
        .map(|q| {
            let rule = q
                .rule
                .map(|r| format!("{r:?}"))
                .unwrap_or_else(|| "-".into());
            format!(
                "({:?}, {}, {:?}, rule {rule}, id {:?})",
                q.text,
                letter(q.kind),
                q.speaker.as_deref().unwrap_or(""),
                q.speaker_id
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// What is wrong with the analysis of a row, if anything.
fn check(row: &Row) -> Option<String> {
    let a = lede::analyze(&row.text);
    let mut wrong = Vec::new();
    if let Err(broke) = common::invariants::analysis(&row.text, &a) {
        wrong.push(format!("invariant: {broke}"));
    }
    let same = a.quotes.len() == row.quotes.len()
        && a.quotes.iter().zip(row.quotes).all(|(q, (t, k, s))| {
            q.text == *t && k.fits(q.kind) && q.speaker.as_deref().unwrap_or("") == *s
        });
    if !same {
        wrong.push("quotations differ".into());
    } else {
        // One person, one speaker: equal names are one entry of `speakers`.
        let mut ids: BTreeMap<&str, Option<usize>> = BTreeMap::new();
        for (q, (_, _, s)) in a.quotes.iter().zip(row.quotes) {
            if s.is_empty() {
                continue;
            }
            if *ids.entry(s).or_insert(q.speaker_id) != q.speaker_id {
                wrong.push(format!("{s:?} is more than one speaker"));
            }
        }
    }
    if wrong.is_empty() {
        return None;
    }
    Some(format!(
        "  {}: {:?}\n    why      {}\n    expected {}\n    found    {}",
        row.name,
        row.text,
        wrong.join("; "),
        show_expected(row.quotes),
        show_found(&a)
    ))
}

/// Rows Lede does not get right yet, each with what it lacks: the known gaps of
/// attribution, kept in sight. A row listed here that starts to pass fails the
/// test until it is taken off the list, so the list only shrinks honestly.
const KNOWN_GAPS: &[(&str, &str)] = &[
    (
        "G2g2",
        "a quotation set off by dashes inside the writer's sentence has no rule: the one \
         tried made real news worse (slogans between dashes became speech, partial quotes direct)",
    ),
    (
        "M3a",
        "a short fragment as the object complement of the subject's own verb (has made “…” \
         the centerpiece) stays a scare quote: linking such fragments costs partial-quote \
         precision on real news, where most are not speech",
    ),
];

#[test]
fn attribution_cases() {
    let rows = rows();
    let mut failing: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut total: BTreeMap<&str, usize> = BTreeMap::new();
    let mut fixed = Vec::new();
    for row in &rows {
        *total.entry(&row.family).or_default() += 1;
        let gap = KNOWN_GAPS.iter().any(|(name, _)| row.name == *name);
        match (check(row), gap) {
            (Some(report), false) => failing.entry(&row.family).or_default().push(report),
            (None, true) => fixed.push(row.name.as_str()),
            _ => {}
        }
    }
    for (name, _) in KNOWN_GAPS {
        assert!(
            rows.iter().any(|r| r.name == *name),
            "KNOWN_GAPS names {name:?}, which is no row"
        );
    }
    assert!(
        fixed.is_empty(),
        "these rows pass now: take them off KNOWN_GAPS: {fixed:?}"
    );
    let failed: usize = failing.values().map(Vec::len).sum();
    let mut report = String::new();
    for (family, reports) in &failing {
        let _ = writeln!(
            report,
            "== {family}: {} of {} rows fail",
            reports.len(),
            total[family]
        );
        for r in reports {
            let _ = writeln!(report, "{r}");
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} rows fail ({} pass):\n{report}",
        rows.len(),
        rows.len() - failed
    );
}

/// The tables are what they claim: one row per fixture case, unique names, each
/// expected quotation a piece of its text, and the count of cases.
#[test]
fn tables_are_sound() {
    let cases = fixture_cases();
    assert_eq!(cases.len(), 75, "the fixture's cases");
    assert_eq!(FIXTURE.len(), cases.len(), "one row per fixture case");
    let mut names = std::collections::BTreeSet::new();
    for row in rows() {
        assert!(
            names.insert(row.name.clone()),
            "two rows named {}",
            row.name
        );
        for (t, _, _) in row.quotes {
            assert!(
                row.text.contains(t),
                "{}: {t:?} is not in its text",
                row.name
            );
        }
    }
    assert!(CASES.len() >= 230, "only {} rows of our own", CASES.len());
    assert!(names.len() >= 300, "only {} rows", names.len());
}
