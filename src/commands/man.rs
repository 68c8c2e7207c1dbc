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

/// The one-line summary of a command for NAME: the first sentence of its about.
const TOP_NAME: &str = "keep the records of peer-support programmes as TOML files in a folder kept in git";

/// One command's page (`parent` is the page above it), with the section names in the current
/// language.
fn page(cmd: &Command, parent: Option<&str>) -> Result<Vec<u8>> {
    let man = Man::new(cmd.clone()).source(format!("peerlog {}", env!("CARGO_PKG_VERSION"))).manual("peerlog");
    let name = page_name(cmd);
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    let summary = match parent {
        None => TOP_NAME.to_string(),
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
        out.extend(TOP_SECTIONS.as_bytes());
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

/// ENVIRONMENT, FILES and EXIT STATUS of the main page.
const TOP_SECTIONS: &str = r#".SH ENVIRONMENT
.TP
\fBPEERLOG_DIR\fR
The peerlog folder, when \fB\-\-dir\fR is not given. Without either, the nearest folder upwards
from the current directory that holds \fIpeerlog.toml\fR.
.TP
\fBPEERLOG_LANG\fR
The language of messages, tables and help: \fBen\fR or \fBlv\fR (as \fB\-\-lang\fR). Otherwise
\fB[ui] language\fR in \fIpeerlog.toml\fR, then \fBLC_ALL\fR, \fBLC_MESSAGES\fR or \fBLANG\fR.
.TP
\fBNO_COLOR\fR
When set, no colour, even on a terminal. Colour appears only on a terminal otherwise.
.TP
\fBCLICOLOR_FORCE\fR
When set, colour even when the output is not a terminal.
.TP
\fBSOURCE_DATE_EPOCH\fR
Seconds since 1970: the creation time written into XLSX workbooks, which otherwise carry a fixed
one, so the same records always give the same bytes.
.TP
\fBCOMPLETE\fR
\fBCOMPLETE=bash peerlog\fR (or zsh, fish, elvish, powershell) prints the shell's registration
for tab completion of commands, flags and the folder's records by name.
.SH FILES
.TP
\fIpeerlog.toml\fR
The folder's settings: format version, programme (thematic\-groups or colleague\-support), the
wording of the Appendix 1 sheet, consent, agenda and colleague\-support settings.
.TP
\fIgroups/g\-*.toml\fR, \fIpeople/p\-*.toml\fR
Thematic support groups, and their participants (peers have a [peer] table).
.TP
\fIconsultations/YYYY/YYYY\-MM\-DD/c\-*.toml\fR, \fIfeedback/YYYY/f\-*.toml\fR
Consultations, one folder a day, and feedback, by the year it was given.
.TP
\fIunits/\fR, \fIsupporters/\fR, \fIpsychologists/\fR, \fIsupervision/YYYY/\fR, \fIcontacts/YYYY/\fR, \fIincidents/YYYY/\fR, \fIreferrals/YYYY/\fR
The records of a colleague\-support folder.
.TP
\fI.peerlog.lock\fR
The advisory lock writing commands hold for their whole read\-check\-write.
.TP
\fI.peerlog\-tmp\-*\fR
Temporary files of interrupted writes; readers ignore them, \fBpeerlog check \-\-fix\fR removes them.
.SH "EXIT STATUS"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
Refused for the data's sake: invalid input, a broken file, a rule broken (nothing was written);
\fBcheck\fR found errors.
.TP
\fB2\fR
Bad usage: an unknown command or flag, a missing argument, no peerlog folder, a command of the
other programme, an answer cancelled at a prompt, a destructive command without a terminal and
without \fB\-\-yes\fR.
"#;
