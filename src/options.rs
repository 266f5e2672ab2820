//! Options for [`analyze_with`](crate::analyze_with).

use crate::corrections::Correction;

/// Which stop words to leave out of the term counts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Stopwords {
    /// Count every word.
    None,
    /// Leave out the default English list (see [`lexicon::STOPWORDS`](crate::lexicon::STOPWORDS)).
    #[default]
    Default,
    /// Leave out the default list and the reporting verbs that lead every news
    /// article's counts ("said", "says", "told", "added": see
    /// [`lexicon::REPORTING_VERBS`](crate::lexicon::REPORTING_VERBS)).
    Reporting,
    /// Leave out the caller's own words (matched case-insensitively).
    Custom(Vec<String>),
}

/// How to analyse a text. `Options::default()` is what [`analyze`](crate::analyze) uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Stop words left out of the term counts.
    pub stopwords: Stopwords,
    /// More words left out of the term counts, whatever `stopwords` is
    /// (matched case-insensitively): a reader's own list on top of a preset.
    pub extra_stopwords: Vec<String>,
    /// Group word forms by their Snowball (English) stem.
    pub stem: bool,
    /// How many words, phrases and names to return in each list.
    pub top_terms: usize,
    /// Count boilerplate lines (navigation, copyright, promos) in the statistics.
    pub keep_boilerplate: bool,
    /// Texts longer than this many UTF-8 bytes are refused with an error.
    pub max_bytes: usize,
    /// The reader's corrections of quotations and speakers, applied in order
    /// after the quotation finder (see [`corrections`](crate::corrections)).
    pub corrections: Vec<Correction>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            stopwords: Stopwords::Default,
            extra_stopwords: Vec::new(),
            stem: false,
            top_terms: 25,
            keep_boilerplate: false,
            max_bytes: 64 * 1024 * 1024,
            corrections: Vec::new(),
        }
    }
}

impl Options {
    /// True when analyses made with `self` and with `other` are the same: every
    /// option but the size limit is equal.
    #[cfg(any(all(target_arch = "wasm32", feature = "compare"), test))]
    pub(crate) fn analyses_match(&self, other: &Options) -> bool {
        // Destructured whole, so that a new option has to be placed here.
        let Options {
            stopwords,
            extra_stopwords,
            stem,
            top_terms,
            keep_boilerplate,
            max_bytes: _,
            corrections,
        } = self;
        *stopwords == other.stopwords
            && *extra_stopwords == other.extra_stopwords
            && *stem == other.stem
            && *top_terms == other.top_terms
            && *keep_boilerplate == other.keep_boilerplate
            && *corrections == other.corrections
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyses_match_whatever_the_size_limit() {
        let base = Options::default();
        let limited = Options {
            max_bytes: 10,
            ..Options::default()
        };
        assert!(base.analyses_match(&limited) && limited.analyses_match(&base));
        let others = [
            Options {
                stopwords: Stopwords::Custom(vec!["sony".into()]),
                ..Options::default()
            },
            Options {
                stopwords: Stopwords::Reporting,
                ..Options::default()
            },
            Options {
                extra_stopwords: vec!["sony".into()],
                ..Options::default()
            },
            Options {
                stem: true,
                ..Options::default()
            },
            Options {
                top_terms: 5,
                ..Options::default()
            },
            Options {
                keep_boilerplate: true,
                ..Options::default()
            },
            Options {
                corrections: vec![Correction::Merge {
                    from: "Earnest".into(),
                    into: "Josh Earnest".into(),
                }],
                ..Options::default()
            },
        ];
        for other in &others {
            assert!(!base.analyses_match(other), "{other:?}");
        }
    }
}
