//! Site furniture pasted along with an article: navigation, share buttons,
//! copyright and subscription lines, repeated headlines, promos after the article.
//!
//! Detection works line by line with general rules, not per site:
//! - **navigation**: a short line (at most eight words) that is, or starts
//!   with, a navigation phrase ("Skip to Content", "Share this story",
//!   "Advertisement", "Read more: ..."), or such a phrase glued to the end of a
//!   line ("... each week.Skip to main content");
//! - **copyright**: a line that starts with "Copyright" or "©", or a line of
//!   fewer than 25 words that says "all rights reserved";
//! - **promo**: a short line asking the reader to subscribe, sign up, donate,
//!   follow or visit ("To see more, visit", "Support our journalism");
//! - **repeat**: a line (under 300 bytes) that repeats an earlier one word for
//!   word, such as a headline pasted twice;
//! - **trailer**: every paragraph after a copyright or promo line in the second
//!   half of the text: whatever follows the end of the article is the site's.

use serde::Serialize;

use crate::hash::FxMap;
use crate::span::{MapSpans, Span, Utf16Map};

/// A stretch of text set aside as boilerplate, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Boilerplate {
    /// The boilerplate text.
    pub span: Span,
    /// Why it was set aside: `navigation`, `copyright`, `promo`, `repeat` or `trailer`.
    pub reason: &'static str,
}

impl MapSpans for Boilerplate {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// Lines that are navigation when they are the whole line (lowercase, words only).
#[rustfmt::skip]
const NAVIGATION: &[&str] = &[
    "advertisement", "back to top", "close", "comments", "continue reading", "email", "facebook", "home", "listen",
    "log in", "menu", "more", "next", "previous", "print", "read more", "related", "search", "share", "sign in",
    "sign up", "skip", "sponsored", "subscribe", "top stories", "tweet", "twitter", "watch",
];

/// Phrases that make a short line navigation when it starts with them.
#[rustfmt::skip]
const NAVIGATION_PREFIXES: &[&str] = &[
    "skip to ", "share this ", "share on ", "share via ", "read more ", "related ", "more from ", "see more ",
    "click here", "sign up ", "sign in ", "log in ", "follow us", "jump to ", "go to ", "return to ", "view comments",
    "show comments", "listen to this ", "advertisement ", "recommended ", "most popular", "most read",
];

/// Navigation phrases that may be glued to the end of a line when pages are copied.
const GLUED: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to navigation",
];

/// Phrases of subscription and promotion lines.
#[rustfmt::skip]
const PROMO: &[&str] = &[
    "to see more visit", "subscribe to our", "subscribe now", "sign up for our", "our newsletter", "become a member",
    "support our journalism", "made possible by member", "made possible by listener", "made possible by reader",
    "follow us on", "download our app", "terms of use", "privacy policy", "cookie policy", "all rights reserved",
];

/// For each byte value, the [`PROMO`] phrases starting with it (bit k for phrase k).
static PROMO_FIRST: [u32; 256] = {
    assert!(PROMO.len() <= 32);
    let mut table = [0u32; 256];
    let mut k = 0;
    while k < PROMO.len() {
        table[PROMO[k].as_bytes()[0] as usize] |= 1 << k;
        k += 1;
    }
    table
};

/// The [`PROMO`] bit of "all rights reserved", which also marks a copyright line.
const RIGHTS_RESERVED: u32 = 1 << (PROMO.len() - 1);

/// True when `words` contains one of the [`PROMO`] phrases whose bits are in
/// `wanted`, in one pass: at each byte, only the phrases starting with it are
/// compared (every short line comes through here, so no searcher per phrase).
fn contains_promo(words: &str, wanted: u32) -> bool {
    let h = words.as_bytes();
    for i in 0..h.len() {
        let mut m = PROMO_FIRST[h[i] as usize] & wanted;
        while m != 0 {
            let phrase = PROMO[m.trailing_zeros() as usize].as_bytes();
            if h.get(i + 1) == phrase.get(1) && h[i..].starts_with(phrase) {
                return true;
            }
            m &= m - 1;
        }
    }
    false
}

#[cfg(test)]
fn words_lower(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    words_lower_into(line, &mut out);
    out
}

/// The words of `line`, lowercase and joined by single spaces, written into
/// `out` (cleared first): words are runs of letters, digits and apostrophes.
fn words_lower_into(line: &str, out: &mut String) {
    out.clear();
    let mut gap = false;
    for c in line.chars() {
        let word = if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '\''
        } else {
            c.is_alphanumeric() || c == '’'
        };
        if !word {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            crate::case::push_lower(out, c);
        }
    }
}

fn is_navigation(words: &str) -> bool {
    // At most eight words: seven spaces.
    if words.is_empty() || words.bytes().filter(|&b| b == b' ').nth(7).is_some() {
        return false;
    }
    NAVIGATION.contains(&words)
        || NAVIGATION_PREFIXES
            .iter()
            .any(|p| words.starts_with(p) || p.trim_end() == words)
}

/// A navigation phrase glued to the end of `line`: "... each week.Skip to main content".
fn glued(line: &str, span: Span, out: &mut Vec<Boilerplate>) {
    let lower_tail = line.len().saturating_sub(24);
    if let Some(tail) = line.get(lower_tail..).filter(|t| t.is_ascii()) {
        for g in GLUED {
            let ends = tail.len() >= g.len()
                && tail.as_bytes()[tail.len() - g.len()..].eq_ignore_ascii_case(g.as_bytes());
            if ends {
                let start = span.end - g.len();
                out.push(Boilerplate {
                    span: Span::new(start, span.end),
                    reason: "navigation",
                });
                break;
            }
        }
    }
}

/// Finds boilerplate lines and blocks of `text`, in text order.
///
/// # Examples
/// ```
/// let text = "Skip to Content\n\nThe story, told at some length so that the article \
///             makes up most of the text.\n\nCopyright 2014 NPR. To see more, visit\n\nOur station promo.";
/// let paragraphs = lede::tokenize::paragraphs(text);
/// let found = lede::boilerplate::find(text, &paragraphs);
/// let reasons: Vec<&str> = found.iter().map(|b| b.reason).collect();
/// assert_eq!(reasons, ["navigation", "copyright", "trailer"]);
/// assert_eq!(found[2].span.slice(text), "Our station promo.");
/// ```
#[inline(never)]
pub fn find(text: &str, paragraphs: &[Span]) -> Vec<Boilerplate> {
    let mut out = Vec::new();
    // Lines seen (values unused: the crate's string map type shares its code in the `.wasm`).
    let mut seen: FxMap<&str, usize> = FxMap::default();
    let mut words = String::new();
    let mut trailer: Option<Span> = None;
    let half = text.len() / 2;
    for p in paragraphs {
        if let Some(t) = &mut trailer {
            t.end = p.end;
            continue;
        }
        let mut ends_article = false;
        let mut offset = p.start;
        for raw in p.slice(text).split_inclusive('\n') {
            let line_start = offset + (raw.len() - raw.trim_start().len());
            offset += raw.len();
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            let span = Span::new(line_start, line_start + line.len());
            let short = line.len() < 300;
            // A line of 25 or more words is prose: no navigation, promo or
            // "all rights reserved" line is that long, so it is not lowercased.
            let prose = !short || line.bytes().filter(|&b| b == b' ').nth(23).is_some();
            if prose {
                let copyright = line.starts_with('©')
                    || line.starts_with("(c) ")
                    || line
                        .get(..9)
                        .is_some_and(|w| w.eq_ignore_ascii_case("copyright"));
                if copyright {
                    ends_article |= span.start >= half;
                    out.push(Boilerplate {
                        span,
                        reason: "copyright",
                    });
                    continue;
                }
                if short && seen.insert(line, 0).is_some() {
                    out.push(Boilerplate {
                        span,
                        reason: "repeat",
                    });
                    continue;
                }
                glued(line, span, &mut out);
                continue;
            }
            words_lower_into(line, &mut words);
            let reason = if is_navigation(&words) {
                Some("navigation")
            } else if words.starts_with("copyright")
                || line.starts_with('©')
                || line.starts_with("(c) ")
                || contains_promo(&words, RIGHTS_RESERVED)
            {
                ends_article |= span.start >= half;
                Some("copyright")
            } else if short
                && words.bytes().filter(|&b| b == b' ').nth(24).is_none()
                && contains_promo(&words, u32::MAX)
            {
                ends_article |= span.start >= half;
                Some("promo")
            } else if short && seen.insert(line, 0).is_some() {
                Some("repeat")
            } else {
                None
            };
            if let Some(reason) = reason {
                out.push(Boilerplate { span, reason });
                continue;
            }
            glued(line, span, &mut out);
        }
        if ends_article {
            trailer = Some(Span::new(p.end, p.end));
        }
    }
    if let Some(t) = trailer {
        if let Some(start) = paragraphs.iter().find(|p| p.start > t.start) {
            out.push(Boilerplate {
                span: Span::new(start.start, t.end),
                reason: "trailer",
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promo_phrases_are_found_as_substrings() {
        assert_eq!(
            PROMO[RIGHTS_RESERVED.trailing_zeros() as usize],
            "all rights reserved"
        );
        for words in [
            "",
            "a",
            "sign up for our newsletter",
            "your newsletter arrives weekly",
            "subscribe to ou",
            "terms of usage apply",
            "tall rights reserved",
            "all rights reserve",
            "we made possible by listeners",
            "made possible by listener support",
            "ssubscribe now",
            "ünïcode privacy policy",
        ] {
            let want = PROMO.iter().any(|p| words.contains(p));
            assert_eq!(contains_promo(words, u32::MAX), want, "{words:?}");
            assert_eq!(
                contains_promo(words, RIGHTS_RESERVED),
                words.contains("all rights reserved"),
                "{words:?}"
            );
        }
    }

    #[test]
    fn navigation_lines() {
        for line in [
            "Skip to Content",
            "Share this story",
            "ADVERTISEMENT",
            "Read more: the full report",
        ] {
            assert!(is_navigation(&words_lower(line)), "{line}");
        }
        for line in [
            "Share prices fell sharply on Monday after the report",
            "Related",
        ] {
            assert_eq!(
                is_navigation(&words_lower(line)),
                line == "Related",
                "{line}"
            );
        }
    }

    #[test]
    fn prose_lines_are_only_checked_for_a_copyright_start() {
        let prose = "The studio said in a statement that all rights reserved by the original \
                     contract would stay with the producers, and that the film would be shown \
                     in some independent theaters on Christmas Day after all.";
        let copyright = "Copyright 2014 NPR. To see more, visit http://www.npr.org/ and read \
                         the rest of the station's long list of programs, podcasts, newsletters \
                         and events for members and listeners across the region this winter.";
        let text = format!("{prose}\n\nAll rights reserved.\n\n{copyright}");
        let paragraphs = crate::tokenize::paragraphs(&text);
        let found: Vec<(&str, &str)> = find(&text, &paragraphs)
            .iter()
            .map(|b| (b.span.slice(&text), b.reason))
            .collect();
        assert_eq!(
            found,
            [
                ("All rights reserved.", "copyright"),
                (copyright, "copyright")
            ]
        );
    }
}
