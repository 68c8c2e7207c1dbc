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
    [prepared] Sagatavots
    [consultation] Konsultācija
    [consultations] Konsultācijas
    [date] Datums
    [time] Laiks
    [status] Statuss
    [peer] Līdzinieks
    [peers] Līdzinieki
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
    [word] Vārds
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
    [item] Kas
    [record] Ieraksts
    [purpose] Mērķis
    [consent] Piekrišana
    [consent-by] Piekrišanu deva
    [path] Fails
   *[other] { $name }
}

## peerlog agenda

agenda-who = līdzinieks { $peer }, saņēmējs { $recipient }, { $date } { $time }
agenda-confirm = plānotās konsultācijas { $id } ({ $who }) laiks ir pagājis: apstipriniet, ka tā notika, vai atceliet to
agenda-feedback = notikušajai konsultācijai { $id } ({ $who }) nav { $source ->
        [peer] līdzinieka
       *[recipient] saņēmēja
    } atgriezeniskās saites
agenda-stuck = { $name } posmā { $stage } ir kopš { $since } — ilgāk par { $days } { PLURAL($days) ->
        [one] dienu
       *[other] dienām
    }
agenda-approach = grupai { $group } (2. modelis) { PLURAL($left) ->
        [one] atlikusi { $left } tikšanās reize
        [zero] atlikušas { $left } tikšanās reižu
       *[other] atlikušas { $left } tikšanās reizes
    }, un neviens līdzinieks nav uzrunāts; uzrunājiet kādu pirms grupas beigām
