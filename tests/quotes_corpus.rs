//! A table of quotations in the styles of real outlets: each row is a text and
//! every quotation Lede should report in it, in order, as (quoted text, kind,
//! speaker), with "" for no speaker. Titles and scare quotes have no speaker.

use lede::QuoteKind;

const D: QuoteKind = QuoteKind::Direct;
const P: QuoteKind = QuoteKind::Partial;
const N: QuoteKind = QuoteKind::Nested;
const T: QuoteKind = QuoteKind::Title;
const S: QuoteKind = QuoteKind::Scare;

struct Case {
    name: &'static str,
    text: &'static str,
    quotes: &'static [(&'static str, QuoteKind, &'static str)],
}

macro_rules! cases {
    ($($name:ident: $text:expr => [$(($q:expr, $k:expr, $s:expr)),* $(,)?];)*) => {
        const CASES: &[Case] = &[$(Case { name: stringify!($name), text: $text, quotes: &[$(($q, $k, $s)),*] }),*];
    };
}

cases! {
    // --- Wire copy ---
    wire001: "“We will respond,” Obama said." => [("We will respond,", D, "Obama")];
    wire002: "“The talks were productive,” said Angela Merkel, the German chancellor." => [("The talks were productive,", D, "Angela Merkel")];
    wire003: "“We are reviewing the decision,” a spokesman for the ministry said." => [("We are reviewing the decision,", D, "a spokesman for the ministry")];
    wire004: "“No comment,” police said." => [("No comment,", D, "police")];
    wire005: "“It is a sad day for the city,” according to Mayor Bill de Blasio." => [("It is a sad day for the city,", D, "Bill de Blasio")];
    wire006: "The company said in a statement that it was “deeply disappointed” by the ruling." => [("deeply disappointed", P, "the company")];
    wire007: "Josh Earnest, a White House spokesman, said: “The president is concerned.”" => [("The president is concerned.", D, "Josh Earnest")];
    wire008: "“This is not over,” Sen. Elizabeth Warren told reporters on Tuesday." => [("This is not over,", D, "Elizabeth Warren")];
    wire009: "Sen. Elizabeth Warren told reporters the bill was “dead on arrival.”" => [("dead on arrival.", P, "Elizabeth Warren")];
    wire010: "“We have been clear,” said Lewis, who has worked for the state department. “The risk is real.”" => [("We have been clear,", D, "Lewis"), ("The risk is real.", D, "Lewis")];
    wire011: "“We may disagree,” Earnest says, “but we will respect the decision.”" => [("We may disagree,", D, "Earnest"), ("but we will respect the decision.", D, "Earnest")];
    wire012: "“I was terrified,” the woman, who asked not to be named, told the BBC." => [("I was terrified,", D, "the woman")];
    wire013: "“We see no reason to change course,” ECB President Christine Lagarde told a news conference." => [("We see no reason to change course,", D, "Christine Lagarde")];
    wire014: "“The investigation is ongoing,” the Metropolitan Police said." => [("The investigation is ongoing,", D, "Metropolitan Police")];
    wire015: "“Several people were hurt,” officials said." => [("Several people were hurt,", D, "officials")];
    wire016: "Officials said the fire was “under control” by late evening." => [("under control", P, "officials")];
    wire017: "“We regret the error,” The New York Times said." => [("We regret the error,", D, "The New York Times")];
    wire018: "According to Smith, the plan “will not work.”" => [("will not work.", P, "Smith")];
    wire019: "“Prices will keep rising,” according to analysts at the bank." => [("Prices will keep rising,", D, "analysts")];
    wire020: "“We are ready,” Defense Secretary Lloyd Austin said on Monday." => [("We are ready,", D, "Lloyd Austin")];
    wire021: "“The economy is strong,” Prime Minister Theresa May said." => [("The economy is strong,", D, "Theresa May")];
    wire022: "“Talks will continue,” Secretary of State John Kerry told reporters." => [("Talks will continue,", D, "John Kerry")];
    wire023: "“Nothing has been decided,” a senior official said, speaking on condition of anonymity." => [("Nothing has been decided,", D, "a senior official")];
    wire024: "“The vote is tomorrow,” House Speaker Nancy Pelosi said." => [("The vote is tomorrow,", D, "Nancy Pelosi")];
    wire025: "Apple said the phones were “safe to use” and denied any defect." => [("safe to use", P, "Apple")];
    wire026: "“We will not be intimidated,” Sony Pictures said in a statement." => [("We will not be intimidated,", D, "Sony Pictures")];
    wire027: "“It was a mistake,” he said.\n\nHe did not elaborate." => [("It was a mistake,", D, "")];
    wire028: "“It was chaos,” said a witness, Maria Gomez." => [("It was chaos,", D, "Maria Gomez")];
    wire029: "“We need more time,” the union’s leader, Dave Ward, said." => [("We need more time,", D, "Dave Ward")];
    wire030: "“We are cooperating fully,” the company said. “We take these allegations seriously.”" => [("We are cooperating fully,", D, "the company"), ("We take these allegations seriously.", D, "the company")];

    wire031: "WASHINGTON (Reuters) - The Fed held rates, with Chair Jerome Powell telling reporters it was \"not yet confident\" inflation was beaten." => [("not yet confident", P, "Jerome Powell")];
    wire032: "Treasury Secretary Janet Yellen, speaking in New York, said the economy remained \"remarkably resilient.\"" => [("remarkably resilient.", P, "Janet Yellen")];
    wire033: "WASHINGTON (AP) — The president took a swipe at Congress on Friday, saying lawmakers were “asleep at the wheel.”" => [("asleep at the wheel.", P, "the president")];
    wire034: "Senator Elizabeth Warren criticized the decision. “Families are hurting,” the Massachusetts Democrat wrote." => [("Families are hurting,", D, "Elizabeth Warren")];
    wire035: "Prime Minister Keir Starmer said Britain would “stand firm.” The Labour leader added: “We will not be intimidated.”" => [("stand firm.", P, "Keir Starmer"), ("We will not be intimidated.", D, "Keir Starmer")];
    wire036: "According to a statement released after the meeting, officials “remain highly attentive to inflation risks.”" => [("remain highly attentive to inflation risks.", P, "a statement")];

    wire037: "McDonnell, for his part, said officers were \"stretched thin.\"" => [("stretched thin.", P, "McDonnell")];

    // --- Broadsheet ---
    broad001: "Anna Berg lost her job in March. “It’s over,” she said quietly." => [("It’s over,", D, "Anna Berg")];
    broad002: "“I don’t know what comes next,” said Lewis quietly." => [("I don’t know what comes next,", D, "Lewis")];
    broad003: "“We will appeal,” Obama said, adding that he would “not be intimidated.”" => [("We will appeal,", D, "Obama"), ("not be intimidated.", P, "Obama")];
    broad004: "Maria Lopez has run the bakery for 20 years. “Business is slow,” she said. “But we survive.”" => [("Business is slow,", D, "Maria Lopez"), ("But we survive.", D, "Maria Lopez")];
    broad005: "Smith met Jones on Monday. Jones said the deal was dead. “It’s over,” he said." => [("It’s over,", D, "Jones")];
    broad006: "Officials said the bridge would reopen. “Repairs are almost done,” they said." => [("Repairs are almost done,", D, "officials")];
    broad007: "The minister, Sarah Jones, said the decision was “final and irreversible.”" => [("final and irreversible.", P, "Sarah Jones")];
    broad008: "Dr. Amy Chen, an epidemiologist at Stanford, warned that the virus was “spreading quickly.”" => [("spreading quickly.", P, "Amy Chen")];
    broad009: "“We were never consulted,” said Tom Price, the council’s deputy leader." => [("We were never consulted,", D, "Tom Price")];
    broad010: "Critics, including the opposition leader, Keir Starmer, argued the bill was “a betrayal of voters.”" => [("a betrayal of voters.", P, "Keir Starmer")];
    broad011: "The professor insists: “History does not repeat itself, but it rhymes.”" => [("History does not repeat itself, but it rhymes.", D, "the professor")];
    broad012: "Speaking at a rally in Ohio, Biden said: “We are not going back.”" => [("We are not going back.", D, "Biden")];
    broad013: "Asked whether he would resign, Johnson said: “Absolutely not.”" => [("Absolutely not.", D, "Johnson")];
    broad014: "Mr. Carter said the company had “no plans” to close the plant." => [("no plans", P, "Carter")];
    broad015: "Ms. Rivera, who founded the charity in 2009, says the need has “never been greater.”" => [("never been greater.", P, "Rivera")];
    broad016: "Governor Gavin Newsom said. “We will rebuild.”" => [("We will rebuild.", D, "Gavin Newsom")];
    broad017: "Newsom stressed that the state would help. “No family will be left behind.”" => [("No family will be left behind.", D, "Newsom")];
    broad018: "“Our members are angry,” said Fran Heathcote, the union’s general secretary. “They have had enough.”\n\nThe strike begins on Monday." => [("Our members are angry,", D, "Fran Heathcote"), ("They have had enough.", D, "Fran Heathcote")];
    broad019: "Dr. Amy Chen leads the study. “The results surprised us,” Chen says." => [("The results surprised us,", D, "Amy Chen")];
    broad020: "President Joe Biden spoke briefly. “We will get this done,” Biden said." => [("We will get this done,", D, "Joe Biden")];
    broad021: "The report’s author, Professor Lisa Grant, called the findings “alarming,” adding that “action is needed now.”" => [("alarming,", P, "Lisa Grant"), ("action is needed now.", P, "Lisa Grant")];
    broad022: "“The market has turned,” says Ruth Patel, an economist at the bank, who has studied housing for two decades." => [("The market has turned,", D, "Ruth Patel")];
    broad023: "In an interview, Harris said she had “no regrets” about the decision." => [("no regrets", P, "Harris")];
    broad024: "Harris told the Guardian that the plan was “unworkable.”" => [("unworkable.", P, "Harris")];
    // A ruling quoted is the court's words: "ruled" is a cue.
    broad025: "The court ruled that the law was “unconstitutional,” a decision hailed by activists." => [("unconstitutional,", P, "the court")];
    broad026: "“The rules are clear,” said the judge, Mary Ellis. “Nobody is above the law.”" => [("The rules are clear,", D, "Mary Ellis"), ("Nobody is above the law.", D, "Mary Ellis")];
    broad027: "“We are shocked,” the family wrote in a statement posted online." => [("We are shocked,", D, "the family")];
    broad028: "“I had no choice,” Ortiz recalled. “None of us did.”" => [("I had no choice,", D, "Ortiz"), ("None of us did.", D, "Ortiz")];
    broad029: "“The evidence is overwhelming,” prosecutors argued in court filings." => [("The evidence is overwhelming,", D, "prosecutors")];
    broad030: "“We have turned a corner,” the chief executive, Sundar Pichai, told investors." => [("We have turned a corner,", D, "Sundar Pichai")];

    // --- Tabloid ---
    tab001: "A source told The Sun: “He’s heartbroken.”" => [("He’s heartbroken.", D, "a source")];
    tab002: "“She’s a total diva,” an insider revealed." => [("She’s a total diva,", D, "an insider")];
    tab003: "The star, 34, added: “I’ve never been happier.”" => [("I’ve never been happier.", D, "the star")];
    tab004: "“It was like a horror film,” said shocked neighbour Janet Smith, 62." => [("It was like a horror film,", D, "Janet Smith")];
    tab005: "Pals say the couple are “madly in love.”" => [("madly in love.", P, "pals")];
    tab006: "Dwayne “The Rock” Johnson stole the show." => [("The Rock", S, "")];
    tab007: "The so-called “experts” got it wrong again." => [("experts", S, "")];
    tab008: "The brothel keeper, known as “Madam X,” was jailed." => [("Madam X,", S, "")];
    tab009: "Furious mum Kelly, 29, fumed: “They treated us like dirt.”" => [("They treated us like dirt.", D, "Kelly")];
    tab010: "“I just want justice,” sobbed his mother.\n\nPolice are appealing for witnesses." => [("I just want justice,", D, "")];

    tab011: "A source close to the star said: 'She's devastated. She hasn't slept in days.'" => [("She's devastated. She hasn't slept in days.", D, "a source close to the star")];
    tab012: "\"I think,\" Smith said, \"that we have to be careful.\" Jones disagreed: \"No.\"" => [("I think,", D, "Smith"), ("that we have to be careful.", D, "Smith"), ("No.", D, "Jones")];

    tab013: "Manager Erik ten Hag admitted his side \"didn't deserve anything\" after the defeat." => [("didn't deserve anything", P, "Erik ten Hag")];
    tab014: "Former United defender Gary Neville posted on X: \"This team has no identity.\"" => [("This team has no identity.", D, "Gary Neville")];

    // --- Magazine ---
    mag001: "“I never wanted to be famous,” says Adele, sipping tea in her London kitchen." => [("I never wanted to be famous,", D, "Adele")];
    mag002: "Her mother, Penny, remembers it differently. “She was always performing,” Penny says." => [("She was always performing,", D, "Penny")];
    mag003: "He starred in the film “Lost in Translation.”" => [("Lost in Translation.", T, "")];
    mag004: "The band played its hit single “Yellow Submarine” twice." => [("Yellow Submarine", T, "")];
    mag005: "His memoir, titled “The Road Ahead,” sold a million copies." => [("The Road Ahead,", T, "")];
    mag006: "“We will respond,” Obama said. Sony pulled “The Interview.”" => [("We will respond,", D, "Obama"), ("The Interview.", T, "")];
    mag007: "Later that night the network aired “Saving Private Ryan.”" => [("Saving Private Ryan.", T, "")];
    mag006: "She watched “Saving Private Ryan” again last night." => [("Saving Private Ryan", T, "")];
    mag007: "Sony canceled the release of its comedy “The Interview” after the threats." => [("The Interview", T, "")];
    mag008: "They made a documentary called “Blackfish” about orcas." => [("Blackfish", T, "")];
    mag009: "The company’s “innovative” approach drew criticism." => [("innovative", S, "")];
    mag010: "It was, she says, “the best year of my life.”" => [("the best year of my life.", P, "")];
    mag011: "Rogen describes the movie as “a silly comedy.” He says he never expected a war." => [("a silly comedy.", P, "Rogen")];
    mag012: "“There’s a lot of fear,” he admits. “But I’m not going to stop.”" => [("There’s a lot of fear,", D, ""), ("But I’m not going to stop.", D, "")];
    mag013: "Tarantino was blunt about the critics. “They don’t get it,” Tarantino says. “They never did.”\n\n“I make films for the audience.”" => [("They don’t get it,", D, "Tarantino"), ("They never did.", D, "Tarantino"), ("I make films for the audience.", D, "Tarantino")];
    mag014: "Her next album, “Midnight Songs,” is out in May." => [("Midnight Songs,", T, "")];
    mag015: "The show’s catchphrase, “Winter is coming,” became a meme." => [("Winter is coming,", S, "")];

    // --- Transcript and Q&A ---
    qa001: "Asked about the strike, Johnson replied: “We are listening.”" => [("We are listening.", D, "Johnson")];
    qa002: "When a reporter asked if he would run again, Trump said, “We’ll see.”" => [("We’ll see.", D, "Trump")];
    qa003: "Warren said, “I will fight for you.”" => [("I will fight for you.", D, "Warren")];
    qa004: "Sanders answered: “Medicare for all.” The crowd cheered." => [("Medicare for all.", D, "Sanders")];
    qa005: "“Are you going to resign?” a reporter asked.\n\n“No,” the minister replied." => [("Are you going to resign?", D, "a reporter"), ("No,", D, "the minister")];
    qa006: "“What happens next?” asked Lee. “Nobody knows.”" => [("What happens next?", D, "Lee"), ("Nobody knows.", D, "Lee")];
    qa007: "The senator then read from a letter: “Dear colleagues, we must act.”" => [("Dear colleagues, we must act.", D, "")];

    // --- Press release ---
    pr001: "“We are thrilled to welcome Jane to the team,” said John Smith, CEO of Acme Corp. “Her experience will be invaluable.”" => [("We are thrilled to welcome Jane to the team,", D, "John Smith"), ("Her experience will be invaluable.", D, "John Smith")];
    pr002: "“This partnership marks a new chapter,” said Dr. Priya Nair, Chief Executive Officer of Helix Labs." => [("This partnership marks a new chapter,", D, "Priya Nair")];
    pr003: "Acme Corp. today announced record earnings. “Our strategy is working,” said Chief Financial Officer Mark Lee." => [("Our strategy is working,", D, "Mark Lee")];
    pr004: "“We are proud of our team,” the company added." => [("We are proud of our team,", D, "the company")];
    pr005: "Helix Labs CEO Priya Nair noted that the deal was “transformational for patients.”" => [("transformational for patients.", P, "Priya Nair")];

    apos101: "'I'm not going to resign,' the minister said. 'It's the students' fault,' he added." => [("I'm not going to resign,", D, "the minister"), ("It's the students' fault,", D, "the minister")];

    // --- Split, continuation and multi-paragraph quotations ---
    split001: "“And while we may not agree,” Earnest says, “we stand with the artists.”" => [("And while we may not agree,", D, "Earnest"), ("we stand with the artists.", D, "Earnest")];
    split002: "“The first problem,” she explained, “is money. The second is time.”" => [("The first problem,", D, ""), ("is money. The second is time.", D, "")];
    split003: "“Look,” said Ross, “we tried everything.”" => [("Look,", D, "Ross"), ("we tried everything.", D, "Ross")];
    multi001: "The hackers wrote a warning to movie goers.\n\n“Soon all the world will see.\n\nThe world will be full of fear.”" => [("Soon all the world will see.\n\nThe world will be full of fear.", D, "the hackers")];
    multi002: "Lee said the town had changed.\n\n“When I was young, everyone knew everyone.\n\n“Now I don’t know my neighbours.”" => [("When I was young, everyone knew everyone.", D, "Lee"), ("Now I don’t know my neighbours.", D, "Lee")];
    multi003: "“We started with nothing,” Garcia said.\n\n“My father worked two jobs. My mother cleaned houses.”" => [("We started with nothing,", D, "Garcia"), ("My father worked two jobs. My mother cleaned houses.", D, "Garcia")];
    multi004: "“The first year was hard.\n\n“The second was harder,” Patel said." => [("The first year was hard.", D, "Patel"), ("The second was harder,", D, "Patel")];
    cont001: "“We anticipate breaches,” Obama said. “They will be costly.”" => [("We anticipate breaches,", D, "Obama"), ("They will be costly.", D, "Obama")];
    cont002: "“It is politics,” he says. “North Koreans are touchy.”\n\nLewis says the attack was planned." => [("It is politics,", D, ""), ("North Koreans are touchy.", D, "")];
    cont003: "“Our first job is security,” Obama said. “We must act.” Obama said that he hopes Congress will help." => [("Our first job is security,", D, "Obama"), ("We must act.", D, "Obama")];

    // --- Nested quotations ---
    nest001: "“I told them, ‘Do not give in,’ and they listened,” Obama said." => [("I told them, ‘Do not give in,’ and they listened,", D, "Obama"), ("Do not give in,", N, "Obama")];
    nest002: "\"He looked at me and said 'run',\" the witness said." => [("He looked at me and said 'run',", D, "the witness"), ("run", N, "the witness")];
    nest003: "« Il m’a dit ‹ non › hier », a déclaré Marie Dubois." => [("Il m’a dit ‹ non › hier", D, "Marie Dubois"), ("non", N, "Marie Dubois")];
    nest004: "„Er rief ‚Hilfe!‘ und rannte weg“, sagte Schmidt." => [("Er rief ‚Hilfe!‘ und rannte weg", D, "Schmidt"), ("Hilfe!", N, "Schmidt")];

    // --- Non-English and typewriter marks ---
    intl001: "« Nous ne céderons pas », a déclaré Emmanuel Macron." => [("Nous ne céderons pas", D, "Emmanuel Macron")];
    intl002: "«Nous ne céderons pas», a déclaré Macron." => [("Nous ne céderons pas", D, "Macron")];
    intl003: "„Wir schaffen das“, sagte Merkel." => [("Wir schaffen das", D, "Merkel")];
    intl004: "»Wir schaffen das«, sagte Angela Merkel." => [("Wir schaffen das", D, "Angela Merkel")];
    intl005: "«No vamos a rendirnos», dijo Sánchez." => [("No vamos a rendirnos", D, "Sánchez")];
    intl006: "首相は「経済を立て直す」と述べた。" => [("経済を立て直す", D, "")];
    intl007: "彼は『必ず戻る』と言った。" => [("必ず戻る", D, "")];
    intl008: "``We will not stop,'' the senator said." => [("We will not stop,", D, "the senator")];
    intl009: "Macron a dit : « La France est de retour. »" => [("La France est de retour.", D, "Macron")];
    intl010: "“Basta,” dijo Sánchez. «Se acabó»." => [("Basta,", D, "Sánchez"), ("Se acabó", D, "Sánchez")];
    intl011: "The Kremlin called the sanctions « une farce »." => [("une farce", P, "Kremlin")];
    intl013: "«\u{a0}Nous resterons\u{a0}», a affirmé le ministre." => [("Nous resterons", D, "")];
    intl014: "«\u{202f}C’est fini\u{202f}», a dit Marie Curie." => [("C’est fini", D, "Marie Curie")];
    intl015: "Il a parlé d’une « erreur » de calcul." => [("erreur", S, "")];
    intl012: "„Das ist falsch“, erklärte die Ministerin." => [("Das ist falsch", D, "Ministerin")];

    // --- Headlines ---
    head001: "Obama: the US 'will respond' to the attack on Sony" => [("will respond", P, "Obama")];
    head002: "Trump: Mexico ‘will pay’ for the wall" => [("will pay", P, "Trump")];
    head003: "White House says response must be ‘proportional’" => [("proportional", P, "White House")];
    head004: "Merkel warns of ‘difficult’ talks ahead" => [("difficult", P, "Merkel")];
    head005: "Police chief: ‘We have lost control’" => [("We have lost control", D, "")];
    head006: "Fed chair Powell: rates ‘will stay high’ for now" => [("will stay high", P, "Powell")];

    // --- Apostrophes versus single quotes ---
    apos001: "The students' union said it would 'fight the cuts'." => [("fight the cuts", P, "the students' union")];
    apos002: "In the '90s, he said, music was 'just better'." => [("just better", P, "")];
    apos003: "Rock ’n’ roll is ‘not dead’, Jagger insists." => [("not dead", P, "Jagger")];
    apos004: "Don't call it a comeback, she's been here for years." => [];
    apos005: "The players’ union and the owners’ group met on Friday." => [];
    apos006: "'I wasn't there,' he said. 'Ask the boss.'" => [("I wasn't there,", D, ""), ("Ask the boss.", D, "")];
    apos007: "It's the company's 'best ever' year, the CEO's office said." => [("best ever", P, "the CEO's office")];
    apos008: "Jones's lawyer said the claim was 'absurd'." => [("absurd", P, "Jones's lawyer")];
    apos009: "’Tis the season, goin’ on and on, the ’80s are back." => [];

    // --- According to / told reporters / wrote ---
    acc001: "The plan, according to two officials familiar with it, is “dead.”" => [("dead.", P, "two officials")];
    acc002: "According to the police report, the driver was “visibly drunk.”" => [("visibly drunk.", P, "the police report")];
    acc003: "“The numbers don’t add up,” according to a memo seen by Reuters." => [("The numbers don’t add up,", D, "a memo")];
    told001: "Lagarde told reporters in Frankfurt: “Inflation is too high.”" => [("Inflation is too high.", D, "Lagarde")];
    told002: "“I am not resigning,” the mayor told reporters." => [("I am not resigning,", D, "the mayor")];
    told003: "The mayor told CNN he was “confident” about the budget." => [("confident", P, "the mayor")];
    wrote001: "In a post on X, Musk wrote: “This is just the beginning.”" => [("This is just the beginning.", D, "Musk")];
    wrote002: "The alleged hackers wrote — in awkward English — a warning: “Remember the 11th of September.”" => [("Remember the 11th of September.", D, "the alleged hackers")];
    wrote003: "“Bold move,” Elon Musk tweeted." => [("Bold move,", D, "Elon Musk")];

    // --- Parentheses ---
    paren001: "The mayor spoke for an hour. (“We are not done yet,” she added.)" => [("We are not done yet,", D, "the mayor")];
    paren002: "“We will appeal,” the lawyer said (the court has not yet ruled)." => [("We will appeal,", D, "the lawyer")];
    paren003: "Ana Rivera (“I never saw it coming,” she says) now runs the shelter." => [("I never saw it coming,", D, "Ana Rivera")];

    // --- Pull quotes ---
    pull001: "“I wish [Sony] had spoken to me first.”\n\nObama said many things. “I wish they had spoken to me first,” Obama said." => [("I wish [Sony] had spoken to me first.", D, "Obama"), ("I wish they had spoken to me first,", D, "Obama")];
    pull002: "“The river took everything,” said Dana Ruiz, a farmer. “We have to start again.”\n\n“The river took everything.”" => [("The river took everything,", D, "Dana Ruiz"), ("We have to start again.", D, "Dana Ruiz"), ("The river took everything.", D, "Dana Ruiz")];
    pull003: "“Yes, we [the board] made a mistake.”\n\nThe chairman, Paul Reed, said: “Looking back, yes, we made a mistake.”" => [("Yes, we [the board] made a mistake.", D, "Paul Reed"), ("Looking back, yes, we made a mistake.", D, "Paul Reed")];

    // --- Straight quotes ---
    straight001: "\"We will respond,\" Obama said. He called it \"proportional.\"" => [("We will respond,", D, "Obama"), ("proportional.", P, "Obama")];
    straight002: "He said the film was \"appropriate to the nature of this crime.\"" => [("appropriate to the nature of this crime.", P, "")];
    straight003: "Smith said: \"We are done.\" \"Totally done,\" he added." => [("We are done.", D, "Smith"), ("Totally done,", D, "Smith")];
    straight004: "\"It's over,\" said Jones. \"We lost.\"" => [("It's over,", D, "Jones"), ("We lost.", D, "Jones")];

    // --- Kinds of partial quotes ---
    part001: "The White House says the attack was done with “malicious intent” and by a “sophisticated actor.”" => [("malicious intent", P, "White House"), ("sophisticated actor.", P, "White House")];
    part002: "Earnest says the president is also “mindful of the risks.”" => [("mindful of the risks.", P, "Earnest")];
    part003: "Obama took digs at Kim Jong-un, saying he may be a leader whose “sensibilities need to be offended.”" => [("sensibilities need to be offended.", P, "Obama")];
    part004: "He declined to say more, saying only that it will be “proportional.”" => [("proportional.", P, "")];
    part005: "The senator called the bill “a disgrace” on Tuesday and vowed to block it." => [("a disgrace", P, "the senator")];
    part006: "The minister said the reforms were “long overdue” and “badly needed.”" => [("long overdue", P, "the minister"), ("badly needed.", P, "the minister")];

    // --- More outlet styles ---
    more001: "“I have lived here all my life,” Smith, 45, said." => [("I have lived here all my life,", D, "Smith")];
    more002: "“We lost everything,” said Jane Doe, 34, a nurse from Leeds." => [("We lost everything,", D, "Jane Doe")];
    more003: "“The system failed,” Doe says. She adds: “Nobody listened to us.”" => [("The system failed,", D, "Doe"), ("Nobody listened to us.", D, "Doe")];
    more004: "Boris Johnson: 'I will not resign'" => [("I will not resign", D, "Boris Johnson")];
    more005: "'We will fight on,' he said. 'We have no choice.'" => [("We will fight on,", D, ""), ("We have no choice.", D, "")];
    more006: "The series “Game of Thrones” ended in 2019." => [("Game of Thrones", T, "")];
    more007: "“It is a good deal for Britain,” the prime minister told MPs, adding that talks would continue." => [("It is a good deal for Britain,", D, "the prime minister")];
    more008: "The governor’s office said in a statement: “The governor has no comment at this time.”" => [("The governor has no comment at this time.", D, "the governor’s office")];
    more009: "“We are monitoring the situation closely,” a Pentagon spokesperson told CNN on Sunday." => [("We are monitoring the situation closely,", D, "a Pentagon spokesperson")];
    more010: "The UN Secretary-General, António Guterres, said the attacks were “appalling.”" => [("appalling.", P, "António Guterres")];
    more011: "“We’re not going anywhere,” protesters chanted outside parliament." => [("We’re not going anywhere,", D, "protesters")];
    more012: "“It felt like the end of the world,” recalled Hassan Ali, 52, who lost his home in the quake." => [("It felt like the end of the world,", D, "Hassan Ali")];
    more013: "“No one is above the law,” Attorney General Merrick Garland said Thursday." => [("No one is above the law,", D, "Merrick Garland")];
    more014: "Experts warn the outbreak could get “much worse” before it improves." => [("much worse", P, "experts")];
    more015: "“This was a targeted attack,” Police Commissioner Keechant Sewell told reporters. “The suspect knew the victim.”" => [("This was a targeted attack,", D, "Keechant Sewell"), ("The suspect knew the victim.", D, "Keechant Sewell")];
    more016: "The actor, who plays the villain in “No Time to Die,” said he was “honoured” to be cast." => [("No Time to Die,", T, ""), ("honoured", P, "the actor")];
    more017: "A spokeswoman for Amazon said the company “does not comment on rumours.”" => [("does not comment on rumours.", P, "a spokeswoman for Amazon")];
    more018: "“Everyone deserves a second chance,” says Father Greg Boyle, founder of Homeboy Industries." => [("Everyone deserves a second chance,", D, "Greg Boyle")];
    more019: "“I’m thrilled,” said Ms. Okafor, “and a little scared.”" => [("I’m thrilled,", D, "Okafor"), ("and a little scared.", D, "Okafor")];
    more020: "Smith, who wrote “The Long Road,” said the book was “a labour of love.”" => [("The Long Road,", T, ""), ("a labour of love.", P, "Smith")];
    more021: "“We’re here to stay,” the group said in a post on Facebook." => [("We’re here to stay,", D, "the group")];
    more022: "The chancellor said the budget would “fix the roof while the sun is shining.”" => [("fix the roof while the sun is shining.", P, "the chancellor")];
    more023: "Critics have dubbed the plan “the poll tax on wheels.”" => [("the poll tax on wheels.", P, "critics")];
    more024: "“We can’t comment on an ongoing investigation,” said Sgt. Mike Lopez of the county sheriff’s office." => [("We can’t comment on an ongoing investigation,", D, "Mike Lopez")];
    more025: "“I think we did everything right,” Coach Mike Tomlin said after the game. “We just didn’t finish.”" => [("I think we did everything right,", D, "Mike Tomlin"), ("We just didn’t finish.", D, "Mike Tomlin")];
    more026: "Police say the alleged attacker shouted “You will pay” as he fled." => [("You will pay", D, "the alleged attacker")];
    more027: "Spokesman Josh Earnest says the matter is closed.\n\n“It is a serious matter,” Earnest says. “We will respond.”\n\nPresident Obama spoke later. “We will respond,” he said." => [("It is a serious matter,", D, "Josh Earnest"), ("We will respond.", D, "Josh Earnest"), ("We will respond,", D, "Obama")];

    uk001: "'We came in good faith,' Laurenson said. 'The government did not.\n\n'We are still waiting.'" => [("We came in good faith,", D, "Laurenson"), ("The government did not.", D, "Laurenson"), ("We are still waiting.", D, "Laurenson")];
    uk002: "The Department of Health and Social Care said it was 'disappointed' by the decision." => [("disappointed", P, "Department of Health and Social Care")];
    uk003: "One consultant, who asked not to be named, said colleagues were 'exhausted'. 'I have never known morale this low,' she said." => [("exhausted", P, "one consultant"), ("I have never known morale this low,", D, "one consultant")];
    uk004: "'People keep telling me, \"I can't do this any more,\"' the nurse said." => [("People keep telling me, \"I can't do this any more,\"", D, "the nurse"), ("I can't do this any more,", N, "the nurse")];
    uk005: "Judd Apatow and Steve Carell criticised the decision. “It is cowardly,” Carell said." => [("It is cowardly,", D, "Steve Carell")];
    ap001: "Gov. Ron DeSantis said crews were on their way. “We will get the lights back on,” DeSantis said. He warned residents to stay away from downed lines, calling them “deadly.”" => [("We will get the lights back on,", D, "Ron DeSantis"), ("deadly.", P, "Ron DeSantis")];
    ap002: "Forecaster Ken Graham told reporters that flooding remained “a serious threat” through Wednesday." => [("a serious threat", P, "Ken Graham")];
    gender001: "Maria Lopez said the shop was busy. “We are tired,” she said.\n\nTom Reed said little. “It is fine,” he said. “Really,” she added." => [("We are tired,", D, "Maria Lopez"), ("It is fine,", D, "Tom Reed"), ("Really,", D, "Maria Lopez")];

    // --- Stray and unclosed marks ---
    stray001: "He said “never again and walked out.\n\nThe room was silent." => [("never again and walked out.", P, "")];
    stray002: "The results” were in by noon." => [];
    stray003: "“We are done,” she said.” Then she left." => [("We are done,", D, "")];
    stray004: "“One.\n\nTwo.\n\n“Three.”" => [("One.\n\nTwo.", D, ""), ("Three.", D, "")];
    stray005: "She said “yes” and “no” and “maybe" => [("yes", P, ""), ("no", P, ""), ("maybe", P, "")];
}

fn kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "D",
        QuoteKind::Partial => "P",
        QuoteKind::Nested => "N",
        QuoteKind::Title => "T",
        QuoteKind::Scare => "S",
    }
}

#[test]
fn corpus() {
    let mut failures = Vec::new();
    for case in CASES {
        let a = lede::analyze(case.text);
        let found: Vec<(String, &str, String)> = a
            .quotes
            .iter()
            .map(|q| {
                (
                    q.text.clone(),
                    kind_name(q.kind),
                    q.speaker.clone().unwrap_or_default(),
                )
            })
            .collect();
        let expected: Vec<(String, &str, String)> = case
            .quotes
            .iter()
            .map(|(t, k, s)| (t.to_string(), kind_name(*k), s.to_string()))
            .collect();
        if found != expected {
            failures.push(format!(
                "{}: {:?}\n    expected {:?}\n    found    {:?}",
                case.name, case.text, expected, found
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Unclosed and stray marks are reported as notes, apostrophes are not; so is a
/// pronoun that fits no one.
#[test]
fn notes_for_stray_and_unclosed_marks() {
    let table: &[(&str, &[&str])] = &[
        (
            "He said “never again and walked out.\n\nThe room was silent.",
            &["unresolved-pronoun", "unclosed-quote"],
        ),
        ("The results” were in by noon.", &["stray-mark"]),
        // No one is named before "she": said so, not guessed.
        (
            "“We are done,” she said.” Then she left.",
            &["unresolved-pronoun", "stray-mark"],
        ),
        ("“We are done,” Ada Vale said. “Not yet,” she said.", &[]),
        ("It’s the students’ union’s ‘plan’ for the ’90s.", &[]),
        ("« Bonjour » et « au revoir", &["unclosed-quote"]),
        ("She said 'yes and left.", &[]),
        ("“One.\n\nTwo.”", &[]),
        ("„Ja“, sagte er. »Nein«, sagte sie.", &[]),
    ];
    for (text, codes) in table {
        let found: Vec<&str> = lede::analyze(text)
            .notes
            .iter()
            .map(|n| n.code.name())
            .collect();
        assert_eq!(&found, codes, "{text:?}");
    }
}

#[test]
fn corpus_has_enough_cases() {
    assert!(CASES.len() >= 150, "only {} cases", CASES.len());
}
