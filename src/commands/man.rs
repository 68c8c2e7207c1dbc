//! `peerlog man`: the manual, generated from the same definitions as `--help`. The pages follow
//! man-pages(7): a one-line NAME, SYNOPSIS, DESCRIPTION, OPTIONS, the COMMANDS (each with a page
//! of its own), EXAMPLES from the help's examples, and on the main page ENVIRONMENT, FILES and
//! EXIT STATUS. SEE ALSO names only pages that `--output-dir` writes.

use super::Ctx;
use crate::error::{Error, Result};
use crate::output;
use clap::Command;
use clap_mangen::Man;
use std::path::{Path, PathBuf};

/// Print the manual page (roff), or write one page per command into a folder.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  peerlog man | man -l -\n  \
peerlog man --output-dir ~/.local/share/man/man1 && man peerlog-consult-log")]
pub struct Args {
    /// Write peerlog.1 and a page for every subcommand (peerlog-consult-log.1, …) into DIR.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    match a.output_dir {
        None => output::stdout(&page(&cmd, None)?),
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            write_pages(&cmd, None, &dir)?;
            ctx.note(tr!("man-wrote", dir = dir.display().to_string()));
            Ok(())
        }
    }
}

/// One command's page (`parent` is the page above it), with the section names in the current
/// language.
fn page(cmd: &Command, parent: Option<&str>) -> Result<Vec<u8>> {
    let man = Man::new(cmd.clone()).source(format!("peerlog {}", env!("CARGO_PKG_VERSION"))).manual("peerlog");
    let name = page_name(cmd);
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    let summary = match parent {
        // The one-line summary of peerlog itself.
        None => tr!("man-top-name"),
        Some(_) => first_sentence(&cmd.get_about().map(|a| a.to_string()).unwrap_or_default()),
    };
    section(&mut out, "NAME");
    out.extend(format!("{} \\- {}\n", name, text(&summary)).into_bytes());
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    let (notes, examples) = split_after_help(cmd);
    if !notes.is_empty() {
        out.extend(b".PP\n");
    }
    for line in notes.lines() {
        out.extend(if line.trim().is_empty() { ".PP\n".to_string() } else { format!("{}\n", text(line)) }.into_bytes());
    }
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    let subs: Vec<&Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    if !subs.is_empty() {
        section(&mut out, "COMMANDS");
        for sub in &subs {
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            out.extend(format!(".TP\n\\fB{}\\fR(1)\n{}\n", page_name(sub), text(&first_sentence(&about))).into_bytes());
        }
    }
    if parent.is_none() {
        out.extend(top_sections().into_bytes());
    }
    if !examples.trim().is_empty() {
        section(&mut out, "EXAMPLES");
        out.extend(b".nf\n");
        for line in examples.lines() {
            out.extend(format!("{}\n", text(line.strip_prefix("  ").unwrap_or(line))).into_bytes());
        }
        out.extend(b".fi\n");
    }
    // The commands below are under COMMANDS; the page above is the one other page to see.
    if let Some(p) = parent {
        section(&mut out, "SEE ALSO");
        out.extend(format!("\\fB{p}\\fR(1)\n").into_bytes());
    }
    if cmd.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    Ok(crate::i18n::help::manual(String::from_utf8_lossy(&out).into_owned()).into_bytes())
}

/// A page for `cmd` and for each of its subcommands, named as `man` finds them
/// (`peerlog-consult-log.1`).
fn write_pages(cmd: &Command, parent: Option<&str>, dir: &Path) -> Result<()> {
    let name = page_name(cmd);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, Some(&name), dir)?;
    }
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, page(cmd, parent)?).map_err(|e| Error::io(&path, e))
}

/// `peerlog`, `peerlog-consult`, `peerlog-consult-log`.
fn page_name(cmd: &Command) -> String {
    cmd.get_display_name().unwrap_or_else(|| cmd.get_name()).to_string()
}

fn section(out: &mut Vec<u8>, title: &str) {
    let title = if title.contains(' ') { format!("\"{title}\"") } else { title.to_string() };
    out.extend(format!(".SH {title}\n").into_bytes());
}

/// The help's closing text, split into notes and the examples (from the line `Example:` or
/// `Examples:` on).
fn split_after_help(cmd: &Command) -> (String, String) {
    let after = cmd.get_after_long_help().or_else(|| cmd.get_after_help()).map(|s| s.to_string()).unwrap_or_default();
    let mut notes = Vec::new();
    let mut examples = Vec::new();
    let mut in_examples = false;
    for line in after.lines() {
        let heading = line.trim_end_matches(':');
        if line.ends_with(':')
            && (heading.ends_with("Example")
                || heading.ends_with("Examples")
                || heading == "Piemērs"
                || heading == "Piemēri")
        {
            in_examples = true;
            continue;
        }
        if in_examples { examples.push(line) } else { notes.push(line) }
    }
    (notes.join("\n").trim().to_string(), examples.join("\n"))
}

/// The first sentence of an about, without its full stop, cut at a clause boundary when it is
/// longer than a NAME line should be.
fn first_sentence(about: &str) -> String {
    const LONGEST: usize = 80;
    let line = about.lines().next().unwrap_or_default();
    let sentence = line[..line.find(". ").unwrap_or(line.len())].trim_end_matches('.');
    if sentence.chars().count() <= LONGEST {
        return sentence.to_string();
    }
    let head: String = sentence.chars().take(LONGEST).collect();
    let cut = [": ", ", ", " ("].iter().filter_map(|sep| head.rfind(sep)).filter(|&i| i >= 20).max();
    head[..cut.unwrap_or(head.len())].to_string()
}

/// Text safe in roff: backslashes escaped, and a line that would read as a request kept as text.
fn text(s: &str) -> String {
    let escaped = s.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}

/// ENVIRONMENT, FILES and EXIT STATUS of the main page: each entry's term, and the message
/// that describes it (`` `x` `` in a message is set in bold).
const TOP_SECTIONS: [(&str, &[(&str, &str)]); 3] = [
    (
        "ENVIRONMENT",
        &[
            ("\\fBPEERLOG_DIR\\fR", "man-env-dir"),
            ("\\fBPEERLOG_LANG\\fR", "man-env-lang"),
            ("\\fBNO_COLOR\\fR", "man-env-no-color"),
            ("\\fBCLICOLOR_FORCE\\fR", "man-env-colour-force"),
            ("\\fBSOURCE_DATE_EPOCH\\fR", "man-env-date-epoch"),
            ("\\fBCOMPLETE\\fR", "man-env-complete"),
        ],
    ),
    (
        "FILES",
        &[
            ("\\fIpeerlog.toml\\fR", "man-file-settings"),
            ("\\fIgroups/g\\-*.toml\\fR, \\fIpeople/p\\-*.toml\\fR", "man-file-groups"),
            (
                "\\fIconsultations/YYYY/YYYY\\-MM\\-DD/c\\-*.toml\\fR, \\fIfeedback/YYYY/f\\-*.toml\\fR",
                "man-file-consultations",
            ),
            (
                "\\fIunits/\\fR, \\fIsupporters/\\fR, \\fIpsychologists/\\fR, \\fIsupervision/YYYY/\\fR, \\fIcontacts/YYYY/\\fR, \\fIincidents/YYYY/\\fR, \\fIreferrals/YYYY/\\fR",
                "man-file-colleague",
            ),
            ("\\fI.peerlog.lock\\fR", "man-file-lock"),
            ("\\fI.peerlog\\-tmp\\-*\\fR", "man-file-tmp"),
            ("\\fI$XDG_CACHE_HOME/peerlog/\\fR", "man-file-cache"),
        ],
    ),
    ("EXIT STATUS", &[("\\fB0\\fR", "man-exit-0"), ("\\fB1\\fR", "man-exit-1"), ("\\fB2\\fR", "man-exit-2")]),
];

/// The sections of [`TOP_SECTIONS`] in roff, in the current language.
fn top_sections() -> String {
    let mut out = Vec::new();
    for (title, entries) in TOP_SECTIONS {
        section(&mut out, title);
        for (term, key) in entries {
            let described = crate::i18n::message(key, None);
            // Bold for `x`: every other part between backticks.
            let roff: String = described
                .split('`')
                .enumerate()
                .map(|(i, part)| if i % 2 == 1 { format!("\\fB{}\\fR", text(part)) } else { text(part) })
                .collect();
            out.extend(format!(".TP\n{term}\n{roff}\n").into_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
