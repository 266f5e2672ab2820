//! Writes `lower.rs` into OUT_DIR: the lowercase mapping of every character as runs,
//! taken from this toolchain's own `char::to_lowercase`, so `src/case.rs` follows
//! the same Unicode version as std while the `.wasm` carries 1.5 KB of runs instead
//! of core's 12 KB case table.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // (code point, lower - code point) of every character that lowercases to one other.
    let mut pairs: Vec<(u32, i32)> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if l != c {
                pairs.push((c as u32, l as i32 - c as i32));
            }
        }
    }
    // Runs of code points 1 or 2 apart with the same offset.
    let mut runs: Vec<(u32, u32, u32, i32)> = Vec::new();
    let mut i = 0;
    while i < pairs.len() {
        let (start, delta) = pairs[i];
        let mut best = (1, 1);
        for stride in [1u32, 2] {
            let mut n = 1;
            while i + n < pairs.len()
                && pairs[i + n].0 == start + n as u32 * stride
                && pairs[i + n].1 == delta
                && n < 127
            {
                n += 1;
            }
            if n > best.1 {
                best = (stride, n);
            }
        }
        runs.push((start, best.1 as u32, best.0, delta));
        i += best.1;
    }
    let mut out = String::new();
    writeln!(
        out,
        "/// Lowercase runs: `start | count << 21 | (stride - 1) << 28` and the offset to add."
    )
    .unwrap();
    writeln!(out, "static LOWER_RUNS: [(u32, i32); {}] = [", runs.len()).unwrap();
    for (start, count, stride, delta) in runs {
        let packed = start | count << 21 | (stride - 1) << 28;
        writeln!(out, "    ({packed:#010x}, {delta}),").unwrap();
    }
    writeln!(out, "];").unwrap();
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("lower.rs");
    std::fs::write(path, out).unwrap();
}
