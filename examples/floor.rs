//! The floor for benchmarks: list every file below DIR and read each once, on all cores,
//! without parsing. No command that reads the whole folder can be faster.
//!
//! ```text
//! cargo run --release --example floor -- DIR
//! ```

use rayon::prelude::*;
use std::path::PathBuf;

/// Files below `dir`, its subfolders listed in parallel.
fn files(dir: PathBuf) -> Vec<PathBuf> {
    let entries: Vec<_> = std::fs::read_dir(&dir).expect("read folder").flatten().collect();
    entries
        .into_par_iter()
        .flat_map_iter(|e| match e.file_type().is_ok_and(|t| t.is_dir()) {
            true => files(e.path()),
            false => vec![e.path()],
        })
        .collect()
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: floor DIR");
    let files = files(PathBuf::from(dir));
    let bytes: usize = files.par_iter().map(|f| std::fs::read(f).map_or(0, |b| b.len())).sum();
    println!("{} files, {bytes} bytes", files.len());
}
