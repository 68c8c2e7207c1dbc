### peerlog's messages in English. The keys are shared with i18n/lv/messages.ftl; a test keeps
### both files to the same keys and every key used in the code.

## Labels before a message on stderr

label-error = error:
label-warning = warning:
label-hint = hint:
label-tip = tip:

## The parts of --help that clap writes itself

help-template = {"{"}before-help{"}"}{"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
help-usage = Usage:
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commands
help-value-command = COMMAND
help-default = default: { $value }
help-values = values: { $values }
help-env = environment: { $name }
help-help-command = Print this help or the help of the given command

## clap's usage errors

clap-missing-value = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
clap-invalid-value-hidden = invalid value for '{ $arg }' (possible values: { $valid })
clap-value-validation-hidden = invalid value for '{ $arg }': { $reason }
clap-too-many-values-hidden = an unexpected value for '{ $arg }'
clap-stray-value = an unexpected value among the arguments; put quotes around a value with spaces: --topic 'Robežu noteikšana'
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-unknown-command = unrecognized command '{ $name }'
clap-no-equals = '{ $arg }' needs its value after an equals sign: { $arg }=VALUE
clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }'
clap-wrong-number = '{ $arg }' was given the wrong number of values
clap-conflict = '{ $arg }' cannot be used with '{ $other }'
clap-missing-argument = the following required arguments were not provided: { $args }
clap-missing-command = a command is required; choose one of: { $valid }
clap-similar = a similar one exists: '{ $name }'
clap-more = For more information, try '--help'.

## Counts

n-consultations = { PLURAL($count) ->
    [one] { $count } consultation
   *[other] { $count } consultations
}

## The manual (peerlog man)

help-usage-options = [OPTIONS]
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-extra = EXTRA
man-version = VERSION
man-authors = AUTHORS
man-commands = COMMANDS
man-environment = ENVIRONMENT
man-files = FILES
man-exit-status = EXIT STATUS
man-examples = EXAMPLES
man-see-also = SEE ALSO
man-wrote = wrote the manual pages to { $dir }

## Tables: a column's or a show's field name. $name is the machine word as CSV writes it,
## $key the same in lower case with dashes.

column = { $name }
column-title = name

## peerlog agenda

agenda-who = { $peer } with { $recipient } on { $date } { $time }
agenda-confirm = planned consultation { $id } ({ $who }) has passed: confirm it was held, or cancel it
agenda-feedback = held consultation { $id } ({ $who }) has no { $source } feedback
agenda-stuck = { $name } has been { $stage } since { $since }, more than { $days } { PLURAL($days) ->
        [one] day
       *[other] days
    }
agenda-approach = { $group } (model 2) has { $left } { PLURAL($left) ->
        [one] meeting
       *[other] meetings
    } left and no peer approached; approach one before the end

## peerlog check

check-error = error
check-warning = warning
check-removed = removed { $path } (a temporary file of an interrupted write)
check-summary = checked { $files } { PLURAL($files) ->
        [one] file
       *[other] files
    }: { $errors ->
        [0] { $warnings ->
                [0] no problems
                [1] 1 warning
               *[other] { $warnings } warnings
            }
        [1] 1 error{ $warnings ->
                [0] {""}
                [1] , 1 warning
               *[other] , { $warnings } warnings
            }
       *[other] { $errors } errors{ $warnings ->
                [0] {""}
                [1] , 1 warning
               *[other] , { $warnings } warnings
            }
    }

## Shows and lists

consent-since = since { $date } ({ $by })
consent-revoked = revoked { $date }
consent-from = from { $date }
show-stage-since = { $stage } since { $date }
show-consultation-counts = { $held } held, { $planned } planned, { $cancelled } cancelled
show-member-peer = { $name } ({ $role }), peer: { $stage }
show-feedback-field = feedback ({ $from })
show-feedback-met = { $id }: expectations met: { $met }

## Writing commands

missing-flags = missing { $flags }
date-in-future = { $field }: { $date } is in the future
init-created = Created a { $programme } peerlog folder in { $path }
init-kept = kept the existing { $name }; make sure it has these lines:
    { $lines }
init-exists = { $path } already holds { $existing }; init never overwrites a folder
init-exists-hint = use that folder as it is, or choose a new path
init-inside = the current folder lies inside the peerlog folder { $found }; init without a path would make a folder within another
init-above = the current folder holds the peerlog folder { $found } below it; init without a path would make a folder above another
init-nested-hint = work in { $found } as it is, or name the new folder's path: `peerlog init PATH` (`peerlog init .` for this very folder)
group-meeting-exists = --date: { $group } already has a meeting on { $date }
group-meeting-outside = --date: { $date } is outside the dates of { $group }
group-exists = a group called '{ $name }' exists already ({ $id })
participant-already = { $name } is already a participant of { $group } ({ $id })
participant-already-hint = to make them a peer, run `peerlog peer add` with the same name and group
participant-look-alike = { $name } looks like { $other } ({ $other_id }) of the same group; if they are one person, merge them with `peerlog merge { $other_id } { $id }`
peer-already-stage = { $name } is already { $stage }
peer-stage-out-of-order = --date: { $stage } on { $date } does not fit between the recorded stages ({ $around }); stage changes are kept in the pipeline's order
peer-stage-back = { $name } moves back from { $from } to { $stage }; the history keeps both
peer-already = { $name } ({ $id }) is already a peer of { $group }
peer-already-hint = see them with `peerlog peer show { $id }`
peer-promoted = { $name } was a participant of { $group }; now also a peer
peer-role-needed = --role is needed: { $name } is not yet a participant of { $group }
peer-role-needed-hint = give --role child|parent|foster-parent|guardian
peer-not-in-pipeline = { $name } ({ $id }) is not in the peer pipeline yet
peer-not-in-pipeline-hint = start it with `peerlog peer observe { $id } …` or `peerlog peer stage { $id } identified`
peer-not-a-peer = { $name } ({ $id }) is a participant, not a peer
peer-not-a-peer-hint = register them with `peerlog peer add`
consent-child-by = { $name } is a child: say who gave the consent
consent-child-by-hint = add --by self, --by parent, --by guardian or --by foster-parent (with `participant add`: --consent-by)
consent-already = { $name } already has consent for { $purpose } in force on { $date }
consent-none = { $name } has no consent for { $purpose } in force on { $date }
consult-missing-hint = a consultation needs --peer, --recipient, --date, --time, --place and --topic (on a terminal, peerlog asks for what is missing)
consult-duplicate = { $id } already records { $peer } with { $recipient } on { $date } at { $time } ({ $status })
consult-duplicate-hint = mark it held with `peerlog consult log { $id }`, or check the date and time
consult-already-held = { $id } is already held
consult-was-cancelled = { $id } was cancelled; a cancelled consultation cannot be held
consult-was-cancelled-hint = log the consultation that took place as a new one with `peerlog consult log --peer …`
consult-cancel-not-planned = { $id } is { $status }; only planned consultations can be cancelled
feedback-missing-hint = feedback needs --consultation, --from, --expected, --met and --benefit (on a terminal, peerlog asks for what is missing)
feedback-no-meeting = { $peer } has no consultation with { $recipient } on { $date }
feedback-no-meeting-at = { $peer } has no consultation with { $recipient } on { $date } at { $time }
feedback-many-meetings = { $count } { PLURAL($count) ->
        [one] consultation
       *[other] consultations
    } of { $peer } with { $recipient } on { $date }: { $which }; say which with { $by }
feedback-meeting-at = { $id } at { $time }
feedback-duplicate = { $id } already holds { $from } feedback on { $consultation }
feedback-duplicate-hint = one answer per consultation and side; change the existing one with `peerlog edit { $id } --set FIELD=VALUE`

## Values: times, dates, free text

time-shape = '{ $value }' is not a time range; write it as 16:00-17:00
# A value a message does not repeat: it may be free text typed in the wrong place.
value-hidden = the value
time-shape-hidden = not a time range; write it as 16:00-17:00
time-equal = '{ $value }' ends when it starts; the end must be after the start
time-reversed = '{ $value }' ends before it starts; the end must be after the start
date-years = '{ $value }' is not a date peerlog keeps: years run from { $min } to { $max }
date-no-day = '{ $value }' is not a day of the calendar; write dates as 2025-03-14, 14.03.2025, 14.03.2025., today or yesterday
date-shape = '{ $value }' is not a date; write it as 2025-03-14, 14.03.2025, 14.03.2025., today or yesterday
date-shape-hidden = not a date; write it as 2025-03-14, 14.03.2025, 14.03.2025., today or yesterday
date-meant = '{ $value }' is not a form peerlog reads; did you mean { $meant }? Write dates as 2025-03-14, 14.03.2025, 14.03.2025., today or yesterday
date-out-of-range = '{ $value }' is out of range: years run from { $min } to { $max }
date-expected = expected a date like 2025-03-14, found '{ $value }'
text-one-line = { $field } holds a line break or a tab; write it on one line
text-invisible = { $field } holds only invisible characters (zero-width spaces, byte order marks, …); give it a value
text-empty = { $field } is empty; give it a value
text-too-long = { $field } is { $length } characters long; the limit is { $limit }
text-control = { $field } holds a control character
text-conflict-marker = { $field } has a line that reads as a git conflict marker (<<<<<<<, =======, >>>>>>> or |||||||); reword or remove that line
text-conflict-marker-at = { $field } has a line (line { $line }) that reads as a git conflict marker (<<<<<<<, =======, >>>>>>> or |||||||); reword or remove that line

## Finding records by ID or name. $what is the kind of record in English, $kind the same with
## dashes (support-person), for the case forms of other languages.

resolve-no-id = { $field }: no { $what } has the ID '{ $id }'
resolve-list-them = list them with `peerlog { $command } list`
resolve-ambiguous-id = { $field }: '{ $query }' is the start of { $count } { $what } IDs: { $ids }
resolve-ambiguous-id-hint = type more of the ID
resolve-not-an-id = { $field }: { $query } is not a { $what } ID
resolve-not-an-id-hint = { $what } IDs start with { $prefix }-; list them with `peerlog { $command } list`
resolve-empty = { $field } is empty; name a { $what }
resolve-no-name = { $field }: no { $what } is called '{ $query }'
resolve-no-name-hint = check the spelling, or add the { $what } first
resolve-did-you-mean = did you mean { $names }?
resolve-or = {", "}or{" "}
resolve-ambiguous-name = { $field }: '{ $query }' matches { $count } { $what } records: { $names }
resolve-ambiguous-name-hint = use the ID or the full name

## A folder and its broken files

folder-not-peerlog = { $path } is not a peerlog folder (it has no peerlog.toml)
folder-not-peerlog-hint = create one with `peerlog init { $path }`
folder-none = no peerlog folder here: neither { $path } nor a folder above it has peerlog.toml
folder-none-hint = create one with `peerlog init PATH`, or name one with --dir or PEERLOG_DIR
broken-one = a record file is broken:
broken-in-one-file = { $problems } { PLURAL($problems) ->
        [one] problem
       *[other] problems
    } in a record file:
broken-in-files = { $problems } { PLURAL($problems) ->
        [one] problem
       *[other] problems
    } in { $files } record files:
broken-hint = fix the file (or run `peerlog check` to list every problem), then run the command again

## The rules between records (writes refuse with them, check reports them)

rule-group-span = the group ends on { $end }, before it starts on { $start }
rule-no-group = group '{ $id }' does not exist
rule-child-no-birth-date = { $name } is a child peer without a birth date; it is needed to check the minimum age of { $age }
rule-child-too-young-today = { $name } is { $years } today; a child peer consults only from the age of { $age } (from { $from })
rule-held-in-future = { $date } is in the future; a consultation is held only once it took place (plan it with `peerlog consult plan`)
rule-peer-is-recipient = { $id } cannot be both peer and recipient of one consultation
rule-no-peer = peer '{ $id }' does not exist
rule-not-a-peer = { $name } ({ $id }) is a participant but not a peer; register them with `peerlog peer add`
rule-stage-ended = their peer role ended; to resume, run `peerlog peer stage { $id } active`
rule-stage-prepared-later = prepared only from { $day }: check the consultation's date, or the dates of the stages
rule-stage-missing = the missing step: prepare them, then run `peerlog peer stage { $id } prepared`
rule-peer-stage = peer { $name } ({ $id }) is { $stage } on { $date }; only prepared or active peers consult ({ $next })
rule-child-too-young = peer { $name } ({ $id }) is { $years } on { $date }; a child peer must be at least { $age }
rule-no-recipient = recipient '{ $id }' does not exist
rule-other-group = recipient { $name } ({ $id }) is in group { $group }, not in the peer's group { $peer_group }; peer and recipient must share a group
rule-feedback-none = feedback names no consultation
rule-no-consultation = consultation '{ $id }' does not exist
rule-feedback-not-held = consultation { $id } is { $status }; feedback is only for held consultations (mark it held with `peerlog consult log { $id }`)
rule-feedback-before = feedback given on { $date } cannot be about { $id } held later, on { $held }
rule-feedback-recipients = the consultations have different recipients; record feedback for each recipient separately
rule-model-1 = { $date } is outside the dates of { $group } (model 1: consultations while the group runs; it { $which } on { $edge })
rule-model-2 = { $date } is before { $group } ends on { $end } (model 2: consultations after the group ends)
rule-model-2-approach = { $name } was approached on { $day }, later than two meetings before the last meeting of { $group } ({ $latest }); model 2 approaches peers at least two meetings before the end
rule-consent-revoked = revoked their consent
rule-consent-later = no consent yet on { $date } (given only on { $given })
rule-consent-none = no consent
rule-consent = { $name } ({ $id }) has { $state } to take part in consultations { $part ->
        [peer] as a peer
       *[recipient] as a recipient
    }; record it first with `peerlog consent give { $id } { $purpose } --date DATE`
rule-fix = ; correct it with { $command }
rule-fix-birth-date = `peerlog edit { $id } --set birth_date=DATE`
rule-fix-consent = `peerlog consent correct { $id } { $purpose }{ $flag ->
        [given] {" --given DATE"}
        [revoked] {" --revoked DATE"}
        [by] {" --by WHO"}
       *[none] {""}
    }`
rule-birth-future = { $name }'s birth date { $born } is in the future{ $fix }
rule-birth-after = { $name }'s birth date { $born } is after { $what ->
        [consent] a consent
        [stage] a stage change
        [observation] an observation
       *[preparation] a preparation topic
    } on { $day }; correct the birth date or that date
rule-consent-what = { $name }'s consent for { $purpose } given on { $given }
rule-consent-future = { $what } is dated in the future; record a consent once it is given{ $fix }
rule-consent-revoked-future = { $what } is revoked on { $revoked }, in the future; record a withdrawal once it happens{ $fix }
rule-consent-revoked-before = { $what } is revoked on { $revoked }, before it was given; correct one of the dates{ $fix }
rule-consent-by = { $what } by { $by }: { $why }{ $fix }
rule-age-on-day = { $years } on that day
rule-age-role = a { $role }
rule-giver-minor = { $name } is { $age }; for a child under { $adult } a parent, guardian or foster parent gives consent
rule-giver-adult = { $name } is { $age }; an adult gives consent themself (or through a guardian)
rule-reason-not-cancelled = a reason is kept for a cancelled consultation, and this one is { $status }; clear it with --set reason=
rule-before-pipeline = { $date } is before peer { $name } ({ $id }) entered the pipeline ({ $stage } on { $since }); if they were prepared by then, record it with `peerlog peer stage { $id } prepared --date DATE`
rule-born-after-consultation = { $name } ({ $id }) was born on { $born }, after this consultation on { $date }; correct the birth date with `peerlog edit { $id } --set birth_date=DATE`, or the consultation's date
rule-overlap = { $time } overlaps { $other } ({ $status } { $other_time } on { $date }), where { $shared }; one person is in one consultation at a time: correct the time of one of them{ $cancel }
rule-overlap-shared = { $name } ({ $id }) is also { $part ->
        [peer] the peer
       *[recipient] the recipient
    }
rule-overlap-both = { $one } and { $two }
rule-overlap-line = line { $line }
rule-overlap-cancel = , or cancel one with `peerlog consult cancel { $id }`

## A record recorded twice (each kind's `unique` rule in its spec)

unique-consultation = the same consultation as { $other }: same peer, recipient, date and time; keep one of them
unique-feedback = { $other_id } also holds { $from } feedback on { $consultations } ({ $other_path }); keep one answer per consultation and side
unique-group = { $other } is a group of the same name; give one of them a name of its own
unique-person = { $other } of the same group has the same name; tell them apart (a middle name or an initial), or remove the one recorded twice
unique-supporter = { $other } of the same unit has the same name; tell them apart, or remove the one recorded twice
unique-psychologist = { $other } is a psychologist of the same name; tell them apart, or remove the one recorded twice
unique-unit = { $other } is a unit of the same name; give one of them a name of its own, or remove the one recorded twice

## Commands of the other programme; refused writes

wrong-programme = `peerlog { $command }` is for { $needed } folders, and { $path } is a { $have } folder (programme in peerlog.toml)
wrong-programme-has = a { $have } folder has: { $commands }
wrong-programme-init = keep { $needed } records in a folder of their own: `peerlog init PATH --programme { $needed }`
nothing-written = nothing was written

## Record files as they are read

load-unknown-key = unknown key { $key }; remove it
load-unknown-key-known = unknown key { $key }; fix its spelling or remove it (the keys here are { $keys })
load-not-allowed = '{ $value }' is not allowed here; use one of { $values }
load-word-in-quotes = expected a word in quotes
load-missing-key = the key { $key } is missing
load-duplicate-key = duplicate key { $key }; each key appears once in a record
load-missing-value = { $key }: the value is missing after =
load-wrong-name = the file is named { $stem } but holds record { $id }; rename the file or fix the id
load-wrong-place = record { $id } belongs at { $path }; move the file there

## Prompts on a terminal

prompt-peer = Peer:
prompt-recipient = Recipient:
prompt-date = Date:
prompt-time = Time:
prompt-place = Place:
prompt-topic = Topic:
prompt-consultation = Consultation:
prompt-who = Who answered:
prompt-comment = Comment on that (optional):
prompt-help-name = a name, part of it or an ID; tab completes
prompt-help-recipient = a participant of the peer's group; tab completes
prompt-help-date = 2025-03-14 or 14.03.2025
prompt-help-time = start and end, 16:00-17:00
prompt-help-topic = the subject only, never what was said
prompt-help-consultation = an ID, or type a name or date and pick; several IDs separated by spaces
prompt-help-expected = what was expected, in short
prompt-help-benefit = the benefit, in short
prompt-help-confirm = y to go ahead, n (or Enter) to leave the folder as it is
prompt-field-place = the place
prompt-field-topic = the topic
prompt-field-answer = the answer
prompt-field-comment = the comment
prompt-cancelled = cancelled at the prompt; nothing was written
prompt-no-terminal = cannot ask on this terminal: { $reason }
prompt-no-terminal-hint = give every field as a flag; see --help
prompt-not-confirmed = not confirmed; nothing was changed
prompt-confirm-no-terminal = { $command } asks before it changes { $files } record { PLURAL($files) ->
        [one] file
       *[other] files
    }, and there is no terminal to ask on; nothing was changed
prompt-confirm-no-terminal-hint = add --yes to go ahead, or --dry-run to see the list first

## Reports

report-all-groups = --all-groups writes one file per group
report-all-groups-hint = add --output-dir DIR
report-output-dir = --output-dir goes with --all-groups
report-output-dir-hint = for one group's sheet use --group G --output FILE
report-delimiter-xlsx = --delimiter shapes CSV; an XLSX workbook has none
report-delimiter-xlsx-hint = leave it out, or use --format csv
report-no-groups = the folder has no groups yet
report-no-groups-hint = add one with `peerlog group add`
report-group-needed = --group is needed: the folder has { $count } groups: { $groups }
report-group-needed-hint = name one with --group, or write them all with --all-groups --output-dir DIR
report-unnamed = note: { $group }: shown by initials for lack of consent to be named in the report: { $people }
report-wrote = wrote { $path }
report-written = wrote { $path }: { $count } held { PLURAL($count) ->
        [one] consultation
       *[other] consultations
    } of { $group }

# Masking small counts (report programme, report overview)
masking-allow-hint = or, for a reader who may see every count, add --allow-small-counts
masking-allowed = small_cell_threshold is { $threshold }: counts of 1 and 2 are not all masked

## Colleague support: the rules

colleague-no-record = { $field ->
        [unit] unit
        [psychologist] psychologist
        [supporter] support person
       *[contact] contact
    } '{ $id }' does not exist
colleague-voluntary = { $who }: becoming a support person is voluntary; record it only when the officer asked for it (--voluntary)
colleague-superior-agreed = { $who }: candidates apply with their direct superior's agreement; record it once given (--superior-agreed)
colleague-team-nominated = { $who } was not nominated by the team; the programme recommends a colleague the team trusts
colleague-interview-before-application = { $who }: the interview on { $date } is before the application on { $applied }
colleague-reason-needed = { $who }: a decision not to approve needs a short reason (--reason)
colleague-reason-long = the reason is a short line of at most { $max } characters, not a report
colleague-training-unapproved = { $who } has no approved interview; training follows the psychologists' approval (`peerlog support interview`)
colleague-training-before-interview = { $who }: training on { $first } is before the approving interview on { $date }
colleague-training-twice = { $who } has two training entries on { $date }; a course day is recorded once: keep one entry with the day's hours
colleague-training-future = { $who }: the training ledger has { $date }, in the future; record training once it took place
colleague-training-hours = { $who } has { $hours } training hours on { $date }; a day has 24
colleague-ended-before = { $who }: the end on { $date } is before { $start }
colleague-not-approved = { $who } was not approved at the interview on { $date }; only approved candidates become active
colleague-no-interview-by = { $who } has no approved interview by { $date }; record it with `peerlog support interview { $id }`
colleague-training-incomplete = { $who } has not completed training by { $date }: only { $done } (record it with `peerlog support train` and `peerlog support consultation`)
colleague-missing-hours = { $hours } of { $course } hours
colleague-missing-days = { $days } of { $course } days
colleague-missing-consultations = { $consultations } of { $course } individual consultations
colleague-not-active = { $name } ({ $id }) is not an active support person on { $date }; { $what ->
        [contact] contacts are logged for active support persons
        [referral] referrals come from active support persons
       *[supervision] supervision is for active support persons
    }
colleague-category = { $category } is not one of this folder's incident categories: { $categories }
colleague-no-officers = an incident involves at least one officer
colleague-incident-future = the incident's day { $date } is in the future; record an incident once it happened
colleague-notified-before = the psychologist was notified on { $notified }, before the incident on { $date }; correct one of the two dates
colleague-notified-future = the notification on { $date } is in the future; record it once it was made
colleague-notified-late = the psychologist was notified on { $notified }, { $days } { PLURAL($days) ->
        [one] day
       *[other] days
    } after the incident on { $date }; check both dates (critical incidents are notified right after)
colleague-step-before = { $date } is before the referral was suggested on { $suggested }
colleague-first-contact-before = the first contact on { $first } is before the acceptance on { $accepted }
colleague-closed-twice = a referral ends either with a first contact or declined, not both
colleague-psychologist-first-contact = a first contact names the psychologist, and only a first contact does
colleague-nobody-present = the session on { $date } has nobody present; at least one support person must be marked present
colleague-two-marks = { $id } has more than one attendance mark in one session; keep one of present, absent and excused
colleague-threshold = small_cell_threshold = { $value } would show counts of { $value ->
        [2] 2
       *[other] 1 and 2
    } in the programme report, which can single out an officer; set it to { $min } or more
colleague-hours-range = the hours are not a day's training: give at least 0.25 and at most 24, such as 6 or 4.5
colleague-hours-decimals = the hours have more than two decimals; round them to a hundredth
colleague-hours-number = the hours are not a number; write them as 6 or 4.5
colleague-moment = expected a local day and time like 2025-03-14T18:30:00, found '{ $value }'
colleague-phone = not a Latvian phone number: write its eight digits, such as 67023553 or +371 67023553

## Colleague support: the commands

colleague-already-candidate = { $name } ({ $id }) is already a support person or candidate of { $unit }
colleague-see-supporter = see them with `peerlog support show { $id }`
colleague-ended = { $name } ({ $id }) ended on { $date } ({ $reason })
colleague-ended-hint = nominate them again with `peerlog support nominate` if they return
colleague-interviewed = { $name } ({ $id }) was interviewed on { $date } ({ $decision })
colleague-interviewed-hint = an interview is recorded once; correct the file by hand if it is wrong
colleague-named-twice = { $name } ({ $id }) is named twice
colleague-completed = { $name } completed training on { $date }; make them active with `peerlog support activate { $id }`
colleague-completed-active = { $name } completed training on { $date } and is active since { $since }
colleague-short = { $name } is short of the course: only { $done }
colleague-active-already = { $name } ({ $id }) is active since { $date }
colleague-cannot-activate = nobody becomes active without an approved interview and completed training:
colleague-ledger = { $hours } of { $course_hours } hours, { $days } of { $course_days } days, { $consultations } of { $course_consultations } consultations
colleague-ledger-completed = ; completed { $date }
colleague-yes = yes
colleague-no = no
colleague-show-nominated = applied { $applied }; team nominated: { $team }, voluntary: { $voluntary }, superior agreed: { $superior }
colleague-show-training = { $date }, { $hours } { PLURAL($hours) ->
        [one] hour
       *[other] hours
    }
colleague-show-supervision = { $present } present, { $absent } absent, { $excused } excused
colleague-show-activity = { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $referrals } { PLURAL($referrals) ->
        [one] referral
       *[other] referrals
    }
agenda-empty = Nothing due as of { $date }.
colleague-agenda-interview = { $name } ({ $unit }) awaits the psychologists' interview
colleague-agenda-activate = { $name } completed training
colleague-agenda-supervision = { $name } missed the last { $count } { PLURAL($count) ->
        [one] supervision session
       *[other] supervision sessions
    } ({ $days }); attendance is mandatory
colleague-agenda-referral = referral by { $supporter } is { $outcome } and open for { $days } { PLURAL($days) ->
        [one] day
       *[other] days
    }
colleague-agenda-incident = { $category } incident in { $unit } on { $date }: follow-up { $follow_up }
colleague-contact-referral = if the colleague wants it, record the referral: `peerlog referral suggest --supporter { $supporter } --date { $date } --contact { $id }`
colleague-psychologist-exists = the directory has '{ $name }' already ({ $id })
colleague-psychologist-exists-hint = give the entry a name of its own
colleague-unit-exists = a unit called '{ $name }' exists already ({ $id })
colleague-unit-exists-hint = give the new unit a name of its own
colleague-unit-records = { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $incidents } { PLURAL($incidents) ->
        [one] incident notification
       *[other] incident notifications
    }, { $referrals } { PLURAL($referrals) ->
        [one] referral
       *[other] referrals
    }
colleague-contact-other = --contact: contact { $contact } was given by { $by }, not by { $name } ({ $id })
colleague-contact-has-referral = --contact: contact { $contact } already has referral { $id }
colleague-contact-has-referral-hint = follow it with `peerlog referral accept { $id }`
colleague-referral-closed = referral { $id } is closed ({ $outcome }); its loop ended
colleague-referral-accepted = referral { $id } was accepted already
colleague-first-contact-psychologist = --psychologist is needed for a first contact
colleague-no-region = --region: no unit is in the region { $region }
colleague-no-region-hint = see the regions with `peerlog unit list`
colleague-nobody-active = no support person was active on { $date } to attend
colleague-nobody-active-hint = activate support persons first with `peerlog support activate`
colleague-all-regions = all regions
period-month = { $value } is not a month; write it as 2025-03
period-quarter = { $value } is not a quarter; write it as 2025-Q1 (Q1 to Q4), or 1 with --year
period-year = { $value } is not a year; write it as 2025
period-to-before-from = --to { $to } is before --from { $from }; the period would be empty
period-quarter-year = --quarter { $value } is not in --year { $year }
period-quarter-no-year = --quarter { $value } needs a year: write 2025-Q{ $n }, or add --year
colleague-report-too-long = { $from } to { $to } spans { $count } quarters; a report covers at most { $max }
colleague-report-too-long-hint = narrow it with --from/--to, --year or --quarter, or check the records for a mistyped year
colleague-report-no-units = the folder has no units yet; add them with `peerlog unit add`
colleague-report-period = { $from } to { $to }
colleague-report-empty = no records yet
colleague-report-mask = { $value ->
        [0] no counts are masked (small_cell_threshold is 1 or less)
        [1] no counts are masked (small_cell_threshold is 1 or less)
        [2] a count of 1 is shown as <2, so that no officer can be singled out
       *[other] counts from 1 to { $below } are shown as <{ $value }, so that no officer can be singled out
    }
colleague-report-workbook = cannot write the workbook: { $error }
colleague-report-title = Colleague support programme: statistics per unit and quarter
colleague-report-short = { $column ->
        [nominated] nominated
        [interviewed] interviewed
        [not_approved] not approved
        [in_training] in training
        [trained] trained
        [active] active
        [ended] ended
        [supervision_present] present
        [supervision_absent] absent
        [supervision_excused] excused
        [contacts_at_scene] at scene
        [contacts_after_event] after event
        [contacts_crisis] crisis
        [contacts_self_referral] self-referral
        [contacts_help_suggested] help suggested
        [referrals_awaiting_answer] awaiting answer
        [referrals_accepted] accepted
        [referrals_first_contact] first contact
       *[referrals_declined] declined
    } { $count }

## peerlog import

# export --output
export-done = exported { $counts } to { $path }
export-count = { $count } { PLURAL($count) ->
        [one] { $kind ->
            [groups] group
            [people] person
            [consultations] consultation
            [units] unit
            [supporters] support person
            [psychologists] psychologist
            [supervision] supervision session
            [contacts] support contact
            [incidents] incident
            [referrals] referral
           *[other] feedback
        }
       *[other] { $kind ->
            [groups] groups
            [people] people
            [consultations] consultations
            [units] units
            [supporters] support persons
            [psychologists] psychologists
            [supervision] supervision sessions
            [contacts] support contacts
            [incidents] incidents
            [referrals] referrals
           *[other] feedback
        }
    }
import-kind = { $kind ->
        [participants] participants
        [consultations] consultations
        [feedback] feedback
        [units] units
        [supporters] support persons
        [psychologists] psychologists
        [contacts] support contacts
       *[training] training sessions
    }
import-progress = { $step ->
        [checking] checking
       *[writing] writing
    }
import-wrong-programme = { import-kind } are not kept in a { $programme } folder
import-wrong-programme-hint = import them into a { $programme } folder
import-rows-wrong = { $bad } of { $rows } { PLURAL($rows) ->
        [one] row is
       *[other] rows are
    } wrong; nothing was imported
import-rows-wrong-hint = fix those rows and import the file again
import-dry-run = { $file }: { PLURAL($rows) ->
        [one] the row is good
       *[other] all { $rows } rows are good
    }; nothing was written (--dry-run)
import-done = imported { $count } { PLURAL($count) ->
        [one] { $kind ->
            [participants] participant
            [consultations] consultation
           *[other] { import-kind }
        }
       *[other] { import-kind }
    } from { $file }
import-too-big = { $file }: the input is larger than 64 MiB; peerlog imports at most 64 MiB and { $rows } rows at once
import-split-hint = split the sheet into smaller files and import each; nothing was imported
import-folder = { $file }: a folder, not a CSV file
import-save-as-csv = save the sheet as CSV in UTF-8
import-empty = { $file }: the file is empty
import-empty-hint = the first row names the columns: { $columns }
import-unknown-column = { $file }:1: column { $column } is not a { $kind ->
        [participants] participants
        [consultations] consultations
        [feedback] feedback
        [units] units
        [supporters] support persons
        [psychologists] psychologists
        [contacts] support contacts
       *[training] training sessions
    } column
import-columns = the columns are: { $columns }
import-required-mark = (* = required)
import-column-twice = { $file }:1: column '{ $column }' appears twice
import-missing-columns = { $file }:1: the header lacks the { PLURAL($count) ->
        [one] column
       *[other] columns
    } { $columns }
import-too-many-rows = { $file }:{ $line }: more than { $rows } rows; peerlog imports at most { $rows } rows at once
import-too-many-cells = { $file }:{ $line }: the row has { $cells } cells but the header only { $columns } { PLURAL($columns) ->
        [one] column
       *[other] columns
    }
import-too-many-cells-hint = quote cells that hold the separator
import-cell-empty = is empty; give it a value
import-not-one-of = { $value } is not one of { $values }
import-since-without-stage = is given without peer_stage; give the stage too
import-participant-twice = { $who } is already a participant of { $group }
import-row-named = { $name } (line { $line })
import-line = line { $line }
import-slot-taken = { $what } already records { $peer } with { $recipient } on { $date } at { $time } ({ $status })
import-feedback-before = feedback given on { $date } cannot be about { $id } held later, on { $held }
import-feedback-twice = { $what } already holds { $from } feedback on { $id }; one answer per consultation and side
import-not-consultation-id = { $value } is not a consultation ID (c-…)
import-no-consultation = is empty; give the consultation's ID, or its peer, recipient and consultation_date
import-earlier-row = an earlier row holds the same { $fields }

## peerlog erase

erase-comments = comments
erase-cut-from = { $dry_run ->
        [yes] name would be cut from the { $fields }
       *[no] name cut from the { $fields }
    }
erase-own = { $dry_run ->
        [yes] would erase { $fields }
       *[no] { $fields } erased
    }
erase-question = Erase { $name } ({ $id }), changing { PLURAL($files) ->
        [one] this file
       *[other] these { $files } files
    }?
erase-summary = { $dry_run ->
        [yes] would change
       *[no] changed
    } { $files } { PLURAL($files) ->
        [one] file
       *[other] files
    } to erase { $id } ({ $dry_run ->
        [yes] dry run: nothing written
       *[no] done
    })
erase-review = { $count } other { PLURAL($count) ->
        [one] record still holds
       *[other] records still hold
    } the first name alone (it may be someone else's): look at them
erase-first-name-left = the first name alone is still there; look at it
erase-git-history = note: git history still holds the old data; to remove it from history too, see "Erasing a person from git history" in the README
erase-not-a-person = a { $kind } is not a person; erase takes a { $kinds }
erase-cut-from-settings = { $dry_run ->
        [yes] name would be cut from comments
       *[no] name cut from comments
    }
erase-already = { $id } was erased on { $date }; no record holds their name, { $count } { PLURAL($count) ->
        [one] record refers
       *[other] records refer
    } to them by ID only (nothing to change)
erase-by-id = refers to { $id } by ID only
erase-earlier-day = an earlier day
check-readable = readable by others (mode { $mode }){ $more ->
        [0] {""}
       *[other] { " " }(and { $more } more files and folders)
    }; make the folder private with `chmod -R go-rwx .` (git checks files out with your umask: set `umask 077` before cloning)
check-erased-name = a form of the name of { $id }, who was erased, is still here; cut it by hand (the word is not shown)
check-not-a-record = not a record: peerlog reads only .toml files in { $dir }/ and ignores this one; remove it or move it elsewhere
check-temporary-file = temporary file left by an interrupted write; readers ignore it, `peerlog check --fix` removes it
check-id-twice = ID { $id } is also used by { $others }; keep one file, or give one record a new ID and file name

## The folder: files, lock, transactions

safe-not-regular = { $what ->
        [fifo] a FIFO (named pipe)
        [socket] a socket
        [device] a device
        [symlink] a symbolic link
        [folder] a folder
        [file] a regular file
        [file-for-folder] a file where a folder belongs
       *[special] a special file
    }, not a regular file or folder; peerlog never follows links or reads special files in its folder
safe-not-regular-hint = replace it with the file or folder itself (`cp -r --remove-destination`), or remove it
safe-too-big = the file is larger than { $max } ({ $over ->
        [yes] over{" "}
       *[no] {""}
    }{ $size }); peerlog does not read it
safe-not-utf8 = the file is not UTF-8 text
load-check-lists-them = `peerlog check` lists every such file
load-config-newer = this folder needs a newer peerlog:
load-config-broken = the settings file is broken:
load-config-fix = fix { $path }
load-format-newer = format { $format } is newer than this peerlog understands (up to { $known })
load-upgrade = upgrade peerlog to work with this folder
load-id-of-other-kind = { $id } is a { $other } ID, but this is a { $kind } record; { $kind } IDs start with { $prefix }-
load-not-utf8 = the file is not UTF-8 text; save it as UTF-8
load-conflict-marker = git conflict marker; resolve the merge conflict and keep one version of the lines
load-not-a-day = { $value } is not a day of the calendar; write a real day, such as { $key } = 2025-02-28
load-date-unquoted = a date in a file is written year first, without quotes: { $key } = { $example }
load-time-quoted = a time range is text in quotes: { $key } = "17:30-18:30"
load-text-quoted = text is written in quotes: { $key } = "…"
lock-remove = remove { $file }: peerlog makes a new one (it is never part of the records)
lock-waiting = waiting for another peerlog command to finish with this folder …
tx-no-free-id = could not find a free ID after 100 tries
tx-nothing-changed = nothing was changed
tx-recovered = note: { $done }
tx-finished = finished an interrupted change of { $files } { PLURAL($files) ->
        [one] file
       *[other] files
    } ({ $journal })
tx-rolled-back = undid an interrupted change of { $files } { PLURAL($files) ->
        [one] file
       *[other] files
    } that had not begun ({ $journal })
tx-journal-broken = an interrupted change cannot be finished: { $why }
tx-journal-broken-hint = peerlog writes this file only while it changes several files; if no peerlog command crashed, remove it, then run `peerlog check`

## peerlog rm

rm-referred = { $id } is referred to by { $count } { PLURAL($count) ->
        [one] record
       *[other] records
    }:
rm-more = … and { $count } more
rm-referred-hint = remove or change those first, or let `peerlog rm { $id } --cascade` remove them or take the reference out of them (try --dry-run first)
rm-breaks = removing { $id } would leave records that refer to it breaking their rules:
rm-breaks-hint = remove or edit those records first (`peerlog rm`, `peerlog edit`); nothing was changed
rm-listing-remove = remove { $what }
rm-listing-unlink = change { $what }: take out the reference
rm-question = Remove { $count } { PLURAL($count) ->
        [one] record
       *[other] records
    } with { $id }?
rm-unlinked = { $dry_run ->
        [yes] would change
       *[no] changed
    } { $id }: a reference to a removed record taken out
rm-done = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $count } { PLURAL($count) ->
        [one] record
       *[other] records
    }{ $dry_run ->
        [yes] ; nothing changed (dry run)
       *[no] {""}
    }
rm-removed = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $what }
rm-ref-as = { $what } as { $field }

## peerlog purge

purge-future = --before { $date } is in the future: every record would go, including those still in use
purge-future-hint = give a day on or before today ({ $today }), the end of the retention period
purge-question = Remove { PLURAL($files) ->
        [one] this file
       *[other] these { $files } files
    }?
purge-done = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $counts } from before { $date }
purge-records = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $count } { PLURAL($count) ->
        [one] record
       *[other] records
    } from before { $date }

## peerlog edit

edit-unchanged = { $id }: nothing changed
edit-no-equals = { $flag }: { $pair } has no '='
edit-no-equals-hint = write { $flag } FIELD=VALUE, e.g. { $flag } date=2025-03-14
edit-id-fixed = an ID never changes (files and other records refer to it)
edit-twice = { $field } is given twice
edit-breaks = the change to { $id } would break records that refer to it:
edit-breaks-hint = edit those records first (or remove them with `peerlog rm`); nothing was written
edit-invalid = the { kind-name } would not be a valid record: { $error }
edit-not-a-list = { $field } is not a list
edit-not-a-list-hint = clear an optional field with --set FIELD= instead
edit-remove-what = give the value to remove
edit-last-value = the last value cannot go
edit-holds-no = holds no { $value }
edit-see-record = see the record with `peerlog show { $id }`
erase-or = {" or "}

## peerlog report overview: the page's words

overview-title-thematic = Peer consultations: overview
overview-title-colleague = Colleague support: overview
overview-period = Period
overview-whole-record = every record
overview-as-of = Agenda as of
overview-groups = Groups
overview-every-group = every group
overview-every-unit = every unit
overview-units = Units
overview-made-by = Made by peerlog report overview
overview-no-names = No person is named in this overview.
overview-pseudonymised = Groups and units are shown by their IDs.
overview-same-numbers-thematic = The numbers are those of peerlog report summary, report pipeline and agenda for the same folder, period and group.
overview-same-numbers-colleague = The numbers are those of peerlog report programme for the same folder and period.
overview-contents = Contents
overview-nothing = No records in this period.
overview-chart-note = The chart's numbers are in the table beside it.
overview-numbers = the numbers
overview-key-figures = At a glance
overview-with-recipient-feedback = held consultations with the recipient's feedback
overview-expectations-met = recipients whose expectations were met (fully or partly)
overview-active-peers = active peers now
overview-due-now = things due on the agenda
overview-consultations = Consultations
overview-consultations-per-month = Consultations per month
overview-consultations-per-month-note = Held, planned and cancelled consultations of the groups shown, per month.
overview-consultations-per-group = Consultations per group
overview-consultations-per-group-note = Held, planned and cancelled consultations in the period, per group.
overview-busiest-groups = The chart shows the { $n } groups with the most consultations; the table lists every group.
overview-per-group-and-month = Consultations per group and month
overview-month = Month
overview-group = Group
overview-held = held
overview-planned = planned
overview-cancelled = cancelled
overview-peers = peers
overview-recipients = recipients
overview-feedback = Recipients' feedback
overview-feedback-note = How many held consultations have feedback from the recipient and from the peer, and whether the recipients' expectations were met (the latest answer of each consultation).
overview-completeness = Feedback collected on held consultations
overview-recipient-feedback = from the recipient
overview-peer-feedback = from the peer
overview-given = given
overview-missing = missing
overview-held-no-recipient-feedback = held, no recipient feedback
overview-held-no-peer-feedback = held, no peer feedback
overview-met-per-month = Were the expectations met? Per month
overview-met-yes = yes
overview-met-partly = partly
overview-met-no = no
overview-pipeline = The peer pipeline
overview-pipeline-note = Peers and potential peers by their current stage, from identified to active.
overview-pipeline-per-group = Peers per stage and group
overview-stage = Stage
overview-over-time = Peers per stage over time
overview-over-time-note = Each peer's stage at the end of each month, from the stage changes kept in their file.
overview-month-end = End of month
overview-agenda = The agenda
overview-agenda-note = What is due, oldest first: consultations to confirm, feedback to collect, peers to move on.
overview-agenda-by-kind = Things due, by kind
overview-due = Due since
overview-what = What
overview-record = Record
overview-count = Count
overview-agenda-more = … and { $n } more: peerlog agenda lists them all.
overview-mask-note = Counts from 1 to { $max } are shown as <{ $t } (hatched in the charts, drawn to { $max }), so that no officer can be singled out; there are no totals.
overview-no-masking = No counts are masked (small_cell_threshold is 1 or less).
overview-masked-legend = hatched: a masked count
overview-quarter = Quarter
overview-unit = Unit
overview-contacts = Support contacts
overview-contacts-note = Support contacts per unit and quarter, by kind, and how many times professional help was suggested.
overview-incidents = Critical incidents
overview-incidents-note = Critical incidents notified, per unit and quarter.
overview-referrals = Referrals to the psychologists
overview-referrals-note = Referrals suggested in the quarter, by their outcome now.
overview-supervision = Supervision attendance
overview-supervision-note = Attendance marks of the unit's support persons at supervision sessions in the quarter.
overview-training = Support persons and their training
overview-training-note = Support persons by stage at the end of the quarter, and trainings completed in the quarter.
overview-stage-identified = identified
overview-stage-approached = approached
overview-stage-motivated = motivated
overview-stage-prepared = prepared
overview-stage-active = active
overview-stage-ended = ended
overview-agenda-kind-confirm-consultation = confirm a planned consultation
overview-agenda-kind-recipient-feedback = collect the recipient's feedback
overview-agenda-kind-peer-feedback = collect the peer's feedback
overview-agenda-kind-stuck-peer = move a peer on
overview-agenda-kind-approach-peer = approach a peer before the group ends
overview-column-nominated = nominated
overview-column-interviewed = interviewed
overview-column-not-approved = not approved
overview-column-in-training = in training
overview-column-trained = trained
overview-column-active = active
overview-column-ended = ended
overview-column-training-completed = training completed
overview-column-supervision-present = present
overview-column-supervision-absent = absent
overview-column-supervision-excused = excused
overview-column-contacts-at-scene = at the scene
overview-column-contacts-after-event = after an event
overview-column-contacts-crisis = crisis
overview-column-contacts-self-referral = self-referral
overview-column-contacts-help-suggested = professional help suggested
overview-column-incidents-notified = notified
overview-column-referrals-awaiting-answer = awaiting an answer
overview-column-referrals-accepted = accepted
overview-column-referrals-first-contact = first contact
overview-column-referrals-declined = declined

## peerlog report overview: refusals and notes

overview-unit-thematic = --unit is for colleague-support folders; this folder has groups
overview-unit-thematic-hint = name a group with --group
overview-flag-colleague = { $flag } is for thematic-groups folders; a colleague-support overview has units and no agenda
overview-flag-colleague-hint = name a unit with --unit, or leave { $flag } out
overview-format = the overview is an HTML page only, not { $format }
overview-format-hint = leave out --format; `report summary`, `report pipeline` and `report programme` write CSV, JSON and XLSX
overview-wrote = wrote { $path }

## peerlog restore

restore-newer = { $what ->
        [version] version
       *[format] folder format
    } { $value } is newer than this peerlog reads ({ $known }); update peerlog
restore-id-twice = the ID { $id } is { $first }'s too; each record has its own ID
restore-not-a-folder = { $path } is not a folder
restore-not-empty = { $path } is not empty (it holds { $names }{ $more ->
        [0] {""}
       *[other] { " " }and { $more } more
    }); restore never writes over a folder
restore-not-empty-hint = restore into a new folder: `peerlog restore FILE.json NEW-PATH`
restore-refused = { $file } cannot be restored:{ PLURAL($problems) ->
        [one] {""}
       *[other] { " " }{ $problems } problems:
    }
restore-refused-hint = restore reads what `peerlog export` writes; fix the document or export the folder again; nothing was written
restore-not-json = line { $line }, column { $column }: not JSON: { $error }
restore-not-an-object = the document is not a JSON object
restore-the-document = the document
restore-version-expected = expected { $version }
restore-other-programme = not a key of a { $programme } export (its records are { $kinds })
restore-not-a-list = expected a list in brackets [...]
restore-no-list = the list is missing; an export has one for every kind, [] when empty
restore-done = restored { $counts } into { $path }
restore-cleared = removed what a stopped restore had left in { $path }

## peerlog merge

rm-listing-change = change { $path }
merge-no-field = --take: a person has no field { $field } to choose
merge-no-field-hint = choose among { $fields }
merge-which = --take { $field }: say keep or duplicate
merge-which-hint = write --take { $field }=keep or --take { $field }=duplicate
merge-same = KEEP and DUPLICATE are both { $name } ({ $id })
merge-same-hint = name the two records of the person
merge-erased = an erased person's record is not merged; it holds nothing to move
merge-breaks = merging { $duplicate } into { $keep } would break { $rules } { PLURAL($rules) ->
        [one] rule
       *[other] rules
    }:
merge-breaks-hint = correct those records first; nothing was written
merge-same-slot = { $id }: the same consultation as { $other } once merged (same peer, recipient, date and time); remove one of them first with `peerlog rm`
merge-confirm = Merge { $duplicate } ({ $duplicate_id }) into { $keep } ({ $keep_id })?
merge-done = { $dry_run ->
        [yes] would merge
       *[no] merged
    } { $duplicate } ({ $duplicate_id }) into { $keep } ({ $keep_id }): { $count } { PLURAL($count) ->
        [one] consultation
       *[other] consultations
    } moved
merge-conflict = { $keep } in { $keep_id }, { $duplicate } in { $duplicate_id }
merge-not-one = { $keep } and { $duplicate } cannot be one person as they stand:
merge-not-one-hint = if they are one person, say which value wins: --take FIELD=keep or --take FIELD=duplicate

## Any record: edit, rm, show

record-other-programme = { $id } is a { $kind } ID, and this is a { $programme } folder
record-other-programme-hint = { $command } takes the ID or an ID prefix of a record of this folder: { $kinds }
record-find-id = find its ID with { $commands }
record-empty = { $command } was given an empty argument ('') where a record belongs
record-not-an-id = { $id } is not a record ID
record-not-an-id-hint = { $command } takes an ID or ID prefix: { $kinds }
record-takes-names = { $command } takes an ID or ID prefix: { $kinds }; or a name ({ $named })
record-unchanged = nothing was written; the { kind-name } stays as it was
record-fields = the fields of a { kind-name } you can set: { $fields }
record-no-field = a { kind-name } has no field { $name } to set
record-ambiguous = '{ $name }' is ambiguous in a { kind-name }: { $paths }
record-ambiguous-hint = name the field by its whole path
colleague-moment-shape = { $value } is not a day and time; write it as 2025-03-14 18:30 or 14.03.2025 18:30
colleague-category-word = { $value } is not a category; categories are words like death-of-colleague
resolve-person-or-group = '{ $query }' names both the person { $person } ({ $person_id }) and the group { $group } ({ $group_id })
resolve-person-or-group-hint = use the ID of the one you mean
resolve-any-record-hint = a record is named by its ID or ID prefix (g-…, p-…, c-…, f-…), or a person or group by name
resolve-names-several = '{ $query }' is the name of more than one record: { $records }

## The name of a kind of record inside other messages; $key is its English name with dashes.
kind-name = { $kind }

## A field of a record named for people; $key is its path with dashes, $words its words.
field-label = { $words }
# A field or CSV column at the head of a refused row's or record's line; $field as written.
field-at = { $field }

## The generic show, and a record named in a list of others
record-described = { $id } ({ $kind } { $name })
record-described-dated = { $id } ({ $kind } on { $date })
show-yes = yes
show-no = no
show-nested = { $key }={ $value }
show-unreadable = cannot show { $id }

## The journal of an interrupted change
tx-journal-at-line = line { $line }: { $why }
tx-journal-not-journal = not a peerlog journal
tx-journal-after-committed = nothing follows committed
tx-journal-tmp-astray = the temporary file is not beside its target
tx-journal-unknown-step = expected put, remove or committed
tx-journal-not-a-place = { $path } is not a record's place

## Values of a record file that serde could not read
load-expected-found = expected { $expected }, found { $found }
load-value-words = { $what ->
        [text] text in quotes
        [list-in-brackets] a list in brackets [...]
        [table] a table
        [true-or-false] true or false
        [whole-number] a whole number
        [list] a list
       *[other] { $what }
    }
load-cannot-read = cannot read: { $why }

## Why the operating system refused to read or write a file; $kind is its kind with dashes,
## $error the system's own words (for kinds not named here).
io-error = { $kind ->
        [not-found] no such file or folder
        [permission-denied] permission denied
        [already-exists] it exists already
        [is-a-directory] it is a folder, not a file
        [not-a-directory] a part of the path is a file, not a folder
        [directory-not-empty] the folder is not empty
        [storage-full] no space left on the disk
        [quota-exceeded] the disk quota is used up
        [read-only-filesystem] the disk is read-only
        [file-too-large] the file is too large for the disk
        [invalid-filename] that name cannot be a file's name here
        [unexpected-eof] the file ends too early
        [crosses-devices] it cannot be moved to another disk
        [resource-busy] another program is using it
        [interrupted] interrupted
        [timed-out] timed out
        [out-of-memory] out of memory
       *[other] { $error }
    }
## A TOML syntax error by what it is about ($what); $raw is the parser's own words.
load-syntax = { $raw }
## A JSON syntax error by what it is about ($what); $raw is the parser's own words.
json-syntax = { $raw }

## Rows of an import that are no CSV; $why is the csv reader's own words
import-row-not-utf8 = { $place }: cell { $column } of the row is not UTF-8 text
import-row-not-csv = { $place }: the row could not be read as CSV ({ $why })

edit-set = { $id }: set { $fields }
edit-removed = { $id }: removed from { $fields }
peer-stage-between = { $before } on { $before_date } and { $after } on { $after_date }
peer-stage-on = { $stage } on { $date }
peer-stage-history-hint = see the history with `peerlog peer show { $id }`
peer-stage-inserted = { $name } was { $stage } from { $date }; inserted in the history


## Where a table goes: --format, --output, --excel
output-format-mismatch = --format { $format } does not fit --output { $path }, which names a .{ $ext } file
output-format-mismatch-hint = name the file .{ $format } or leave --format out
output-format-not-offered = this command writes { $formats }, not { $format }
output-format-not-offered-hint = choose one of those with --format, or an --output name ending in one of them
output-excel-not-csv = --excel shapes CSV, and the output is { $format }
output-excel-not-csv-hint = leave --excel out, or use --format csv
output-xlsx-terminal = an XLSX workbook is not for a terminal
output-xlsx-terminal-hint = add --output FILE.xlsx, or redirect stdout to a file or a pipe
output-cannot-write = cannot write { $what ->
        [csv] CSV
        [xlsx] the workbook
       *[other] { $what }
    }: { $why }
output-exists = { $paths }: the file exists already; nothing was written
output-exists-hint = add --force to replace it, or choose another file name
output-no-folder = { $path }: there is no folder { $folder }; nothing was written
output-no-folder-hint = create it first (`mkdir -p { $folder }`), or write the file into a folder that exists
output-not-a-folder = { $path }: { $folder } is not a folder; nothing was written
output-not-a-folder-hint = write the file into a folder
output-is-a-folder = { $path }: that is a folder, and --output names a file; nothing was written
output-is-a-folder-hint = name a file in it (`{ $path }/…`)

## Values given with edit --set and in import cells
value-not-whole-number = { $value } is not a whole number
value-not-yes-no = { $value } is not yes or no
value-not-one-of = { $value } is not one of { $words }
value-table = { $key } is a table; change its fields one by one
value-required = { $key } is required; give it a value
value-needs-one = { $key } needs at least one value
id-not-an-id = { $value } is not a record ID (IDs look like c-k2m9xq4t)
date-expected-shape = a date like 2025-03-14
date-word-in-file = a file holds the day itself: write it as date = 2025-03-14
text-the-value = the value
group-model-unknown = model { $model } does not exist; it is 1 (while the group runs) or 2 (after it ends)
group-model-not-a-number = { $value } is not a model; use 1 or 2
group-exists-hint = give the group a name of its own
csv-not-a-separator = { $value } is not a separator; give one ASCII character such as ';' or ',' (or 'tab')
csv-separator-in-cells = '{ $value }' cannot separate cells: it would be read as part of a cell; use ';', ',', '|' or 'tab'
consent-none-for = { $name } ({ $id }) has no consent for { $purpose }
consent-none-for-hint = record one with `peerlog consent give { $id } { $purpose } --date DATE`
consent-none-on = --on: { $name } ({ $id }) has no consent for { $purpose } given on { $date }
consent-none-on-hint = their consents for { $purpose } were given on { $dates }
consent-nothing-to-correct = nothing to correct
consent-nothing-to-correct-hint = give --given DATE, --by WHO or --revoked DATE|none
consult-duplicate-see = see it with `peerlog consult show { $id }`, or check the date and time
report-no-peer = peer '{ $id }' does not exist, so the report cannot tell this consultation's group
report-no-recipient = recipient '{ $id }' does not exist
report-fix-files-hint = fix the file (or run `peerlog check` to list every problem), then run the report again
import-supporter-ended = { $name } ({ $id }) ended on { $date }

## The manual's main page: its one-line summary, ENVIRONMENT, FILES and EXIT STATUS (`x` is bold)
man-top-name = keep the records of peer-support programmes as TOML files in a folder kept in git
man-env-dir = The peerlog folder, when `--dir` is not given. Without either, the nearest folder upwards from the current directory that holds peerlog.toml.
man-env-lang = The language of messages, tables and help: `en` or `lv` (as `--lang`). Otherwise `[ui] language` in peerlog.toml, then `LC_ALL`, `LC_MESSAGES` or `LANG`.
man-env-no-color = When set, no colour, even on a terminal. Colour appears only on a terminal otherwise.
man-env-colour-force = When set, colour even when the output is not a terminal.
man-env-date-epoch = Seconds since 1970: the creation time written into XLSX workbooks, which otherwise carry a fixed one, so the same records always give the same bytes.
man-env-complete = `COMPLETE=bash peerlog` (or zsh, fish, elvish, powershell) prints the shell's registration for tab completion of commands, flags and the folder's records by name.
man-file-settings = The folder's settings: format version, programme (thematic-groups or colleague-support), the wording of the Appendix 1 sheet, consent, agenda and colleague-support settings.
man-file-groups = Thematic support groups, and their participants (peers have a `[peer]` table).
man-file-consultations = Consultations, one folder a day, and feedback, by the year it was given.
man-file-colleague = The records of a colleague-support folder.
man-file-lock = The advisory lock writing commands hold for their whole read-check-write.
man-file-tmp = Temporary files of interrupted writes; readers ignore them, `peerlog check --fix` removes them.
man-file-cache = Outside the folder (or `~/.cache/peerlog/`): where records were last found by ID and which consultations each feedback file is about, by ID only, so that writes into a large folder need not list it. Checked against the folder before use; deleting it loses nothing.
man-exit-0 = Success.
man-exit-1 = Refused for the data's sake: invalid input, a broken file, a rule broken (nothing was written); `check` found errors.
man-exit-2 = Bad usage: an unknown command or flag, a missing argument, a word that is not one of a flag's or a field's value words, a field `edit` cannot set, no peerlog folder, a command of the other programme, an answer cancelled at a prompt, a destructive command without a terminal and without `--yes`.

## What an agenda item is, on a table (CSV and JSON keep the word)
agenda-what = { $key }
pipeline-what = { $key }

## Shell completion: what a candidate is, beside its ID
completion-referral = suggested { $date }
