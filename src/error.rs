//! The error type for the few things that can really be wrong.

use std::fmt;

/// An error from Lede: invalid options or input over a configured limit.
///
/// Analysis itself does not fail on odd text; problems found in the text
/// (an unclosed quotation mark, say) are reported as notes in the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    InvalidOption {
        name: String,
        expected: String,
        found: String,
    },
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    TooManyArticles {
        count: usize,
        limit: usize,
    },
    TooFewArticles {
        count: usize,
    },
}

impl Error {
    /// An option that has the wrong type or value.
    pub fn invalid_option(
        name: impl Into<String>,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Error {
        Error {
            kind: ErrorKind::InvalidOption {
                name: name.into(),
                expected: expected.into(),
                found: found.into(),
            },
        }
    }

    /// A text longer than the `maxBytes` limit.
    pub fn too_large(bytes: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge { bytes, limit },
        }
    }

    /// More articles than the `maxArticles` limit.
    pub fn too_many_articles(count: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::TooManyArticles { count, limit },
        }
    }

    /// Fewer than two articles to compare.
    pub fn too_few_articles(count: usize) -> Error {
        Error {
            kind: ErrorKind::TooFewArticles { count },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidOption { name, expected, found } => {
                write!(f, "lede: option `{name}` expects {expected}, instead found {found}")
            }
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "lede: text is {bytes} bytes of UTF-8, over the limit of {limit} bytes (raise it with the `maxBytes` option)"
            ),
            ErrorKind::TooManyArticles { count, limit } => write!(
                f,
                "lede: compare got {count} articles, over the limit of {limit} (raise it with the `maxArticles` option)"
            ),
            ErrorKind::TooFewArticles { count } => {
                write!(f, "lede: compare expects at least 2 articles, instead found {count}")
            }
        }
    }
}

impl std::error::Error for Error {}
