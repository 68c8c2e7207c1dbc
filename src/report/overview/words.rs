//! Every human text of the overview, from the message files (`overview-…` in i18n/*/messages.ftl).
//! Numbers, dates, IDs, group and unit names come from the records; everything else is there.

use crate::i18n::{FluentArgs, FluentValue, Lang, message_in};
use std::sync::LazyLock;

/// The overview's wording in one language.
#[derive(Debug)]
pub struct Words {
    language: Lang,
    /// The page's `lang` attribute.
    pub lang: &'static str,
    pub title_thematic: &'static str,
    pub title_colleague: &'static str,
    pub period: &'static str,
    pub whole_record: &'static str,
    pub as_of: &'static str,
    pub groups: &'static str,
    pub every_group: &'static str,
    pub every_unit: &'static str,
    pub units: &'static str,
    pub made_by: &'static str,
    pub no_names: &'static str,
    pub pseudonymised: &'static str,
    pub same_numbers_thematic: &'static str,
    pub same_numbers_colleague: &'static str,
    pub contents: &'static str,
    pub nothing: &'static str,
    pub chart_note: &'static str,
    pub numbers: &'static str,
    // Key figures.
    pub key_figures: &'static str,
    pub with_recipient_feedback: &'static str,
    pub expectations_met: &'static str,
    pub active_peers: &'static str,
    pub due_now: &'static str,
    // Consultations.
    pub consultations: &'static str,
    pub consultations_per_month: &'static str,
    pub consultations_per_month_note: &'static str,
    pub consultations_per_group: &'static str,
    pub consultations_per_group_note: &'static str,
    /// How many groups the chart of consultations per group shows, in words.
    pub busiest_groups: &'static str,
    pub per_group_and_month: &'static str,
    pub month: &'static str,
    pub group: &'static str,
    pub held: &'static str,
    pub planned: &'static str,
    pub cancelled: &'static str,
    pub peers: &'static str,
    pub recipients: &'static str,
    // Feedback.
    pub feedback: &'static str,
    pub feedback_note: &'static str,
    pub completeness: &'static str,
    pub recipient_feedback: &'static str,
    pub peer_feedback: &'static str,
    pub given: &'static str,
    pub missing: &'static str,
    pub held_no_recipient_feedback: &'static str,
    pub held_no_peer_feedback: &'static str,
    pub met_per_month: &'static str,
    pub met_yes: &'static str,
    pub met_partly: &'static str,
    pub met_no: &'static str,
    // Pipeline.
    pub pipeline: &'static str,
    pub pipeline_note: &'static str,
    pub pipeline_per_group: &'static str,
    pub stage: &'static str,
    pub stages: [&'static str; 6],
    pub over_time: &'static str,
    pub over_time_note: &'static str,
    pub month_end: &'static str,
    // Agenda.
    pub agenda: &'static str,
    pub agenda_note: &'static str,
    pub agenda_by_kind: &'static str,
    pub due: &'static str,
    pub what: &'static str,
    pub record: &'static str,
    pub count: &'static str,
    pub agenda_kinds: [(&'static str, &'static str); 5],
    // Colleague support.
    pub masked_legend: &'static str,
    pub quarter: &'static str,
    pub unit: &'static str,
    pub contacts: &'static str,
    pub contacts_note: &'static str,
    pub incidents: &'static str,
    pub incidents_note: &'static str,
    pub referrals: &'static str,
    pub referrals_note: &'static str,
    pub supervision: &'static str,
    pub supervision_note: &'static str,
    pub training: &'static str,
    pub training_note: &'static str,
    /// One label per column of the programme report (`programmes::colleague::report::COLUMNS`).
    pub programme_columns: [&'static str; 21],
}

impl Words {
    /// A count of agenda items left out of the list, in words.
    pub fn more(&self, n: usize) -> String {
        message_in(self.language, "overview-agenda-more", Some(&args(&[("n", n as f64)])))
    }

    /// The mask note for a threshold.
    pub fn masking(&self, threshold: u32) -> String {
        if threshold <= 1 {
            message_in(self.language, "overview-no-masking", None)
        } else {
            let values = [("max", f64::from(threshold - 1)), ("t", f64::from(threshold))];
            message_in(self.language, "overview-mask-note", Some(&args(&values)))
        }
    }

    /// The human name of an agenda item's kind.
    pub fn agenda_kind(&self, kind: &str) -> &'static str {
        self.agenda_kinds.iter().find(|(k, _)| *k == kind).map_or("", |(_, l)| l)
    }
}

fn args(values: &[(&'static str, f64)]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(*name, FluentValue::from(*value));
    }
    args
}

/// The overview's words in the current language, put into words once per run.
pub fn words() -> &'static Words {
    static EN: LazyLock<Words> = LazyLock::new(|| build(Lang::En));
    static LV: LazyLock<Words> = LazyLock::new(|| build(Lang::Lv));
    match crate::i18n::lang() {
        Lang::En => &EN,
        Lang::Lv => &LV,
    }
}

/// The words of `lang`. They live as long as the process (a page is made once a run), so they
/// are kept as `&'static str`.
fn build(language: Lang) -> Words {
    let t = |key: &str| -> &'static str { Box::leak(message_in(language, key, None).into_boxed_str()) };
    let busiest = message_in(language, "overview-busiest-groups", Some(&args(&[("n", super::CHART_GROUPS as f64)])));
    Words {
        language,
        lang: match language {
            Lang::En => "en",
            Lang::Lv => "lv",
        },
        busiest_groups: Box::leak(busiest.into_boxed_str()),
        title_thematic: t("overview-title-thematic"),
        title_colleague: t("overview-title-colleague"),
        period: t("overview-period"),
        whole_record: t("overview-whole-record"),
        as_of: t("overview-as-of"),
        groups: t("overview-groups"),
        every_group: t("overview-every-group"),
        every_unit: t("overview-every-unit"),
        units: t("overview-units"),
        made_by: t("overview-made-by"),
        no_names: t("overview-no-names"),
        pseudonymised: t("overview-pseudonymised"),
        same_numbers_thematic: t("overview-same-numbers-thematic"),
        same_numbers_colleague: t("overview-same-numbers-colleague"),
        contents: t("overview-contents"),
        nothing: t("overview-nothing"),
        chart_note: t("overview-chart-note"),
        numbers: t("overview-numbers"),
        key_figures: t("overview-key-figures"),
        with_recipient_feedback: t("overview-with-recipient-feedback"),
        expectations_met: t("overview-expectations-met"),
        active_peers: t("overview-active-peers"),
        due_now: t("overview-due-now"),
        consultations: t("overview-consultations"),
        consultations_per_month: t("overview-consultations-per-month"),
        consultations_per_month_note: t("overview-consultations-per-month-note"),
        consultations_per_group: t("overview-consultations-per-group"),
        consultations_per_group_note: t("overview-consultations-per-group-note"),
        per_group_and_month: t("overview-per-group-and-month"),
        month: t("overview-month"),
        group: t("overview-group"),
        held: t("overview-held"),
        planned: t("overview-planned"),
        cancelled: t("overview-cancelled"),
        peers: t("overview-peers"),
        recipients: t("overview-recipients"),
        feedback: t("overview-feedback"),
        feedback_note: t("overview-feedback-note"),
        completeness: t("overview-completeness"),
        recipient_feedback: t("overview-recipient-feedback"),
        peer_feedback: t("overview-peer-feedback"),
        given: t("overview-given"),
        missing: t("overview-missing"),
        held_no_recipient_feedback: t("overview-held-no-recipient-feedback"),
        held_no_peer_feedback: t("overview-held-no-peer-feedback"),
        met_per_month: t("overview-met-per-month"),
        met_yes: t("overview-met-yes"),
        met_partly: t("overview-met-partly"),
        met_no: t("overview-met-no"),
        pipeline: t("overview-pipeline"),
        pipeline_note: t("overview-pipeline-note"),
        pipeline_per_group: t("overview-pipeline-per-group"),
        stage: t("overview-stage"),
        over_time: t("overview-over-time"),
        over_time_note: t("overview-over-time-note"),
        month_end: t("overview-month-end"),
        agenda: t("overview-agenda"),
        agenda_note: t("overview-agenda-note"),
        agenda_by_kind: t("overview-agenda-by-kind"),
        due: t("overview-due"),
        what: t("overview-what"),
        record: t("overview-record"),
        count: t("overview-count"),
        masked_legend: t("overview-masked-legend"),
        quarter: t("overview-quarter"),
        unit: t("overview-unit"),
        contacts: t("overview-contacts"),
        contacts_note: t("overview-contacts-note"),
        incidents: t("overview-incidents"),
        incidents_note: t("overview-incidents-note"),
        referrals: t("overview-referrals"),
        referrals_note: t("overview-referrals-note"),
        supervision: t("overview-supervision"),
        supervision_note: t("overview-supervision-note"),
        training: t("overview-training"),
        training_note: t("overview-training-note"),
        stages: [
            t("overview-stage-identified"),
            t("overview-stage-approached"),
            t("overview-stage-motivated"),
            t("overview-stage-prepared"),
            t("overview-stage-active"),
            t("overview-stage-ended"),
        ],
        agenda_kinds: [
            ("confirm-consultation", t("overview-agenda-kind-confirm-consultation")),
            ("recipient-feedback", t("overview-agenda-kind-recipient-feedback")),
            ("peer-feedback", t("overview-agenda-kind-peer-feedback")),
            ("stuck-peer", t("overview-agenda-kind-stuck-peer")),
            ("approach-peer", t("overview-agenda-kind-approach-peer")),
        ],
        programme_columns: [
            t("overview-column-nominated"),
            t("overview-column-interviewed"),
            t("overview-column-not-approved"),
            t("overview-column-in-training"),
            t("overview-column-trained"),
            t("overview-column-active"),
            t("overview-column-ended"),
            t("overview-column-training-completed"),
            t("overview-column-supervision-present"),
            t("overview-column-supervision-absent"),
            t("overview-column-supervision-excused"),
            t("overview-column-contacts-at-scene"),
            t("overview-column-contacts-after-event"),
            t("overview-column-contacts-crisis"),
            t("overview-column-contacts-self-referral"),
            t("overview-column-contacts-help-suggested"),
            t("overview-column-incidents-notified"),
            t("overview-column-referrals-awaiting-answer"),
            t("overview-column-referrals-accepted"),
            t("overview-column-referrals-first-contact"),
            t("overview-column-referrals-declined"),
        ],
    }
}
