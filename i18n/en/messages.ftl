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
man-wrote = wrote the manual pages to { $dir }

## Tables: a column's or a show's field name. $name is the machine word as CSV writes it,
## $key the same in lower case with dashes.

column = { $name }

## peerlog agenda

agenda-who = { $peer } with { $recipient } on { $date } { $time }
agenda-confirm = planned consultation { $id } ({ $who }) has passed: confirm it was held, or cancel it
agenda-feedback = held consultation { $id } ({ $who }) has no { $source } feedback
agenda-stuck = { $name } has been { $stage } since { $since }, more than { $days } days
agenda-approach = { $group } (model 2) has { $left } meeting(s) left and no peer approached; approach one before the end
