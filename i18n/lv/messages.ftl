### peerlog paziņojumi latviešu valodā. Atslēgas ir tās pašas, kas i18n/en/messages.ftl; tests
### pārbauda, ka abos failos ir vienas un tās pašas atslēgas un ka kods lieto katru no tām.
### Vērtību vārdi (held, planned, json, csv, …) un karodziņi paliek angliski: tos raksta skripti.

## Birkas pirms paziņojuma (stderr)

label-error = kļūda:
label-warning = brīdinājums:
label-hint = ieteikums:
label-tip = padoms:

## --help daļas, ko raksta clap

help-template = {"{"}before-help{"}"}{"{"}about-with-newline{"}"}
    Lietojums: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
help-usage = Lietojums:
help-heading-options = Iespējas
help-heading-arguments = Argumenti
help-heading-commands = Komandas
help-value-command = KOMANDA
help-default = noklusējums: { $value }
help-values = vērtības: { $values }
help-env = vides mainīgais: { $name }
help-help-command = Parāda šo palīdzību vai norādītās komandas palīdzību

## clap lietojuma kļūdas

clap-missing-value = karodziņam '{ $arg }' vajag vērtību, bet tā nav dota
clap-invalid-value = '{ $value }' nav derīga '{ $arg }' vērtība (derīgās vērtības: { $valid })
clap-unknown-argument = nezināms arguments '{ $arg }'
clap-unknown-command = nezināma komanda '{ $name }'
clap-no-equals = karodziņa '{ $arg }' vērtību raksta aiz vienādības zīmes: { $arg }=VĒRTĪBA
clap-value-validation = '{ $value }' nav derīga '{ $arg }' vērtība: { $reason }
clap-too-many-values = lieka vērtība '{ $value }' karodziņam '{ $arg }'
clap-wrong-number = karodziņam '{ $arg }' dots nepareizs vērtību skaits
clap-conflict = '{ $arg }' nevar lietot kopā ar '{ $other }'
clap-missing-argument = trūkst obligāto argumentu: { $args }
clap-missing-command = vajag komandu; izvēlieties kādu no šīm: { $valid }
clap-similar = ir līdzīgs: '{ $name }'
clap-more = Plašāk: '--help'.

## Skaiti

n-consultations = { PLURAL($count) ->
    [zero] { $count } konsultāciju
    [one] { $count } konsultācija
   *[other] { $count } konsultācijas
}

## Rokasgrāmata (peerlog man)

help-usage-options = [IESPĒJAS]
man-name = NOSAUKUMS
man-synopsis = SINTAKSE
man-description = APRAKSTS
man-options = IESPĒJAS
man-extra = PIEMĒRI
man-version = VERSIJA
man-authors = AUTORI
man-wrote = rokasgrāmatas lapas ierakstītas mapē { $dir }
