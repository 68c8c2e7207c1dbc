#!/usr/bin/env bash
# Builds data-example-colleague/, a colleague-support folder (the second programme), with peerlog
# itself, so the example always matches the current format. Every person here is invented; the
# psychologists' city lines carry the public phone numbers of the programme's leaflet.
#
#   scripts/build-data-example-colleague.sh [OUT_DIR]      (default: data-example-colleague)
#
# PEERLOG names the binary to use (default: a release build of this checkout).
# PEERLOG_ID_SEED makes the IDs the same on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-data-example-colleague}
if [ -z "${PEERLOG:-}" ]; then
  cargo build --release --quiet
  PEERLOG=$PWD/target/release/peerlog
fi
export PEERLOG_ID_SEED=data-example-colleague
rm -rf "$out"
pl() { "$PEERLOG" --quiet --dir "$out" "$@"; }

"$PEERLOG" --quiet init "$out" --programme colleague-support

# Structural units.
daugavpils=$(pl unit add 'Latgales reģiona pārvaldes Daugavpils iecirknis' --service 'Valsts policija' --region Latgale)
riga=$(pl unit add 'Rīgas reģiona pārvaldes Kurzemes iecirknis' --service 'Valsts policija' --region Rīga)
jelgava=$(pl unit add 'Zemgales reģiona brigādes Jelgavas daļa' \
  --service 'Valsts ugunsdzēsības un glābšanas dienests' --region Zemgale)

# The directory: the leaflet's city lines, and two invented psychologists.
division='IeM VSC Psiholoģiskā atbalsta nodaļa'
line_riga=$(pl psychologist add 'IeM VSC psihologi, Rīga' --city Rīga --division "$division" \
  --phone 67023553 --phone 25667470 --phone 28618182)
line_daugavpils=$(pl psychologist add 'IeM VSC psihologi, Daugavpils' --city Daugavpils --division "$division" --phone 26369561)
pl psychologist add 'IeM VSC psihologi, Jelgava' --city Jelgava --division "$division" --phone 25667164 >/dev/null
pl psychologist add 'IeM VSC psihologi, Valmiera' --city Valmiera --division "$division" --phone 25666401 >/dev/null
pl psychologist add 'IeM VSC psihologi, Liepāja' --city Liepāja --division "$division" --phone 25668915 >/dev/null
rozite=$(pl psychologist add 'Dace Rozīte' --city Rīga --division "$division")
kalejs=$(pl psychologist add 'Mārtiņš Kalējs' --city Daugavpils --division "$division")

# Nominations: the team's choice, voluntary, with the direct superior's agreement.
nominate() { pl support nominate "$1" --unit "$2" --applied "$3" --team-nominated --voluntary --superior-agreed; }
ozols=$(nominate 'Jānis Ozols' "$daugavpils" 2025-01-06)
strode=$(nominate 'Inga Strode' "$daugavpils" 2025-01-06)
ivanovs=$(nominate 'Pāvels Ivanovs' "$daugavpils" 2025-01-08)
kalns=$(nominate 'Oskars Kalns' "$daugavpils" 2025-01-08)
zarina=$(nominate 'Laura Zariņa' "$riga" 2025-01-07)
vilks=$(nominate 'Edgars Vilks' "$riga" 2025-01-09)
berzins=$(nominate 'Artūrs Bērziņš' "$jelgava" 2025-01-10)
lacis=$(nominate 'Kristaps Lācis' "$jelgava" 2025-01-10)
petersone=$(pl support nominate 'Sandra Pētersone' --unit "$riga" --applied 2025-06-16 --voluntary --superior-agreed)

# Interviews by the psychologists.
for s in "$ozols" "$strode" "$ivanovs"; do
  pl support interview "$s" --date 2025-01-20 --psychologist "$kalejs" --decision approved >/dev/null
done
pl support interview "$kalns" --date 2025-01-20 --psychologist "$kalejs" --decision not-approved \
  --reason 'Pašlaik pārāk liela dienesta slodze; var pieteikties atkārtoti' >/dev/null
for s in "$zarina" "$vilks" "$berzins" "$lacis"; do
  pl support interview "$s" --date 2025-01-22 --psychologist "$rozite" --decision approved >/dev/null
done

# The course: six days of six hours; Ivanovs attended three days so far.
for day in 2025-02-03 2025-02-04 2025-02-05; do
  pl support train "$ozols" "$strode" "$ivanovs" "$zarina" "$vilks" "$berzins" "$lacis" --date $day --hours 6 >/dev/null
done
for day in 2025-02-10 2025-02-11 2025-02-12; do
  pl support train "$ozols" "$strode" "$zarina" "$vilks" "$berzins" "$lacis" --date $day --hours 6 >/dev/null
done
# Three individual consultations each; Vilks had his last one late.
for s in "$ozols" "$strode"; do
  for day in 2025-02-17 2025-02-21 2025-02-26; do
    pl support consultation "$s" --date $day --psychologist "$kalejs" >/dev/null
  done
done
for s in "$zarina" "$berzins" "$lacis"; do
  for day in 2025-02-18 2025-02-20 2025-02-25; do
    pl support consultation "$s" --date $day --psychologist "$rozite" >/dev/null
  done
done
pl support consultation "$ivanovs" --date 2025-02-17 --psychologist "$kalejs" >/dev/null
for day in 2025-02-18 2025-03-04 2025-06-25; do
  pl support consultation "$vilks" --date $day --psychologist "$rozite" >/dev/null
done

# Active from March.
for s in "$ozols" "$strode" "$zarina" "$berzins" "$lacis"; do
  pl support activate "$s" --date 2025-03-03 >/dev/null
done

# Supervision: mandatory support-group sessions; Lācis missed two in a row.
pl supervision add --date 2025-04-02 --psychologist "$rozite" \
  --present "$ozols" --present "$strode" --present "$zarina" --present "$berzins" --present "$lacis" >/dev/null
pl supervision add --date 2025-05-07 --psychologist "$rozite" \
  --present "$ozols" --present "$zarina" --present "$berzins" --excused "$strode" >/dev/null
pl supervision add --date 2025-06-04 --psychologist "$kalejs" \
  --present "$ozols" --present "$strode" --present "$zarina" --present "$berzins" >/dev/null

# Support contacts: date, unit, kind, whether professional help was suggested. Nothing else.
contact() { pl contact log --supporter "$1" --date "$2" --kind "$3" --professional-help "$4"; }
contact "$ozols" 2025-04-11 after-event no >/dev/null
contact "$ozols" 2025-04-11 after-event no >/dev/null
k_ozols=$(contact "$ozols" 2025-04-24 crisis yes)
contact "$strode" 2025-05-06 at-scene no >/dev/null
contact "$strode" 2025-05-06 at-scene no >/dev/null
contact "$ozols" 2025-05-06 at-scene no >/dev/null
contact "$strode" 2025-05-20 self-referral no >/dev/null
k_strode=$(contact "$strode" 2025-06-12 self-referral yes)
k_zarina=$(contact "$zarina" 2025-06-19 after-event yes)
contact "$zarina" 2025-06-19 after-event no >/dev/null
contact "$berzins" 2025-05-15 crisis no >/dev/null
contact "$lacis" 2025-07-08 at-scene no >/dev/null

# Critical incidents notified to the psychologists.
i1=$(pl incident notify --date 2025-05-06 --category serious-injury --unit "$daugavpils" --officers 4 \
  --notified '2025-05-06 21:40' --psychologist "$line_daugavpils" --help-requested team --supporter "$ozols")
pl incident follow-up "$i1" done >/dev/null
pl incident notify --date 2025-06-19 --category death-of-colleague --unit "$riga" --officers 12 \
  --notified '2025-06-19 16:05' --psychologist "$line_riga" --help-requested both --supporter "$zarina" \
  --follow-up in-progress >/dev/null

# Referrals to level 2, followed until the loop closes.
r1=$(pl referral suggest --supporter "$ozols" --date 2025-04-24 --contact "$k_ozols")
pl referral accept "$r1" --date 2025-04-25 >/dev/null
pl referral contact "$r1" --date 2025-05-02 --psychologist "$kalejs" >/dev/null
r2=$(pl referral suggest --supporter "$strode" --date 2025-06-12 --contact "$k_strode")
pl referral decline "$r2" --date 2025-06-13 >/dev/null
pl referral suggest --supporter "$zarina" --date 2025-06-19 --contact "$k_zarina" >/dev/null

# Bērziņš left the service in the summer.
pl support end "$berzins" --date 2025-08-31 --reason left-service >/dev/null

: "$petersone" "$line_riga"
echo "data-example-colleague built in $out" >&2
