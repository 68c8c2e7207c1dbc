//! The floor for benchmarks: list every file below DIR and read each once on all cores,
//! without parsing. No peerlog command that reads the whole folder can be faster.
//!
//! ```text
//! cargo run --release --example floor -- DIR
//! ```

use rayon::prelude::*;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read folder").flatten() {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: floor DIR");
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files);
    let bytes: usize = files.par_iter().map(|f| std::fs::read(f).map_or(0, |b| b.len())).sum();
    println!("{} files, {bytes} bytes", files.len());
}
