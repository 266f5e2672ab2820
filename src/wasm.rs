//! The WebAssembly bindings: every `#[wasm_bindgen]` item, nothing else.
//!
//! Each export takes plain JavaScript values, checks them, runs the native core
//! and hands back a plain object whose spans are UTF-16 code-unit offsets.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(feature = "compare")]
use crate::compare::{Article, CompareOptions};
use crate::span::{MapSpans, Span, Utf16Map};
use crate::tape::Tape;
use crate::{Correction, Error, Options, QuoteKind, QuoteRef, Stopwords};

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

#[wasm_bindgen]
extern "C" {
    /// `AnalyzeOptions` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "AnalyzeOptions")]
    pub type JsAnalyzeOptions;
    /// `CompareOptions` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "CompareOptions")]
    pub type JsCompareOptions;
    /// `Analysis` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "Analysis")]
    pub type JsAnalysis;
    /// `Comparison` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "Comparison")]
    pub type JsComparison;
    /// `Tokens` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "Tokens")]
    pub type JsTokens;
    /// `FrequencyOptions` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "FrequencyOptions")]
    pub type JsFrequencyOptions;
    /// `Frequencies` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "Frequencies")]
    pub type JsFrequencies;
    /// `KwicLine[]` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "KwicLine[]")]
    pub type JsKwic;
    /// `ArticleInput[]` in the TypeScript declarations.
    #[wasm_bindgen(typescript_type = "Array<string | ArticleInput>")]
    pub type JsArticles;
}

/// Analyses one article. Spans in the result are UTF-16 code units.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze(text: JsValue, options: Option<JsAnalyzeOptions>) -> Result<JsAnalysis, JsError> {
    let (text_utf8, _, mut analysis) = analyze_bytes("analyze", &text, options)?;
    analysis.tokens = Vec::new();
    analysis.map_spans(&Utf16Map::new(&text_utf8));
    Ok(analysis_to_js(analysis, &text)?.unchecked_into())
}

/// The text, the options and the analysis (spans in UTF-8 bytes) of a call of
/// `function`. Quotations' texts are left empty: they are sliced from the
/// caller's string in JavaScript rather than copied through the result.
fn analyze_bytes(
    function: &str,
    text: &JsValue,
    options: Option<JsAnalyzeOptions>,
) -> Result<(String, Options, crate::Analysis), JsError> {
    let text = string_arg(function, text)?;
    let options = analyze_options(
        options.map(Into::into).unwrap_or(JsValue::UNDEFINED),
        &ANALYZE_KEYS,
    )?;
    let analysis = crate::analyze_parts(&text, &options, false)?;
    Ok((text, options, analysis))
}

/// `analysis` (spans in UTF-16) as JavaScript, with its quotations' texts sliced
/// from `text`, the caller's string.
fn analysis_to_js(mut analysis: crate::Analysis, text: &JsValue) -> Result<JsValue, JsError> {
    let mut spans = Vec::new();
    take_span_lists(&mut analysis, &mut spans);
    to_js_with(&analysis, Shape::Analysis, &spans, text)
}

/// Compares two or more articles. Spans in the result are UTF-16 code units of each article's text.
#[cfg(feature = "compare")]
#[wasm_bindgen(js_name = compare)]
pub fn compare(
    articles: JsArticles,
    options: Option<JsCompareOptions>,
) -> Result<JsComparison, JsError> {
    let compare_options = compare_options(options)?;
    let array = article_array(
        "compare",
        "strings or { id?, title?, text, corrections? } objects",
        articles.into(),
        compare_options.max_articles,
    )?;
    let mut owned: Vec<(String, Option<String>, String)> =
        Vec::with_capacity(array.length() as usize);
    let mut fixes: Vec<Vec<Correction>> = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        if let Some(text) = item.as_string() {
            owned.push((i.to_string(), None, text));
            fixes.push(Vec::new());
            continue;
        }
        if !item.is_object() {
            return Err(JsError::new(&format!(
                "lede: compare expects article {i} to be a string or {{ id?, title?, text, corrections? }}, instead found {}",
                describe(&item)
            )));
        }
        fixes.push(article_corrections(i, &item)?);
        let text = get(&item, "text")
            .and_then(|t| t.as_string())
            .ok_or_else(|| {
                JsError::new(&format!(
                    "lede: compare expects article {i} to have a string `text`"
                ))
            })?;
        let (id, title) = id_and_title("compare", i, &item)?;
        owned.push((id, title, text));
    }
    let inputs: Vec<Article<'_>> = owned
        .iter()
        .map(|(id, title, text)| Article {
            id: id.clone(),
            title: title.clone(),
            text,
        })
        .collect();
    let comparison = if fixes.iter().all(Vec::is_empty) {
        crate::compare::compare_with(&inputs, &compare_options)?
    } else {
        // Each article analysed with its own corrections, as compare_with would without.
        let mut analyses = Vec::with_capacity(inputs.len());
        for (a, fix) in inputs.iter().zip(fixes) {
            let options = Options {
                corrections: fix,
                ..compare_options.analysis.clone()
            };
            analyses.push(crate::analyze_with(a.text, &options)?);
        }
        crate::compare::compare_analyses(&inputs, analyses, &compare_options)?
    };
    Ok(comparison_to_js(comparison, &inputs)?.unchecked_into())
}

/// The `corrections` of article object `item`, article `i` (none when it has none).
#[cfg(feature = "compare")]
fn article_corrections(i: usize, item: &JsValue) -> Result<Vec<Correction>, Error> {
    match get(item, "corrections") {
        None => Ok(Vec::new()),
        Some(v) => corrections(&format!("articles[{i}].corrections"), &v),
    }
}

/// `compare`'s options.
#[cfg(feature = "compare")]
fn compare_options(options: Option<JsCompareOptions>) -> Result<CompareOptions, JsError> {
    let options: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
    let analysis = analyze_options(options.clone(), &COMPARE_KEYS)?;
    let mut compare_options = CompareOptions {
        top_terms: analysis.top_terms,
        analysis,
        ..CompareOptions::default()
    };
    let integers: [(&str, &mut usize); 5] = [
        ("maxArticles", &mut compare_options.max_articles),
        ("minCount", &mut compare_options.min_count),
        ("shingleWords", &mut compare_options.shingle_words),
        ("passageWords", &mut compare_options.passage_words),
        ("maxPassages", &mut compare_options.max_passages),
    ];
    for (name, field) in integers {
        if let Some(v) = get(&options, name) {
            *field = positive_integer(name, &v)?;
        }
    }
    if let Some(v) = get(&options, "minG2") {
        compare_options.min_g2 = v
            .as_f64()
            .filter(|x| x.is_finite() && *x >= 0.0)
            .ok_or_else(|| Error::invalid_option("minG2", "a number of 0 or more", describe(&v)))?;
    }
    Ok(compare_options)
}

/// The articles `function` was given: an array (of `what`) of at most `max`.
#[cfg(feature = "compare")]
fn article_array(
    function: &str,
    what: &str,
    articles: JsValue,
    max: usize,
) -> Result<Array, JsError> {
    if !Array::is_array(&articles) {
        return Err(JsError::new(&format!(
            "lede: {function} expects an array of {what}, instead found {}",
            describe(&articles)
        )));
    }
    let array: Array = articles.unchecked_into();
    if array.length() as usize > max {
        return Err(Error::too_many_articles(array.length() as usize, max).into());
    }
    Ok(array)
}

/// The `id` (by default the article's position `i`) and `title` of article object `item`.
#[cfg(feature = "compare")]
fn id_and_title(
    function: &str,
    i: usize,
    item: &JsValue,
) -> Result<(String, Option<String>), JsError> {
    let id = match get(item, "id") {
        None => i.to_string(),
        Some(v) => v.as_string().or_else(|| v.as_f64().map(js_number)).ok_or_else(|| {
            JsError::new(&format!(
                "lede: {function} expects article {i}'s `id` to be a string or number, instead found {}",
                describe(&v)
            ))
        })?,
    };
    let title = match get(item, "title") {
        None => None,
        Some(v) => Some(v.as_string().ok_or_else(|| {
            JsError::new(&format!(
                "lede: {function} expects article {i}'s `title` to be a string, instead found {}",
                describe(&v)
            ))
        })?),
    };
    Ok((id, title))
}

/// An analysis kept for `compareKept`: what comparing reads of it (see
/// `compare::comparable`), with the text it is of and the options it was made with.
#[cfg(feature = "compare")]
struct Kept {
    text: String,
    options: Options,
    analysis: crate::Analysis,
}

#[cfg(feature = "compare")]
thread_local! {
    /// The analyses kept, by the handle js/full.js gave each: a page or a
    /// caller keeps a few dozen, so a list is enough.
    static KEPT: RefCell<Vec<(u32, Kept)>> = const { RefCell::new(Vec::new()) };
}

/// Analyses one article as `analyze` does, and keeps what comparing needs of
/// it under `handle` until `release(handle)`, for `compareKept`.
#[cfg(feature = "compare")]
#[wasm_bindgen(js_name = analyzeKept)]
pub fn analyze_kept(
    handle: u32,
    text: JsValue,
    options: Option<JsAnalyzeOptions>,
) -> Result<JsAnalysis, JsError> {
    let (text_utf8, options, mut analysis) = analyze_bytes("analyzeKept", &text, options)?;
    let tokens = std::mem::take(&mut analysis.tokens);
    let kept = crate::compare::comparable(&analysis, tokens, &text_utf8);
    analysis.map_spans(&Utf16Map::new(&text_utf8));
    let out = analysis_to_js(analysis, &text)?;
    release(handle);
    let kept = Kept {
        text: text_utf8,
        options,
        analysis: kept,
    };
    KEPT.with(|k| k.borrow_mut().push((handle, kept)));
    Ok(out.unchecked_into())
}

/// Frees the analysis kept under `handle` (nothing when there is none).
#[cfg(feature = "compare")]
#[wasm_bindgen(js_name = release)]
pub fn release(handle: u32) {
    KEPT.with(|k| k.borrow_mut().retain(|(h, _)| *h != handle));
}

/// Compares articles analysed by `analyzeKept`, `handles[i]` being the handle
/// of `articles[i]` (`{ id?, title?, analysis }`), without analysing them again.
/// Each article's `analysis` crosses as the analysis of an empty text: js/full.js
/// puts the caller's own in its place.
#[cfg(feature = "compare")]
#[wasm_bindgen(js_name = compareKept)]
pub fn compare_kept(
    articles: JsValue,
    handles: &[u32],
    options: Option<JsCompareOptions>,
) -> Result<JsComparison, JsError> {
    let compare_options = compare_options(options)?;
    let array = article_array(
        "compareKept",
        "{ id?, title?, analysis, corrections? } objects",
        articles,
        compare_options.max_articles,
    )?;
    if handles.len() != array.length() as usize {
        return Err(JsError::new(
            "lede: compareKept needs one handle per article",
        ));
    }
    let mut meta = Vec::with_capacity(handles.len());
    let mut fixes = Vec::with_capacity(handles.len());
    for (i, item) in array.iter().enumerate() {
        meta.push(id_and_title("compareKept", i, &item)?);
        fixes.push(article_corrections(i, &item)?);
    }
    let options = &compare_options.analysis;
    KEPT.with(|kept| {
        let kept = kept.borrow();
        let mut inputs = Vec::with_capacity(handles.len());
        let mut analyses = Vec::with_capacity(handles.len());
        for (i, (((id, title), handle), fix)) in
            meta.into_iter().zip(handles).zip(fixes).enumerate()
        {
            let Some((_, k)) = kept.iter().find(|(h, _)| h == handle) else {
                return Err(JsError::new(&format!(
                    "lede: compareKept expects article {i}'s analysis to be kept, but release() freed it"
                )));
            };
            // An article's corrections are its own: the ones it was analysed with
            // are the ones it names here.
            let wanted = Options {
                corrections: fix,
                ..options.clone()
            };
            if !k.options.analyses_match(&wanted) {
                return Err(JsError::new(&format!(
                    "lede: compareKept expects article {i} to be analysed with the options given here \
                     (stopwords, extraStopwords, stem, topTerms, keepBoilerplate) and its own `corrections`; \
                     analyse it again with them"
                )));
            }
            inputs.push(Article {
                id,
                title,
                text: &k.text,
            });
            analyses.push(&k.analysis);
        }
        let (mut comparison, words) =
            crate::compare::compare_borrowed(&inputs, &analyses, &compare_options)?;
        let placeholders: Result<Vec<_>, _> = inputs
            .iter()
            .map(|_| crate::analyze_parts("", options, false))
            .collect();
        comparison.articles = crate::compare::summaries(&inputs, placeholders?, &words);
        Ok(comparison_to_js(comparison, &inputs)?.unchecked_into())
    })
}

/// `comparison` of `articles` as JavaScript, its spans in UTF-16.
#[cfg(feature = "compare")]
fn comparison_to_js(
    mut comparison: crate::Comparison,
    articles: &[Article<'_>],
) -> Result<JsValue, JsError> {
    let maps: Vec<Utf16Map> = articles.iter().map(|a| Utf16Map::new(a.text)).collect();
    comparison.map_spans_per_article(&maps);
    let mut spans = Vec::new();
    for a in &mut comparison.articles {
        a.analysis.tokens = Vec::new();
        take_span_lists(&mut a.analysis, &mut spans);
    }
    to_js_with(&comparison, Shape::Comparison, &spans, &JsValue::UNDEFINED)
}

/// Every token of `text`, compactly: parallel typed arrays of UTF-16 `start` and `end`
/// offsets and `kind` indices into `kinds`, instead of millions of small objects.
#[wasm_bindgen(js_name = tokenize)]
pub fn tokenize(text: JsValue) -> Result<JsTokens, JsError> {
    let text = string_arg("tokenize", &text)?;
    let tokens = crate::tokenize::tokenize(&text);
    let map = Utf16Map::new(&text);
    let mut cursor = map.cursor();
    let mut starts = Vec::with_capacity(tokens.len());
    let mut ends = Vec::with_capacity(tokens.len());
    let mut kinds = Vec::with_capacity(tokens.len());
    let mut names: Vec<Option<JsValue>> = Vec::new();
    for t in &tokens {
        starts.push(cursor.convert(t.span.start) as u32);
        ends.push(cursor.convert(t.span.end) as u32);
        let k = t.kind as usize;
        if names.len() <= k {
            names.resize(k + 1, None);
        }
        if names[k].is_none() {
            names[k] = Some(to_js(&t.kind)?);
        }
        kinds.push(k as u8);
    }
    let out = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&out, &key.into(), value).map(|_| ());
    let all_kinds: Array = names
        .into_iter()
        .map(|n| n.unwrap_or(JsValue::NULL))
        .collect();
    set("start", &Uint32Array::from(&starts[..]).into())
        .and_then(|_| set("end", &Uint32Array::from(&ends[..]).into()))
        .and_then(|_| set("kind", &Uint8Array::from(&kinds[..]).into()))
        .and_then(|_| set("kinds", &all_kinds.into()))
        .map_err(|_| JsError::new("lede: could not build the token arrays"))?;
    Ok(out.unchecked_into())
}

/// The whole frequency table of `text`: every counted term (normalised, by the
/// rules of `analyze`'s terms) with its count, as a string array and a parallel
/// `Uint32Array`, most frequent first.
#[wasm_bindgen(js_name = frequencies)]
pub fn frequencies(
    text: JsValue,
    options: Option<JsFrequencyOptions>,
) -> Result<JsFrequencies, JsError> {
    let text = string_arg("frequencies", &text)?;
    let options = analyze_options(
        options.map(Into::into).unwrap_or(JsValue::UNDEFINED),
        &FREQUENCY_KEYS,
    )?;
    if text.len() > options.max_bytes {
        return Err(Error::too_large(text.len(), options.max_bytes).into());
    }
    let table = crate::terms::frequencies(&text, &options);
    // One string crosses, split in JavaScript: forms never hold a line break.
    let array_of = |list: &[String]| {
        if list.is_empty() {
            Array::new()
        } else {
            js_sys::JsString::from(list.join("\n")).split("\n")
        }
    };
    let terms = array_of(&table.terms);
    // Without stemming the forms are the terms: the same array serves.
    let forms = if options.stem {
        array_of(&table.forms)
    } else {
        terms.clone()
    };
    let out = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&out, &key.into(), value).map(|_| ());
    set("terms", &terms.into())
        .and_then(|_| set("forms", &forms.into()))
        .and_then(|_| set("counts", &Uint32Array::from(&table.counts[..]).into()))
        .and_then(|_| set("totalWords", &JsValue::from(table.total_words as f64)))
        .map_err(|_| JsError::new("lede: could not build the frequency table"))?;
    Ok(out.unchecked_into())
}

/// Keyword in context: every occurrence of `term` (one or more words, matched on
/// normalised forms, or on stems with `{ stem: true }`) with up to `window` words
/// either side; the third argument is the window or `{ window?, stem? }`.
#[wasm_bindgen(js_name = kwic)]
pub fn kwic(text: JsValue, term: JsValue, window: JsValue) -> Result<JsKwic, JsError> {
    let text = string_arg("kwic", &text)?;
    let term = term.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "lede: kwic expects term to be a string, instead found {}",
            describe(&term)
        ))
    })?;
    let (window, stem) = kwic_options(&window)?;
    let tokens = crate::tokenize::tokenize(&text);
    let mut lines = if stem {
        crate::terms::kwic_by_stem(&text, &tokens, &term, window)
    } else {
        crate::terms::kwic(&text, &tokens, &term, window)
    };
    lines.map_spans(&Utf16Map::new(&text));
    Ok(to_js(&lines)?.unchecked_into())
}

/// The window and stemming of a `kwic` call: its third argument is nothing, a
/// window, or `{ window?, stem? }`.
fn kwic_options(value: &JsValue) -> Result<(usize, bool), JsError> {
    const WINDOW: usize = 5;
    if value.is_undefined() || value.is_null() {
        return Ok((WINDOW, false));
    }
    if !value.is_object() || Array::is_array(value) {
        return Ok((positive_integer("window", value)?, false));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !KWIC_KEYS.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "lede: unknown kwic option `{key}`, expected one of: {}",
                KWIC_KEYS.join(", ")
            )));
        }
    }
    let window = match get(value, "window") {
        Some(v) => positive_integer("window", &v)?,
        None => WINDOW,
    };
    let stem = match get(value, "stem") {
        Some(v) => boolean("stem", &v)?,
        None => false,
    };
    Ok((window, stem))
}

fn string_arg(function: &str, text: &JsValue) -> Result<String, JsError> {
    text.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "lede: {function} expects text to be a string, instead found {}",
            describe(text)
        ))
    })
}

/// The engine's version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

const KWIC_KEYS: [&str; 2] = ["window", "stem"];
const ANALYZE_KEYS: [&str; 7] = [
    "stopwords",
    "extraStopwords",
    "stem",
    "topTerms",
    "keepBoilerplate",
    "maxBytes",
    "corrections",
];
const FREQUENCY_KEYS: [&str; 4] = ["stopwords", "extraStopwords", "stem", "maxBytes"];
#[cfg(feature = "compare")]
const COMPARE_KEYS: [&str; 12] = [
    "stopwords",
    "extraStopwords",
    "stem",
    "topTerms",
    "keepBoilerplate",
    "maxBytes",
    "maxArticles",
    "minCount",
    "minG2",
    "shingleWords",
    "passageWords",
    "maxPassages",
];

fn analyze_options(value: JsValue, allowed: &[&str]) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || Array::is_array(&value) {
        return Err(JsError::new(&format!(
            "lede: options must be an object, instead found {}",
            describe(&value)
        )));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if key == "corrections" && !allowed.contains(&"corrections") {
            // compare's: corrections are each article's own.
            return Err(JsError::new(
                "lede: compare takes corrections per article, as each article's `corrections` \
                 ({ id?, title?, text, corrections }), not as an option",
            ));
        }
        if !allowed.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "lede: unknown option `{key}`, expected one of: {}",
                allowed.join(", ")
            )));
        }
    }
    if let Some(v) = get(&value, "stopwords") {
        options.stopwords = if let Some(s) = v.as_string() {
            match s.as_str() {
                "none" => Stopwords::None,
                "default" => Stopwords::Default,
                "reporting" => Stopwords::Reporting,
                _ => {
                    return Err(Error::invalid_option(
                        "stopwords",
                        STOPWORDS_EXPECTED,
                        format!("\"{s}\""),
                    )
                    .into())
                }
            }
        } else if Array::is_array(&v) {
            Stopwords::Custom(strings("stopwords", &v)?)
        } else {
            return Err(
                Error::invalid_option("stopwords", STOPWORDS_EXPECTED, describe(&v)).into(),
            );
        };
    }
    if let Some(v) = get(&value, "extraStopwords") {
        options.extra_stopwords = strings("extraStopwords", &v)?;
    }
    if let Some(v) = get(&value, "stem") {
        options.stem = boolean("stem", &v)?;
    }
    if let Some(v) = get(&value, "topTerms") {
        options.top_terms = positive_integer("topTerms", &v)?;
    }
    if let Some(v) = get(&value, "keepBoilerplate") {
        options.keep_boilerplate = boolean("keepBoilerplate", &v)?;
    }
    if let Some(v) = get(&value, "maxBytes") {
        options.max_bytes = positive_integer("maxBytes", &v)?;
    }
    if let Some(v) = get(&value, "corrections") {
        options.corrections = corrections("corrections", &v)?;
    }
    Ok(options)
}

/// The reader's corrections, the value of `name` (`corrections`, or an
/// article's `corrections` for compare): an array of `Correction` objects, as
/// js/types.d.ts declares them.
fn corrections(name: &str, v: &JsValue) -> Result<Vec<Correction>, Error> {
    if !Array::is_array(v) {
        return Err(Error::invalid_option(
            name,
            "an array of corrections",
            describe(v),
        ));
    }
    Array::from(v)
        .iter()
        .enumerate()
        .map(|(i, c)| correction(&format!("{name}[{i}]"), &c))
        .collect()
}

const CORRECTION_TYPES: &str = "\"speaker\", \"kind\", \"merge\" or \"split\"";
const QUOTE_KINDS: &str = "\"direct\", \"partial\", \"title\" or \"scare\"";

/// One correction, `name` (`corrections[2]`) in messages.
fn correction(name: &str, v: &JsValue) -> Result<Correction, Error> {
    if !v.is_object() || Array::is_array(v) {
        return Err(Error::invalid_option(
            name,
            format!("an object with a `type` ({CORRECTION_TYPES})"),
            describe(v),
        ));
    }
    let kind = get(v, "type");
    let fields: &[&str] = match kind.as_ref().and_then(JsValue::as_string).as_deref() {
        Some("speaker") => &["type", "quote", "speaker"],
        Some("kind") => &["type", "quote", "kind"],
        Some("merge") => &["type", "from", "into"],
        Some("split") => &["type", "speaker", "quotes", "name"],
        _ => {
            return Err(Error::invalid_option(
                format!("{name}.type"),
                CORRECTION_TYPES,
                kind.as_ref().map_or_else(|| "nothing".into(), describe),
            ))
        }
    };
    only_fields(name, v, fields)?;
    let field = |key: &str| format!("{name}.{key}");
    let quote = || quote_ref(&field("quote"), &required(v, name, "quote")?);
    let text = |key: &str| name_string(&field(key), &required(v, name, key)?);
    Ok(match fields[1..] {
        ["quote", "speaker"] => Correction::Speaker {
            quote: quote()?,
            speaker: match required(v, name, "speaker")? {
                s if s.is_null() => None,
                s => Some(name_string(&field("speaker"), &s)?),
            },
        },
        ["quote", "kind"] => {
            let k = required(v, name, "kind")?;
            let kind = match k.as_string().as_deref() {
                Some("direct") => QuoteKind::Direct,
                Some("partial") => QuoteKind::Partial,
                Some("title") => QuoteKind::Title,
                Some("scare") => QuoteKind::Scare,
                _ => {
                    return Err(Error::invalid_option(
                        field("kind"),
                        QUOTE_KINDS,
                        describe(&k),
                    ))
                }
            };
            Correction::Kind {
                quote: quote()?,
                kind,
            }
        }
        ["from", "into"] => Correction::Merge {
            from: text("from")?,
            into: text("into")?,
        },
        _ => {
            let list = required(v, name, "quotes")?;
            let refs: Option<Vec<JsValue>> = Array::is_array(&list)
                .then(|| Array::from(&list).iter().collect())
                .filter(|l: &Vec<JsValue>| !l.is_empty());
            let Some(refs) = refs else {
                return Err(Error::invalid_option(
                    field("quotes"),
                    "a non-empty array of quotations",
                    describe(&list),
                ));
            };
            Correction::Split {
                speaker: text("speaker")?,
                quotes: refs
                    .iter()
                    .enumerate()
                    .map(|(i, r)| quote_ref(&format!("{name}.quotes[{i}]"), r))
                    .collect::<Result<_, _>>()?,
                name: text("name")?,
            }
        }
    })
}

/// Refuses a field of object `v` (option `name`) that is not one of `fields`.
fn only_fields(name: &str, v: &JsValue, fields: &[&str]) -> Result<(), Error> {
    for key in Object::keys(v.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !fields.contains(&key.as_str()) {
            return Err(Error::invalid_option(
                name,
                format!("only the fields {}", fields.join(", ")),
                format!("the field `{key}`"),
            ));
        }
    }
    Ok(())
}

/// The field `key` of `v` (option `name`), which must be there (`null` may be).
fn required(v: &JsValue, name: &str, key: &str) -> Result<JsValue, Error> {
    get(v, key)
        .ok_or_else(|| Error::invalid_option(name, format!("a field `{key}`"), "none".to_string()))
}

/// A speaker's name: a string with more than blanks.
fn name_string(name: &str, v: &JsValue) -> Result<String, Error> {
    v.as_string()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Error::invalid_option(name, "a name (a non-empty string)", describe(v)))
}

/// A quotation reference: the quoted words, or `{ text, occurrence?, before? }`.
fn quote_ref(name: &str, v: &JsValue) -> Result<QuoteRef, Error> {
    const EXPECTED: &str = "the quoted words or { text, occurrence?, before? }";
    if let Some(text) = v.as_string() {
        return Ok(QuoteRef::new(text));
    }
    if !v.is_object() || Array::is_array(v) {
        return Err(Error::invalid_option(name, EXPECTED, describe(v)));
    }
    only_fields(name, v, &["text", "occurrence", "before"])?;
    let text = get(v, "text").and_then(|t| t.as_string()).ok_or_else(|| {
        Error::invalid_option(
            format!("{name}.text"),
            "a string",
            get(v, "text").map_or_else(|| "nothing".into(), |t| describe(&t)),
        )
    })?;
    let occurrence = match get(v, "occurrence") {
        None => 0,
        Some(n) => match n.as_f64() {
            Some(x) if x.fract() == 0.0 && (0.0..=9_007_199_254_740_991.0).contains(&x) => {
                x as usize
            }
            _ => {
                return Err(Error::invalid_option(
                    format!("{name}.occurrence"),
                    "a whole number of 0 or more",
                    describe(&n),
                ))
            }
        },
    };
    let before = match get(v, "before") {
        None => String::new(),
        Some(b) => b.as_string().ok_or_else(|| {
            Error::invalid_option(format!("{name}.before"), "a string", describe(&b))
        })?,
    };
    Ok(QuoteRef {
        text,
        occurrence,
        before,
    })
}

const STOPWORDS_EXPECTED: &str = "\"none\", \"default\", \"reporting\" or an array of strings";

/// The array of strings `v`, the value of option `name`.
fn strings(name: &str, v: &JsValue) -> Result<Vec<String>, Error> {
    if !Array::is_array(v) {
        return Err(Error::invalid_option(
            name,
            "an array of strings",
            describe(v),
        ));
    }
    let words: Option<Vec<String>> = Array::from(v).iter().map(|w| w.as_string()).collect();
    words.ok_or_else(|| {
        Error::invalid_option(
            name,
            "an array of strings",
            "an array with a non-string item",
        )
    })
}

/// The property `key` of `object`, or `None` when it is missing or undefined.
fn get(object: &JsValue, key: &str) -> Option<JsValue> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn boolean(name: &str, v: &JsValue) -> Result<bool, Error> {
    v.as_bool()
        .ok_or_else(|| Error::invalid_option(name, "a boolean", describe(v)))
}

fn positive_integer(name: &str, v: &JsValue) -> Result<usize, Error> {
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && (1.0..=9_007_199_254_740_991.0).contains(&n) => {
            Ok(n as usize)
        }
        _ => Err(Error::invalid_option(
            name,
            "a positive integer",
            describe(v),
        )),
    }
}

/// A number as JavaScript writes it (`String(n)`), without Rust's float
/// formatting code, which would add 25 KB to the `.wasm`.
fn js_number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Describes a JavaScript value for an error message: `number 3`, `string "x"`, `null`.
fn describe(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if v.is_undefined() {
        "undefined".into()
    } else if let Some(s) = v.as_string() {
        let short: String = s.chars().take(40).collect();
        format!(
            "string \"{short}\"{}",
            if s.chars().count() > 40 { "…" } else { "" }
        )
    } else if let Some(n) = v.as_f64() {
        format!("number {}", js_number(n))
    } else if let Some(b) = v.as_bool() {
        format!("boolean {b}")
    } else if Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value".into())
    }
}

/// Moves the span lists of an analysis that grow with the text (sentences,
/// paragraphs, every occurrence of a term, every mention of a speaker) to the end
/// of `spans`, before the rest is serialised: they cross with the tape's last
/// call, each list its length in words then its `[start, end]` pairs, in the
/// order js/decode.js's `end` copies them back out into the emptied fields, as a
/// `Uint32Array` each (before, each took calls of its own into JavaScript).
fn take_span_lists(a: &mut crate::Analysis, spans: &mut Vec<u32>) {
    let mut put = |list: &mut Vec<Span>| {
        spans.push(list.len() as u32 * 2);
        for s in std::mem::take(list) {
            spans.extend([s.start as u32, s.end as u32]);
        }
    };
    put(&mut a.sentences);
    put(&mut a.paragraphs);
    let terms = &mut a.terms;
    for term in terms
        .words
        .iter_mut()
        .chain(&mut terms.phrases)
        .chain(&mut terms.names)
    {
        put(&mut term.occurrences);
    }
    for speaker in &mut a.speakers {
        put(&mut speaker.mentions);
    }
}

/// What a result is, for js/decode.js: which fields take span lists, and whether
/// quotations' texts are sliced from the caller's string.
#[derive(Clone, Copy)]
#[repr(u32)]
enum Shape {
    /// Anything without span lists.
    Plain = 0,
    /// An `Analysis`.
    Analysis = 1,
    /// A `Comparison`: each article's `analysis`.
    #[cfg(feature = "compare")]
    Comparison = 2,
}

#[wasm_bindgen(module = "/js/decode.js")]
extern "C" {
    /// Starts reading a result.
    fn begin();
    /// Reads the next chunk of the result's tape (see `crate::tape`).
    fn feed(tape: &[u32], nums: &[f64], text: &str);
    /// The result read, of `shape`, with the span lists of `spans` (see
    /// `take_span_lists`) and, in an analysis, each quotation's text sliced from `text`.
    fn end(shape: u32, spans: &[u32], text: &JsValue) -> JsValue;
}

thread_local! {
    /// The tape every result is written to, a chunk at a time.
    static TAPE: RefCell<Tape> = RefCell::new(Tape::with_sink(feed));
}

/// `value` as plain JavaScript objects: written to a tape here and read in
/// JavaScript a chunk at a time (a call into JavaScript per chunk, not per field);
/// the span lists taken out of it cross in the last call, `end`.
fn to_js_with<T: Serialize>(
    value: &T,
    shape: Shape,
    spans: &[u32],
    text: &JsValue,
) -> Result<JsValue, JsError> {
    TAPE.with(|tape| {
        begin();
        let written = tape.borrow_mut().write(value);
        let out = end(
            if written.is_ok() { shape } else { Shape::Plain } as u32,
            spans,
            text,
        );
        written.map_err(|e| JsError::new(&format!("lede: could not build the result: {e}")))?;
        Ok(out)
    })
}

/// `value`, which has no span lists, as plain JavaScript objects.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    to_js_with(value, Shape::Plain, &[], &JsValue::UNDEFINED)
}
