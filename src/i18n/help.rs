//! `--help`, the manual and the completions in the chosen language, and clap's own usage errors.
//!
//! The English help texts are the doc comments of the clap definitions. For another language,
//! the built command tree is walked and each text is replaced from `help.ftl`: the message
//! `help-peerlog-consult-log` is the about of `peerlog consult log`, its attribute `.date` the
//! help of the `date` argument and `.after` the text after the flags (the examples). Global
//! flags, `--help` and `--version` are looked up on the way to the root.

use super::{Lang, lang};
use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The message key of a command path such as `["peerlog", "consult", "log"]`.
pub fn key(path: &[&str]) -> String {
    format!("help-{}", path.join("-"))
}

/// The command line in the current language.
pub fn localise(mut cmd: Command) -> Command {
    if lang() == Lang::En {
        return cmd;
    }
    cmd.build();
    let name = cmd.get_name().to_string();
    walk(cmd, &mut vec![name])
}

fn walk(mut cmd: Command, path: &mut Vec<String>) -> Command {
    let keys: Vec<String> =
        (1..=path.len()).rev().map(|n| key(&path[..n].iter().map(String::as_str).collect::<Vec<_>>())).collect();
    let own = &keys[0];
    if let Some(about) = text(own, None) {
        cmd = cmd.about(about).long_about(None);
    }
    if let Some(after) = text(own, Some("after")) {
        cmd = cmd.after_help(after).after_long_help(None);
    }
    let options = tr!("help-heading-options");
    let arguments = tr!("help-heading-arguments");
    cmd = cmd
        .help_template(tr!("help-template"))
        .subcommand_help_heading(tr!("help-heading-commands"))
        .subcommand_value_name(tr!("help-value-command"));
    // clap writes [OPTIONS] into the usage itself; the usage is rendered once and reworded.
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim().replace("[OPTIONS]", &tr!("help-usage-options"));
    cmd = cmd.override_usage(usage).mut_args(|mut arg| {
        let id = arg.get_id().as_str().to_string();
        if let Some(help) = keys.iter().find_map(|k| text(k, Some(&id))) {
            arg = arg.help(help).long_help(None);
        }
        let mut notes = Vec::new();
        let defaults: Vec<_> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
            notes.push(tr!("help-default", value = defaults.join(", ")));
        }
        let values: Vec<_> =
            arg.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect();
        if !values.is_empty() && !arg.is_hide_possible_values_set() && arg.get_action().takes_values() {
            notes.push(tr!("help-values", values = values.join(", ")));
        }
        if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
            notes.push(tr!("help-env", name = env.to_string_lossy().into_owned()));
        }
        if !notes.is_empty() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            arg = arg
                .help(format!("{help} [{}]", notes.join("] [")))
                .hide_default_value(true)
                .hide_possible_values(true)
                .hide_env(true);
        }
        let heading = if arg.is_positional() { arguments.clone() } else { options.clone() };
        if arg.get_help_heading().is_none() { arg.help_heading(heading) } else { arg }
    });
    let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        if name == "help" {
            cmd = cmd.mut_subcommand("help", |help| help.about(tr!("help-help-command")));
            continue;
        }
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |c| walk(c, path));
        path.pop();
    }
    cmd
}

/// The manual in the current language: clap_mangen's section names reworded.
pub fn manual(roff: String) -> String {
    if lang() == Lang::En {
        return roff;
    }
    let mut roff = roff;
    for (english, key) in [
        ("NAME", "man-name"),
        ("SYNOPSIS", "man-synopsis"),
        ("DESCRIPTION", "man-description"),
        ("OPTIONS", "man-options"),
        ("EXTRA", "man-extra"),
        ("VERSION", "man-version"),
        ("AUTHORS", "man-authors"),
        ("COMMANDS", "man-commands"),
        ("ENVIRONMENT", "man-environment"),
        ("FILES", "man-files"),
        ("\"EXIT STATUS\"", "man-exit-status"),
        ("EXAMPLES", "man-examples"),
        ("\"SEE ALSO\"", "man-see-also"),
    ] {
        roff = roff.replace(&format!("\n.SH {english}\n"), &format!("\n.SH \"{}\"\n", super::message(key, None)));
    }
    roff
}

/// A help text: the message `key` itself, or its attribute.
fn text(key: &str, attribute: Option<&str>) -> Option<String> {
    super::attribute(key, attribute)
}

/// Every command path and argument id that has a help text in the English definitions, as
/// `(message key, attribute)`; `None` is the command's about.
pub fn english_texts(cmd: &mut Command) -> Vec<(String, Option<String>)> {
    cmd.build();
    let mut out = Vec::new();
    collect(cmd, &mut vec![cmd.get_name().to_string()], &mut out);
    out
}

fn collect(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, Option<String>)>) {
    let own = key(&path.iter().map(String::as_str).collect::<Vec<_>>());
    if cmd.get_about().is_some() {
        out.push((own.clone(), None));
    }
    if cmd.get_after_help().is_some() {
        out.push((own.clone(), Some("after".into())));
    }
    for arg in cmd.get_arguments() {
        // Global flags, --help and --version are described once, at the root.
        let inherited = path.len() > 1 && (arg.is_global_set() || ["help", "version"].contains(&arg.get_id().as_str()));
        if (arg.get_help().is_some() || arg.get_long_help().is_some()) && !inherited {
            out.push((own.clone(), Some(arg.get_id().to_string())));
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        path.push(sub.get_name().to_string());
        collect(sub, path, out);
        path.pop();
    }
}

/// Prints a clap error or help in the current language and ends the process: help and version
/// on stdout with 0, usage errors on stderr with 2.
pub fn exit(err: clap::Error) -> ! {
    if matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        err.exit();
    }
    // A value that is not a single short word may be free text typed in the wrong place (a
    // shifted flag, a value with spaces without quotes): it is never repeated.
    let text_of = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let hidden = match err.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::TooManyValues => {
            text_of(ContextKind::InvalidValue).is_some_and(|v| !v.is_empty() && !crate::model::showable(&v))
        }
        ErrorKind::UnknownArgument => {
            text_of(ContextKind::InvalidArg).is_some_and(|a| !a.starts_with('-') && !crate::model::showable(&a))
        }
        _ => false,
    };
    if lang() == Lang::En && !hidden {
        err.exit();
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = err.print();
        std::process::exit(2);
    }
    let ctx = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = ctx(ContextKind::InvalidArg);
    let message = match err.kind() {
        ErrorKind::InvalidValue if ctx(ContextKind::InvalidValue).is_empty() => tr!("clap-missing-value", arg = arg),
        ErrorKind::InvalidValue if hidden => {
            tr!("clap-invalid-value-hidden", arg = arg, valid = ctx(ContextKind::ValidValue))
        }
        ErrorKind::ValueValidation if hidden => {
            let reason = std::error::Error::source(&err).map(|s| s.to_string()).unwrap_or_default();
            tr!("clap-value-validation-hidden", arg = arg, reason = reason)
        }
        ErrorKind::TooManyValues if hidden => tr!("clap-too-many-values-hidden", arg = arg),
        ErrorKind::UnknownArgument if hidden => tr!("clap-stray-value"),
        ErrorKind::InvalidValue => tr!(
            "clap-invalid-value",
            value = ctx(ContextKind::InvalidValue),
            arg = arg,
            valid = ctx(ContextKind::ValidValue)
        ),
        ErrorKind::UnknownArgument => tr!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!("clap-unknown-command", name = ctx(ContextKind::InvalidSubcommand)),
        ErrorKind::NoEquals => tr!("clap-no-equals", arg = arg),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(&err).map(|s| s.to_string()).unwrap_or_default();
            tr!("clap-value-validation", value = ctx(ContextKind::InvalidValue), arg = arg, reason = reason)
        }
        ErrorKind::TooManyValues => tr!("clap-too-many-values", value = ctx(ContextKind::InvalidValue), arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => tr!("clap-wrong-number", arg = arg),
        ErrorKind::ArgumentConflict => tr!("clap-conflict", arg = arg, other = ctx(ContextKind::PriorArg)),
        ErrorKind::MissingRequiredArgument => tr!("clap-missing-argument", args = arg),
        ErrorKind::MissingSubcommand => tr!("clap-missing-command", valid = ctx(ContextKind::ValidSubcommand)),
        _ => {
            let _ = err.print();
            std::process::exit(2);
        }
    };
    let mut text = format!("{} {message}\n", crate::output::label(&tr!("label-error"), anstyle::AnsiColor::Red));
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue] {
        let suggestion = ctx(kind);
        if !suggestion.is_empty() {
            text.push_str(&format!("\n  {} {}\n", tr!("label-tip"), tr!("clap-similar", name = suggestion)));
        }
    }
    let usage = ctx(ContextKind::Usage);
    if !usage.is_empty() {
        let usage = usage.trim_start_matches("Usage:").trim();
        text.push_str(&format!("\n{} {usage}\n", tr!("help-usage")));
    }
    text.push_str(&format!("\n{}\n", tr!("clap-more")));
    eprint!("{text}");
    std::process::exit(2);
}
