### peerlog --help, rokasgrāmata un pabeigšanas skriptu apraksti latviešu valodā.
### Angliskie teksti ir clap definīciju dokumentācijas komentāri; tests pārbauda, ka katram ir
### latviskais teksts šeit un ka šeit nav nekā lieka. Atslēga ir komandas ceļš
### (help-peerlog-consult-log), atribūts — argumenta id (.date) vai .after (piemēri).
### Komandu un karodziņu nosaukumi un vērtību vārdi paliek angliski.

help-peerlog = peerlog glabā vienaudžu atbalsta programmu ierakstus kā vienkāršus TOML failus mapē, ko var glabāt git krātuvē. Viena mape ir vienai programmai: tematiskajām atbalsta grupām (grupas, dalībnieki, līdzinieki, līdzinieku konsultācijas, atgriezeniskā saite un ministrijas 1. pielikuma uzskaites lapa) vai kolēģu atbalsta personām (struktūrvienības, kolēģu atbalsta personas, apmācības, supervīzija, atbalsta reizes, kritiski notikumi, nosūtījumi un programmas pārskats)
    .after =
        Izejas kodi: 0 — izdevās, 1 — atteikts datu dēļ, 2 — nepareizs lietojums.
        Krāsas tikai terminālī un nekad, ja ir iestatīts NO_COLOR.

        Piemēri:
          peerlog init records && cd records
          peerlog group add 'Rīgas vecāku grupa' --leader 'Inese Kalniņa' --venue 'Rīga, Brīvības iela 1'
          peerlog report appendix1 --group rigas > appendix1.csv
          peerlog --lang lv agenda
          peerlog init iem --programme colleague-support
    .dir = peerlog mape (noklusējums: tuvākā mape uz augšu, kurā ir peerlog.toml)
    .quiet = Neizvada paziņojumus uz stderr, tikai rezultātus un kļūdas
    .lang = Paziņojumu, tabulu un palīdzības valoda: en (angļu) vai lv (latviešu). Ja nav dota: PEERLOG_LANG, tad [ui] language failā peerlog.toml, tad LC_ALL, LC_MESSAGES vai LANG (lv_LV.UTF-8 nozīmē latviešu), citādi en
    .help = Parāda palīdzību (īsāk ar '-h')
    .version = Parāda versiju

help-peerlog-init = Izveido peerlog mapi: iestatījumus, git atribūtus un ierakstu mapes. Mapi, kurā jau ir peerlog ieraksti, atsaka
    .after =
        Piemēri:
          peerlog init ~/peerlog/riga && cd ~/peerlog/riga && git init
          peerlog init ~/peerlog/iem --programme colleague-support
    .path = Kur to izveidot (noklusējums: --dir vai pašreizējā mape)
    .programme = Programma, kuras ierakstus mape glabā: thematic-groups (tematiskās atbalsta grupas) vai colleague-support (kolēģu atbalsts); izvēlas vienreiz, glabā peerlog.toml

help-peerlog-group = Pievieno, uzskaita un parāda tematiskās atbalsta grupas
    .after =
        Piemērs:
          peerlog group show rigas --format json

help-peerlog-group-add = Pievieno grupu; izvada tās ID
    .after =
        Piemērs:
          peerlog group add 'Rīgas vecāku grupa' --leader 'Inese Kalniņa' \
            --venue 'Rīga, Brīvības iela 1' --model 1 --start 2025-02-01 --end 2025-05-31
    .name = Grupas nosaukums, mapē unikāls
    .leader = Tematiskās atbalsta grupas vadītājs
    .venue = Tematiskās atbalsta grupas norises vieta
    .model = 1: konsultācijas grupas darbības laikā; 2: pēc grupas noslēguma
    .start = Grupas pirmā diena
    .end = Grupas pēdējā diena

help-peerlog-group-list = Uzskaita grupas
    .after =
        Piemērs:
          peerlog group list --format json

help-peerlog-group-meeting = Ieraksta grupas tikšanās reizes
    .after =
        Piemērs:
          peerlog group meeting add rigas --date 2025-03-10

help-peerlog-group-meeting-add = Pievieno vienu vai vairākus tikšanās datumus; izvada grupas ID
    .after =
        Piemērs:
          peerlog group meeting add rigas --date 2025-02-03 --date 2025-02-10
    .group = Grupas ID, ID sākums vai nosaukums
    .date = Tikšanās diena; vairākām dienām karodziņu atkārto

help-peerlog-group-show = Parāda grupu ar tās dalībniekiem un līdziniekiem
    .after =
        Piemērs:
          peerlog group show rigas
    .group = Grupas ID, ID sākums vai nosaukums

help-peerlog-participant = Pievieno un uzskaita grupu dalībniekus
    .after =
        Piemērs:
          peerlog participant list --group rigas

help-peerlog-participant-add = Pievieno grupai dalībnieku; izvada jauno ID
    .after =
        Piemērs:
          peerlog participant add 'Anna Bērziņa' --group rigas --role parent
    .name = Vārds un uzvārds
    .group = Grupas ID, ID sākums vai nosaukums
    .birth_date = Vajadzīgs bērnam, kas kļūst par līdzinieku (bērns līdzinieks ir vismaz 13 gadus vecs)
    .consent = Šodien dotā piekrišana šiem mērķiem: peer (būt līdziniekam), recipient (saņemt konsultācijas), report (tikt nosauktam ministrijas pārskatā); atdala ar komatu
    .consent_by = Kas piekrišanu deva; bērnam obligāti: self (personīgi), parent (vecāks), guardian (aizbildnis), foster-parent (audžuvecāks)
    .consent_date = Diena, kad piekrišana dota (noklusējums: šodien)

help-peerlog-participant-list = Uzskaita dalībniekus (arī līdziniekus)
    .after =
        Piemērs:
          peerlog participant list --group rigas --format csv
    .group = Tikai šīs grupas dalībnieki

help-peerlog-peer = Reģistrē, uzskaita un parāda līdziniekus
    .after =
        Piemērs:
          peerlog peer show ozolina

help-peerlog-peer-add = Reģistrē līdzinieku; ja grupā jau ir dalībnieks ar šo vārdu, tas kļūst arī par līdzinieku. Izvada līdzinieka ID
    .after =
        Piemērs:
          peerlog peer add 'Līga Ozoliņa' --group rigas --role parent
    .name = Vārds un uzvārds
    .group = Grupas ID, ID sākums vai nosaukums
    .role = Vajadzīga, ja līdzinieks vēl nav grupas dalībnieks: child (bērns), parent (vecāks), foster-parent (audžuvecāks), guardian (aizbildnis), representative (likumiskais pārstāvis)
    .birth_date = Vajadzīgs bērnam līdziniekam (konsultācijas dienā vismaz 13 gadus vecs)
    .consent = Šodien dotā piekrišana šiem mērķiem: peer (būt līdziniekam), recipient (saņemt konsultācijas), report (tikt nosauktam ministrijas pārskatā); atdala ar komatu
    .consent_by = Kas piekrišanu deva; bērnam obligāti: self (personīgi), parent (vecāks), guardian (aizbildnis), foster-parent (audžuvecāks)
    .consent_date = Diena, kad piekrišana dota (noklusējums: šodien)
    .stage = Posms, no kura līdzinieks sāk (noklusējums: active — darbojas)
    .date = Diena, kad līdzinieks šajā posmā nonāca (noklusējums: šodien)

help-peerlog-peer-list = Uzskaita līdziniekus
    .after =
        Piemērs:
          peerlog peer list --group rigas
    .group = Tikai šīs grupas dalībnieki

help-peerlog-peer-stage = Pārceļ līdzinieku (vai dalībnieku) uz citu piesaistes posmu: identified (apzināts), approached (uzrunāts), motivated (motivēts), prepared (sagatavots), active (darbojas), ended (beidzis). Izvada personas ID
    .after =
        Piemērs:
          peerlog peer stage ozolina approached --date 2025-03-05 --note 'Runājām pēc grupas'
    .peer = Personas ID, ID sākums vai vārds
    .date = Pārmaiņas diena (noklusējums: šodien)
    .note = Īsa piezīme par pārmaiņu (bez sarunu satura)

help-peerlog-peer-observe = Ieraksta dalībniekam novērotos kritērijus un pazīmes (sk. `peerlog vocab`); dalībnieks, kas vēl nav piesaistes procesā, kļūst apzināts (identified)
    .after =
        Piemērs:
          peerlog peer observe berzina empathy communication --date 2025-02-17
    .peer = Personas ID, ID sākums vai vārds
    .date = Novērošanas diena (noklusējums: šodien)

help-peerlog-peer-motivation = Ieraksta, kas līdzinieku motivē (sk. `peerlog vocab`)
    .after =
        Piemērs:
          peerlog peer motivation berzina personal-experience altruism
    .peer = Līdzinieka ID, ID sākums vai vārds

help-peerlog-peer-prepare = Atzīmē ar līdzinieku izrunātās sagatavošanas tēmas (sk. `peerlog vocab`)
    .after =
        Piemērs:
          peerlog peer prepare berzina ethics boundaries structure --date 2025-03-03
    .peer = Līdzinieka ID, ID sākums vai vārds
    .date = Diena, kad tēmas izrunātas (noklusējums: šodien)

help-peerlog-peer-show = Parāda līdzinieku, tā posmus un konsultācijas
    .after =
        Piemērs:
          peerlog peer show ozolina --format json
    .peer = Līdzinieka ID, ID sākums vai vārds

help-peerlog-consult = Ieraksta līdzinieku konsultācijas: plānotas (līdzinieks par tām paziņo iepriekš), notikušas vai atceltas
    .after =
        Piemērs:
          peerlog consult list --status planned

help-peerlog-consult-plan = Ieraksta konsultāciju, par ko līdzinieks paziņojis (statuss planned — plānota); izvada tās ID
    .after =
        Piemērs:
          peerlog consult plan --peer ozolina --recipient berzina --date 14.03.2025 \
            --time 16:00-17:00 --place 'Rīga, Brīvības iela 1' --topic 'Robežu noteikšana'
    .peer = Līdzinieks: ID, ID sākums vai vārds
    .recipient = Saņēmējs: ID, ID sākums vai vārds (vispirms meklē līdzinieka grupā)
    .date = Diena (2025-03-14, 14.03.2025, 14.03.2025., today vai šodien, yesterday vai vakar)
    .time = Sākums un beigas: 16:00-17:00
    .place = Norises vieta: grupas vai pakalpojuma sniedzēja telpas
    .topic = Tēma (ne tas, kas tika runāts)

help-peerlog-consult-log = Ieraksta notikušu konsultāciju (statuss held — notikusi) vai atzīmē plānotu konsultāciju kā notikušu; izvada tās ID
    .after =
        Piemēri:
          peerlog consult log --peer ozolina --recipient berzina --date 2025-03-14 \
            --time 16:00-17:00 --place 'Rīga, Brīvības iela 1' --topic 'Robežu noteikšana'
          peerlog consult log c-k2m9 --time 16:30-17:30
    .id = Plānota konsultācija, ko atzīmēt kā notikušu (tās ID vai ID sākums)
    .peer = Līdzinieks: ID, ID sākums vai vārds
    .recipient = Saņēmējs: ID, ID sākums vai vārds (vispirms meklē līdzinieka grupā)
    .date = Diena (2025-03-14, 14.03.2025, 14.03.2025., today vai šodien, yesterday vai vakar)
    .time = Sākums un beigas: 16:00-17:00
    .place = Norises vieta: grupas vai pakalpojuma sniedzēja telpas
    .topic = Tēma (ne tas, kas tika runāts)

help-peerlog-consult-cancel = Atceļ plānotu konsultāciju; izvada tās ID
    .after =
        Piemērs:
          peerlog consult cancel c-k2m9 --reason 'Saņēmējs saslima'
    .id = Konsultācijas ID vai ID sākums
    .reason = Kāpēc tā atcelta: īsa rinda, bez ziņām par kāda situāciju

help-peerlog-consult-list = Uzskaita konsultācijas, vecākās vispirms
    .after =
        Piemērs:
          peerlog consult list --group rigas --status held --from 2025-03-01 --to 2025-03-31
          peerlog consult list --recipient berzina --month 2025-03
    .group = Tikai šīs grupas līdzinieku konsultācijas
    .peer = Tikai šī līdzinieka konsultācijas
    .recipient = Tikai konsultācijas, ko saņēma šī persona
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)

help-peerlog-consult-show = Parāda vienu konsultāciju ar tās atgriezenisko saiti
    .after =
        Piemērs:
          peerlog consult show c-k2m9 --format json
    .id = Konsultācijas ID vai ID sākums

help-peerlog-feedback = Ieraksta un uzskaita saņēmēju un līdzinieku atgriezenisko saiti
    .after =
        Piemērs:
          peerlog feedback list --format csv

help-peerlog-feedback-record = Ieraksta atgriezenisko saiti par vienu vai vairākām notikušām konsultācijām; izvada tās ID
    .after =
        Piemērs:
          peerlog feedback record --consultation c-k2m9 --from recipient \
            --expected 'Uzklausīšanu' --met partly --comment 'Vajag vairāk laika' --benefit 'Drosme runāt'
    .consultations = Notikusi konsultācija, par ko ir atgriezeniskā saite (ID vai ID sākums); vairākām karodziņu atkārto
    .peer = --consultation vietā: konsultācijas līdzinieks (kopā ar --recipient un --consultation-date)
    .recipient = --consultation vietā: konsultācijas saņēmējs
    .consultation_date = --consultation vietā: konsultācijas diena
    .consultation_time = Konsultācijas laiks, ja līdzinieks un saņēmējs tajā dienā tikās divreiz: 16:00-17:00
    .from = Kas atbildēja: recipient (saņēmējs) vai peer (līdzinieks)
    .expected = Kas tika sagaidīts no līdzinieka konsultācijas?
    .met = Vai minētās gaidas piepildījās? yes (jā), partly (daļēji) vai no (nē)
    .comment = Īsa piebilde par to, vai gaidas piepildījās
    .benefit = Kāds bija ieguvums no līdzinieka konsultācijas?
    .date = Diena, kad atgriezeniskā saite saņemta (noklusējums: šodien)

help-peerlog-feedback-list = Uzskaita atgriezenisko saiti, jaunākā beigās; filtri atstāj atgriezenisko saiti par konsultācijām, kas tiem atbilst
    .after =
        Piemēri:
          peerlog feedback list --format json
          peerlog feedback list --group rigas --side recipient --met no --quarter 2025-Q1
    .group = Tikai atgriezeniskā saite par šīs grupas līdzinieku konsultācijām
    .peer = Tikai atgriezeniskā saite par šī līdzinieka konsultācijām
    .recipient = Tikai atgriezeniskā saite par konsultācijām, ko saņēma šī persona
    .side = Tikai vienas puses atbildes (kas atbildēja)
    .met = Tikai atbildes, kurās gaidas piepildījās tā (atgriezeniskās saites statuss)
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)

help-peerlog-feedback-show = Parāda vienu atgriezeniskās saites ierakstu ar konsultācijām, uz ko tas attiecas
    .after =
        Piemērs:
          peerlog feedback show f-93fi --format json
    .id = Atgriezeniskās saites ID vai ID sākums

help-peerlog-report = Pārskati ministrijai un programmai
    .after =
        Piemērs:
          peerlog report appendix1 --group rigas > appendix1.csv

help-peerlog-report-appendix1 = Grupas 1. pielikums (LĪDZINIEKU KONSULTĀCIJU UZSKAITES LAPA): tās notikušās konsultācijas kā CSV (noklusējums), izklājlapai sagatavots CSV (--excel) vai XLSX darbgrāmata
    .after =
        CSV šūnām, kas sākas ar = + - @, tabulāciju vai rakstatgriezi, priekšā liek ', lai neviena
        izklājlapu programma tās neizpilda kā formulu; XLSX katru šūnu glabā kā tekstu.

        Piemēri:
          peerlog report appendix1 --group rigas --month 2025-03 > appendix1.csv
          peerlog report appendix1 --group rigas --quarter 2025-Q1 --excel --output riga-q1.csv
          peerlog report appendix1 --group rigas --year 2025 --format xlsx --output riga-2025.xlsx
          peerlog report appendix1 --all-groups --month 2025-03 --format xlsx --output-dir 2025-03/
    .group = Grupa (ID, ID sākums vai nosaukums); vajadzīga, ja mapē ir vairākas
    .all_groups = Pa lapai katrai grupai, mapē --output-dir, failu nosaukumi no grupu nosaukumiem
    .output_dir = Mape karodziņam --all-groups (izveido, ja tās nav)
    .output = Raksta failā FILE (atomāri), nevis stdout; .xlsx nozīmē --format xlsx
    .force = Aizstāj failus, kas jau ir
    .table_only = Tikai galvenes rinda un datu rindas skriptiem (bez virsraksta, laukiem un projekta rindas)
    .format = csv vai xlsx (noklusējums: csv vai xlsx, ja --output beidzas ar .xlsx)
    .excel = CSV izklājlapu programmai ar latviešu lokalizāciju: UTF-8 BOM, ';' starp šūnām, CR LF
    .delimiter = CSV atdalītājs, viena rakstzīme, piemēram, ';' vai ',' (vai 'tab')
    .names = Kā nosaukt līdziniekus un saņēmējus: full (vārds un uzvārds), initials (iniciāļi) vai codes (ID)
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)

help-peerlog-report-programme = Kolēģu atbalsts: programmas statistika pa struktūrvienībām un ceturkšņiem, mazie skaitļi slēpti
    .after =
        Piemēri:
          peerlog report programme --quarter 2025-Q2
          peerlog report programme --year 2025 --format xlsx --output programme-2025.xlsx
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)
    .allow_small_counts = Sagatavo pārskatu, kaut arī small_cell_threshold failā peerlog.toml ir mazāks par 3, tā ka redzami skaitļi 1 vai 2 (tikai lasītājam, kas tos drīkst redzēt)
    .output = Raksta šajā failā, nevis stdout (xlsx terminālī vajadzīgs)
    .format = table, json, csv vai xlsx (noklusējums: pēc --output paplašinājuma, citādi komandas paša)
    .force = Aizstāj FILE, ja tas jau ir
    .excel = CSV izklājlapu programmai ar latviešu lokalizāciju: UTF-8 BOM, ';' starp šūnām, CR LF

help-peerlog-report-pipeline = Līdzinieku piesaiste pa grupām: līdzinieki katrā posmā, biežāk novērotie kritēriji, motivācija
    .after =
        Piemēri:
          peerlog report pipeline --group rigas --format json
          peerlog report pipeline --output pipeline.xlsx
    .group = Tikai šī grupa (ID, ID sākums vai nosaukums)
    .format = table, json, csv vai xlsx (noklusējums: pēc --output paplašinājuma, citādi komandas paša)
    .output = Raksta failā FILE (atomāri), nevis stdout; `-` nozīmē stdout. Nosaukums ar .csv, .json vai .xlsx izvēlas formātu
    .force = Aizstāj FILE, ja tas jau ir
    .excel = CSV izklājlapu programmai ar latviešu lokalizāciju: UTF-8 BOM, ';' starp šūnām, CR LF

help-peerlog-report-summary = Pa grupām un mēnešiem: notikušās, plānotās un atceltās konsultācijas, dažādi līdzinieki un saņēmēji (notikušajās konsultācijās), notikušās konsultācijas bez saņēmēja vai līdzinieka atgriezeniskās saites un saņēmēju atbildes uz jautājumu “Vai minētās gaidas piepildījās?” (jā / daļēji / nē)
    .after =
        Piemēri:
          peerlog report summary --quarter 2025-Q1 --format csv
          peerlog report summary --year 2025 --excel --output summary-2025.csv
          peerlog report summary --year 2025 --output summary-2025.xlsx
    .pseudonymise = Grupas ar ID, nevis nosaukumiem, lai pārskatu varētu sūtīt ārpus ministrijas kanāla
    .group = Tikai šī grupa (ID, ID sākums vai nosaukums); noklusējums: visas grupas
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)
    .format = table, json, csv vai xlsx (noklusējums: pēc --output paplašinājuma, citādi komandas paša)
    .output = Raksta failā FILE (atomāri), nevis stdout; `-` nozīmē stdout. Nosaukums ar .csv, .json vai .xlsx izvēlas formātu
    .force = Aizstāj FILE, ja tas jau ir
    .excel = CSV izklājlapu programmai ar latviešu lokalizāciju: UTF-8 BOM, ';' starp šūnām, CR LF

help-peerlog-agenda = Kas koordinatoram jādara tagad, vecākais vispirms: konsultācijas, kas jāapstiprina, atgriezeniskā saite, kas jāsavāc, līdzinieki, kam jāvirzās tālāk; kolēģu atbalstā tas pats, kas support agenda
    .after =
        Piemērs:
          peerlog agenda --group rigas --as-of 2025-04-01
    .group = Tikai šī grupa (ID, ID sākums vai nosaukums)
    .as_of = Diena, no kuras skatīties (noklusējums: šodien)

help-peerlog-consent = Piekrišanas došana, atsaukšana un saraksts. Piekrišana attiecas uz vienu mērķi: peer (piedalīties konsultācijās kā līdzinieks), recipient (kā saņēmējs) vai report (tikt nosauktam ministrijas pārskatā)
    .after =
        Piemērs:
          peerlog consent give berzina recipient report

help-peerlog-consent-give = Ieraksta piekrišanu vienam vai vairākiem mērķiem; izvada personas ID
    .after =
        Piemēri:
          peerlog consent give berzina recipient report --date 2025-02-03
          peerlog consent give klavins peer recipient --by parent
    .person = Personas ID, ID sākums vai vārds
    .by = Kas to deva: bērnam obligāti — self (personīgi), parent (vecāks), guardian (aizbildnis), foster-parent (audžuvecāks); pieaugusi persona to dod personīgi
    .date = Diena, kad piekrišana dota (noklusējums: šodien)

help-peerlog-consent-revoke = Ieraksta, ka piekrišana atsaukta; izvada personas ID
    .after =
        Piemērs:
          peerlog consent revoke berzina report --date 2025-04-01
    .person = Personas ID, ID sākums vai vārds
    .date = Diena, kad piekrišana atsaukta (noklusējums: šodien)

help-peerlog-consent-correct = Labo kļūdaini ierakstītu piekrišanu: tās dienu, to, kas to deva, vai tās atsaukumu; izvada personas ID. Bez --on labo personas jaunāko piekrišanu šim mērķim
    .after =
        Piemēri:
          peerlog consent correct berzina report --given 2025-02-03
          peerlog consent correct cakste recipient --by guardian
          peerlog consent correct berzina report --revoked none
    .person = Personas ID, ID sākums vai vārds
    .on = Piekrišana, kas dota šajā dienā (ja personai šim mērķim to ir vairākas)
    .given = Pareizā diena, kad tā dota
    .by = Kas to patiesībā deva (self, parent, guardian, foster-parent)
    .revoked = Pareizā diena, kad tā atsaukta, vai `none`, ja tā nav atsaukta

help-peerlog-consent-remove = Dzēš kļūdas pēc ierakstītu piekrišanu (atsaukums ir `consent revoke`); izvada personas ID
    .after =
        Piemērs:
          peerlog consent remove berzina peer --on 2025-03-10
    .person = Personas ID, ID sākums vai vārds
    .on = Piekrišana, kas dota šajā dienā (ja personai šim mērķim to ir vairākas)

help-peerlog-consent-list = Uzskaita katra dalībnieka piekrišanas
    .after =
        Piemērs:
          peerlog consent list --group rigas --format csv
    .group = Tikai šīs grupas dalībnieki

help-peerlog-erase = Dzēš personas datus pēc viņas lūguma (tiesības uz dzēšanu): grupas dalībnieka vai līdzinieka, kolēģu atbalsta personas vai psihologa. Personas failā paliek tikai vietturis bez satura (lai skaiti paliktu pareizi). Katra uzvārda locījuma forma (ar garumzīmēm vai bez tām) tiek izgriezta no katra ieraksta brīvā teksta un komentāriem, vārds — arī no ierakstiem, kuros persona piedalās (viņas konsultācijām, atgriezeniskās saites par tām, atbalsta reizēm). Citu cilvēku pilnie vārdi paliek.
    Terminālī vispirms parāda failu sarakstu un pajautā; bez termināļa vajag --yes.
    Izvada katru mainīto failu, tad failus, kuros vēl palicis tikai vārds, lai jūs tos pārskatītu. Git vēsturē vecie dati paliek: skatiet README
    .after =
        Piemēri:
          peerlog erase p-3yae3jef --dry-run
          peerlog erase p-3yae3jef --yes && git commit -am 'Erase a person on request'
          peerlog erase 'Jānis Ozols' --yes
    .person = Personas ID, ID sākums vai vārds
    .dry_run = Parāda, kas mainītos; neko neraksta
    .yes = Turpina bez jautāšanas; vajadzīgs, ja nav termināļa, kurā pajautāt

help-peerlog-purge = Dzēš ierakstus, kuru glabāšanas laiks beidzies
    .after =
        Piemēri:
          peerlog purge --before 2023-01-01 --dry-run
    .before = Patur visu, kas ir šajā dienā vai vēlāk
    .dry_run = Parāda, kas tiktu dzēsts; neko neraksta
    .yes = Turpina bez jautāšanas; vajadzīgs, ja nav termināļa, kurā pajautāt

help-peerlog-vocab = Programmas vārdnīcas: novērojamie kritēriji, motivācija, sagatavošanas tēmas
    .after =
        Piemērs:
          peerlog vocab --format csv

help-peerlog-check = Pārbauda katru mapes failu un saites starp ierakstiem. Katru problēmu izvada kā `ceļš:rinda:kolonna: kļūda|brīdinājums: ziņojums` (kolonnas skaita rakstzīmēs), sakārtotas pa failiem, un beigās kopskaitu. Izejas kods 1, ja ir kļūdas, citādi 0
    .after =
        Piemēri:
          peerlog check
          peerlog check --strict --format json
          peerlog check --fix
    .format = text: viena problēma rindā un kopskaits; json: viens dokuments skriptiem
    .strict = Brīdinājumus uzskata par kļūdām (izejas kods 1 pie jebkuras problēmas)
    .fix = Vispirms dzēš pagaidu failus, ko atstājusi pārtraukta rakstīšana (neko citu nemaina)

help-peerlog-unit = Kolēģu atbalsts: struktūrvienību pievienošana, saraksts un apskate
    .after =
        Piemērs:
          peerlog unit list

help-peerlog-unit-add = Pievieno struktūrvienību; izvada tās ID
    .after =
        Piemērs:
          peerlog unit add 'Latgales reģiona pārvaldes Daugavpils iecirknis' \
            --service 'Valsts policija' --region Latgale
    .name = Struktūrvienības nosaukums, mapē unikāls
    .service = Dienests, kam tā pieder, piemēram, 'Valsts policija'
    .region = Reģions, piemēram, Latgale

help-peerlog-unit-list = Uzskaita struktūrvienības
    .after =
        Piemērs:
          peerlog unit list --format csv

help-peerlog-unit-show = Parāda struktūrvienību ar tās kolēģu atbalsta personām un to posmiem
    .after =
        Piemērs:
          peerlog unit show daugavpils
    .unit = Struktūrvienības ID, ID sākums vai nosaukums

help-peerlog-support = Kolēģu atbalsts: kolēģu atbalsta personas no izvirzīšanas līdz darbam un darāmais
    .after =
        Piemērs:
          peerlog support list

help-peerlog-support-nominate = Ieraksta kandidātu, ko izvirzījusi tā struktūrvienība; izvada kandidāta ID
    .after =
        Piemērs:
          peerlog support nominate 'Jānis Ozols' --unit daugavpils --applied 2025-01-13 \
            --team-nominated --voluntary --superior-agreed
    .name = Vārds un uzvārds
    .unit = Struktūrvienība (ID, ID sākums vai nosaukums)
    .applied = Diena, kad pieteikums nonāca personāla struktūrvienībā (noklusējums: šodien)
    .team_nominated = Kandidātu izvirzīja kolektīvs
    .voluntary = Kandidāts pats vēlas kļūt par kolēģu atbalsta personu (obligāti: tas ir brīvprātīgi)
    .superior_agreed = Tiešais vadītājs piekrita (obligāti, lai pieteiktos)

help-peerlog-support-interview = Ieraksta psihologu pārrunas un lēmumu
    .after =
        Piemēri:
          peerlog support interview ozols --date 2025-01-27 --psychologist 'Dace Rozīte' --decision approved
          peerlog support interview kalns --date 2025-01-27 --psychologist rozite --decision not-approved \
            --reason 'Pašlaik pārāk liela slodze'
    .supporter = Kandidāta ID, ID sākums vai vārds
    .date = Pārrunu diena
    .psychologist = Psihologs, kas vadīja pārrunas (ID, ID sākums vai vārds)
    .reason = Īss pamatojums, ne vairāk kā 200 rakstzīmes (obligāts, ja lēmums ir not-approved — neapstiprināts)

help-peerlog-support-train = Pievieno apmācību nodarbību (datums un stundas) vienas vai vairāku kolēģu atbalsta personu apmācību uzskaitei
    .after =
        Piemērs:
          peerlog support train ozols liepa --date 2025-02-03 --hours 6
    .supporters = Kolēģu atbalsta personas, kas piedalījās (ID, ID sākumi vai vārdi)
    .date = Nodarbības diena
    .hours = Nodarbības stundas, piemēram, 6 vai 4.5

help-peerlog-support-consultation = Pievieno individuālo konsultāciju pie IeM VSC psihologa kolēģu atbalsta personas apmācību uzskaitei
    .after =
        Piemērs:
          peerlog support consultation ozols --date 2025-02-20 --psychologist rozite
    .supporter = Kolēģu atbalsta personas ID, ID sākums vai vārds
    .date = Konsultācijas diena
    .psychologist = Psihologs (ID, ID sākums vai vārds)

help-peerlog-support-activate = Apmācītu kolēģu atbalsta personu sāk uzskatīt par darbojošos; atsaka, ja nav apstiprinošu pārrunu un pabeigtu apmācību
    .after =
        Piemērs:
          peerlog support activate ozols --date 2025-03-17
    .supporter = Kolēģu atbalsta personas ID, ID sākums vai vārds
    .date = Pirmā darba diena (noklusējums: šodien)

help-peerlog-support-end = Beidz kolēģu atbalsta personas darbu vai kandidatūru
    .after =
        Piemērs:
          peerlog support end ozols --date 2025-09-30 --reason left-service
    .supporter = Kolēģu atbalsta personas ID, ID sākums vai vārds
    .date = Pēdējā diena (noklusējums: šodien)

help-peerlog-support-list = Uzskaita kolēģu atbalsta personas ar posmu un apmācībām
    .after =
        Piemērs:
          peerlog support list --stage in-training --format csv
    .unit = Tikai šīs struktūrvienības personas (ID, ID sākums vai nosaukums)
    .stage = Tikai šajā posmā esošās

help-peerlog-support-show = Parāda kolēģu atbalsta personu: posmus, apmācību uzskaiti, supervīziju apmeklējumu
    .after =
        Piemērs:
          peerlog support show ozols --format json
    .supporter = Kolēģu atbalsta personas ID, ID sākums vai vārds

help-peerlog-support-agenda = Kas koordinatoram jādara tagad: kavētas supervīzijas, gaidāmas pārrunas, apmācītas personas, ko sākt uzskatīt par darbojošām, atvērti nosūtījumi un kritisku notikumu turpmākā rīcība. Izejas kods vienmēr 0
    .after =
        Piemērs:
          peerlog support agenda --as-of 2025-06-30
    .as_of = Diena, no kuras skatīties (noklusējums: šodien)

help-peerlog-psychologist = Kolēģu atbalsts: IeM VSC psihologu kontaktu saraksts pa pilsētām
    .after =
        Piemērs:
          peerlog psychologist list --city Rīga

help-peerlog-psychologist-add = Pievieno psihologu vai pilsētas psihologu tālruni; izvada ieraksta ID
    .after =
        Piemērs:
          peerlog psychologist add 'IeM VSC psihologi, Rīga' --city Rīga \
            --phone 67023553 --phone 25667470 --phone 28618182
    .name = Psihologa vārds vai tālruņa līnijas nosaukums, piemēram, 'IeM VSC psihologi, Rīga'
    .city = Pilsēta
    .phones = Tālruņa numurs (vairākiem karodziņu atkārto)
    .division = Nodaļa, piemēram, 'Psiholoģiskā atbalsta nodaļa' vai 'Dzintari'

help-peerlog-psychologist-list = Uzskaita kontaktus pa pilsētām
    .after =
        Piemērs:
          peerlog psychologist list --city daugavpils
    .city = Tikai šī pilsēta (salīdzina bez burtu lieluma un diakritiskajām zīmēm)

help-peerlog-psychologist-show = Parāda vienu ierakstu
    .after =
        Piemērs:
          peerlog psychologist show riga
    .psychologist = Ieraksta ID, ID sākums vai nosaukums

help-peerlog-supervision = Kolēģu atbalsts: supervīzijas (atbalsta grupas) nodarbības un to apmeklējums
    .after =
        Piemērs:
          peerlog supervision list

help-peerlog-supervision-add = Ieraksta nodarbību: kas bija klāt un kas attaisnoti nebija; visas pārējās tajā dienā darbojošās kolēģu atbalsta personas (--region reģionā, ja tas dots) ieraksta kā neieradušās. Izvada nodarbības ID
    .after =
        Piemērs:
          peerlog supervision add --date 2025-04-02 --psychologist rozite --region Latgale \
            --present ozols --present liepa --excused kalns
    .date = Nodarbības diena
    .psychologist = Psihologs, kas to vadīja (ID, ID sākums vai vārds)
    .region = Gaidītas tikai šī reģiona struktūrvienību kolēģu atbalsta personas
    .present = Kolēģu atbalsta persona, kas ieradās (katrai karodziņu atkārto)
    .excused = Kolēģu atbalsta persona, kas iepriekš attaisnoja prombūtni (katrai karodziņu atkārto)

help-peerlog-supervision-mark = Maina vienas kolēģu atbalsta personas apmeklējuma atzīmi nodarbībā: present (klāt), absent (nebija), excused (attaisnoti nebija)
    .after =
        Piemērs:
          peerlog supervision mark v-k2m9 kalns excused
    .session = Nodarbības ID vai ID sākums
    .supporter = Kolēģu atbalsta personas ID, ID sākums vai vārds

help-peerlog-supervision-list = Uzskaita nodarbības ar apmeklējuma skaitiem
    .after =
        Piemērs:
          peerlog supervision list --from 2025-01-01 --to 2025-06-30
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)

help-peerlog-supervision-show = Parāda nodarbību ar katras kolēģu atbalsta personas apmeklējumu
    .after =
        Piemērs:
          peerlog supervision show v-k2m9
    .session = Nodarbības ID vai ID sākums

help-peerlog-contact = Kolēģu atbalsts: atbalsta reizes bez vārdiem un bez stāstījuma. Ieraksts glabā, kad, kur un kāds atbalsts sniegts un vai ieteikta profesionāla palīdzība; nekad — kam atbalsts sniegts vai kas runāts
    .after =
        Piemērs:
          peerlog contact list

help-peerlog-contact-log = Ieraksta atbalsta reizi; izvada tās ID
    .after =
        Piemērs:
          peerlog contact log --supporter ozols --date 2025-04-11 --kind after-event --professional-help yes
    .supporter = Kolēģu atbalsta persona, kas sniedza atbalstu (ID, ID sākums vai vārds)
    .date = Diena (noklusējums: šodien)
    .kind = at-scene (notikuma vietā), after-event (tūlīt pēc notikuma), crisis (krīzē, piemēram, zaudējuma gadījumā), self-referral (kolēģis vērsās pats)
    .professional_help = Vai ieteikta profesionāla palīdzība (psihologs): yes (jā) vai no (nē)
    .unit = Struktūrvienība, kurā tas notika (noklusējums: kolēģu atbalsta personas struktūrvienība)

help-peerlog-contact-list = Uzskaita atbalsta reizes, vecākās vispirms
    .after =
        Piemērs:
          peerlog contact list --unit daugavpils --from 2025-04-01 --to 2025-06-30
    .unit = Tikai šīs struktūrvienības (ID, ID sākums vai nosaukums)
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)

help-peerlog-incident = Kolēģu atbalsts: kritiski notikumi, kuros iesaistītas amatpersonas, par kuriem ziņots psihologiem
    .after =
        Piemērs:
          peerlog incident list

help-peerlog-incident-notify = Ieraksta ziņojumu; izvada tā ID
    .after =
        Piemērs:
          peerlog incident notify --date 2025-05-06 --category serious-injury --unit daugavpils \
            --officers 4 --notified '2025-05-06 21:40' --psychologist 'IeM VSC psihologi, Daugavpils' \
            --help-requested team --supporter ozols
    .date = Notikuma diena
    .category = Viena no mapes kategorijām (peerlog.toml, [colleague] incident_categories)
    .unit = Struktūrvienība (ID, ID sākums vai nosaukums)
    .officers = Cik amatpersonu bija iesaistītas
    .notified = Kad psihologam ziņots: '2025-05-06 21:40'
    .psychologist = Kuram psihologam vai pilsētas tālrunim ziņots (ID, ID sākums vai nosaukums)
    .help_requested = Kāda palīdzība lūgta: team (komandai), individual (atsevišķām personām) vai none (nekāda)
    .supporter = Kolēģu atbalsta persona, kas ziņoja, ja ziņoja tāda
    .follow_up = Turpmākās rīcības stāvoklis: pending (gaida), in-progress (notiek), done (paveikta)

help-peerlog-incident-follow-up = Maina turpmākās rīcības stāvokli; izvada ID
    .after =
        Piemērs:
          peerlog incident follow-up i-k2m9 done
    .incident = Ziņojuma ID vai ID sākums

help-peerlog-incident-list = Uzskaita ziņojumus, vecākos vispirms
    .after =
        Piemērs:
          peerlog incident list --open
    .open = Tikai tie, kuru turpmākā rīcība gaida vai notiek
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)

help-peerlog-referral = Kolēģu atbalsts: nosūtījumi pie psihologiem (2. līmenis), līdz lieta noslēgta. Kolēģu atbalsta persona iesaka palīdzību, kolēģis to pieņem un sazinās ar psihologu vai atsakās. Nosūtījumā nosaukta tikai kolēģu atbalsta persona
    .after =
        Piemērs:
          peerlog referral list

help-peerlog-referral-suggest = Ieraksta, ka kolēģu atbalsta persona ieteica profesionālu palīdzību; izvada nosūtījuma ID
    .after =
        Piemērs:
          peerlog referral suggest --supporter ozols --date 2025-04-11 --contact k-k2m9
    .supporter = Kolēģu atbalsta persona (ID, ID sākums vai vārds)
    .date = Diena, kad palīdzība ieteikta (noklusējums: šodien)
    .contact = Atbalsta reize, no kuras tas izrietēja (tās ID vai ID sākums), ja tā ierakstīta
    .unit = Kolēģa struktūrvienība (noklusējums: atbalsta reizes, citādi kolēģu atbalsta personas)

help-peerlog-referral-accept = Kolēģis ieteikumu pieņēma
    .after =
        Piemērs:
          peerlog referral accept r-k2m9 --date 2025-04-14
    .referral = Nosūtījuma ID vai ID sākums
    .date = Diena (noklusējums: šodien)

help-peerlog-referral-contact = Kolēģis pirmo reizi sazinājās ar psihologu: lieta noslēgta
    .after =
        Piemērs:
          peerlog referral contact r-k2m9 --date 2025-04-22 --psychologist rozite
    .referral = Nosūtījuma ID vai ID sākums
    .date = Diena (noklusējums: šodien)
    .psychologist = Psihologs (ID, ID sākums vai vārds)

help-peerlog-referral-decline = Kolēģis atteicās: lieta noslēgta
    .after =
        Piemērs:
          peerlog referral decline r-k2m9 --date 2025-04-14
    .referral = Nosūtījuma ID vai ID sākums
    .date = Diena (noklusējums: šodien)

help-peerlog-referral-list = Uzskaita nosūtījumus ar to iznākumu
    .after =
        Piemērs:
          peerlog referral list --open
    .open = Tikai atvērtie (ieteikts vai pieņemts, vēl bez saziņas ar psihologu)

help-peerlog-edit = Maina jebkura ieraksta laukus un pārbauda tos tāpat kā pievienojot. Laukus sauc tāpat kā ieraksta failā (tabulas lauku — ar visu ceļu, ja tā beigas nav viennozīmīgas: interview.date). Tukša vērtība notīra neobligātu lauku (model, start, end, meetings, birth_date, comment, reason, …). Ieraksts, kuram mainās datums, pārceļas uz jauno mapi. --remove izņem vienu vērtību no saraksta (apmeklējuma atzīmi, tālruni) vai vienu ierakstu, pēc tā datuma, no uzskaites (training, consultations). Izvada ieraksta ID
    .after =
        Piemēri:
          peerlog edit c-k2m9 --set date=15.03.2025 --set time=16:00-17:00
          peerlog edit 'Elza Čakste' --set birth_date=2011-05-02 --set role=child
          peerlog edit f-93fi --set met=partly --set comment=
          peerlog edit s-4kq2 --set name='Jānis Ozols'
          peerlog edit s-4kq2 --remove training=2025-02-03
    .id = Ieraksta ID vai unikāls ID sākums (g-…, p-…, c-…, f-…, u-…, s-…, y-…, v-…, k-…, i-…, r-…), vai personas vai grupas vārds
    .set = LAUKS=VĒRTĪBA; vairākiem laukiem karodziņu atkārto. Saraksta lauka vērtības atdala ar komatiem (present='Jānis Ozols,Anna Liepa')
    .remove = LAUKS=VĒRTĪBA: izņem VĒRTĪBU no saraksta vai tās dienas ierakstu no uzskaites; vairākām karodziņu atkārto

help-peerlog-show = Parāda jebkuru abu programmu ierakstu pēc tā ID vai ID sākuma (personu vai grupu arī pēc vārda vai nosaukuma). Divas kolonnas, lauks un vērtība, visos formātos, izņemot JSON: tā lauki kā failā un ieraksti, kas uz to atsaucas; ar --format json — ieraksts kā failā
    .after =
        Piemēri:
          peerlog show s-5ecj
          peerlog show k-2nsc --format json
    .id = Ieraksta ID vai unikāls ID sākums, vai personas vārds vai grupas nosaukums

help-peerlog-rm = Dzēš jebkura veida ierakstu. Atsaka, kamēr uz to atsaucas citi ieraksti (grupas dalībnieki, personas konsultācijas, atgriezeniskā saite par konsultāciju, atbalsta personas kontakti), un tos nosauc. Ar --cascade dzēš arī tos; ieraksts, kas to min tikai starp citiem (atgriezeniskā saite par vairākām konsultācijām, supervīzijas apmeklējums) vai neobligātā laukā, zaudē tikai atsauci. Ar --cascade parāda, kas tiks dzēsts, un terminālī vispirms jautā; bez termināļa vajag --yes. Izvada dzēstos ID
    .after =
        Piemēri:
          peerlog rm c-k2m9
          peerlog rm 'Gunta Liepiņa' --cascade --dry-run
          peerlog rm p-3yae --cascade --yes
    .id = Ieraksta ID vai unikāls ID sākums (g-…, p-…, c-…, f-…, u-…, s-…, y-…, v-…, k-…, i-…, r-…), vai personas vai grupas vārds
    .cascade = Dzēš arī ierakstus, kas uz to atsaucas, un ierakstus, kas atsaucas uz tiem
    .dry_run = Izvada, kas tiktu dzēsts; neko nemaina
    .yes = Turpina bez jautāšanas; vajadzīgs, ja nav termināļa, kurā pajautāt

help-peerlog-merge = Apvieno divreiz ievadītu personu: katra atsauce uz DUPLICATE (konsultācijas kā līdzinieks vai saņēmējs, piekrišanas, posmu vēsture, novērojumi, sagatavošana, motivācija) pāriet uz KEEP, un DUPLICATE fails tiek dzēsts. Atsaka, ja abi nevar būt viena persona: dažādas grupas, lomas vai dzimšanas datumi, ja vien --take nepasaka, kura vērtība paliek. Atsaka arī, ja apvienotie ieraksti pārkāptu kādu noteikumu (divas vienas personas konsultācijas, kas pārklājas, konsultācija pašam ar sevi). Izvada KEEP ID; --dry-run izvada katru failu, ko mainītu, un neko nemaina. Terminālī tā parāda failus un jautā; skripts dod --yes
    .after =
        Piemēri:
          peerlog merge 'Gunta Liepiņa' p-7xq2 --dry-run
          peerlog merge p-3yae p-7xq2 --take birth_date=duplicate --yes
    .keep = Persona, kas paliek: ID, ID sākums vai vārds
    .duplicate = Tās pašas personas otrais ieraksts, ko apvieno ar KEEP un dzēš
    .take = LAUKS=keep|duplicate: kura vērtība paliek, ja abi atšķiras (name, group, role, birth_date); vairākiem laukiem karodziņu atkārto. Ja nav teikts citādi, paliek KEEP vārds
    .dry_run = Parāda, kas mainītos (to pašu sarakstu, ko jautājums); neko nemaina
    .yes = Turpina bez jautāšanas; vajadzīgs, ja nav termināļa, kurā pajautāt

help-peerlog-import = Ieved ierakstus no CSV faila, kura galvenes rinda nosauc kolonnas
    .after =
        Katru rindu pārbauda tāpat kā `participant add`, `consult log` un `feedback record` pārbauda
        vienu ierakstu, vārdus meklē tāpat kā tās, un par katru kļūdainu rindu ziņo ar tās numuru.
        Ja kāda rinda ir kļūdaina, neko neieraksta. Izvada jaunos ID pa vienam rindā rindu secībā.

        Kolonnas (* — obligātas) jebkurā secībā; burtu lielums, atstarpes un domuzīmes nosaukumos
        nav svarīgi:
          participants   name*, group*, role*, birth_date, peer_stage, peer_since,
                         consent (peer, recipient, report; vairākas ar atstarpēm vai komatiem),
                         consent_by (self, parent, guardian, foster-parent), consent_date (noklusējums: šodien)
          consultations  peer*, recipient*, date*, time*, place*, topic*, status (noklusējums: held)
          feedback       from*, expected*, met*, benefit*, comment, date (noklusējums: šodien) un
                         consultation (ID) vai peer + recipient + consultation_date [+ consultation_time]
        Kolēģu atbalsta mapē — katra veida lauki kā tā failos (jā/nē kolonnu noklusējums: no),
        pārbaudīti tāpat kā komanda, kas tādu pievieno:
          units          name*, service*, region*
          supporters     name*, unit*, applied*, team_nominated, voluntary, superior_agreed, active_since
          psychologists  name*, city*, phones, division
          contacts       date*, supporter*, unit*, kind*, help_suggested
          training       supporter*, date*, hours*  (mācību nodarbība atbalsta personas uzskaitē)

        Fails ir UTF-8 (BOM drīkst būt), atdalītājs — komats, semikols vai tabulācija.

        Piemēri:
          peerlog import participants data-example/import/participants.csv --dry-run
          peerlog import consultations spring.csv > new-ids.txt
    .kind = Kas ir rindās: participants (dalībnieki), consultations (konsultācijas) vai feedback (atgriezeniskā saite)
    .file = CSV fails vai - (stdin)
    .dry_run = Pārbauda katru rindu un ziņo, bet neko neraksta

help-peerlog-export = Izvada visus mapes ierakstus kā vienu JSON dokumentu (uzbūve: docs/json.md). Darbojas abu programmu mapēs. Ieraksti sakārtoti pēc ID, datumi ISO 8601, tāpēc divi vienas mapes eksporti ir vienādi baitu līmenī; `peerlog restore` no dokumenta atjauno mapi. Bojāti faili eksportu aptur, un katrs tiek nosaukts
    .after =
        Piemēri:
          peerlog export > folder.json
          peerlog export --output backup.json && jq '.consultations | length' backup.json
    .output = Raksta failā FILE (atomāri), nevis stdout
    .force = Aizstāj FILE, ja tas jau ir

help-peerlog-completions = Izvada čaulas pabeigšanas skriptu
    .after =
        Piemēri:
          peerlog completions bash > ~/.local/share/bash-completion/completions/peerlog
          peerlog completions zsh > ~/.zfunc/_peerlog
          peerlog completions fish > ~/.config/fish/completions/peerlog.fish
          peerlog completions powershell >> $PROFILE
    .shell = Čaula

help-peerlog-man = Izvada rokasgrāmatas lapu (roff) vai ieraksta mapē pa lapai katrai komandai
    .after =
        Piemēri:
          peerlog man | man -l -
          peerlog man --output-dir ~/.local/share/man/man1 && man peerlog-consult-log
    .output_dir = Ieraksta mapē DIR peerlog.1 un pa lapai katrai apakškomandai (peerlog-consult-log.1, …)

help-peerlog-report-overview = Viena patstāvīga HTML lapa ar diagrammām un to skaitļiem, jebkurai no abām programmām. Tematiskās grupas: konsultācijas pa grupām un mēnešiem, atgriezeniskā saite, līdzinieku piesaiste un darāmais. Kolēģu atbalsts: atbalsta reizes, kritiski notikumi, nosūtījumi, supervīzija un apmācības pa struktūrvienībām un ceturkšņiem, mazie skaitļi slēpti. Neviena persona nav nosaukta; nekas netiek ielādēts no tīkla
    .after =
        Skaitļi ir tie paši, ko tai pašai mapei un periodam rāda report summary, report pipeline, agenda
        un report programme. Lapai nav vajadzīgi skripti, un to var izdrukāt uz A4.

        Piemēri:
          peerlog report overview --quarter 2025-Q1 --output overview-2025-q1.html
          peerlog report overview --group rigas --pseudonymise -o - > rigas.html
    .group = Tikai šī grupa (tematiskās grupas): ID, ID sākums vai nosaukums
    .unit = Tikai šī struktūrvienība (kolēģu atbalsts): ID, ID sākums vai nosaukums
    .from = No šīs dienas (ieskaitot)
    .to = Līdz šai dienai (ieskaitot)
    .month = Viens kalendāra mēnesis, piemēram, 2025-03
    .quarter = Viens kalendāra ceturksnis, piemēram, 2025-Q1 (janvāris–marts), vai 1 kopā ar --year
    .year = Viens kalendāra gads, piemēram, 2025 (vai --quarter gads)
    .as_of = Diena, no kuras skatās darāmais (tematiskās grupas; noklusējums: šodien)
    .pseudonymise = Grupas un struktūrvienības ar ID, nevis nosaukumiem
    .output = Raksta failā FILE (atomāri), nevis stdout; `-` nozīmē stdout
    .format = html, lapas vienīgais formāts (CSV, JSON un XLSX sagatavo summary, pipeline un programme)
    .force = Aizstāj failu, ja tas jau ir
    .allow_small_counts = Sagatavo lapu, kaut arī small_cell_threshold failā peerlog.toml ir mazāks par 3, tā ka redzami skaitļi 1 vai 2 (kolēģu atbalsts; tikai lasītājam, kas tos drīkst redzēt)

help-peerlog-restore = Atjauno mapi no `peerlog export` dokumenta: jaunu mapi vai tukšu. Katrs ieraksts saglabā savu ID, un atjaunotās mapes eksports dod to pašu dokumentu. Katru ierakstu pārbauda tāpat kā `peerlog check` pārbauda mapi; jebkura problēma atsaka visu atjaunošanu, nosaucot vietu dokumentā (`people[3].name`), un nekas netiek ierakstīts
    .after =
        Piemēri:
          peerlog export --output backup.json
          peerlog restore backup.json ~/peerlog/riga-restored
    .file = Eksporta dokuments (`peerlog export --output FILE`)
    .path = Mape, ko atjaunot: jauna vai tukša (izņemot `.git`) (noklusējums: --dir vai pašreizējā mape)
