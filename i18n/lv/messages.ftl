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
clap-invalid-value-hidden = karodziņa '{ $arg }' vērtība nav derīga (derīgās vērtības: { $valid })
clap-value-validation-hidden = karodziņa '{ $arg }' vērtība nav derīga: { $reason }
clap-too-many-values-hidden = lieka vērtība karodziņam '{ $arg }'
clap-stray-value = starp argumentiem ir lieka vērtība; vērtību ar atstarpēm lieciet pēdiņās: --topic 'Robežu noteikšana'
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
man-commands = KOMANDAS
man-environment = VIDE
man-files = FAILI
man-exit-status = IZEJAS KODI
man-examples = PIEMĒRI
man-see-also = SKATĪT ARĪ
man-wrote = rokasgrāmatas lapas ierakstītas mapē { $dir }

## Tabulas: kolonnas vai lauka nosaukums. $name ir mašīnvārds, kā to raksta CSV, $key — tas pats
## mazajiem burtiem ar domuzīmēm. Nezināmi vārdi paliek, kā ir.

column = { $key ->
    [id] ID
    [name] Vārds, uzvārds
    [group] Grupa
    [group-id] Grupas ID
    [leader] Vadītājs
    [venue] Norises vieta
    [model] Modelis
    [start] Sākums
    [end] Beigas
    [meetings] Tikšanās reizes
    [role] Loma
    [birth-date] Dzimšanas datums
    [stage] Posms
    [since] Kopš
    [observed] Novērots
    [motivations] Motivācija
    [prepared] Sagatavošana
    [consultation] Konsultācija
    [consultations] Konsultācijas
    [date] Datums
    [time] Laiks
    [status] Statuss
    [peer] Līdzinieks
    [peers] Līdzinieki
    [peer-stage] Līdzinieka posms
    [recipient] Saņēmējs
    [recipients] Saņēmēji
    [place] Norises vieta
    [topic] Tēma
    [from] Kas atbildēja
    [expected] Ko sagaidīja
    [met] Gaidas piepildījās
    [comment] Piebilde
    [benefit] Ieguvums
    [feedback] Atgriezeniskā saite
    [report] Pārskats
    [field] Lauks
    [value] Vērtība
    [due] Termiņš
    [what] Kas
    [details] Sīkāk
    [next] Ko darīt
    [list] Saraksts
    [word] Apzīmējums
    [label] Nozīme
    [count] Skaits
    [month] Mēnesis
    [quarter] Ceturksnis
    [held] Notikušas
    [planned] Plānotas
    [cancelled] Atceltas
    [held-without-recipient-feedback] Notikušas, bez saņēmēja atgriezeniskās saites
    [held-without-peer-feedback] Notikušas, bez līdzinieka atgriezeniskās saites
    [held-no-recipient-feedback] Notikušas, bez saņēmēja atgr. saites
    [held-no-peer-feedback] Notikušas, bez līdzinieka atgr. saites
    [met-yes] Gaidas: jā
    [met-partly] Gaidas: daļēji
    [met-no] Gaidas: nē
    [unit] Struktūrvienība
    [service] Dienests
    [region] Reģions
    [city] Pilsēta
    [phones] Tālruņi
    [division] Nodaļa
    [psychologist] Psihologs
    [supporter] Kolēģu atbalsta persona
    [support-persons] Kolēģu atbalsta personas
    [training] Apmācības
    [trained] Apmācīti
    [interview] Pārrunas
    [ledger] Apmācību uzskaite
    [activity] Darbība
    [active-since] Darbojas kopš
    [ended] Beidza
    [supervision] Supervīzija
    [present] Klāt
    [absent] Nebija
    [excused] Attaisnoti nebija
    [presence] Apmeklējums
    [contacts] Atbalsta reizes
    [kind] Veids
    [help-suggested] Ieteikta palīdzība
    [incidents] Kritiski notikumi
    [category] Kategorija
    [officers] Amatpersonas
    [notified] Ziņots
    [help] Lūgtā palīdzība
    [follow-up] Turpmākā rīcība
    [referrals] Nosūtījumi
    [suggested] Ieteikts
    [accepted] Pieņemts
    [first-contact] Pirmā saziņa
    [declined] Atteikts
    [outcome] Iznākums
    [item] Darāmais
    [record] Ieraksts
    [purpose] Mērķis
    [consent] Piekrišana
    [consent-by] Piekrišanu deva
    [path] Fails
    [nominated] Izvirzīšana
    [records] Ieraksti
    [referred-to-by] Uz to atsaucas
    [nomination] Izvirzīšana
   *[other] { $name }
}
column-title = Nosaukums

## peerlog agenda

agenda-who = līdzinieks: { $peer }, saņēmējs: { $recipient }, { $date } { $time }
agenda-confirm = plānotās konsultācijas { $id } ({ $who }) laiks ir pagājis: apstipriniet, ka tā notika, vai atceliet to
agenda-feedback = notikušajai konsultācijai { $id } ({ $who }) nav { $source ->
        [peer] līdzinieka
       *[recipient] saņēmēja
    } atgriezeniskās saites
agenda-stuck = { $name } posmā { $stage } ir kopš { $since } — ilgāk par { $days } { PLURAL($days) ->
        [one] dienu
       *[other] dienām
    }
agenda-approach = grupai „{ $group }” (2. modelis) { PLURAL($left) ->
        [one] atlikusi { $left } tikšanās reize
        [zero] atlicis { $left } tikšanās reižu
       *[other] atlikušas { $left } tikšanās reizes
    }, un neviens līdzinieks nav uzrunāts; uzrunājiet kādu pirms grupas beigām

## peerlog check

check-error = kļūda
check-warning = brīdinājums
check-removed = dzēsts { $path } (pagaidu fails, ko atstāja pārtraukta rakstīšana)
check-summary = { PLURAL($files) ->
        [one] pārbaudīts { $files } fails
        [zero] pārbaudīts { $files } failu
       *[other] pārbaudīti { $files } faili
    }: { $errors ->
        [0] { $warnings ->
                [0] problēmu nav
               *[other] { $warnings } { PLURAL($warnings) ->
                        [one] brīdinājums
                        [zero] brīdinājumu
                       *[other] brīdinājumi
                    }
            }
       *[other] { $errors } { PLURAL($errors) ->
                [one] kļūda
                [zero] kļūdu
               *[other] kļūdas
            }{ $warnings ->
                [0] {""}
               *[other] , { $warnings } { PLURAL($warnings) ->
                        [one] brīdinājums
                        [zero] brīdinājumu
                       *[other] brīdinājumi
                    }
            }
    }

## Apskates un saraksti

consent-since = kopš { $date } ({ $by ->
        [self] personīgi
        [parent] vecāks
        [guardian] aizbildnis
        [foster-parent] audžuvecāks
       *[other] { $by }
    })
consent-revoked = atsaukta { $date }
consent-from = no { $date }
show-stage-since = { $stage } kopš { $date }
show-consultation-counts = notikušas { $held }, plānotas { $planned }, atceltas { $cancelled }
show-member-peer = { $name } ({ $role }), līdzinieka posms: { $stage }
show-feedback-field = atgriezeniskā saite ({ $from ->
        [peer] līdzinieks
       *[recipient] saņēmējs
    })
show-feedback-met = { $id }: gaidas piepildījās: { $met ->
        [yes] jā
        [partly] daļēji
        [no] nē
       *[other] { $met }
    }

## Rakstošās komandas

missing-flags = trūkst: { $flags }
date-in-future = { $field }: { $date } ir nākotnē
init-created = Izveidota peerlog mape { $programme ->
        [colleague-support] kolēģu atbalsta programmai (colleague-support)
       *[thematic-groups] tematiskajām atbalsta grupām (thematic-groups)
    }: { $path }
init-kept = esošais { $name } atstāts, kā ir; pārliecinieties, ka tajā ir šīs rindas:
    { $lines }
init-exists = mapē { $path } jau ir { $existing }; init nekad nepārraksta mapi
init-exists-hint = lietojiet šo mapi, kāda tā ir, vai izvēlieties citu ceļu
init-inside = pašreizējā mape atrodas peerlog mapē { $found }; init bez ceļa izveidotu mapi citas mapes iekšienē
init-above = pašreizējā mapē zemāk ir peerlog mape { $found }; init bez ceļa izveidotu mapi virs citas mapes
init-nested-hint = strādājiet mapē { $found }, kāda tā ir, vai norādiet jaunās mapes ceļu: `peerlog init CEĻŠ` (`peerlog init .` tieši šai mapei)
group-meeting-exists = --date: grupai „{ $group }” jau ir tikšanās { $date }
group-meeting-outside = --date: { $date } ir ārpus grupas „{ $group }” darbības laika
group-exists = grupa ar nosaukumu '{ $name }' jau ir ({ $id })
participant-already = { $name } ({ $id }) jau ir grupā „{ $group }”
participant-already-hint = lai dalībnieks kļūtu par līdzinieku, palaidiet `peerlog peer add` ar to pašu vārdu un grupu
participant-look-alike = vārds „{ $name }” līdzinās vārdam „{ $other }” ({ $other_id }) tajā pašā grupā; ja tā ir viena persona, apvienojiet abus ierakstus ar `peerlog merge { $other_id } { $id }`
peer-already-stage = { $name } jau ir posmā { $stage }
peer-stage-out-of-order = --date: { $stage } { $date } neiederas starp ierakstītajiem posmiem ({ $around }); posmu maiņas glabā piesaistes secībā
peer-stage-back = { $name } atgriežas no posma { $from } uz { $stage }; vēsturē paliek abi
peer-already = { $name } ({ $id }) grupā „{ $group }” jau ir līdzinieka lomā
peer-already-hint = apskatiet ar `peerlog peer show { $id }`
peer-promoted = { $name } grupā „{ $group }” līdz šim bija dalībnieka lomā; tagad arī līdzinieka lomā
peer-role-needed = vajag --role: { $name } vēl nav grupā „{ $group }”
peer-role-needed-hint = norādiet --role child (bērns), parent (vecāks), foster-parent (audžuvecāks) vai guardian (aizbildnis)
peer-not-in-pipeline = { $name } ({ $id }) vēl nav līdzinieku piesaistes procesā
peer-not-in-pipeline-hint = sāciet ar `peerlog peer observe { $id } …` vai `peerlog peer stage { $id } identified`
peer-not-a-peer = { $name } ({ $id }) grupā ir dalībnieka, nevis līdzinieka lomā
peer-not-a-peer-hint = reģistrējiet kā līdzinieku ar `peerlog peer add`
consent-child-by = { $name } ir bērns: norādiet, kas deva piekrišanu
consent-child-by-hint = pievienojiet --by self (personīgi), --by parent (vecāks), --by guardian (aizbildnis) vai --by foster-parent (audžuvecāks) (ar `participant add`: --consent-by)
consent-already = personai { $name } jau ir spēkā piekrišana mērķim { $purpose } ({ $date })
consent-none = personai { $name } { $date } nav spēkā piekrišanas mērķim { $purpose }
consult-missing-hint = konsultācijai vajag --peer, --recipient, --date, --time, --place un --topic (terminālī peerlog pajautā to, kas trūkst)
consult-duplicate = { $id } jau ir ieraksts par konsultāciju { $date } plkst. { $time } (līdzinieks: { $peer }, saņēmējs: { $recipient }; { $status })
consult-duplicate-hint = atzīmējiet to kā notikušu ar `peerlog consult log { $id }` vai pārbaudiet datumu un laiku
consult-already-held = { $id } jau ir atzīmēta kā notikusi
consult-was-cancelled = { $id } tika atcelta; atceltu konsultāciju nevar atzīmēt kā notikušu
consult-was-cancelled-hint = notikušo konsultāciju ierakstiet kā jaunu ar `peerlog consult log --peer …`
consult-cancel-not-planned = { $id } statuss ir { $status }; atcelt var tikai plānotas konsultācijas
feedback-missing-hint = atgriezeniskajai saitei vajag --consultation, --from, --expected, --met un --benefit (terminālī peerlog pajautā to, kas trūkst)
feedback-no-meeting = { $date } nav konsultācijas, kurā līdzinieks: { $peer }, saņēmējs: { $recipient }
feedback-no-meeting-at = { $date } { $time } nav konsultācijas, kurā līdzinieks: { $peer }, saņēmējs: { $recipient }
feedback-many-meetings = { $date } ir { $count } { PLURAL($count) ->
        [zero] konsultāciju
        [one] konsultācija
       *[other] konsultācijas
    }, kurās līdzinieks: { $peer }, saņēmējs: { $recipient } — { $which }; norādiet, kura, ar { $by }
feedback-meeting-at = { $id } { $time }
feedback-duplicate = { $id } jau satur { $from ->
        [peer] līdzinieka
       *[recipient] saņēmēja
    } atgriezenisko saiti par { $consultation }
feedback-duplicate-hint = katrai konsultācijai un pusei ir viena atbilde; esošo maina ar `peerlog edit { $id } --set LAUKS=VĒRTĪBA`

## Vērtības: laiks, datumi, brīvais teksts

time-shape = '{ $value }' nav laika posms; rakstiet to kā 16:00-17:00
# A value a message does not repeat: it may be free text typed in the wrong place.
value-hidden = vērtība
time-shape-hidden = nav laika posms; rakstiet to kā 16:00-17:00
time-equal = '{ $value }' beidzas tajā pašā laikā, kad sākas; beigām jābūt pēc sākuma
time-reversed = '{ $value }' beidzas pirms sākuma; beigām jābūt pēc sākuma
date-years = '{ $value }' nav datums, ko peerlog glabā: gadi ir no { $min } līdz { $max }
date-no-day = '{ $value }' kalendārā nav tādas dienas; rakstiet datumus kā 2025-03-14, 14.03.2025, 14.03.2025., today (šodien) vai yesterday (vakar)
date-shape = '{ $value }' nav datums; rakstiet to kā 2025-03-14, 14.03.2025, 14.03.2025., today (šodien) vai yesterday (vakar)
date-shape-hidden = nav datums; rakstiet to kā 2025-03-14, 14.03.2025, 14.03.2025., today (šodien) vai yesterday (vakar)
date-meant = '{ $value }' nav pieraksts, ko peerlog lasa; vai domājāt { $meant }? Rakstiet datumus kā 2025-03-14, 14.03.2025, 14.03.2025., today (šodien) vai yesterday (vakar)
date-out-of-range = '{ $value }' ir ārpus robežām: gadi ir no { $min } līdz { $max }
date-expected = gaidīts datums, piemēram, 2025-03-14, bet ir '{ $value }'
text-one-line = { $field } satur rindas pārnesumu vai tabulāciju; rakstiet vienā rindā
text-invisible = { $field } satur tikai neredzamas rakstzīmes (nulles platuma atstarpes, baitu secības zīmes, …); norādiet vērtību
text-empty = { $field } ir tukšs; norādiet vērtību
text-too-long = { $field } ir par garu: { $length } { PLURAL($length) ->
        [one] rakstzīme
        [zero] rakstzīmju
       *[other] rakstzīmes
    }, drīkst { $limit }
text-control = { $field } satur vadības rakstzīmi
text-conflict-marker = { $field } ir rinda, kas izskatās pēc git konflikta zīmes (<<<<<<<, =======, >>>>>>> vai |||||||); pārrakstiet vai izdzēsiet šo rindu
text-conflict-marker-at = { $field } ir rinda ({ $line }. rinda), kas izskatās pēc git konflikta zīmes (<<<<<<<, =======, >>>>>>> vai |||||||); pārrakstiet vai izdzēsiet šo rindu

## Finding records by ID or name. $what is the kind of record in English, $kind the same with
## dashes (support-person), for the case forms of other languages.

resolve-no-id = { $field }: nav { $kind ->
        [group] grupas
        [person] personas
        [consultation] konsultācijas
        [feedback] atgriezeniskās saites ieraksta
        [unit] struktūrvienības
        [support-person] kolēģu atbalsta personas
        [psychologist] psihologa
        [supervision-session] supervīzijas nodarbības
        [support-contact] atbalsta reizes
        [incident-notification] ziņojuma par kritisku notikumu
        [referral] nosūtījuma
        [peer] līdzinieka
        [recipient] saņēmēja
       *[other] ieraksta
    } ar ID '{ $id }'
resolve-list-them = sarakstu parāda `peerlog { $command } list`
resolve-ambiguous-id = { $field }: ar '{ $query }' sākas { $count } { $kind ->
        [group] grupu
        [person] personu
        [consultation] konsultāciju
        [feedback] atgriezeniskās saites ierakstu
        [unit] struktūrvienību
        [support-person] kolēģu atbalsta personu
        [psychologist] psihologu
        [supervision-session] supervīzijas nodarbību
        [support-contact] atbalsta reižu
        [incident-notification] ziņojumu par kritiskiem notikumiem
        [referral] nosūtījumu
        [peer] līdzinieku
        [recipient] saņēmēju
       *[other] ierakstu
    } ID: { $ids }
resolve-ambiguous-id-hint = ierakstiet garāku ID daļu
resolve-not-an-id = { $field }: { $query } nav { $kind ->
        [group] grupas
        [person] personas
        [consultation] konsultācijas
        [feedback] atgriezeniskās saites ieraksta
        [unit] struktūrvienības
        [support-person] kolēģu atbalsta personas
        [psychologist] psihologa
        [supervision-session] supervīzijas nodarbības
        [support-contact] atbalsta reizes
        [incident-notification] ziņojuma par kritisku notikumu
        [referral] nosūtījuma
        [peer] līdzinieka
        [recipient] saņēmēja
       *[other] ieraksta
    } ID
resolve-not-an-id-hint = { $kind ->
        [group] grupas
        [person] personas
        [consultation] konsultācijas
        [feedback] atgriezeniskās saites ieraksta
        [unit] struktūrvienības
        [support-person] kolēģu atbalsta personas
        [psychologist] psihologa
        [supervision-session] supervīzijas nodarbības
        [support-contact] atbalsta reizes
        [incident-notification] ziņojuma par kritisku notikumu
        [referral] nosūtījuma
        [peer] līdzinieka
        [recipient] saņēmēja
       *[other] ieraksta
    } ID sākas ar { $prefix }-; sarakstu parāda `peerlog { $command } list`
resolve-empty = { $field } ir tukšs; norādiet { $kind ->
        [group] grupu
        [person] personu
        [consultation] konsultāciju
        [feedback] atgriezeniskās saites ierakstu
        [unit] struktūrvienību
        [support-person] kolēģu atbalsta personu
        [psychologist] psihologu
        [supervision-session] supervīzijas nodarbību
        [support-contact] atbalsta reizi
        [incident-notification] ziņojumu par kritisku notikumu
        [referral] nosūtījumu
        [peer] līdzinieku
        [recipient] saņēmēju
       *[other] ierakstu
    }
resolve-no-name = { $field }: nav { $kind ->
        [group] grupas
        [person] personas
        [consultation] konsultācijas
        [feedback] atgriezeniskās saites ieraksta
        [unit] struktūrvienības
        [support-person] kolēģu atbalsta personas
        [psychologist] psihologa
        [supervision-session] supervīzijas nodarbības
        [support-contact] atbalsta reizes
        [incident-notification] ziņojuma par kritisku notikumu
        [referral] nosūtījuma
        [peer] līdzinieka
        [recipient] saņēmēja
       *[other] ieraksta
    } ar { $kind ->
        [group] nosaukumu
        [unit] nosaukumu
       *[other] vārdu
    } '{ $query }'
resolve-no-name-hint = pārbaudiet rakstību vai vispirms pievienojiet { $kind ->
        [group] grupu
        [person] personu
        [consultation] konsultāciju
        [feedback] atgriezeniskās saites ierakstu
        [unit] struktūrvienību
        [support-person] kolēģu atbalsta personu
        [psychologist] psihologu
        [supervision-session] supervīzijas nodarbību
        [support-contact] atbalsta reizi
        [incident-notification] ziņojumu par kritisku notikumu
        [referral] nosūtījumu
        [peer] līdzinieku
        [recipient] saņēmēju
       *[other] ierakstu
    }
resolve-did-you-mean = varbūt domājāt { $names }?
resolve-or = { ", " }vai{ " " }
resolve-ambiguous-name = { $field }: '{ $query }' der vairākiem ierakstiem ({ $count }): { $names }
resolve-ambiguous-name-hint = lietojiet ID vai pilnu vārdu

## A folder and its broken files

folder-not-peerlog = { $path } nav peerlog mape (tajā nav peerlog.toml)
folder-not-peerlog-hint = izveidojiet to ar `peerlog init { $path }`
folder-none = šeit nav peerlog mapes: ne { $path }, ne kādā no augstākām mapēm nav peerlog.toml
folder-none-hint = izveidojiet to ar `peerlog init CEĻŠ` vai norādiet ar --dir vai PEERLOG_DIR
broken-one = ieraksta fails ir bojāts:
broken-in-one-file = vienā ieraksta failā { $problems } { PLURAL($problems) ->
        [one] problēma
        [zero] problēmu
       *[other] problēmas
    }:
broken-in-files = { $files } ierakstu failos { $problems } { PLURAL($problems) ->
        [one] problēma
        [zero] problēmu
       *[other] problēmas
    }:
broken-hint = izlabojiet failu (visas problēmas uzskaita `peerlog check`) un palaidiet komandu vēlreiz

## Noteikumi starp ierakstiem (rakstošās komandas ar tiem atsaka, check par tiem ziņo)

rule-group-span = grupa beidzas { $end }, pirms tā sākas ({ $start })
rule-no-group = grupas '{ $id }' nav
rule-child-no-birth-date = { $name }: bērnam līdzinieka lomā nav ierakstīts dzimšanas datums; tas vajadzīgs, lai pārbaudītu minimālo vecumu ({ $age } gadi)
rule-child-too-young-today = { $name }: vecums šodien { $years } { PLURAL($years) ->
        [one] gads
        [zero] gadu
       *[other] gadi
    }; bērns līdzinieka lomā konsultē tikai no { $age } gadu vecuma (no { $from })
rule-held-in-future = { $date } ir nākotnē; konsultāciju atzīmē kā notikušu tikai tad, kad tā ir notikusi (plānojiet to ar `peerlog consult plan`)
rule-peer-is-recipient = { $id } nevar būt vienas konsultācijas gan līdzinieks, gan saņēmējs
rule-no-peer = līdzinieka '{ $id }' nav
rule-not-a-peer = { $name } ({ $id }) grupā ir dalībnieka, bet ne līdzinieka lomā; reģistrējiet to kā līdzinieku ar `peerlog peer add`
rule-stage-ended = līdzinieka darbība ir beigusies; lai to atsāktu, palaidiet `peerlog peer stage { $id } active`
rule-stage-prepared-later = posms prepared (sagatavots) tikai no { $day }: pārbaudiet konsultācijas datumu vai posmu datumus
rule-stage-missing = trūkst soļa: sagatavošanas līdzinieka lomai; pēc tās palaidiet `peerlog peer stage { $id } prepared`
rule-peer-stage = { $name } ({ $id }): līdzinieka posms { $date } ir { $stage }; konsultē tikai līdzinieki posmā prepared (sagatavots) vai active (darbojas) ({ $next })
rule-child-too-young = { $name } ({ $id }): vecums { $date } ir { $years } { PLURAL($years) ->
        [one] gads
        [zero] gadu
       *[other] gadi
    }; bērns līdzinieka lomā var būt tikai no { $age } gadu vecuma
rule-no-recipient = saņēmēja '{ $id }' nav
rule-other-group = { $name } ({ $id }) ir grupā { $group }, bet līdzinieka grupa ir { $peer_group }; līdziniekam un saņēmējam jābūt vienā grupā
rule-feedback-none = atgriezeniskajā saitē nav norādīta neviena konsultācija
rule-no-consultation = konsultācijas '{ $id }' nav
rule-feedback-not-held = konsultācijas { $id } statuss ir { $status }; atgriezeniskā saite ir tikai par notikušām konsultācijām (atzīmējiet to kā notikušu ar `peerlog consult log { $id }`)
rule-feedback-before = atgriezeniskā saite, kas saņemta { $date }, nevar būt par { $id }, kas notika vēlāk — { $held }
rule-feedback-recipients = konsultācijām ir dažādi saņēmēji; ierakstiet atgriezenisko saiti katram saņēmējam atsevišķi
rule-model-1 = { $date } ir ārpus grupas „{ $group }” darbības laika (1. modelis: konsultācijas grupas darbības laikā; grupa { $which ->
        [starts] sākas
       *[ends] beidzas
    } { $edge })
rule-model-2 = { $date } ir pirms grupas „{ $group }” beigām ({ $end }) (2. modelis: konsultācijas pēc grupas noslēguma)
rule-model-2-approach = { $name }: uzrunāšana { $day } ir vēlāk nekā divas tikšanās reizes pirms grupas „{ $group }” pēdējās tikšanās ({ $latest }); 2. modelī līdziniekus uzrunā vismaz divas tikšanās reizes pirms beigām
rule-consent-revoked = piekrišana atsaukta
rule-consent-later = { $date } vēl nav piekrišanas (dota tikai { $given })
rule-consent-none = nav piekrišanas
rule-consent = { $name } ({ $id }): { $state } piedalīties konsultācijās { $part ->
        [peer] līdzinieka lomā
       *[recipient] saņēmēja lomā
    }; vispirms ierakstiet to ar `peerlog consent give { $id } { $purpose } --date DATUMS`
rule-fix = ; izlabojiet ar { $command }
rule-fix-birth-date = `peerlog edit { $id } --set birth_date=DATUMS`
rule-fix-consent = `peerlog consent correct { $id } { $purpose }{ $flag ->
        [given] {" --given DATUMS"}
        [revoked] {" --revoked DATUMS"}
        [by] {" --by KAS"}
       *[none] {""}
    }`
rule-birth-future = { $name }: dzimšanas datums { $born } ir nākotnē{ $fix }
rule-birth-after = { $name }: dzimšanas datums { $born } ir vēlāks par { $what ->
        [consent] piekrišanas datumu
        [stage] posma maiņas datumu
        [observation] novērojuma datumu
       *[preparation] sagatavošanas tēmas datumu
    } ({ $day }); izlabojiet dzimšanas datumu vai otru datumu
rule-consent-what = { $name }: piekrišana { $purpose ->
        [peer] dalībai līdzinieka lomā
        [recipient] konsultāciju saņemšanai
       *[report] iekļaušanai pārskatā
    }, dota { $given },
rule-consent-future = { $what } ir datēta nākotnē; piekrišanu ieraksta tikai tad, kad tā ir dota{ $fix }
rule-consent-revoked-future = { $what } ir atsaukta { $revoked }, tātad nākotnē; atsaukumu ieraksta tikai tad, kad tas ir noticis{ $fix }
rule-consent-revoked-before = { $what } ir atsaukta { $revoked }, pirms tā dota; izlabojiet vienu no datumiem{ $fix }
rule-consent-by = { $what } to deva { $by ->
        [self] pati persona
        [parent] vecāks
        [guardian] aizbildnis
       *[foster-parent] audžuvecāks
    }: { $why }{ $fix }
rule-age-on-day = vecums tajā dienā — { $years } { PLURAL($years) ->
        [one] gads
        [zero] gadu
       *[other] gadi
    }
rule-age-role = { $role ->
        [child] bērns
        [parent] vecāks
        [guardian] aizbildnis
       *[foster-parent] audžuvecāks
    }
rule-giver-minor = { $name } ({ $age }): par bērnu līdz { $adult } gadu vecumam piekrišanu dod vecāks, aizbildnis vai audžuvecāks
rule-giver-adult = { $name } ({ $age }): pieaugusi persona piekrišanu dod personīgi (vai ar aizbildņa starpniecību)
rule-reason-not-cancelled = iemeslu glabā tikai atceltai konsultācijai, bet šī ir { $status ->
        [held] notikusi
       *[planned] plānota
    }; notīriet iemeslu ar `--set reason=`
rule-before-pipeline = { $date } ir agrāk, nekā { $name } ({ $id }) ienāca līdzinieku piesaistes procesā ({ $stage } no { $since }); ja sagatavošana līdz tam jau bija notikusi, ierakstiet to ar `peerlog peer stage { $id } prepared --date DATUMS`
rule-born-after-consultation = { $name } ({ $id }): dzimšanas datums { $born } ir vēlāks par šīs konsultācijas datumu ({ $date }); izlabojiet dzimšanas datumu ar `peerlog edit { $id } --set birth_date=DATUMS` vai konsultācijas datumu
rule-overlap = { $time } pārklājas ar { $other } ({ $status ->
        [held] notikusi
       *[planned] plānota
    } { $date } { $other_time }), kur { $shared }; viens cilvēks vienlaikus var būt tikai vienā konsultācijā: izlabojiet vienas no tām laiku{ $cancel }
rule-overlap-shared = { $name } ({ $id }) arī tajā ir { $part ->
        [peer] līdzinieka
       *[recipient] saņēmēja
    } lomā
rule-overlap-both = { $one } un { $two }
rule-overlap-line = { $line }. rindu
rule-overlap-cancel = { " " }vai atceliet vienu ar `peerlog consult cancel { $id }`

## Divreiz ierakstīts ieraksts (katra veida `unique` noteikums tā aprakstā)

unique-consultation = tā pati konsultācija, kas { $other }: tas pats līdzinieks, saņēmējs, datums un laiks; atstājiet vienu no tām
unique-feedback = arī { $other_id } ({ $other_path }) ir { $from ->
        [peer] līdzinieka
       *[recipient] saņēmēja
    } atgriezeniskā saite par { $consultations }; par katru konsultāciju no katras puses atstājiet vienu atbildi
unique-group = { $other } ir grupa ar tādu pašu nosaukumu; dodiet vienai no tām citu nosaukumu
unique-person = arī { $other } ir tajā pašā grupā ar tādu pašu vārdu un uzvārdu; atšķiriet abus ierakstus (ar otro vārdu vai iniciāli) vai izdzēsiet to, kas ierakstīts divreiz
unique-supporter = arī { $other } ir tās pašas struktūrvienības kolēģu atbalsta persona ar tādu pašu vārdu un uzvārdu; atšķiriet abus ierakstus vai izdzēsiet to, kas ierakstīts divreiz
unique-psychologist = arī { $other } ir psihologu sarakstā ar tādu pašu vārdu un uzvārdu; atšķiriet abus ierakstus vai izdzēsiet to, kas ierakstīts divreiz
unique-unit = { $other } ir struktūrvienība ar tādu pašu nosaukumu; dodiet vienai no tām citu nosaukumu vai izdzēsiet to, kas ierakstīta divreiz

## Otras programmas komandas; atteikta rakstīšana

wrong-programme = `peerlog { $command }` ir { $needed ->
        [colleague-support] kolēģu atbalsta (colleague-support)
       *[thematic-groups] tematisko atbalsta grupu (thematic-groups)
    } mapēm, bet { $path } ir { $have ->
        [colleague-support] kolēģu atbalsta (colleague-support)
       *[thematic-groups] tematisko atbalsta grupu (thematic-groups)
    } mape (programme failā peerlog.toml)
wrong-programme-has = šādā mapē ir komandas: { $commands }
wrong-programme-init = { $needed ->
        [colleague-support] kolēģu atbalsta
       *[thematic-groups] tematisko atbalsta grupu
    } ierakstus glabājiet atsevišķā mapē: `peerlog init CEĻŠ --programme { $needed }`
nothing-written = nekas netika ierakstīts

## Ierakstu faili, tos nolasot

load-unknown-key = nezināma atslēga { $key }; izdzēsiet to
load-unknown-key-known = nezināma atslēga { $key }; izlabojiet rakstību vai izdzēsiet to (šeit derīgās atslēgas: { $keys })
load-not-allowed = '{ $value }' šeit nav atļauts; lietojiet kādu no šiem: { $values }
load-word-in-quotes = gaidīts vārds pēdiņās
load-missing-key = trūkst atslēgas { $key }
load-duplicate-key = atslēga { $key } atkārtojas; katra atslēga ierakstā ir vienreiz
load-missing-value = { $key }: aiz = trūkst vērtības
load-wrong-name = faila nosaukums ir { $stem }, bet tajā ir ieraksts { $id }; pārdēvējiet failu vai izlabojiet id
load-wrong-place = ieraksta { $id } vieta ir { $path }; pārvietojiet failu turp

## Jautājumi terminālī

prompt-peer = Līdzinieks:
prompt-recipient = Saņēmējs:
prompt-date = Datums:
prompt-time = Laiks:
prompt-place = Norises vieta:
prompt-topic = Tēma:
prompt-consultation = Konsultācija:
prompt-who = Kas atbildēja:
prompt-comment = Piebilde par to (nav obligāta):
prompt-help-name = vārds, tā daļa vai ID; tab papildina
prompt-help-recipient = līdzinieka grupas dalībnieks; tab papildina
prompt-help-date = 2025-03-14 vai 14.03.2025
prompt-help-time = sākums un beigas, 16:00-17:00
prompt-help-topic = tikai temats, nekad ne tas, kas runāts
prompt-help-consultation = ID vai ierakstiet vārdu vai datumu un izvēlieties; vairākus ID atdala ar atstarpēm
prompt-help-expected = īsi: ko sagaidīja
prompt-help-benefit = īsi: kāds bija ieguvums
prompt-help-confirm = y — turpināt, n (vai Enter) — atstāt mapi, kā ir
prompt-field-place = norises vieta
prompt-field-topic = tēma
prompt-field-answer = atbilde
prompt-field-comment = piebilde
prompt-cancelled = atcelts, atbildot uz jautājumu; nekas netika ierakstīts
prompt-no-terminal = šajā terminālī nevar pajautāt: { $reason }
prompt-no-terminal-hint = norādiet katru lauku ar karodziņu; sk. --help
prompt-not-confirmed = nav apstiprināts; nekas netika mainīts
prompt-confirm-no-terminal = { $command } pirms { $files } { PLURAL($files) ->
        [one] ieraksta faila
       *[other] ierakstu failu
    } maiņas pajautā, bet nav termināļa, kurā pajautāt; nekas netika mainīts
prompt-confirm-no-terminal-hint = pievienojiet --yes, lai turpinātu, vai --dry-run, lai vispirms redzētu sarakstu

## Pārskati

report-all-groups = --all-groups raksta pa failam katrai grupai
report-all-groups-hint = pievienojiet --output-dir MAPE
report-output-dir = --output-dir lieto kopā ar --all-groups
report-output-dir-hint = vienas grupas lapai lietojiet --group G --output FAILS
report-delimiter-xlsx = --delimiter nosaka CSV atdalītāju; XLSX darbgrāmatai tāda nav
report-delimiter-xlsx-hint = atstājiet to neminētu vai lietojiet --format csv
report-no-groups = mapē vēl nav nevienas grupas
report-no-groups-hint = pievienojiet to ar `peerlog group add`
report-group-needed = vajag --group: mapē ir { $count } { PLURAL($count) ->
        [one] grupa
        [zero] grupu
       *[other] grupas
    }: { $groups }
report-group-needed-hint = norādiet vienu ar --group vai ierakstiet visas ar --all-groups --output-dir MAPE
report-unnamed = piezīme: { $group }: personām bez piekrišanas tikt nosauktām pārskatā ir tikai iniciāļi: { $people }
report-wrote = ierakstīts { $path }
report-written = ierakstīts { $path }: grupa „{ $group }”, { PLURAL($count) ->
        [one] { $count } notikusi konsultācija
        [zero] { $count } notikušu konsultāciju
       *[other] { $count } notikušas konsultācijas
    }

# Masking small counts (report programme, report overview)
masking-allow-hint = vai, ja lasītājs drīkst redzēt katru skaitli, pievienojiet --allow-small-counts
masking-allowed = small_cell_threshold ir { $threshold }: ne visi skaitļi 1 un 2 ir slēpti

## Kolēģu atbalsts: noteikumi

colleague-no-record = { $field ->
        [unit] struktūrvienības
        [psychologist] psihologa
        [supporter] kolēģu atbalsta personas
       *[contact] atbalsta reizes
    } '{ $id }' nav
colleague-voluntary = { $who }: kolēģu atbalsta persona kļūst brīvprātīgi; ierakstiet to tikai tad, ja amatpersona pati to vēlējusies (--voluntary)
colleague-superior-agreed = { $who }: kandidāti piesakās ar tiešā vadītāja piekrišanu; ierakstiet to, kad piekrišana saņemta (--superior-agreed)
colleague-team-nominated = { $who }: nav kolektīva izvirzījuma; programma iesaka kolēģi, kuram kolektīvs uzticas
colleague-interview-before-application = { $who }: pārrunas { $date } ir pirms pieteikšanās { $applied }
colleague-reason-needed = { $who }: lēmumam neapstiprināt vajag īsu pamatojumu (--reason)
colleague-reason-long = pamatojums ir viena īsa rinda, ne garāka par { $max } rakstzīmēm, nevis pārskats
colleague-training-unapproved = { $who }: pārrunās vēl nav saņemts apstiprinājums; apmācības sākas pēc psihologu apstiprinājuma (`peerlog support interview`)
colleague-training-before-interview = { $who }: apmācības { $first } ir pirms pārrunām { $date }, kurās saņemts apstiprinājums
colleague-training-twice = { $who }: apmācību uzskaitē { $date } ir ierakstīts divreiz; mācību dienu ieraksta vienreiz — atstājiet vienu ierakstu ar dienas stundām
colleague-training-future = { $who }: apmācību uzskaitē ir { $date }, kas vēl nav pienācis; apmācības ierakstiet, kad tās notikušas
colleague-training-hours = { $who }: { $date } ierakstītas { $hours } apmācību stundas; diennaktī ir tikai 24 stundas
colleague-ended-before = { $who }: darbības beigas { $date } ir pirms { $start }
colleague-not-approved = { $who }: pārrunās { $date } lēmums bija neapstiprināt; darbību sāk tikai pēc apstiprinājuma pārrunās
colleague-no-interview-by = { $who }: līdz { $date } nav apstiprinājuma pārrunās; ierakstiet pārrunas ar `peerlog support interview { $id }`
colleague-training-incomplete = { $who }: līdz { $date } apmācības nav pabeigtas, ir tikai { $done } (ierakstiet tās ar `peerlog support train` un `peerlog support consultation`)
colleague-missing-hours = { $hours } no { $course } stundām
colleague-missing-days = { $days } no { $course } dienām
colleague-missing-consultations = { $consultations } no { $course } individuālajām konsultācijām
colleague-not-active = { $name } ({ $id }) { $date } nav aktīva kolēģu atbalsta persona; { $what ->
        [contact] atbalsta reizes ieraksta tikai aktīvām kolēģu atbalsta personām
        [referral] nosūtījumus iesaka tikai aktīvas kolēģu atbalsta personas
       *[supervision] supervīzija ir aktīvām kolēģu atbalsta personām
    }
colleague-category = { $category } nav šīs mapes kritisko notikumu kategorija; kategorijas: { $categories }
colleague-no-officers = kritiskā notikumā iesaistīta vismaz viena amatpersona
colleague-incident-future = notikuma diena { $date } vēl nav pienākusi; kritisko notikumu ierakstiet, kad tas ir noticis
colleague-notified-before = psihologu informēja { $notified }, pirms notikuma { $date }; izlabojiet vienu no abiem datumiem
colleague-notified-future = informēšanas diena { $date } vēl nav pienākusi; ierakstiet to, kad informēšana ir notikusi
colleague-notified-late = psihologu informēja { $notified }, { $days } { PLURAL($days) ->
        [zero] dienu
        [one] dienu
       *[other] dienas
    } pēc notikuma { $date }; pārbaudiet abus datumus (par kritiskiem notikumiem psihologu informē uzreiz)
colleague-step-before = { $date } ir pirms dienas, kad nosūtījums ieteikts ({ $suggested })
colleague-first-contact-before = pirmā saziņa { $first } ir pirms piekrišanas { $accepted }
colleague-closed-twice = nosūtījums noslēdzas vai nu ar pirmo saziņu, vai ar atteikumu, ne ar abiem
colleague-psychologist-first-contact = psihologu norāda pirmajai saziņai un tikai tai
colleague-nobody-present = nodarbībā { $date } neviens nav atzīmēts kā klātesošs; vismaz vienai kolēģu atbalsta personai jābūt atzīmētai kā klātesošai
colleague-two-marks = { $id }: vienā nodarbībā vairāk nekā viena atzīme; atstājiet vienu no present, absent un excused
colleague-threshold = ar small_cell_threshold = { $value } programmas pārskatā būtu redzami skaiti { $value ->
        [2] 2
       *[other] 1 un 2
    }, pēc kuriem var atpazīt amatpersonu; iestatiet { $min } vai vairāk
colleague-hours-range = tik daudz stundu nav vienas dienas apmācības: norādiet vismaz 0,25 un ne vairāk kā 24, piemēram, 6 vai 4,5
colleague-hours-decimals = stundās ir vairāk nekā divi cipari aiz komata; noapaļojiet līdz simtdaļām
colleague-hours-number = stundas nav skaitlis; rakstiet, piemēram, 6 vai 4,5
colleague-moment = gaidīja vietējo dienu un laiku, piemēram, 2025-03-14T18:30:00, bet ir '{ $value }'
colleague-phone = tas nav Latvijas tālruņa numurs: rakstiet tā astoņus ciparus, piemēram, 67023553 vai +371 67023553

## Kolēģu atbalsts: komandas

colleague-already-candidate = { $name } ({ $id }) jau ir struktūrvienības „{ $unit }” kolēģu atbalsta personu vai kandidātu sarakstā
colleague-see-supporter = apskatiet ierakstu ar `peerlog support show { $id }`
colleague-ended = { $name } ({ $id }) darbību beidza { $date } ('{ $reason }')
colleague-ended-hint = ja persona atgriežas, izvirziet to no jauna ar `peerlog support nominate`
colleague-interviewed = { $name } ({ $id }): pārrunas jau notikušas { $date } ('{ $decision }')
colleague-interviewed-hint = pārrunas ieraksta vienreiz; ja ieraksts ir kļūdains, izlabojiet failu ar roku
colleague-named-twice = { $name } ({ $id }) sarakstā ir divreiz
colleague-completed = { $name } pabeidza apmācības { $date }; kolēģu atbalsta personas darbību sāciet ar `peerlog support activate { $id }`
colleague-completed-active = { $name } pabeidza apmācības { $date } un darbojas kopš { $since }
colleague-short = { $name }: apmācības vēl nav pabeigtas, ir tikai { $done }
colleague-active-already = { $name } ({ $id }) darbojas jau kopš { $date }
colleague-cannot-activate = darbību nevar sākt bez apstiprinājuma pārrunās un pabeigtām apmācībām:
colleague-ledger = { $hours } no { $course_hours } stundām, { $days } no { $course_days } dienām, { $consultations } no { $course_consultations } konsultācijām
colleague-ledger-completed = ; pabeigtas { $date }
colleague-yes = jā
colleague-no = nē
colleague-show-nominated = pieteicās { $applied }; izvirzīja kolektīvs: { $team }, brīvprātīgi: { $voluntary }, tiešā vadītāja piekrišana: { $superior }
colleague-show-training = { $date }, { $hours } { PLURAL($hours) ->
        [zero] stundu
        [one] stunda
       *[other] stundas
    }
colleague-show-supervision = klāt { $present }, nebija { $absent }, attaisnoti nebija { $excused }
colleague-show-activity = { $contacts } { PLURAL($contacts) ->
        [zero] atbalsta reižu
        [one] atbalsta reize
       *[other] atbalsta reizes
    }, { $referrals } { PLURAL($referrals) ->
        [zero] nosūtījumu
        [one] nosūtījums
       *[other] nosūtījumi
    }
agenda-empty = Līdz { $date } nekas nav jādara.
colleague-agenda-interview = { $name } ({ $unit }) gaida pārrunas ar psihologiem
colleague-agenda-activate = { $name } pabeidza apmācības
colleague-agenda-supervision = { $name }: { PLURAL($count) ->
        [one] nav apmeklēta pēdējā { $count } supervīzija
       *[other] nav apmeklētas pēdējās { $count } supervīzijas
    } ({ $days }); apmeklējums ir obligāts
colleague-agenda-referral = nosūtījums (ieteica { $supporter }, statuss '{ $outcome }') ir atvērts jau { $days } { PLURAL($days) ->
        [zero] dienu
        [one] dienu
       *[other] dienas
    }
colleague-agenda-incident = kritisks notikums '{ $category }' struktūrvienībā { $unit } { $date }: turpmākā rīcība '{ $follow_up }'
colleague-contact-referral = ja kolēģis to vēlas, ierakstiet nosūtījumu: `peerlog referral suggest --supporter { $supporter } --date { $date } --contact { $id }`
colleague-psychologist-exists = sarakstā jau ir '{ $name }' ({ $id })
colleague-psychologist-exists-hint = dodiet ierakstam savu nosaukumu
colleague-unit-exists = struktūrvienība ar nosaukumu '{ $name }' jau ir ({ $id })
colleague-unit-exists-hint = dodiet jaunajai struktūrvienībai savu nosaukumu
colleague-unit-records = { $contacts } { PLURAL($contacts) ->
        [zero] atbalsta reižu
        [one] atbalsta reize
       *[other] atbalsta reizes
    }, { $incidents } { PLURAL($incidents) ->
        [zero] ziņojumu
        [one] ziņojums
       *[other] ziņojumi
    } par kritiskiem notikumiem, { $referrals } { PLURAL($referrals) ->
        [zero] nosūtījumu
        [one] nosūtījums
       *[other] nosūtījumi
    }
colleague-contact-other = --contact: atbalsta reizi { $contact } sniedza { $by }, nevis { $name } ({ $id })
colleague-contact-has-referral = --contact: atbalsta reizei { $contact } jau ir nosūtījums { $id }
colleague-contact-has-referral-hint = turpiniet to ar `peerlog referral accept { $id }`
colleague-referral-closed = nosūtījums { $id } ir noslēgts ('{ $outcome }'); tā ceļš ir galā
colleague-referral-accepted = nosūtījums { $id } jau ir pieņemts
colleague-first-contact-psychologist = pirmajai saziņai vajag --psychologist
colleague-no-region = --region: reģionā { $region } nav nevienas struktūrvienības
colleague-no-region-hint = reģionus var redzēt ar `peerlog unit list`
colleague-nobody-active = { $date } nebija nevienas aktīvas kolēģu atbalsta personas, kas varētu apmeklēt nodarbību
colleague-nobody-active-hint = vispirms sāciet kolēģu atbalsta personu darbību ar `peerlog support activate`
colleague-all-regions = visi reģioni
period-month = { $value } nav mēnesis; rakstiet, piemēram, 2025-03
period-quarter = { $value } nav ceturksnis; rakstiet, piemēram, 2025-Q1 (Q1–Q4) vai 1 kopā ar --year
period-year = { $value } nav gads; rakstiet, piemēram, 2025
period-to-before-from = --to { $to } ir pirms --from { $from }; laikposms būtu tukšs
period-quarter-year = --quarter { $value } nav --year { $year } ceturksnis
period-quarter-no-year = --quarter { $value } vajag gadu: rakstiet 2025-Q{ $n } vai pievienojiet --year
colleague-report-too-long = laikposms no { $from } līdz { $to } aptver { $count } { PLURAL($count) ->
        [one] ceturksni
       *[other] ceturkšņus
    }; pārskats aptver ne vairāk kā { $max }
colleague-report-too-long-hint = sašauriniet to ar --from/--to, --year vai --quarter vai pārbaudiet, vai ierakstos nav kļūdaini ierakstīts gads
colleague-report-no-units = mapē vēl nav struktūrvienību; pievienojiet tās ar `peerlog unit add`
colleague-report-period = no { $from } līdz { $to }
colleague-report-empty = ierakstu vēl nav
colleague-report-mask = { $value ->
        [0] neviens skaits nav paslēpts (small_cell_threshold ir 1 vai mazāk)
        [1] neviens skaits nav paslēpts (small_cell_threshold ir 1 vai mazāk)
        [2] skaits 1 parādīts kā <2, lai nevarētu atpazīt nevienu amatpersonu
       *[other] skaiti no 1 līdz { $below } parādīti kā <{ $value }, lai nevarētu atpazīt nevienu amatpersonu
    }
colleague-report-workbook = darbgrāmatu nevar ierakstīt: { $error }
colleague-report-title = Kolēģu atbalsta programma: statistika pa struktūrvienībām un ceturkšņiem
colleague-report-short = { $column ->
        [nominated] izvirzīti
        [interviewed] pārrunās
        [not_approved] neapstiprināti
        [in_training] apmācībās
        [trained] apmācīti
        [active] darbojas
        [ended] beiguši
        [supervision_present] klāt
        [supervision_absent] nebija
        [supervision_excused] attaisnoti nebija
        [contacts_at_scene] notikuma vietā
        [contacts_after_event] pēc notikuma
        [contacts_crisis] krīzē
        [contacts_self_referral] vērsās paši
        [contacts_help_suggested] ieteikta palīdzība
        [referrals_awaiting_answer] gaida atbildi
        [referrals_accepted] pieņemti
        [referrals_first_contact] pirmā saziņa
       *[referrals_declined] atteikti
    } { $count }

## peerlog import

# export --output
export-done = eksportēts uz { $path }: { $counts }
export-count = { $count } { PLURAL($count) ->
        [zero] { $kind ->
            [groups] grupu
            [people] personu
            [consultations] konsultāciju
            [units] struktūrvienību
            [supporters] kolēģu atbalsta personu
            [psychologists] psihologu
            [supervision] atbalsta grupas nodarbību
            [contacts] atbalsta reižu
            [incidents] kritisku notikumu
            [referrals] nosūtījumu
           *[other] atgriezenisko saišu
        }
        [one] { $kind ->
            [groups] grupa
            [people] persona
            [consultations] konsultācija
            [units] struktūrvienība
            [supporters] kolēģu atbalsta persona
            [psychologists] psihologs
            [supervision] atbalsta grupas nodarbība
            [contacts] atbalsta reize
            [incidents] kritisks notikums
            [referrals] nosūtījums
           *[other] atgriezeniskā saite
        }
       *[other] { $kind ->
            [groups] grupas
            [people] personas
            [consultations] konsultācijas
            [units] struktūrvienības
            [supporters] kolēģu atbalsta personas
            [psychologists] psihologi
            [supervision] atbalsta grupas nodarbības
            [contacts] atbalsta reizes
            [incidents] kritiski notikumi
            [referrals] nosūtījumi
           *[other] atgriezeniskās saites
        }
    }
import-kind = { $kind ->
        [participants] dalībnieki
        [consultations] konsultācijas
        [feedback] atgriezeniskā saite
        [units] struktūrvienības
        [supporters] kolēģu atbalsta personas
        [psychologists] psihologi
        [contacts] atbalsta reizes
       *[training] apmācību reizes
    }
import-progress = { $step ->
        [checking] pārbauda
       *[writing] raksta
    }
import-wrong-programme = šos ierakstus ({ import-kind }) neglabā programmas { $programme } mapē
import-wrong-programme-hint = importējiet tos programmas { $programme } mapē
import-rows-wrong = kļūdainas rindas: { $bad } no { $rows }; nekas netika importēts
import-rows-wrong-hint = izlabojiet šīs rindas un importējiet failu vēlreiz
import-dry-run = { $file }: { PLURAL($rows) ->
        [one] rinda ir pareiza
       *[other] visas rindas ({ $rows }) ir pareizas
    }; nekas netika ierakstīts (--dry-run)
import-done = no { $file } { PLURAL($count) ->
        [zero] importēts { $count } ierakstu
        [one] importēts { $count } ieraksts
       *[other] importēti { $count } ieraksti
    } ({ import-kind })
import-too-big = { $file }: fails ir lielāks par 64 MiB; peerlog vienā reizē importē ne vairāk kā 64 MiB un { $rows } rindas
import-split-hint = sadaliet tabulu mazākos failos un importējiet katru atsevišķi; nekas netika importēts
import-folder = { $file }: tā ir mape, nevis CSV fails
import-save-as-csv = saglabājiet tabulu kā CSV failu UTF-8 kodējumā
import-empty = { $file }: fails ir tukšs
import-empty-hint = pirmajā rindā ir kolonnu nosaukumi: { $columns }
import-unknown-column = { $file }:1: kolonna { $column } nav derīga šiem ierakstiem ({ import-kind })
import-columns = kolonnas ir šīs: { $columns }
import-required-mark = (* — obligāta)
import-column-twice = { $file }:1: kolonna '{ $column }' ir divreiz
import-missing-columns = { $file }:1: galvenē { PLURAL($count) ->
        [one] trūkst kolonnas
       *[other] trūkst kolonnu
    } { $columns }
import-too-many-rows = { $file }:{ $line }: vairāk nekā { $rows } rindas; peerlog vienā reizē importē ne vairāk kā { $rows } rindas
import-too-many-cells = { $file }:{ $line }: rindā ir { $cells } { PLURAL($cells) ->
        [zero] šūnu
        [one] šūna
       *[other] šūnas
    }, bet galvenē tikai { $columns } { PLURAL($columns) ->
        [zero] kolonnu
        [one] kolonna
       *[other] kolonnas
    }
import-too-many-cells-hint = šūnas, kurās ir atdalītājs, ielieciet pēdiņās
import-cell-empty = ir tukšs; ierakstiet vērtību
import-not-one-of = { $value } nav neviens no šiem: { $values }
import-since-without-stage = ir dots bez peer_stage; norādiet arī posmu
import-participant-twice = { $who } jau ir grupā „{ $group }”
import-row-named = { $name } ({ $line }. rinda)
import-line = { $line }. rindā
import-slot-taken = { $what } jau ir konsultācija: līdzinieks: { $peer }, saņēmējs: { $recipient }, { $date } { $time } ('{ $status }')
import-feedback-before = atgriezeniskā saite, kas saņemta { $date }, nevar būt par konsultāciju { $id }, kas notika vēlāk — { $held }
import-feedback-twice = { $what } jau ir { $from ->
        [peer] līdzinieka
       *[recipient] saņēmēja
    } atgriezeniskā saite par { $id }; katrai konsultācijai un pusei ir viena atbilde
import-not-consultation-id = { $value } nav konsultācijas ID (c-…)
import-no-consultation = ir tukšs; norādiet konsultācijas ID vai tās līdzinieku, saņēmēju un consultation_date
import-earlier-row = iepriekšējā rindā ir tas pats: { $fields }

## peerlog erase

erase-comments = komentāri
erase-cut-from = { $dry_run ->
        [yes] vārds tiktu izgriezts: { $fields }
       *[no] vārds izgriezts: { $fields }
    }
erase-own = { $dry_run ->
        [yes] tiktu dzēsts: { $fields }
       *[no] dzēsts: { $fields }
    }
erase-question = Dzēst personas datus ({ $name }, { $id }), mainot { $files } { PLURAL($files) ->
        [zero] failu
        [one] failu
       *[other] failus
    }?
erase-summary = { $dry_run ->
        [yes] lai dzēstu { $id } datus, tiktu { PLURAL($files) ->
            [zero] mainīts { $files } failu
            [one] mainīts { $files } fails
           *[other] mainīti { $files } faili
        } (izmēģinājums: nekas netika ierakstīts)
       *[no] lai dzēstu { $id } datus, { PLURAL($files) ->
            [zero] mainīts { $files } failu
            [one] mainīts { $files } fails
           *[other] mainīti { $files } faili
        }
    }
erase-review = { PLURAL($count) ->
        [one] vēl { $count } ierakstā ir palicis tikai vārds
       *[other] vēl { $count } ierakstos ir palicis tikai vārds
    } (tas var būt cita cilvēka vārds): pārskatiet tos
erase-first-name-left = te vēl ir palicis vārds; pārskatiet
erase-git-history = piezīme: git vēsturē vecie dati paliek; lai tos izdzēstu arī no vēstures, skatiet README.lv.md sadaļu „Personas dzēšana no git vēstures”
erase-not-a-person = ieraksts ({ $kind }) nav persona; erase dzēš tikai personu datus: { $kinds }
erase-cut-from-settings = { $dry_run ->
        [yes] vārds tiktu izgriezts no komentāriem
       *[no] vārds izgriezts no komentāriem
    }
erase-already = { $id } dati dzēsti { $date }; neviens ieraksts nesatur vārdu, { $count } { PLURAL($count) ->
        [zero] ierakstu
        [one] ieraksts
       *[other] ieraksti
    } uz personu atsaucas tikai ar ID (nav ko mainīt)
erase-by-id = atsaucas uz { $id } tikai ar ID
erase-earlier-day = kādā agrākā dienā
check-readable = to var lasīt arī citi lietotāji (atļaujas { $mode }){ $more ->
        [0] {""}
       *[other] { " " }(un vēl { $more } { PLURAL($more) ->
            [one] fails vai mape
           *[other] faili un mapes
        })
    }; padariet mapi privātu ar `chmod -R go-rwx .` (git failus izveido ar jūsu umask: pirms klonēšanas iestatiet `umask 077`)
check-erased-name = te vēl ir kāda { $id } vārda forma, lai gan persona ir dzēsta; izgrieziet to ar roku (vārds netiek rādīts)
check-not-a-record = tas nav ieraksts: peerlog lasa tikai .toml failus mapē { $dir }/ un šo failu neņem vērā; izdzēsiet to vai pārvietojiet citur
check-temporary-file = pagaidu fails, ko atstāja pārtraukta rakstīšana; lasot to neņem vērā, `peerlog check --fix` to izdzēš
check-id-twice = ID { $id } ir arī { $others }; atstājiet vienu failu vai dodiet vienam ierakstam jaunu ID un faila nosaukumu

## Mape: faili, slēgums, transakcijas

safe-not-regular = { $what ->
        [fifo] tas ir FIFO (nosaukts kanāls)
        [socket] tā ir ligzda (socket)
        [device] tā ir ierīce
        [symlink] tā ir simboliskā saite
        [folder] tā ir mape
        [file] tas ir parasts fails
        [file-for-folder] tur, kur jābūt mapei, ir fails
       *[special] tas ir īpašs fails
    }, nevis parasts fails vai mape; peerlog savā mapē nekad neseko saitēm un nelasa īpašus failus
safe-not-regular-hint = aizstājiet to ar pašu failu vai mapi (`cp -r --remove-destination`) vai izdzēsiet to
safe-too-big = fails ir lielāks par { $max } ({ $over ->
        [yes] vairāk nekā{" "}
       *[no] {""}
    }{ $size }); peerlog to nelasa
safe-not-utf8 = fails nav UTF-8 teksts
load-check-lists-them = `peerlog check` parāda visus šādus failus
load-config-newer = šai mapei vajag jaunāku peerlog versiju:
load-config-broken = iestatījumu fails ir bojāts:
load-config-fix = izlabojiet { $path }
load-format-newer = formāts { $format } ir jaunāks, nekā šī peerlog versija saprot (līdz { $known })
load-upgrade = lai strādātu ar šo mapi, atjauniniet peerlog
load-id-of-other-kind = { $id } ir cita veida ieraksta ({ $other }) ID, bet šajā failā ir ieraksts ({ $kind }); tā ID sākas ar { $prefix }-
load-not-utf8 = fails nav UTF-8 teksts; saglabājiet to UTF-8 kodējumā
load-conflict-marker = git konflikta zīme; atrisiniet apvienošanas konfliktu un atstājiet vienu rindu versiju
load-not-a-day = { $value } nav kalendāra diena; ierakstiet īstu dienu, piemēram, { $key } = 2025-02-28
load-date-unquoted = datumu failā raksta ar gadu sākumā un bez pēdiņām: { $key } = { $example }
load-time-quoted = laika posmu raksta pēdiņās: { $key } = "17:30-18:30"
load-text-quoted = tekstu raksta pēdiņās: { $key } = "…"
lock-remove = izdzēsiet { $file }: peerlog izveidos jaunu (tas nekad nav ierakstu daļa)
lock-waiting = gaida, kamēr cita peerlog komanda beigs darbu ar šo mapi …
tx-no-free-id = pēc 100 mēģinājumiem neizdevās atrast brīvu ID
tx-nothing-changed = nekas netika mainīts
tx-recovered = piezīme: { $done }
tx-finished = pabeigta pārtraukta izmaiņa { $files } { PLURAL($files) ->
        [one] failā
       *[other] failos
    } ({ $journal })
tx-rolled-back = atsaukta pārtraukta izmaiņa { $files } { PLURAL($files) ->
        [one] failā
       *[other] failos
    }, kas vēl nebija sākusies ({ $journal })
tx-journal-broken = pārtrauktu izmaiņu nevar pabeigt: { $why }
tx-journal-broken-hint = peerlog raksta šo failu tikai tad, kad maina vairākus failus; ja neviena peerlog komanda nav avarējusi, izdzēsiet to un palaidiet `peerlog check`

## peerlog rm

rm-referred = uz { $id } atsaucas { $count } { PLURAL($count) ->
        [one] ieraksts
       *[other] ieraksti
    }:
rm-more = … un vēl { $count }
rm-referred-hint = vispirms izdzēsiet vai mainiet tos, vai ļaujiet `peerlog rm { $id } --cascade` tos izdzēst vai izņemt no tiem atsauci (vispirms pamēģiniet ar --dry-run)
rm-breaks = dzēšot { $id }, ieraksti, kas uz to atsaucas, vairs neatbilstu noteikumiem:
rm-breaks-hint = vispirms izdzēsiet vai labojiet šos ierakstus (`peerlog rm`, `peerlog edit`); nekas netika mainīts
rm-listing-remove = dzēst { $what }
rm-listing-unlink = mainīt { $what }: izņemt atsauci
rm-question = Dzēst { $count } { PLURAL($count) ->
        [one] ierakstu
       *[other] ierakstus
    } kopā ar { $id }?
rm-unlinked = { $dry_run ->
        [yes] tiktu mainīts
       *[no] mainīts
    } { $id }: izņemta atsauce uz dzēstu ierakstu
rm-done = { $dry_run ->
        [yes] tiktu dzēsti ieraksti: { $count }; nekas nav mainīts (izmēģinājums)
       *[no] dzēsti ieraksti: { $count }
    }
rm-removed = { $dry_run ->
        [yes] tiktu dzēsts
       *[no] dzēsts
    }: { $what }
rm-ref-as = { $what } laukā „{ $field }”

## peerlog purge

purge-future = --before { $date } ir nākotnē: aizietu visi ieraksti, arī tie, kas vēl tiek lietoti
purge-future-hint = norādiet šodienu ({ $today }) vai agrāku dienu — glabāšanas termiņa beigas
purge-question = Dzēst { PLURAL($files) ->
        [one] šo failu
       *[other] šos { $files } failus
    }?
purge-done = { $dry_run ->
        [yes] tiktu dzēsti
       *[no] dzēsti
    } ieraksti no laika pirms { $date }: { $counts }
purge-records = { $dry_run ->
        [yes] tiktu { PLURAL($count) ->
            [zero] dzēsts { $count } ierakstu
            [one] dzēsts { $count } ieraksts
           *[other] dzēsti { $count } ieraksti
        }
       *[no] { PLURAL($count) ->
            [zero] dzēsts { $count } ierakstu
            [one] dzēsts { $count } ieraksts
           *[other] dzēsti { $count } ieraksti
        }
    } no laika pirms { $date }

## peerlog edit

edit-unchanged = { $id }: nekas nav mainīts
edit-no-equals = { $flag }: { $pair } nav '='
edit-no-equals-hint = rakstiet { $flag } LAUKS=VĒRTĪBA, piemēram, { $flag } date=2025-03-14
edit-id-fixed = ID nekad nemainās (uz to atsaucas faili un citi ieraksti)
edit-twice = { $field } norādīts divreiz
edit-breaks = izmaiņa ierakstā { $id } sabojātu ierakstus, kas uz to atsaucas:
edit-breaks-hint = vispirms labojiet šos ierakstus (vai izdzēsiet tos ar `peerlog rm`); nekas netika ierakstīts
edit-invalid = ieraksts ({ kind-name }) vairs nebūtu derīgs: { $error }
edit-not-a-list = { $field } nav saraksts
edit-not-a-list-hint = neobligātu lauku notīriet ar --set LAUKS=
edit-remove-what = norādiet vērtību, ko izņemt
edit-last-value = pēdējo vērtību nevar izņemt
edit-holds-no = nav vērtības { $value }
edit-see-record = apskatiet ierakstu ar `peerlog show { $id }`
erase-or = {" vai "}

## peerlog report overview: lapas vārdi

overview-title-thematic = Līdzinieku konsultācijas: pārskats
overview-title-colleague = Kolēģu atbalsts: pārskats
overview-period = Periods
overview-whole-record = visi ieraksti
overview-as-of = Darāmais uz
overview-groups = Grupas
overview-every-group = visas grupas
overview-every-unit = visas struktūrvienības
overview-units = Struktūrvienības
overview-made-by = Sagatavots ar peerlog report overview
overview-no-names = Šajā pārskatā nav nosaukta neviena persona.
overview-pseudonymised = Grupas un struktūrvienības parādītas ar to ID.
overview-same-numbers-thematic = Skaitļi ir tie paši, ko rāda peerlog report summary, report pipeline un agenda tai pašai mapei, periodam un grupai.
overview-same-numbers-colleague = Skaitļi ir tie paši, ko rāda peerlog report programme tai pašai mapei un periodam.
overview-contents = Saturs
overview-nothing = Šajā periodā ierakstu nav.
overview-chart-note = Diagrammas skaitļi ir tabulā blakus tai.
overview-numbers = skaitļi
overview-key-figures = Īsumā
overview-with-recipient-feedback = notikušās konsultācijas ar saņēmēja atgriezenisko saiti
overview-expectations-met = saņēmēji, kuru gaidas piepildījās (pilnībā vai daļēji)
overview-active-peers = līdzinieki, kas darbojas tagad
overview-due-now = darāmie darbi
overview-consultations = Konsultācijas
overview-consultations-per-month = Konsultācijas pa mēnešiem
overview-consultations-per-month-note = Parādīto grupu notikušās, plānotās un atceltās konsultācijas pa mēnešiem.
overview-consultations-per-group = Konsultācijas pa grupām
overview-consultations-per-group-note = Notikušās, plānotās un atceltās konsultācijas periodā pa grupām.
overview-busiest-groups = Diagrammā ir { $n } grupas ar visvairāk konsultācijām; tabulā ir visas grupas.
overview-per-group-and-month = Konsultācijas pa grupām un mēnešiem
overview-month = Mēnesis
overview-group = Grupa
overview-held = notikušas
overview-planned = plānotas
overview-cancelled = atceltas
overview-peers = līdzinieki
overview-recipients = saņēmēji
overview-feedback = Saņēmēju atgriezeniskā saite
overview-feedback-note = Cik notikušajām konsultācijām ir saņēmēja un līdzinieka atgriezeniskā saite un vai saņēmēju gaidas piepildījās (katras konsultācijas jaunākā atbilde).
overview-completeness = Savāktā atgriezeniskā saite par notikušajām konsultācijām
overview-recipient-feedback = no saņēmēja
overview-peer-feedback = no līdzinieka
overview-given = ir
overview-missing = trūkst
overview-held-no-recipient-feedback = notikušas, bez saņēmēja atgriezeniskās saites
overview-held-no-peer-feedback = notikušas, bez līdzinieka atgriezeniskās saites
overview-met-per-month = Vai gaidas piepildījās? Pa mēnešiem
overview-met-yes = jā
overview-met-partly = daļēji
overview-met-no = nē
overview-pipeline = Līdzinieku ceļš
overview-pipeline-note = Līdzinieki un iespējamie līdzinieki pēc to pašreizējā posma, no identificēšanas līdz darbībai.
overview-pipeline-per-group = Līdzinieki pa posmiem un grupām
overview-stage = Posms
overview-over-time = Līdzinieki pa posmiem laika gaitā
overview-over-time-note = Katra līdzinieka posms katra mēneša beigās pēc posmu maiņām, kas glabājas līdzinieka failā.
overview-month-end = Mēneša beigas
overview-agenda = Darāmais
overview-agenda-note = Kas jādara, vecākais vispirms: konsultācijas, kas jāapstiprina, atgriezeniskā saite, kas jāsavāc, līdzinieki, kam jāvirzās tālāk.
overview-agenda-by-kind = Darāmais pa veidiem
overview-due = Termiņš kopš
overview-what = Kas
overview-record = Ieraksts
overview-count = Skaits
overview-agenda-more = … un vēl { $n }: peerlog agenda parāda visus.
overview-mask-note = Skaiti no 1 līdz { $max } parādīti kā <{ $t } (diagrammās iesvītroti, attēloti līdz { $max }), lai nevarētu atpazīt nevienu amatpersonu; kopsummu nav.
overview-no-masking = Neviens skaits nav paslēpts (small_cell_threshold ir 1 vai mazāk).
overview-masked-legend = iesvītrots: paslēpts skaits
overview-quarter = Ceturksnis
overview-unit = Struktūrvienība
overview-contacts = Atbalsta reizes
overview-contacts-note = Atbalsta reizes pa struktūrvienībām un ceturkšņiem, pēc veida, un cik reizes ieteikta profesionāla palīdzība.
overview-incidents = Kritiski notikumi
overview-incidents-note = Paziņotie kritiskie notikumi pa struktūrvienībām un ceturkšņiem.
overview-referrals = Nosūtījumi pie psihologiem
overview-referrals-note = Ceturksnī ieteiktie nosūtījumi pēc to pašreizējā iznākuma.
overview-supervision = Supervīziju apmeklējums
overview-supervision-note = Struktūrvienības kolēģu atbalsta personu apmeklējuma atzīmes ceturkšņa supervīzijās.
overview-training = Kolēģu atbalsta personas un to apmācības
overview-training-note = Kolēģu atbalsta personas pēc posma ceturkšņa beigās un ceturksnī pabeigtās apmācības.
overview-stage-identified = identificēti
overview-stage-approached = uzrunāti
overview-stage-motivated = motivēti
overview-stage-prepared = sagatavoti
overview-stage-active = darbojas
overview-stage-ended = beiguši
overview-agenda-kind-confirm-consultation = apstiprināt plānotu konsultāciju
overview-agenda-kind-recipient-feedback = savākt saņēmēja atgriezenisko saiti
overview-agenda-kind-peer-feedback = savākt līdzinieka atgriezenisko saiti
overview-agenda-kind-stuck-peer = virzīt līdzinieku tālāk
overview-agenda-kind-approach-peer = uzrunāt līdzinieku pirms grupas beigām
overview-column-nominated = izvirzīti
overview-column-interviewed = pārrunās
overview-column-not-approved = neapstiprināti
overview-column-in-training = apmācībās
overview-column-trained = apmācīti
overview-column-active = darbojas
overview-column-ended = beiguši
overview-column-training-completed = pabeigtas apmācības
overview-column-supervision-present = klāt
overview-column-supervision-absent = nebija
overview-column-supervision-excused = attaisnoti nebija
overview-column-contacts-at-scene = notikuma vietā
overview-column-contacts-after-event = pēc notikuma
overview-column-contacts-crisis = krīzē
overview-column-contacts-self-referral = vērsās paši
overview-column-contacts-help-suggested = ieteikta profesionāla palīdzība
overview-column-incidents-notified = paziņoti
overview-column-referrals-awaiting-answer = gaida atbildi
overview-column-referrals-accepted = pieņemti
overview-column-referrals-first-contact = pirmā saziņa
overview-column-referrals-declined = atteikti

## peerlog report overview: atteikumi un piezīmes

overview-unit-thematic = --unit ir kolēģu atbalsta (colleague-support) mapēm; šajā mapē ir grupas
overview-unit-thematic-hint = norādiet grupu ar --group
overview-flag-colleague = { $flag } ir tematisko atbalsta grupu (thematic-groups) mapēm; kolēģu atbalsta pārskatā ir struktūrvienības un nav darāmā saraksta
overview-flag-colleague-hint = norādiet struktūrvienību ar --unit vai atstājiet { $flag } neminētu
overview-format = pārskats ir tikai HTML lapa, ne { $format }
overview-format-hint = izlaidiet --format; CSV, JSON un XLSX sagatavo `report summary`, `report pipeline` un `report programme`
overview-wrote = ierakstīts { $path }

## peerlog restore

restore-newer = { $what ->
        [version] versija
       *[format] mapes formāts
    } { $value } ir jaunāks, nekā šī peerlog versija lasa ({ $known }); atjauniniet peerlog
restore-id-twice = ID { $id } ir arī ierakstam { $first }; katram ierakstam ir savs ID
restore-not-a-folder = { $path } nav mape
restore-not-empty = { $path } nav tukša (tajā ir { $names }{ $more ->
        [0] {""}
       *[other] { " " }un vēl { $more }
    }); restore nekad neraksta pāri esošai mapei
restore-not-empty-hint = atjaunojiet jaunā mapē: `peerlog restore FILE.json JAUNS-CEĻŠ`
restore-refused = { $file } nevar atjaunot:{ PLURAL($problems) ->
        [one] {""}
       *[other] { " " }problēmas ({ $problems }):
    }
restore-refused-hint = restore lasa to, ko raksta `peerlog export`; izlabojiet dokumentu vai eksportējiet mapi vēlreiz; nekas netika ierakstīts
restore-not-json = { $line }. rinda, { $column }. kolonna: tas nav JSON: { $error }
restore-not-an-object = dokuments nav JSON objekts
restore-the-document = dokuments
restore-version-expected = gaidīta versija { $version }
restore-other-programme = tā nav programmas { $programme } eksporta atslēga (tā ieraksti ir { $kinds })
restore-not-a-list = gaidīja sarakstu kvadrātiekavās [...]
restore-no-list = saraksta nav; eksportā tāds ir katram ieraksta veidam, [] — ja tas ir tukšs
restore-done = atjaunots ({ $counts }) mapē { $path }
restore-cleared = izņemts tas, ko mapē { $path } bija atstājusi pārtraukta atjaunošana

## peerlog merge

rm-listing-change = mainīt { $path }
merge-no-field = --take: personai nav lauka { $field }, ko izvēlēties
merge-no-field-hint = izvēlieties kādu no šiem: { $fields }
merge-which = --take { $field }: norādiet keep (paturēt) vai duplicate (dublikāta vērtību)
merge-which-hint = rakstiet --take { $field }=keep vai --take { $field }=duplicate
merge-same = gan KEEP, gan DUPLICATE ir { $name } ({ $id })
merge-same-hint = norādiet abus personas ierakstus
merge-erased = dzēstas personas ierakstu neapvieno; tajā nav nekā, ko pārcelt
merge-breaks = apvienojot { $duplicate } ar { $keep }, tiktu pārkāpti noteikumi ({ $rules }):
merge-breaks-hint = vispirms izlabojiet šos ierakstus; nekas netika ierakstīts
merge-same-slot = { $id }: pēc apvienošanas tā būtu tā pati konsultācija, kas { $other } (tas pats līdzinieks, saņēmējs, datums un laiks); vispirms izdzēsiet vienu no tām ar `peerlog rm`
merge-confirm = Apvienot ierakstus: { $duplicate } ({ $duplicate_id }) un { $keep } ({ $keep_id }), paliek { $keep_id }?
merge-done = { $dry_run ->
        [yes] tiktu apvienoti ieraksti
       *[no] apvienoti ieraksti
    }: { $duplicate } ({ $duplicate_id }) un { $keep } ({ $keep_id }), paliek { $keep_id }; pārceltas konsultācijas: { $count }
merge-conflict = { $keep } ierakstā { $keep_id }, { $duplicate } ierakstā { $duplicate_id }
merge-not-one = { $keep } un { $duplicate } pašreizējā veidā nevar būt viena persona:
merge-not-one-hint = ja tā ir viena persona, norādiet, kura vērtība paliek: --take LAUKS=keep vai --take LAUKS=duplicate

## Jebkurš ieraksts: edit, rm, show

record-other-programme = { $id } ir cita veida ieraksta ({ $kind }) ID, bet šī ir { $programme ->
        [colleague-support] kolēģu atbalsta programmas (colleague-support)
       *[thematic-groups] tematisko atbalsta grupu (thematic-groups)
    } mape
record-other-programme-hint = { $command } pieņem šīs mapes ieraksta ID vai ID sākumu: { $kinds }
record-find-id = ID parāda { $commands }
record-empty = { $command } saņēma tukšu argumentu ('') ieraksta vietā
record-not-an-id = { $id } nav ieraksta ID
record-not-an-id-hint = { $command } pieņem ID vai ID sākumu: { $kinds }
record-takes-names = { $command } pieņem ID vai ID sākumu: { $kinds }; vai vārdu vai nosaukumu ({ $named })
record-unchanged = nekas netika ierakstīts; ieraksts ({ kind-name }) paliek, kāds bija
record-fields = ieraksta ({ kind-name }) lauki, ko var mainīt: { $fields }
record-no-field = ierakstam ({ kind-name }) nav lauka { $name }, ko mainīt
record-ambiguous = '{ $name }' ierakstā ({ kind-name }) nav viennozīmīgs: { $paths }
record-ambiguous-hint = norādiet lauku ar pilnu ceļu
colleague-moment-shape = { $value } nav diena un laiks; rakstiet, piemēram, 2025-03-14 18:30 vai 14.03.2025 18:30
colleague-category-word = { $value } nav kategorija; kategorijas ir tādi vārdi kā death-of-colleague
resolve-person-or-group = '{ $query }' ir gan persona { $person } ({ $person_id }), gan grupa { $group } ({ $group_id })
resolve-person-or-group-hint = norādiet vajadzīgā ieraksta ID
resolve-any-record-hint = ierakstu norāda ar tā ID vai ID sākumu (g-…, p-…, c-…, f-…), personu vai grupu — arī ar vārdu vai nosaukumu
resolve-names-several = '{ $query }' ir vairāku ierakstu vārds vai nosaukums: { $records }

## The name of a kind of record inside other messages; $key is its English name with dashes.
kind-name = { $key ->
        [group] grupa
        [person] persona
        [consultation] konsultācija
        [feedback] atgriezeniskā saite
        [unit] struktūrvienība
        [support-person] kolēģu atbalsta persona
        [psychologist] psihologs
        [supervision-session] supervīzija
        [support-contact] atbalsta reize
        [incident-notification] ziņojums par kritisku notikumu
        [referral] nosūtījums
       *[other] { $kind }
    }

## A field of a record named for people; $key is its path with dashes, $words its words.
field-label = { $key ->
        [absent] nebija klāt
        [applied] pieteicās
        [accepted] pieņemts
        [active-since] darbojas kopš
        [benefit] ieguvums
        [birth-date] dzimšanas datums
        [category] kategorija
        [city] pilsēta
        [comment] piebilde
        [consent] piekrišanas
        [consent-by] piekrišanas devējs
        [consent-date] piekrišanas datums
        [consent-given] piekrišanas datums
        [consent-purpose] piekrišanas mērķis
        [consent-revoked] piekrišana atsaukta
        [consultation] konsultācija
        [consultation-date] konsultācijas datums
        [consultation-time] konsultācijas laiks
        [consultations] konsultācijas
        [consultations-date] datums
        [consultations-psychologist] psihologs
        [contact] atbalsta reize
        [date] datums
        [declined] atteikts
        [division] nodaļa
        [end] beigas
        [ended] darbības beigas
        [ended-date] beigu datums
        [ended-reason] beigu iemesls
        [erased] dati dzēsti
        [excused] attaisnoti nebija
        [expected] ko sagaidīja
        [first-contact] pirmā saziņa
        [follow-up] turpmākā rīcība
        [from] kas atbildēja
        [group] grupa
        [help] lūgtā palīdzība
        [help-suggested] ieteikta palīdzība
        [hours] stundas
        [interview] pārrunas
        [interview-date] datums
        [interview-decision] lēmums
        [interview-psychologist] psihologs
        [interview-reason] pārrunu lēmuma pamatojums
        [kind] veids
        [leader] vadītājs
        [meetings] tikšanās reizes
        [met] gaidas piepildījās
        [model] modelis
        [name] vārds un uzvārds
        [nomination] izvirzīšana
        [nomination-applied] pieteicās
        [nomination-superior-agreed] tiešais vadītājs piekrīt
        [nomination-team-nominated] izvirzījis kolektīvs
        [nomination-voluntary] brīvprātīgi
        [notified] ziņots
        [officers] amatpersonas
        [peer] līdzinieks
        [peer-motivations] motivācija
        [peer-observed] novērotais
        [peer-prepared] sagatavošana
        [peer-stages] posmi
        [peer-stages-date] datums
        [peer-stages-note] posma piezīme
        [peer-stages-stage] posms
        [peer-stage] līdzinieka posms
        [peer-since] līdzinieka posms kopš
        [person] persona
        [phones] tālruņi
        [place] norises vieta
        [present] klāt
        [psychologist] psihologs
        [reason] iemesls
        [recipient] saņēmējs
        [region] reģions
        [role] loma
        [service] dienests
        [start] sākums
        [status] statuss
        [suggested] ieteikts
        [superior-agreed] tiešais vadītājs piekrīt
        [supporter] kolēģu atbalsta persona
        [team-nominated] izvirzījis kolektīvs
        [time] laiks
        [topic] tēma
        [training] apmācības
        [training-date] datums
        [training-hours] stundas
        [unit] struktūrvienība
        [venue] norises vieta
        [voluntary] brīvprātīgi
       *[other] { $words }
    }
field-at = { field-label }

## The generic show, and a record named in a list of others
record-described = { $id } ({ $kind } { $name })
record-described-dated = { $id } ({ $kind }, { $date })
show-yes = jā
show-no = nē
show-nested = { $label }: { $value }
show-unreadable = ierakstu { $id } nevar parādīt

## The journal of an interrupted change
tx-journal-at-line = { $line }. rindā: { $why }
tx-journal-not-journal = tas nav peerlog žurnāls
tx-journal-after-committed = pēc rindas committed nedrīkst būt citu rindu
tx-journal-tmp-astray = pagaidu fails neatrodas blakus failam, ko tas aizstāj
tx-journal-unknown-step = jābūt put, remove vai committed
tx-journal-not-a-place = { $path } nav ieraksta faila vieta

## Values of a record file that serde could not read
load-expected-found = gaidīts { $expected }, bet ir { $found }
load-value-words = { $what ->
        [text] teksts pēdiņās
        [list-in-brackets] saraksts kvadrātiekavās [...]
        [table] tabula
        [true-or-false] true vai false
        [whole-number] vesels skaitlis
        [list] saraksts
       *[other] { $what }
    }
load-cannot-read = failu nevar nolasīt: { $why }

## Kāpēc operētājsistēma atteica lasīt vai rakstīt failu; $kind ir tās veids, $error — sistēmas
## pašas vārdi (veidiem, kas šeit nav nosaukti).
io-error = { $kind ->
        [not-found] nav tāda faila vai mapes
        [permission-denied] piekļuve liegta
        [already-exists] tas jau ir
        [is-a-directory] tā ir mape, nevis fails
        [not-a-directory] kāda ceļa daļa ir fails, nevis mape
        [directory-not-empty] mape nav tukša
        [storage-full] diskā nav vietas
        [quota-exceeded] diska kvota ir izlietota
        [read-only-filesystem] disks ir tikai lasāms
        [file-too-large] fails šim diskam ir par lielu
        [invalid-filename] šāds nosaukums šeit nevar būt faila nosaukums
        [unexpected-eof] fails beidzas par agru
        [crosses-devices] to nevar pārvietot uz citu disku
        [resource-busy] to pašlaik lieto cita programma
        [interrupted] pārtraukts
        [timed-out] iestājās noildze
        [out-of-memory] pietrūka atmiņas
       *[other] { $error }
    }
## TOML sintakses kļūda pēc tā, par ko tā ir ($what); $raw ir parsētāja vārdi (angliski).
load-syntax = { $what ->
        [text] teksts nav pareizi ierakstīts: tas sākas un beidzas ar pēdiņām ("…"), un \ tajā raksta kā \\
        [text-unquoted] tekstu raksta pēdiņās: "…"
        [value-missing] aiz = trūkst vērtības
        [table-header] tabulas virsraksts nav pareizi ierakstīts: to raksta kvadrātiekavās, piemēram, `[peer]`
        [inline-table] vienas rindas tabula nav pareizi ierakstīta: {"{"} atslēga = vērtība, … {"}"}
        [list] saraksts nav pareizi ierakstīts: vērtības kvadrātiekavās atdala ar komatiem, piemēram, [2025-03-03, 2025-03-17]
        [line] rinda nav pareiza: katrā rindā ir viena atslēga = vērtība (piezīme — aiz #)
        [key] atslēga nav pareiza: tajā ir tikai latīņu burti, cipari, - un _
        [comment] piezīme nav pareiza: tā sākas ar # un beidzas rindas beigās
        [line-end] rindas beigās ir atsevišķa CR rakstzīme; saglabājiet failu ar parastām rindu beigām
        [value] vērtība nav pareiza: tā nav ne skaitlis, ne datums, ne true vai false; tekstu raksta pēdiņās
       *[other] nav pareizs TOML pieraksts ({ $raw })
    }
## JSON sintakses kļūda pēc tā, par ko tā ir ($what); $raw ir parsētāja vārdi (angliski).
json-syntax = { $what ->
        [eof] dokuments beidzas, pirms JSON vērtība pabeigta
        [trailing-comma] aiz pēdējā elementa ir lieks komats
        [key] atslēgai jābūt tekstam pēdiņās
        [trailing] aiz JSON dokumenta beigām ir vēl kaut kas
        [text] tekstā ir nederīga atsoļa virkne (\) vai vadības rakstzīme
        [number] nederīgs skaitlis
        [punctuation] šeit trūkst pieturzīmes (komata, kola vai iekavas) vai tā ir lieka
       *[other] nav pareizs JSON pieraksts ({ $raw })
    }

## Rows of an import that are no CSV; $why is the csv reader's own words
import-row-not-utf8 = { $place }: rindas { $column }. šūna nav UTF-8 teksts
import-row-not-csv = { $place }: rindu nevar nolasīt kā CSV ({ $why })

edit-set = { $id }: mainīts: { $fields }
edit-removed = { $id }: izņemts no saraksta: { $fields }
peer-stage-between = { $before } { $before_date } un { $after } { $after_date }
peer-stage-on = { $stage } { $date }
peer-stage-history-hint = posmu vēsturi skatiet ar `peerlog peer show { $id }`
peer-stage-inserted = { $name }: posms { $stage } no { $date } ievietots vēsturē savā vietā


## Where a table goes: --format, --output, --excel
output-format-mismatch = --format { $format } neatbilst --output { $path }, kas ir .{ $ext } fails
output-format-mismatch-hint = nosauciet failu .{ $format } vai nelietojiet --format
output-format-not-offered = šī komanda raksta { $formats }, nevis { $format }
output-format-not-offered-hint = izvēlieties vienu no tiem ar --format vai --output faila nosaukumu ar tādu galotni
output-excel-not-csv = --excel veido CSV, bet izvade ir { $format }
output-excel-not-csv-hint = nelietojiet --excel vai lietojiet --format csv
output-xlsx-terminal = XLSX darbgrāmatu nevar izvadīt terminālī
output-xlsx-terminal-hint = pievienojiet --output FAILS.xlsx vai novirziet izvadi uz failu vai konveijeru
output-cannot-write = nevar ierakstīt { $what ->
        [csv] CSV
        [xlsx] darbgrāmatu
       *[other] { $what }
    }: { $why }
output-exists = { $paths }: fails jau ir; nekas netika ierakstīts
output-exists-hint = pievienojiet --force, lai to aizstātu, vai izvēlieties citu faila nosaukumu
output-no-folder = { $path }: nav mapes { $folder }; nekas netika ierakstīts
output-no-folder-hint = vispirms izveidojiet to (`mkdir -p { $folder }`) vai ierakstiet failu mapē, kas jau ir
output-not-a-folder = { $path }: { $folder } nav mape; nekas netika ierakstīts
output-not-a-folder-hint = ierakstiet failu mapē
output-is-a-folder = { $path }: tā ir mape, bet --output norāda failu; nekas netika ierakstīts
output-is-a-folder-hint = norādiet failu tajā (`{ $path }/…`)

## Values given with edit --set and in import cells
value-not-whole-number = { $value } nav vesels skaitlis
value-not-yes-no = { $value } nav ne jā ('yes'), ne nē ('no')
value-not-one-of = { $value } nav neviens no šiem vārdiem: { $words }
value-table = { $key } ir tabula; mainiet tās laukus pa vienam
value-required = { $key } ir obligāts; norādiet vērtību
value-needs-one = { $key } vajag vismaz vienu vērtību
id-not-an-id = { $value } nav ieraksta ID (ID izskatās šādi: c-k2m9xq4t)
date-expected-shape = datums, piemēram, 2025-03-14
date-word-in-file = failā raksta pašu dienu: date = 2025-03-14
text-the-value = teksts
group-model-unknown = modeļa { $model } nav; ir 1. modelis (kamēr grupa darbojas) un 2. modelis (pēc grupas beigām)
group-model-not-a-number = { $value } nav modelis; norādiet 1 vai 2
group-exists-hint = dodiet grupai savu, atšķirīgu nosaukumu
csv-not-a-separator = { $value } nav atdalītājs; norādiet vienu ASCII rakstzīmi, piemēram, ';' vai ',' (vai 'tab')
csv-separator-in-cells = '{ $value }' nevar atdalīt šūnas: to nolasītu kā šūnas daļu; lietojiet ';', ',', '|' vai 'tab'
consent-none-for = personai { $name } ({ $id }) nav piekrišanas mērķim '{ $purpose }'
consent-none-for-hint = ierakstiet to ar `peerlog consent give { $id } { $purpose } --date DATUMS`
consent-none-on = --on: personai { $name } ({ $id }) nav piekrišanas mērķim '{ $purpose }', kas dota { $date }
consent-none-on-hint = piekrišanas mērķim '{ $purpose }' dotas: { $dates }
consent-nothing-to-correct = nav ko labot
consent-nothing-to-correct-hint = norādiet --given DATUMS, --by KURŠ vai --revoked DATUMS|none
consult-duplicate-see = apskatiet to ar `peerlog consult show { $id }` vai pārbaudiet datumu un laiku
report-no-peer = līdzinieka '{ $id }' nav, tāpēc pārskatā nevar noteikt šīs konsultācijas grupu
report-no-recipient = saņēmēja '{ $id }' nav
report-fix-files-hint = izlabojiet failu (visas problēmas parāda `peerlog check`) un sagatavojiet pārskatu vēlreiz
import-supporter-ended = { $name } ({ $id }) darbību beidza { $date }

## The manual's main page: its one-line summary, ENVIRONMENT, FILES and EXIT STATUS (`x` is bold)
man-top-name = līdzinieku atbalsta programmu ieraksti TOML failos mapē, ko glabā git
man-env-dir = peerlog mape, ja nav dots `--dir`. Ja nav ne viena, ne otra, tā ir tuvākā mape uz augšu no pašreizējās mapes, kurā ir peerlog.toml.
man-env-lang = Paziņojumu, tabulu un palīdzības valoda: `en` vai `lv` (tāpat kā `--lang`). Ja tā nav dota, `[ui] language` failā peerlog.toml, tad `LC_ALL`, `LC_MESSAGES` vai `LANG`.
man-env-no-color = Ja iestatīts, krāsu nav pat terminālī. Citādi krāsas ir tikai terminālī.
man-env-colour-force = Ja iestatīts, krāsas ir arī tad, ja izvade nav terminālis.
man-env-date-epoch = Sekundes kopš 1970. gada: izveides laiks, ko ieraksta XLSX darbgrāmatās (citādi tas ir nemainīgs), lai no tiem pašiem ierakstiem vienmēr iegūtu tos pašus baitus.
man-env-complete = `COMPLETE=bash peerlog` (vai zsh, fish, elvish, powershell) izvada čaulas reģistrāciju, lai ar tabulatoru papildinātu komandas, karodziņus un mapes ierakstu vārdus.
man-file-settings = Mapes iestatījumi: formāta versija, programma (thematic-groups vai colleague-support), 1. pielikuma lapas formulējumi, piekrišanu, darāmā un kolēģu atbalsta iestatījumi.
man-file-groups = Tematiskās atbalsta grupas un to dalībnieki (līdziniekiem ir tabula `[peer]`).
man-file-consultations = Konsultācijas, katrai dienai sava mape, un atgriezeniskā saite pa gadiem, kuros tā sniegta.
man-file-colleague = Kolēģu atbalsta programmas mapes ieraksti.
man-file-lock = Slēdzene, ko rakstošās komandas tur visu laiku, kamēr lasa, pārbauda un raksta.
man-file-tmp = Pārtrauktas rakstīšanas pagaidu faili; lasot tos neņem vērā, `peerlog check --fix` tos izdzēš.
man-file-cache = Ārpus mapes (vai `~/.cache/peerlog/`): kur ieraksti pēdējo reizi atrasti pēc ID un par kurām konsultācijām ir katrs atgriezeniskās saites fails, tikai ID, lai ierakstot lielā mapē to nebūtu jāpārlūko visu. Pirms lietošanas tiek salīdzināts ar mapi; to izdzēšot, nekas nezūd.
man-exit-0 = Izdevās.
man-exit-1 = Atteikts datu dēļ: nederīga ievade, bojāts fails, pārkāpts noteikums (nekas netika ierakstīts); `check` atrada kļūdas.
man-exit-2 = Nepareizs lietojums: nezināma komanda vai karodziņš, trūkst argumenta, vārds, kas nav starp karodziņa vai lauka vērtību vārdiem, lauks, ko `edit` nevar mainīt, nav peerlog mapes, otras programmas komanda, atbilde atcelta jautājumā, dzēšoša komanda bez termināļa un bez `--yes`.

## What an agenda item is, on a table (CSV and JSON keep the word)
agenda-what = { $key ->
        [confirm-consultation] apstiprināt konsultāciju
        [peer-feedback] līdzinieka atgr. saite
        [recipient-feedback] saņēmēja atgr. saite
        [stuck-peer] līdzinieks ilgi vienā posmā
        [approach-peer] uzrunāt līdzinieku
        [interview] pārrunas
        [activate] sākt darbību
        [supervision] supervīzija
        [referral] nosūtījums
        [incident] kritisks notikums
       *[other] { $key }
    }
pipeline-what = { $key ->
        [stage] posms
        [observed] novērots
        [motivation] motivācija
        [criterion] kritērijs
        [sign] pazīme
        [preparation] sagatavošana
       *[other] { $key }
    }

## Čaulas papildināšana: kas ir piedāvātais ieraksts, blakus tā ID
completion-referral = ieteikts { $date }
