//! The page's two sample articles (`www/samples/`): the tests read the same text the page
//! opens with.

/// File name of NPR's “White House says any response to Sony attack needs to be ‘proportional’”.
pub const NPR_FILE: &str = "npr-white-house-proportional.txt";
/// File name of The Verge's “Obama: the US 'will respond' to the North Korean attack on Sony”.
pub const VERGE_FILE: &str = "verge-obama-will-respond.txt";

/// The NPR sample's text.
pub const NPR: &str = include_str!("../../www/samples/npr-white-house-proportional.txt");
/// The Verge sample's text.
pub const VERGE: &str = include_str!("../../www/samples/verge-obama-will-respond.txt");

/// Both samples as `(file name, text)`, in the page's order.
pub const ALL: [(&str, &str); 2] = [(NPR_FILE, NPR), (VERGE_FILE, VERGE)];

/// The text of the sample in `www/samples/` named `file` (with or without `.txt`).
pub fn text(file: &str) -> &'static str {
    ALL.iter()
        .find(|(name, _)| *name == file || name.strip_suffix(".txt") == Some(file))
        .map(|&(_, text)| text)
        .unwrap_or_else(|| panic!("no sample named {file:?}"))
}
