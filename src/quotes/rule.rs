//! The names a quotation's attribution and notes carry: which rule linked the
//! speaker, and what a note is about. Serialised in kebab-case ("cue-after").

use serde::Serialize;

/// The rule that linked a quotation to its speaker: the quote's evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A cue after the closing mark: “…,” Earnest says.
    CueAfter,
    /// A cue before the quotation, in its sentence or the one before: Earnest said: “…”.
    CueBefore,
    /// The second part of a split quotation: “A,” Earnest says, “b.”
    CueInside,
    /// “…,” according to Earnest.
    AccordingTo,
    /// A headline's name and colon: Obama: US 'will respond'.
    HeadlineColon,
    /// A dash and a name after the quotation: “…” ― Marisol Tejeda.
    DashSignature,
    /// A speaker's name and a colon opening the paragraph: OKAFOR: “…”, Rep. Dana Whitcomb (D-Ore.): “…”.
    SpeakerLabel,
    /// A clause ending in a colon: Okafor offered a blunt assessment: “…”.
    ColonIntro,
    /// The subject of the writer's sentence: Ramos believes in journalism that “takes sides”.
    SentenceSubject,
    /// The owner of something said that holds the words: his promise of “free college”.
    Possessor,
    /// No cue: the speaker of the quotation before, in the same or the previous paragraph.
    Continuation,
    /// A quotation repeated from the body, standing alone: the body's speaker.
    PullQuote,
    /// A quotation inside someone's quotation: theirs.
    Nested,
    /// A pronoun ("she said") resolved to a person named before it.
    Pronoun,
}

impl Rule {
    /// The rule's name as serialised ("cue-after").
    pub fn name(self) -> &'static str {
        match self {
            Rule::CueAfter => "cue-after",
            Rule::CueBefore => "cue-before",
            Rule::CueInside => "cue-inside",
            Rule::AccordingTo => "according-to",
            Rule::HeadlineColon => "headline-colon",
            Rule::DashSignature => "dash-signature",
            Rule::SpeakerLabel => "speaker-label",
            Rule::ColonIntro => "colon-intro",
            Rule::SentenceSubject => "sentence-subject",
            Rule::Possessor => "possessor",
            Rule::Continuation => "continuation",
            Rule::PullQuote => "pull-quote",
            Rule::Nested => "nested",
            Rule::Pronoun => "pronoun",
        }
    }
}

/// What a [`super::Note`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteCode {
    /// An opening mark that no closing mark matches.
    UnclosedQuote,
    /// A closing mark with nothing open, or a mark of no pair.
    StrayMark,
    /// A quotation's "he", "she" or "they" that fits no one named before it:
    /// the quotation is left without a speaker rather than given to a guess.
    UnresolvedPronoun,
}

impl NoteCode {
    /// The code as serialised ("unclosed-quote").
    pub fn name(self) -> &'static str {
        match self {
            NoteCode::UnclosedQuote => "unclosed-quote",
            NoteCode::StrayMark => "stray-mark",
            NoteCode::UnresolvedPronoun => "unresolved-pronoun",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serialised_forms() {
        for rule in [
            Rule::CueAfter,
            Rule::CueBefore,
            Rule::CueInside,
            Rule::AccordingTo,
            Rule::HeadlineColon,
            Rule::DashSignature,
            Rule::SpeakerLabel,
            Rule::ColonIntro,
            Rule::SentenceSubject,
            Rule::Continuation,
            Rule::PullQuote,
            Rule::Nested,
            Rule::Pronoun,
        ] {
            assert_eq!(
                serde_json::to_string(&rule).unwrap(),
                format!("\"{}\"", rule.name())
            );
        }
        assert_eq!(
            serde_json::to_string(&NoteCode::UnclosedQuote).unwrap(),
            "\"unclosed-quote\""
        );
        assert_eq!(
            serde_json::to_string(&NoteCode::StrayMark).unwrap(),
            "\"stray-mark\""
        );
        for code in [
            NoteCode::UnclosedQuote,
            NoteCode::StrayMark,
            NoteCode::UnresolvedPronoun,
        ] {
            assert_eq!(
                serde_json::to_string(&code).unwrap(),
                format!("\"{}\"", code.name())
            );
        }
    }
}
