//! Test helpers: a fresh peerlog folder in a temporary directory, a way to run the binary in
//! it, and a byte-for-byte picture of the folder to prove a refused command wrote nothing.

#![allow(dead_code)]

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The cache folder every test's peerlog uses (`XDG_CACHE_HOME`), so that the feedback answers
/// cache of a test's folder never lands in the user's own cache.
pub const TEST_CACHE: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache");

/// The result of one run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts success and returns stdout without its final newline.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "expected success, got {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self.stdout.trim_end()
    }

    /// Asserts the exit code and that stderr contains every one of `needles`.
    #[track_caller]
    pub fn fails(&self, code: i32, needles: &[&str]) {
        assert_eq!(self.code, code, "wrong exit code\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        for n in needles {
            assert!(self.stderr.contains(n), "stderr lacks {n:?}:\n{}", self.stderr);
        }
    }
}

/// A temporary peerlog folder.
pub struct Folder {
    _tmp: tempfile::TempDir,
    pub root: PathBuf,
}

impl Folder {
    /// An initialised, empty folder.
    pub fn new() -> Folder {
        let f = Folder::empty();
        f.run(&["init", "."]).ok();
        f
    }

    /// An existing folder, used in place (not removed afterwards).
    pub fn at(root: &Path) -> Folder {
        Folder { _tmp: tempfile::tempdir().expect("tempdir"), root: root.to_path_buf() }
    }

    /// A temporary directory with nothing in it.
    pub fn empty() -> Folder {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path().to_path_buf();
        Folder { _tmp: tmp, root }
    }

    /// A copy of `data-example/`.
    pub fn example() -> Folder {
        let f = Folder::empty();
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example"), &f.root);
        f
    }

    /// Runs `peerlog ARGS` inside the folder.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    /// Runs `peerlog ARGS` inside the folder with extra environment variables.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::cargo_bin("peerlog").expect("binary");
        // English unless a test asks for Latvian, whatever the machine's locale.
        cmd.current_dir(&self.root)
            .env_remove("PEERLOG_DIR")
            .env_remove("PEERLOG_LANG")
            .env("LC_ALL", "C.UTF-8")
            .env("PEERLOG_ID_SEED", "tests")
            .env("XDG_CACHE_HOME", TEST_CACHE)
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run peerlog");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs `peerlog ARGS` inside the folder in Latvian.
    pub fn run_lv(&self, args: &[&str]) -> Run {
        self.run_env(args, &[("PEERLOG_LANG", "lv")])
    }

    /// Runs `peerlog ARGS` and returns the whole run as a snapshot shows it (see [`transcript`]).
    pub fn transcript(&self, args: &[&str]) -> String {
        let run = self.run(args);
        transcript(&self.root, args, &run)
    }

    /// A copy of `data-example-colleague/`.
    pub fn example_colleague() -> Folder {
        let f = Folder::empty();
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example-colleague"), &f.root);
        f
    }

    /// Every file below the root (but the lock file) with its bytes.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        snapshot_into(&self.root, &self.root, &mut out);
        out.remove(Path::new(".peerlog.lock"));
        out
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Relative paths of the `.toml` files under `dir`.
    pub fn files(&self, dir: &str) -> Vec<String> {
        self.snapshot()
            .into_keys()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .filter(|p| p.starts_with(dir) && p.ends_with(".toml"))
            .collect()
    }

    /// A small group with a peer and two recipients, all with the consents consultations need;
    /// returns (group, peer, recipient, other).
    pub fn seeded(&self) -> (String, String, String, String) {
        let g =
            self.run(&["group", "add", "Rīgas grupa", "--leader", "Inese Kalniņa", "--venue", "Rīga, Brīvības iela 1"]);
        let g = g.ok().to_string();
        let add = |kind: &str, name: &str, role: &str, consent: &str| {
            // A peer since the day of the consents, so consultations from then on are in order.
            let since: &[&str] = if kind == "peer" { &["--date", "2024-01-01"] } else { &[] };
            self.run(
                &[
                    &[
                        kind,
                        "add",
                        name,
                        "--group",
                        &g,
                        "--role",
                        role,
                        "--consent",
                        consent,
                        "--consent-date",
                        "2024-01-01",
                    ][..],
                    since,
                ]
                .concat(),
            )
            .ok()
            .to_string()
        };
        let peer = add("peer", "Līga Ozoliņa", "parent", "peer,recipient,report");
        let r = add("participant", "Anna Bērziņa", "parent", "recipient,report");
        let o = add("participant", "Ģirts Vītoliņš", "guardian", "recipient,report");
        (g, peer, r, o)
    }
}

/// The arguments of `consult log` for one consultation in Rīga.
pub fn consult_log<'a>(
    peer: &'a str,
    recipient: &'a str,
    date: &'a str,
    time: &'a str,
    topic: &'a str,
) -> Vec<&'a str> {
    let mut args = vec!["consult", "log", "--peer", peer, "--recipient", recipient, "--date", date];
    args.extend(["--time", time, "--place", "Rīga", "--topic", topic]);
    args
}

/// The arguments of `feedback record` with short answers ("A", met yes, "B").
pub fn feedback_args<'a>(consultation: &'a str, from: &'a str, date: &'a str) -> Vec<&'a str> {
    let mut args = vec!["feedback", "record", "--consultation", consultation, "--from", from];
    args.extend(["--expected", "A", "--met", "yes", "--benefit", "B", "--date", date]);
    args
}

/// Runs `run` and asserts it failed with `code`, mentioned every needle, and left the
/// folder byte-identical.
#[track_caller]
pub fn refused(folder: &Folder, args: &[&str], code: i32, needles: &[&str]) {
    let before = folder.snapshot();
    folder.run(args).fails(code, needles);
    assert!(before == folder.snapshot(), "the folder changed after a refused command: {args:?}");
}

fn snapshot_into(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            snapshot_into(root, &path, out);
        } else {
            out.insert(path.strip_prefix(root).unwrap().to_path_buf(), std::fs::read(&path).unwrap());
        }
    }
}

/// Copies a folder as a coordinator with `umask 077` would clone it: private to the owner.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    private(to, 0o700);
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            private(&target, 0o600);
        }
    }
}

fn private(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let _ = (path, mode);
}

/// Runs `scripts/SCRIPT` into a temporary folder with this binary and asserts that the
/// committed `FOLDER` is byte for byte what it builds.
#[track_caller]
pub fn assert_script_builds(script: &str, folder: &str) {
    let out = Folder::empty();
    let target = out.path("built");
    let status = std::process::Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts").join(script))
        .arg(&target)
        .env("PEERLOG", env!("CARGO_BIN_EXE_peerlog"))
        .env("XDG_CACHE_HOME", TEST_CACHE)
        .status()
        .expect("run the script");
    assert!(status.success(), "scripts/{script} failed");
    let committed = Folder::at(&Path::new(env!("CARGO_MANIFEST_DIR")).join(folder));
    assert!(
        Folder::at(&target).snapshot() == committed.snapshot(),
        "{folder}/ is out of date: run scripts/{script} and commit the result"
    );
}

/// One run as a snapshot shows it: the command line, stdout, stderr (each line after `! `) and a
/// non-zero exit code, with the folder's temporary path written `[DIR]`.
pub fn transcript(root: &Path, args: &[&str], run: &Run) -> String {
    let quoted: Vec<String> = args.iter().map(|a| shell_word(a)).collect();
    let mut out = format!("$ peerlog {}\n", quoted.join(" "));
    out.push_str(&run.stdout);
    if !run.stdout.is_empty() && !run.stdout.ends_with('\n') {
        out.push_str("[no newline at the end]\n");
    }
    for line in run.stderr.lines() {
        out.push_str(&format!("! {line}\n").replace("! \n", "!\n"));
    }
    if run.code != 0 {
        out.push_str(&format!("[exit {}]\n", run.code));
    }
    let mut text = out;
    for form in [root.to_path_buf(), root.canonicalize().unwrap_or_default()] {
        let form = form.to_string_lossy().into_owned();
        if !form.is_empty() {
            text = text.replace(&form, "[DIR]");
        }
    }
    text
}

/// `word` as a shell would need it typed.
fn shell_word(word: &str) -> String {
    if !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || "-_./:=,@+".contains(c)) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// Several runs in one folder as one snapshot text, a blank line between them.
pub fn transcripts(folder: &Folder, runs: &[&[&str]]) -> String {
    runs.iter().map(|args| folder.transcript(args)).collect::<Vec<_>>().join("\n")
}

/// The `n`th (from 0) ```sh block after `heading` in README.md.
pub fn sh_block(heading: &str, n: usize) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut rest = &readme[readme.find(heading).expect("heading in README")..];
    for _ in 0..n {
        rest = &rest[rest.find("```sh\n").expect("a sh block") + 6..];
        rest = &rest[rest.find("```").unwrap() + 3..];
    }
    let start = rest.find("```sh\n").expect("a sh block") + "```sh\n".len();
    rest[start..start + rest[start..].find("```").unwrap()].to_string()
}
