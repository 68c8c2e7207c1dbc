//! Property tests: the loader, fed arbitrary bytes or mutated valid files, never panics and
//! always fails with a message that names the file (and a line and column in it).

use peerlog::model::{Consultation, Feedback, Group, Person};
use peerlog::store::{Store, check};
use proptest::prelude::*;
use std::path::Path;

/// Valid files of each kind, at their places.
const VALID: &[(&str, &str)] = &[
    (
        "consultations/2025/2025-03-04/c-abcdefgh.toml",
        "id = \"c-abcdefgh\"\nstatus = \"held\"\npeer = \"p-peerpeer\"\nrecipient = \"p-recipien\"\n\
date = 2025-03-04\ntime = \"17:30-18:15\"\nplace = \"Rīga, Brīvības iela 1\"\ntopic = \"Kā runāt ar pusaudzi\"\n",
    ),
    (
        "people/p-peerpeer.toml",
        "id = \"p-peerpeer\"\nname = \"Līga Ozoliņa\"\ngroup = \"g-grupagru\"\nrole = \"child\"\n\
birth_date = 2010-04-12\n\n[[peer.stages]]\nstage = \"active\"\ndate = 2025-02-24\nnote = \"Gatava\"\n",
    ),
    (
        "groups/g-grupagru.toml",
        "id = \"g-grupagru\"\nname = \"Rīgas vecāku grupa\"\nleader = \"Inese Kalniņa\"\nvenue = \"Rīga\"\n\
model = 1\nstart = 2025-02-03\nend = 2025-05-26\nmeetings = [2025-02-03, 2025-02-10]\n",
    ),
    (
        "feedback/2025/f-atsauksm.toml",
        "id = \"f-atsauksm\"\ndate = 2025-03-05\nfrom = \"recipient\"\nconsultations = [\"c-abcdefgh\"]\n\
expected = \"Uzklausīšanu\"\nmet = \"partly\"\ncomment = \"Vajadzēja vairāk laika\"\nbenefit = \"Drosme runāt\"\n",
    ),
];

/// Pieces that matter to a TOML parser and to peerlog's types.
const TOKENS: &[&str] = &[
    "=",
    "\"",
    "'",
    "[",
    "]",
    "[[peer.stages]]",
    "[peer]",
    "\n",
    "#",
    "ā",
    "ņ",
    "\\",
    "\"\"\"",
    "'''",
    "<<<<<<< HEAD\n",
    "=======\n",
    "{",
    "}",
    ",",
    "0",
    "-",
    "T",
    ":",
    ".",
    "id = \"c-x\"\n",
    "\u{0}",
    "\r",
    "9999-12-31",
    "0000-01-01",
    "inf",
    "nan",
    "true",
    "99999999999999999999",
    "x = 1\n",
    "\u{feff}",
    "\u{7}",
    "24:00-25:00",
    "status = \"held\"\n",
    "{a = 1}",
    "[]",
    "\t",
];

/// One edit of a file's bytes.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, token: usize },
    Byte { at: usize, byte: u8 },
    DuplicateLine { at: usize },
    Truncate { at: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..12usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), any::<usize>()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
        any::<usize>().prop_map(|at| Edit::DuplicateLine { at }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let n = bytes.len().max(1);
        match *e {
            Edit::Delete { at, len } => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            Edit::Insert { at, token } => {
                let at = at % (bytes.len() + 1);
                let t = TOKENS[token % TOKENS.len()].as_bytes();
                bytes.splice(at..at, t.iter().copied());
            }
            Edit::Byte { at, byte } => {
                if !bytes.is_empty() {
                    bytes[at % n] = byte;
                }
            }
            Edit::DuplicateLine { at } => {
                let text = bytes.clone();
                let lines: Vec<&[u8]> = text.split_inclusive(|b| *b == b'\n').collect();
                if !lines.is_empty() {
                    let i = at % lines.len();
                    let mut out = Vec::new();
                    for (j, l) in lines.iter().enumerate() {
                        out.extend_from_slice(l);
                        if j == i {
                            out.extend_from_slice(l);
                        }
                    }
                    bytes = out;
                }
            }
            Edit::Truncate { at } => bytes.truncate(at % n),
        }
    }
    bytes
}

/// A folder with settings and one file of `bytes` at `rel`.
fn folder_with(rel: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("peerlog.toml"), "format = 1\n").unwrap();
    let path = dir.path().join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
    dir
}

/// Reads the file as its kind; any failure must name the file with a line and a column, in
/// plain words, and `check` must report the same file.
fn loads_or_names_the_file(rel: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = folder_with(rel, bytes);
    let store = Store::open(Some(dir.path())).expect("settings are fine");
    let path = Path::new(rel);
    let result = match rel.split('/').next().unwrap() {
        "consultations" => store.read::<Consultation>(path).map(drop),
        "people" => store.read::<Person>(path).map(drop),
        "groups" => store.read::<Group>(path).map(drop),
        _ => store.read::<Feedback>(path).map(drop),
    };
    let report = check::check(dir.path()).expect("check runs");
    if let Err(e) = result {
        let prefix = format!("{rel}:");
        let first = e.message.lines().find(|l| l.starts_with(&prefix)).unwrap_or_default().to_string();
        prop_assert!(!first.is_empty(), "no line names {}: {}", rel, e.message);
        let mut parts = first[prefix.len()..].splitn(3, ':');
        let line: usize = parts.next().unwrap().parse().expect("a line number");
        let column: usize = parts.next().unwrap().parse().expect("a column number");
        prop_assert!(line >= 1 && column >= 1);
        prop_assert!(parts.next().unwrap().starts_with(" error: "), "{}", first);
        for serde_words in ["untagged", "__toml_private", "invalid type:", "unknown variant", "missing field"] {
            prop_assert!(!e.message.contains(serde_words), "{}", e.message);
        }
        prop_assert!(
            report.problems.iter().any(|d| d.path == rel && d.is_error()),
            "check misses {rel}: {:?}",
            report.problems
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes(kind in 0..VALID.len(), bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        loads_or_names_the_file(VALID[kind].0, &bytes)?;
    }

    #[test]
    fn arbitrary_text(kind in 0..VALID.len(), text in "\\PC{0,200}") {
        loads_or_names_the_file(VALID[kind].0, text.as_bytes())?;
    }

    #[test]
    fn mutated_valid_files(kind in 0..VALID.len(), edits in proptest::collection::vec(edit(), 1..5)) {
        let (rel, text) = VALID[kind];
        loads_or_names_the_file(rel, &apply(text.as_bytes().to_vec(), &edits))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// The same through the binary: `check` and a reader fail cleanly, naming the file.
    #[test]
    fn mutated_files_through_the_binary(kind in 0..VALID.len(), edits in proptest::collection::vec(edit(), 1..5)) {
        let (rel, text) = VALID[kind];
        let dir = folder_with(rel, &apply(text.as_bytes().to_vec(), &edits));
        for args in [&["check"][..], &["report", "appendix1", "--group", "g-grupagru"][..]] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_peerlog"))
                .current_dir(dir.path())
                .env_remove("PEERLOG_DIR")
                .env("XDG_CACHE_HOME", crate::common::TEST_CACHE)
                .args(args)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let stdout = String::from_utf8_lossy(&out.stdout);
            prop_assert!(!stderr.contains("panicked"), "{}", stderr);
            prop_assert!(matches!(out.status.code(), Some(0 | 1)), "{:?} {}", args, stderr);
            if args[0] == "check" && out.status.code() == Some(1) {
                prop_assert!(stdout.contains(&format!("{rel}:")) || stdout.contains("peerlog.toml"), "{}", stdout);
            }
        }
    }
}

#[test]
fn the_valid_files_are_valid() {
    for (rel, text) in VALID {
        loads_or_names_the_file(rel, text.as_bytes()).unwrap();
        let dir = folder_with(rel, text.as_bytes());
        let store = Store::open(Some(dir.path())).unwrap();
        let ok = match rel.split('/').next().unwrap() {
            "consultations" => store.read::<Consultation>(Path::new(rel)).is_ok(),
            "people" => store.read::<Person>(Path::new(rel)).is_ok(),
            "groups" => store.read::<Group>(Path::new(rel)).is_ok(),
            _ => store.read::<Feedback>(Path::new(rel)).is_ok(),
        };
        assert!(ok, "{rel}");
    }
}
