#!/usr/bin/env bash
# Builds data-example/ with peerlog itself, so the example always matches the current format.
# Every person here is invented.
#
#   scripts/build-data-example.sh [OUT_DIR]      (default: data-example)
#
# PEERLOG names the binary to use (default: a release build of this checkout).
# PEERLOG_ID_SEED makes the IDs the same on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-data-example}
if [ -z "${PEERLOG:-}" ]; then
  cargo build --release --quiet
  PEERLOG=$PWD/target/release/peerlog
fi
export PEERLOG_ID_SEED=data-example
rm -rf "$out"
pl() { "$PEERLOG" --quiet --dir "$out" "$@"; }

"$PEERLOG" --quiet init "$out"

# Model 1: consultations while the group runs.
riga=$(pl group add 'Rīgas vecāku atbalsta grupa' --leader 'Inese Kalniņa' --venue 'Rīga, Brīvības iela 1' \
  --model 1 --start 2025-02-03 --end 2025-05-26)
anna=$(pl participant add 'Anna Bērziņa' --group "$riga" --role parent)
pl group meeting add "$riga" --date 2025-02-03 --date 2025-02-17 --date 2025-03-03 --date 2025-03-17 \
  --date 2025-03-31 --date 2025-04-14 --date 2025-04-28 --date 2025-05-26 >/dev/null
# Līga goes through the whole pipeline before her first consultation.
liga=$(pl peer add 'Līga Ozoliņa' --group "$riga" --role parent --stage identified --date 2025-02-03)
pl peer observe "$liga" active-participation empathy communication listens-attentively --date 2025-02-03 >/dev/null
pl peer stage "$liga" approached --date 2025-02-10 --note 'Uzrunāta individuāli pēc tikšanās' >/dev/null
pl peer motivation "$liga" personal-experience altruism community >/dev/null
pl peer stage "$liga" motivated --date 2025-02-17 >/dev/null
pl peer prepare "$liga" counselling structure ethics boundaries inform-leader --date 2025-02-24 >/dev/null
pl peer prepare "$liga" story-stable story-feelings story-harm story-change story-way-up --date 2025-02-24 >/dev/null
pl peer stage "$liga" prepared --date 2025-02-24 >/dev/null
pl peer stage "$liga" active --date 2025-03-03 >/dev/null
girts=$(pl participant add 'Ģirts Vītoliņš' --group "$riga" --role foster-parent)
dace=$(pl participant add 'Dace Šmite' --group "$riga" --role guardian)
kristine=$(pl participant add 'Kristīne Ērgle' --group "$riga" --role parent)
ilze=$(pl participant add 'Ilze Krīgere' --group "$riga" --role parent)
# Mid-pipeline: Dace was noticed and approached, and is being motivated.
pl peer observe "$dace" empathy responsibility confidentiality clear-boundaries --date 2025-03-17 >/dev/null
pl peer stage "$dace" approached --date 2025-03-31 >/dev/null
pl peer motivation "$dace" personal-experience meaningful-work >/dev/null

# Model 2: consultations after the group ends.
jelgava=$(pl group add 'Jelgavas pusaudžu atbalsta grupa' --leader 'Māris Liepiņš' --venue 'Jelgava, Lielā iela 10' \
  --model 2 --start 2025-01-15 --end 2025-03-19)
pl group meeting add "$jelgava" --date 2025-01-15 --date 2025-01-22 --date 2025-01-29 --date 2025-02-05 \
  --date 2025-02-12 --date 2025-02-19 --date 2025-02-26 --date 2025-03-05 --date 2025-03-12 \
  --date 2025-03-19 >/dev/null
# Model 2: peers are approached in the closing phase, at least two meetings before the last one.
janis=$(pl peer add 'Jānis Kļaviņš' --group "$jelgava" --role child --birth-date 2010-04-12 --stage identified \
  --date 2025-02-12)
pl peer observe "$janis" personal-growth overcomes-difficulties positive-relations --date 2025-02-12 >/dev/null
pl peer stage "$janis" approached --date 2025-02-26 >/dev/null
pl peer motivation "$janis" personal-growth learning resilience >/dev/null
pl peer stage "$janis" motivated --date 2025-03-05 >/dev/null
pl peer prepare "$janis" counselling structure ethics boundaries inform-leader story-stable story-way-up \
  --date 2025-03-19 >/dev/null
pl peer stage "$janis" prepared --date 2025-03-19 >/dev/null
elza=$(pl participant add 'Elza Čakste' --group "$jelgava" --role child --birth-date 2011-09-03)
nikita=$(pl participant add 'Ņikita Žuravļovs' --group "$jelgava" --role child --birth-date 2012-01-20)
ruta=$(pl peer add 'Rūta Ķēniņa' --group "$jelgava" --role parent --stage approached --date 2025-03-05)
pl peer motivation "$ruta" altruism positive-impact >/dev/null
pl peer prepare "$ruta" counselling structure ethics boundaries inform-leader --date 2025-03-19 >/dev/null
pl peer stage "$ruta" active --date 2025-03-20 >/dev/null
aivars=$(pl participant add 'Aivars Pūce' --group "$jelgava" --role parent)

# Consent per purpose: taking part as a peer or a recipient, and being named in the ministry report.
# A child's consent records who gave it.
for who in "$anna" "$girts" "$dace" "$kristine" "$ilze" "$aivars"; do
  pl consent give "$who" recipient report --date 2025-02-03 >/dev/null
done
pl consent give "$liga" peer recipient report --date 2025-02-10 >/dev/null
pl consent give "$ruta" peer report --date 2025-03-05 >/dev/null
pl consent give "$janis" peer report --by parent --date 2025-02-26 >/dev/null
pl consent give "$elza" recipient report --by parent --date 2025-03-19 >/dev/null
# Ņikita's family agreed to the consultations but not to his name in the ministry report.
pl consent give "$nikita" recipient --by parent --date 2025-03-19 >/dev/null
pl consent revoke "$kristine" report --date 2025-04-01 >/dev/null

where_riga='Rīga, Brīvības iela 1'
where_jelgava='Jelgava, Lielā iela 10'

# Rīga: held, planned and cancelled consultations given by Līga.
c1=$(pl consult log --peer "$liga" --recipient "$anna" --date 2025-03-04 --time 17:30-18:15 \
  --place "$where_riga" --topic 'Kā runāt ar pusaudzi par robežām')
c2=$(pl consult log --peer "$liga" --recipient "$girts" --date 2025-03-11 --time 17:30-18:30 \
  --place "$where_riga" --topic 'Audžuģimenes ikdiena un atbalsts')
c3=$(pl consult plan --peer "$liga" --recipient "$anna" --date 2025-03-18 --time 17:30-18:15 \
  --place "$where_riga" --topic 'Dusmu brīži mājās')
pl consult log "$c3" >/dev/null
c4=$(pl consult log --peer "$liga" --recipient "$dace" --date 14.03.2025. --time 16:00-17:00 \
  --place 'Rīga, Brīvības iela 1, 2. stāvs' --topic 'Aizbildņa loma skolas sarunās')
c5=$(pl consult plan --peer "$liga" --recipient "$kristine" --date 2025-03-25 --time 17:30-18:00 \
  --place "$where_riga" --topic 'Miega režīms')
pl consult cancel "$c5" >/dev/null
c6=$(pl consult plan --peer "$liga" --recipient "$ilze" --date 2025-05-20 --time 18:00-18:45 \
  --place "$where_riga" --topic 'Kā lūgt palīdzību speciālistam')

# Jelgava: after the group ended, Jānis and Rūta consult.
c7=$(pl consult log --peer "$janis" --recipient "$elza" --date 2025-03-26 --time 15:00-15:45 \
  --place "$where_jelgava" --topic 'Kā atgriezties skolā pēc kavējumiem')
c8=$(pl consult log --peer "$janis" --recipient "$nikita" --date 2025-04-02 --time 15:00-15:40 \
  --place "$where_jelgava" --topic 'Draugi, kas mudina lietot')
c9=$(pl consult log --peer "$ruta" --recipient "$aivars" --date 2025-04-03 --time 18:00-19:00 \
  --place "$where_jelgava" --topic 'Uzticēšanās atjaunošana ģimenē')
c10=$(pl consult plan --peer "$ruta" --recipient "$aivars" --date 2025-04-17 --time 18:00-19:00 \
  --place "$where_jelgava" --topic 'Robežas un vienošanās')
pl consult cancel "$c10" >/dev/null
c11=$(pl consult plan --peer "$janis" --recipient "$elza" --date 2025-04-09 --time 15:00-15:45 \
  --place "$where_jelgava" --topic 'Mācību plāns')

# Feedback: the recipients' three answers, and the peers' view.
pl feedback record --consultation "$c1" --consultation "$c3" --from recipient --date 2025-03-20 \
  --expected 'Uzklausīšanu un padomu no kāda, kurš to pašu piedzīvojis' --met yes \
  --benefit 'Drošāka sajūta, runājot ar dēlu; konkrēti vārdi, ko teikt' >/dev/null
pl feedback record --consultation "$c2" --from recipient --date 2025-03-12 \
  --expected 'Praktiskus ieteikumus ikdienai' --met partly --comment 'Vajadzēja vairāk laika' \
  --benefit 'Zinu, kur vērsties pēc palīdzības' >/dev/null
pl feedback record --consultation "$c7" --from recipient --date 2025-03-28 \
  --expected 'Saprast, kā citi tika galā' --met yes --benefit 'Plāns pirmajai nedēļai skolā' >/dev/null
pl feedback record --consultation "$c9" --from recipient --date 2025-04-05 \
  --expected 'Atbalstu; "kā sākt sarunu"' --met no --comment 'Temats bija par smagu vienai reizei' \
  --benefit 'Sapratu, ka vajag speciālista palīdzību' >/dev/null
pl feedback record --consultation "$c1" --from peer --date 2025-03-05 \
  --expected 'Saruna notika mierīgi' --met yes --benefit 'Jutos noderīga' >/dev/null
pl feedback record --consultation "$c8" --from peer --date 2025-04-02 \
  --expected 'Nebiju pārliecināts, vai pratīšu' --met partly --comment 'Sākumā bija grūti' \
  --benefit 'Iemācījos vairāk klausīties' >/dev/null

: "$c4" "$c6" "$c11"

# Sample CSV files for `peerlog import` (the columns are in `peerlog import --help` and the README).
# They fit this folder as built above; checking them here keeps them valid.
mkdir -p "$out/import"
cat > "$out/import/participants.csv" <<'CSV'
name,group,role,birth_date,peer_stage,peer_since,consent,consent_by,consent_date
Marta Kalēja,Rīgas vecāku atbalsta grupa,parent,,,,recipient report,,2025-04-01
Oskars Lācis,rigas,guardian,,,,recipient,,2025-04-01
Laura Zvaigzne,Jelgavas pusaudžu atbalsta grupa,child,14.02.2011,,,recipient report,parent,2025-04-02
Roberts Vilks,jelgavas,child,2010-06-30,prepared,2025-03-05,peer report,guardian,2025-03-05
CSV
cat > "$out/import/consultations.csv" <<'CSV'
peer,recipient,date,time,place,topic,status
Līga Ozoliņa,Kristīne Ērgle,2025-04-01,17:30-18:15,"Rīga, Brīvības iela 1",Miega režīms,held
Līga Ozoliņa,Ilze Krīgere,08.04.2025,17:30-18:15,"Rīga, Brīvības iela 1","Kā lūgt palīdzību, kad grūti",held
Rūta Ķēniņa,Aivars Pūce,2025-04-24,18:00-19:00,"Jelgava, Lielā iela 10",Robežas un vienošanās,planned
CSV
cat > "$out/import/feedback.csv" <<'CSV'
peer,recipient,consultation_date,from,date,expected,met,comment,benefit
Līga Ozoliņa,Dace Šmite,14.03.2025,recipient,2025-03-17,Padomu sarunai ar skolu,yes,,Drošāka sajūta skolas sapulcē
Jānis Kļaviņš,Ņikita Žuravļovs,2025-04-02,recipient,2025-04-04,"Saprast, kā atteikt draugiem",partly,Vajadzēja vēl vienu tikšanos,"Zinu, ko teikt"
CSV
for kind in participants consultations feedback; do
  pl import "$kind" "$out/import/$kind.csv" --dry-run
done
echo "data-example built in $out" >&2
