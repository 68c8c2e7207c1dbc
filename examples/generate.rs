//! Generates a realistic peerlog folder for benchmarks: Latvian groups, participants, peers,
//! consultations (held, planned, cancelled) and the recipients' and peers' feedback, valid by
//! the rules of `src/programmes/thematic/model/rules.rs`.
//!
//! ```text
//! cargo run --release --example generate -- DIR N [--seed S] [--journal FILE]
//! ```
//!
//! N is the number of consultations. The same N and seed give the same folder, byte for byte.
//! The records are built with the library's types and written with its TOML serialisation, in
//! parallel; `--journal FILE` also writes an hledger journal of the same consultations, for
//! comparing with a plain-text accounting tool.

use chrono::{Days, NaiveDate};
use peerlog::commands::{Ctx, init};
use peerlog::model::{
    Consent, Consultation, Date, DeliveryModel, Feedback, GivenBy, Group, Id, Met, Motivation, PeerInfo, Person,
    Preparation, Purpose, Record, RecordKind, Role, Sign, Source, Stage, StageChange, Status, Text, TimeRange, rules,
};
use peerlog::store::Programme;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Consultations of one group, at most: a national programme has many groups, not huge ones.
const PER_GROUP: usize = 200;

const CITIES: &[(&str, &str)] = &[
    ("Rīga", "Rīgas"),
    ("Daugavpils", "Daugavpils"),
    ("Liepāja", "Liepājas"),
    ("Jelgava", "Jelgavas"),
    ("Jūrmala", "Jūrmalas"),
    ("Ventspils", "Ventspils"),
    ("Rēzekne", "Rēzeknes"),
    ("Valmiera", "Valmieras"),
    ("Jēkabpils", "Jēkabpils"),
    ("Ogre", "Ogres"),
    ("Tukums", "Tukuma"),
    ("Cēsis", "Cēsu"),
    ("Kuldīga", "Kuldīgas"),
    ("Sigulda", "Siguldas"),
    ("Salaspils", "Salaspils"),
    ("Talsi", "Talsu"),
    ("Dobele", "Dobeles"),
    ("Bauska", "Bauskas"),
    ("Madona", "Madonas"),
    ("Gulbene", "Gulbenes"),
    ("Limbaži", "Limbažu"),
    ("Alūksne", "Alūksnes"),
    ("Krāslava", "Krāslavas"),
    ("Preiļi", "Preiļu"),
    ("Balvi", "Balvu"),
    ("Smiltene", "Smiltenes"),
    ("Saldus", "Saldus"),
    ("Aizkraukle", "Aizkraukles"),
    ("Ludza", "Ludzas"),
    ("Valka", "Valkas"),
];

const STREETS: &[&str] = &[
    "Brīvības iela",
    "Rīgas iela",
    "Skolas iela",
    "Dzirnavu iela",
    "Lielā iela",
    "Pils iela",
    "Tirgus iela",
    "Raiņa iela",
    "Ausekļa iela",
    "Kalna iela",
    "Parka iela",
    "Dārza iela",
    "Krišjāņa Barona iela",
    "Stacijas iela",
    "Baznīcas iela",
    "Jelgavas iela",
    "Meža iela",
    "Ezera iela",
    "Upes iela",
    "Zemnieku iela",
];

const WOMEN: &[&str] = &[
    "Anna",
    "Līga",
    "Inese",
    "Ilze",
    "Dace",
    "Kristīne",
    "Laura",
    "Elīna",
    "Santa",
    "Zane",
    "Agnese",
    "Baiba",
    "Ieva",
    "Sanita",
    "Madara",
    "Evija",
    "Liene",
    "Marta",
    "Elza",
    "Sofija",
    "Emīlija",
    "Katrīna",
    "Alise",
    "Una",
    "Rūta",
    "Aija",
    "Gunta",
    "Daiga",
    "Solvita",
    "Ināra",
    "Vija",
    "Māra",
    "Jolanta",
    "Signe",
    "Dārta",
    "Estere",
    "Paula",
    "Keita",
    "Beāte",
    "Lāsma",
];

const MEN: &[&str] = &[
    "Jānis",
    "Andris",
    "Mārtiņš",
    "Kārlis",
    "Edgars",
    "Māris",
    "Ģirts",
    "Raimonds",
    "Artūrs",
    "Roberts",
    "Dāvis",
    "Rihards",
    "Emīls",
    "Markuss",
    "Gustavs",
    "Ričards",
    "Toms",
    "Niks",
    "Ralfs",
    "Kristaps",
    "Aigars",
    "Juris",
    "Valdis",
    "Ivars",
    "Uldis",
    "Normunds",
    "Armands",
    "Guntis",
    "Edvīns",
    "Oskars",
    "Krišjānis",
    "Matīss",
    "Ernests",
    "Pēteris",
    "Aleksandrs",
    "Ņikita",
    "Sergejs",
    "Dmitrijs",
];

/// Surnames: the masculine and the feminine form.
const SURNAMES: &[(&str, &str)] = &[
    ("Bērziņš", "Bērziņa"),
    ("Kalniņš", "Kalniņa"),
    ("Ozoliņš", "Ozoliņa"),
    ("Jansons", "Jansone"),
    ("Ozols", "Ozola"),
    ("Liepiņš", "Liepiņa"),
    ("Krūmiņš", "Krūmiņa"),
    ("Balodis", "Balode"),
    ("Eglītis", "Eglīte"),
    ("Zariņš", "Zariņa"),
    ("Pētersons", "Pētersone"),
    ("Vītols", "Vītola"),
    ("Kļaviņš", "Kļaviņa"),
    ("Kārkliņš", "Kārkliņa"),
    ("Vanags", "Vanaga"),
    ("Lācis", "Lāce"),
    ("Zvirbulis", "Zvirbule"),
    ("Siliņš", "Siliņa"),
    ("Cīrulis", "Cīrule"),
    ("Priedītis", "Priedīte"),
    ("Šmits", "Šmite"),
    ("Ērglis", "Ērgle"),
    ("Krīgers", "Krīgere"),
    ("Vītoliņš", "Vītoliņa"),
    ("Rozenbergs", "Rozenberga"),
    ("Kalējs", "Kalēja"),
    ("Grīnbergs", "Grīnberga"),
    ("Žagars", "Žagare"),
    ("Dzenis", "Dzene"),
    ("Avotiņš", "Avotiņa"),
    ("Strautiņš", "Strautiņa"),
    ("Bērzs", "Bērza"),
    ("Jēkabsons", "Jēkabsone"),
    ("Ābols", "Ābola"),
    ("Miezis", "Mieze"),
    ("Laiviņš", "Laiviņa"),
    ("Āboliņš", "Āboliņa"),
    ("Gailis", "Gaile"),
    ("Ķēniņš", "Ķēniņa"),
    ("Ivanovs", "Ivanova"),
    ("Kuzņecovs", "Kuzņecova"),
    ("Žuravļovs", "Žuravļova"),
];

/// Kinds of group: the name's middle, and whether its participants are mostly children.
const GROUP_KINDS: &[(&str, bool)] = &[
    ("vecāku atbalsta grupa", false),
    ("pusaudžu atbalsta grupa", true),
    ("audžuģimeņu atbalsta grupa", false),
    ("aizbildņu atbalsta grupa", false),
    ("ģimeņu atbalsta grupa", false),
    ("jauniešu atbalsta grupa", true),
];

const TOPICS: &[&str] = &[
    "Robežu noteikšana",
    "Kā runāt ar pusaudzi par robežām",
    "Sadarbība ar skolu",
    "Ekrānlaika ierobežošana",
    "Dusmu pārvaldīšana",
    "Atkarību riski pusaudža vecumā",
    "Uzticēšanās atjaunošana ģimenē",
    "Konfliktu risināšana mājās",
    "Pašaprūpe vecākiem",
    "Kā lūgt palīdzību speciālistiem",
    "Sadzīve audžuģimenē",
    "Attiecības ar vienaudžiem",
    "Mācību motivācija",
    "Stresa mazināšana",
    "Ikdienas ritms un miegs",
    "Saziņa ar bioloģisko ģimeni",
    "Smēķēšana un elektroniskās cigaretes",
    "Alkohola lietošanas sekas",
    "Drošība internetā",
    "Emociju atpazīšana",
    "Pozitīva disciplīna",
    "Brāļu un māsu attiecības",
    "Skolas kavējumi",
    "Atbalsts pēc krīzes",
    "Kā runāt par jūtām",
    "Pieredze ar sociālo dienestu",
    "Laika plānošana",
    "Vientulības sajūta",
    "Vienošanās par noteikumiem ģimenē",
    "Sagatavošanās sarunai ar skolotāju",
];

const EXPECTED: &[&str] = &[
    "Uzklausīšanu",
    "Praktiskus padomus",
    "Pieredzes stāstu no cilvēka, kas to piedzīvojis",
    "Atbalstu grūtā brīdī",
    "Ieteikumus sarunai ar bērnu",
    "Saprast, ka neesmu viens",
    "Informāciju par speciālistiem",
    "Idejas ikdienas ritmam",
    "Padomu par robežām",
    "Drošu vidi izrunāties",
];

const BENEFITS: &[&str] = &[
    "Drosme runāt",
    "Skaidrāks plāns nākamajai nedēļai",
    "Jūtos mierīgāk",
    "Uzzināju, kur vērsties pēc palīdzības",
    "Jauna pieeja sarunām mājās",
    "Sajūta, ka mani saprot",
    "Mazāk konfliktu ģimenē",
    "Vairāk pacietības",
    "Apņēmība turpināt grupu",
    "Konkrēti soļi ekrānlaika ierobežošanai",
];

const COMMENTS: &[&str] = &[
    "Vajadzēja vairāk laika",
    "Gribētu vēl vienu tikšanos",
    "Ne visi jautājumi tika pārrunāti",
    "Pārsniedza gaidas",
    "Noderēja vairāk, nekā domāju",
];

const PEER_EXPECTED: &[&str] = &[
    "Dalīties pieredzē",
    "Palīdzēt ar konkrētu padomu",
    "Uzklausīt un iedrošināt",
    "Pamudināt vērsties pie speciālista",
];

const PEER_BENEFITS: &[&str] =
    &["Jutos noderīgs", "Sapratu savas robežas", "Pārliecība, ka varu palīdzēt", "Jauna pieredze sarunu vadīšanā"];

/// Consultation slots: before or after a group meeting, or on a weekend morning. No two overlap,
/// so a person busy in one slot is free for any other (`check` refuses overlapping consultations).
const SLOTS: &[&str] = &[
    "15:00-16:00",
    "16:00-17:00",
    "17:00-17:45",
    "18:00-18:45",
    "18:45-19:45",
    "19:45-20:30",
    "10:00-11:00",
    "11:30-12:15",
];

/// SplitMix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.range(0, items.len() as u64) as usize]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.range(0, 100) < percent
    }
}

/// Letters of peerlog IDs (no 0/o or 1/l).
const ALPHABET: &[u8; 32] = b"23456789abcdefghijkmnpqrstuvwxyz";

/// A unique ID for record number `n` of a kind: an odd multiplier and an XOR are bijections on
/// 40 bits, so different numbers never give the same ID, and the IDs still look random.
fn make_id(kind: RecordKind, n: u64, seed: u64) -> Id {
    let mask = (1u64 << 40) - 1;
    let bits = ((n.wrapping_mul(0x0005_DEEC_E66D) & mask) ^ (seed.wrapping_mul(0x2545_F491_4F6C_DD1D) & mask)) & mask;
    let mut s = format!("{}-", kind.prefix());
    for i in 0..8 {
        s.push(ALPHABET[((bits >> (i * 5)) & 31) as usize] as char);
    }
    Id::parse(&s).expect("generated IDs are valid")
}

fn text(s: &str) -> Text {
    Text::new("generated text", s).expect("generated text is valid")
}

fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).expect("date in range")
}

fn sub_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).expect("date in range")
}

/// Everything one group brings to the folder.
#[derive(Default)]
struct Part {
    groups: Vec<Group>,
    people: Vec<Person>,
    consultations: Vec<Consultation>,
    feedback: Vec<Feedback>,
}

/// One group with its people, `count` consultations and their feedback. Group `g` draws from its
/// own random stream, so groups can be generated in parallel and still come out the same.
fn group(g: usize, groups: usize, count: usize, seed: u64) -> Part {
    let mut rng = Rng::new(seed, g as u64 + 1);
    let (city, city_gen) = rng.pick(CITIES);
    let (kind, children) = rng.pick(GROUP_KINDS);
    let venue = format!("{city}, {} {}", rng.pick(STREETS), rng.range(1, 120));
    let other_place = format!("{city}, {} {}", rng.pick(STREETS), rng.range(1, 120));
    let leader = format!("{} {}", rng.pick(WOMEN), rng.pick(SURNAMES).1);
    // Groups start over five school years, on the same weekday as their weekly meetings.
    let first = NaiveDate::from_ymd_opt(2020, 9, 7).expect("valid");
    let start = add_days(first, (g as u64 * 5 * 365 / groups.max(1) as u64) + rng.range(0, 14));
    let weeks = rng.range(12, 17);
    let meetings: Vec<NaiveDate> = (0..=weeks).map(|w| add_days(start, w * 7)).collect();
    let end = *meetings.last().expect("weeks > 0");
    let model = if rng.chance(70) { DeliveryModel::DuringGroup } else { DeliveryModel::AfterGroup };
    let gid = make_id(RecordKind::Group, g as u64, seed);
    let group = Group {
        id: gid.clone(),
        name: text(&format!("{city_gen} {kind} Nr. {}", g + 1)),
        leader: text(&leader),
        venue: text(&venue),
        model: Some(model),
        start: Some(Date(start)),
        end: Some(Date(end)),
        meetings: meetings.iter().map(|d| Date(*d)).collect(),
    };

    // When peers are prepared and when they consult: model 1 from the middle of the group to its
    // end; model 2 from the closing phase (two meetings before the last) to four months after.
    let (stage_start, window) = match model {
        DeliveryModel::DuringGroup => (add_days(start, 14), (add_days(start, 36), end)),
        DeliveryModel::AfterGroup => (sub_days(end, 42), (add_days(end, 1), add_days(end, 120))),
    };

    // Participants: 10 to 18, no two of the same name in a group.
    let mut names = HashSet::new();
    let mut people = Vec::new();
    let size = rng.range(10, 19) as usize;
    let mut n_person = 0u64;
    while people.len() < size {
        let child = if children { rng.chance(80) } else { rng.chance(5) };
        let role = if child {
            Role::Child
        } else {
            rng.pick(&[Role::Parent, Role::Parent, Role::Parent, Role::FosterParent, Role::Guardian])
        };
        let woman = rng.chance(if child { 50 } else { 75 });
        let (first, surname) = (if woman { rng.pick(WOMEN) } else { rng.pick(MEN) }, rng.pick(SURNAMES));
        let name = format!("{first} {}", if woman { surname.1 } else { surname.0 });
        if !names.insert(name.clone()) {
            continue;
        }
        // Children are 10 to 17 when the group starts; adults 26 to 60, and half give a birth date.
        let birth_date = if child {
            Some(Date(sub_days(start, rng.range(10 * 365 + 3, 18 * 365 - 5))))
        } else if rng.chance(50) {
            Some(Date(sub_days(start, rng.range(26 * 365, 60 * 365))))
        } else {
            None
        };
        people.push(Person {
            id: make_id(RecordKind::Person, ((g as u64) << 12) | n_person, seed),
            name: text(&name),
            group: gid.clone(),
            role,
            birth_date,
            erased: None,
            name_hashes: Default::default(),
            peer: None,
            // Consent to take part and to be named, given before the group starts; a child's
            // by a parent.
            consent: [Purpose::Peer, Purpose::Recipient, Purpose::Report]
                .into_iter()
                .map(|purpose| Consent {
                    purpose,
                    given: Date(sub_days(start, 7)),
                    by: if child { GivenBy::Parent } else { GivenBy::Themselves },
                    revoked: None,
                })
                .collect(),
        });
        n_person += 1;
    }

    // Peers: two to four participants; a child peer is at least 14 when the group starts, so
    // at least 13 on every consultation. Every peer went through the leader's pipeline.
    let can_be_peer =
        |p: &Person| p.role != Role::Child || p.birth_date.is_some_and(|b| b.years_until(Date(start)) >= 14);
    let n_peers = rng.range(2, 5) as usize;
    let mut peers = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if peers.len() < n_peers && can_be_peer(p) && rng.chance(40) {
            peers.push(i);
        }
    }
    for (i, p) in people.iter().enumerate() {
        if peers.len() < 2 && !peers.contains(&i) && can_be_peer(p) {
            peers.push(i);
        }
    }
    if peers.len() < 2 {
        // A children's group with too few old enough: make the first two participants parents.
        for (i, p) in people.iter_mut().enumerate().take(2) {
            p.role = Role::Parent;
            if !peers.contains(&i) {
                peers.push(i);
            }
        }
    }
    for &i in &peers {
        let pipeline = [
            (Stage::Identified, 0),
            (Stage::Approached, 5),
            (Stage::Motivated, 8),
            (Stage::Prepared, 14),
            (Stage::Active, 20),
        ];
        let stages = pipeline
            .iter()
            .map(|&(stage, day)| StageChange {
                stage,
                date: Date(add_days(stage_start, day)),
                note: match stage {
                    Stage::Approached if rng.chance(30) => Some(text("Piekrita pēc individuālas sarunas")),
                    Stage::Prepared if rng.chance(30) => Some(text("Pārrunāta ētika, robežas un konfidencialitāte")),
                    _ => None,
                },
            })
            .collect();
        let observed = [Sign::Empathy, Sign::Communication, Sign::ActiveParticipation]
            .into_iter()
            .take(rng.range(1, 4) as usize)
            .map(|sign| (sign, Date(stage_start)))
            .collect();
        let motivations = [Motivation::PersonalExperience, Motivation::Altruism, Motivation::Community]
            .into_iter()
            .take(rng.range(1, 4) as usize)
            .collect();
        let prepared =
            [Preparation::Ethics, Preparation::Boundaries, Preparation::Structure, Preparation::InformLeader]
                .into_iter()
                .map(|item| (item, Date(add_days(stage_start, 14))))
                .collect();
        people[i].peer = Some(PeerInfo { motivations, observed, prepared, stages });
    }

    // Consultations: a peer and another participant, at a free slot of both.
    let mut busy = HashSet::new();
    let mut consultations = Vec::with_capacity(count);
    let days = (window.1 - window.0).num_days() as u64 + 1;
    let mut n = 0u64;
    while consultations.len() < count {
        let peer = &people[rng.pick(&peers)];
        let recipient = &people[rng.range(0, people.len() as u64) as usize];
        if recipient.id == peer.id || (recipient.is_peer() && rng.chance(70)) {
            continue;
        }
        let date = add_days(window.0, rng.range(0, days));
        let time: TimeRange = rng.pick(SLOTS).parse().expect("valid slot");
        if busy.contains(&(&peer.id, date, time)) || busy.contains(&(&recipient.id, date, time)) {
            continue;
        }
        busy.insert((&peer.id, date, time));
        busy.insert((&recipient.id, date, time));
        let status = match rng.range(0, 100) {
            0..82 => Status::Held,
            82..92 => Status::Planned,
            _ => Status::Cancelled,
        };
        consultations.push(Consultation {
            id: make_id(RecordKind::Consultation, ((g as u64) << 20) | n, seed),
            status,
            peer: peer.id.clone(),
            recipient: recipient.id.clone(),
            date: Date(date),
            time,
            place: text(if rng.chance(85) { &venue } else { &other_place }),
            topic: text(rng.pick(TOPICS)),
            reason: None,
        });
        n += 1;
    }
    consultations.sort_by(|a, b| (a.date, a.time, &a.id).cmp(&(b.date, b.time, &b.id)));

    // Feedback on held consultations only: two in three recipients answer, sometimes about two
    // consultations at once; a third of the peers tell how it went.
    let mut feedback = Vec::new();
    let mut answered = HashSet::new();
    let mut n_feedback = 0u64;
    let mut next_id = || {
        n_feedback += 1;
        make_id(RecordKind::Feedback, ((g as u64) << 20) | n_feedback, seed)
    };
    let held: Vec<&Consultation> = consultations.iter().filter(|c| c.status == Status::Held).collect();
    for (i, c) in held.iter().enumerate() {
        if !answered.contains(&c.id) && rng.chance(65) {
            let mut covered = vec![c.id.clone()];
            let mut last = c.date;
            if rng.chance(15)
                && let Some(next) =
                    held[i + 1..].iter().find(|o| o.recipient == c.recipient && !answered.contains(&o.id))
            {
                covered.push(next.id.clone());
                last = next.date;
            }
            answered.extend(covered.iter().cloned());
            let met = rng.pick(&[Met::Yes, Met::Yes, Met::Yes, Met::Yes, Met::Partly, Met::Partly, Met::No]);
            let comment = (met != Met::Yes || rng.chance(20)).then(|| text(rng.pick(COMMENTS)));
            feedback.push(Feedback {
                id: next_id(),
                date: Date(add_days(last.0, rng.range(0, 15))),
                from: Source::Recipient,
                consultations: covered,
                expected: text(rng.pick(EXPECTED)),
                met,
                comment,
                benefit: text(rng.pick(BENEFITS)),
            });
        }
        if rng.chance(30) {
            feedback.push(Feedback {
                id: next_id(),
                date: Date(add_days(c.date.0, rng.range(0, 8))),
                from: Source::Peer,
                consultations: vec![c.id.clone()],
                expected: text(rng.pick(PEER_EXPECTED)),
                met: rng.pick(&[Met::Yes, Met::Yes, Met::Partly]),
                comment: None,
                benefit: text(rng.pick(PEER_BENEFITS)),
            });
        }
    }
    Part { groups: vec![group], people, consultations, feedback }
}

/// Every record must pass the rules a write enforces; a generator bug stops here, not in a bench.
fn validate(part: &Part) {
    use std::collections::HashMap;
    let group = &part.groups[0];
    let people: HashMap<&Id, &Person> = part.people.iter().map(|p| (&p.id, p)).collect();
    let consultations: HashMap<&Id, &Consultation> = part.consultations.iter().map(|c| (&c.id, c)).collect();
    let mut problems = Vec::new();
    for p in &part.people {
        problems.extend(rules::person(p, Some(group)));
    }
    let mut slots = HashSet::new();
    for c in &part.consultations {
        let (peer, recipient) = (people.get(&c.peer).copied(), people.get(&c.recipient).copied());
        problems.extend(rules::consultation(c, peer, recipient));
        if let (Some(peer), Some(recipient)) = (peer, recipient) {
            problems.extend(rules::consent(c, peer, recipient));
        }
        assert!(slots.insert((&c.peer, &c.recipient, c.date, c.time)), "duplicate slot {}", c.id);
    }
    for f in &part.feedback {
        let refs: Vec<Option<&Consultation>> =
            f.consultations.iter().map(|id| consultations.get(id).copied()).collect();
        problems.extend(rules::feedback(f, &refs));
        assert!(refs.iter().flatten().all(|c| c.date <= f.date), "feedback {} before its consultation", f.id);
    }
    let errors: Vec<_> = problems.iter().filter(|p| p.severity == rules::Severity::Error).collect();
    assert!(errors.is_empty(), "generated records break rules: {errors:?}");
}

/// The path and TOML text of a record.
fn file<T: Record>(r: &T) -> (PathBuf, String) {
    (r.rel_path(), toml::to_string(r).expect("records serialise"))
}

/// An hledger journal with one transaction per consultation, for comparison.
fn journal(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        let names: std::collections::HashMap<&Id, &str> =
            part.people.iter().map(|p| (&p.id, p.name.as_str())).collect();
        let group = &part.groups[0];
        for c in &part.consultations {
            let _ = write!(
                out,
                "{} {} {} | {} ; place: {}, time: {}\n    konsultacijas:{}:{}  1\n    lidzinieki:{}\n\n",
                c.date,
                if c.status == Status::Held { "*" } else { "!" },
                names[&c.recipient],
                c.topic,
                c.place,
                c.time,
                group.id,
                c.status,
                names[&c.peer],
            );
        }
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate DIR N [--seed S] [--journal FILE]";
    let mut positional = Vec::new();
    let mut seed = 2025u64;
    let mut journal_path = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => seed = it.next().and_then(|s| s.parse().ok()).expect(usage),
            "--journal" => journal_path = Some(PathBuf::from(it.next().expect(usage))),
            "-h" | "--help" => {
                println!("{usage}\n\nWrites a peerlog folder with N consultations to DIR (which must not exist yet).");
                return ExitCode::SUCCESS;
            }
            _ => positional.push(a.clone()),
        }
    }
    let [dir, n] = positional.as_slice() else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("N must be a number: {usage}");
        return ExitCode::from(2);
    };
    let root = PathBuf::from(dir);
    let began = Instant::now();

    let ctx = Ctx { dir: None, quiet: true, programme: None };
    if let Err(e) = init::run(&ctx, init::Args { path: Some(root.clone()), programme: Programme::ThematicGroups }) {
        eprintln!("error: {e}");
        return ExitCode::from(1);
    }

    let groups = n.div_ceil(PER_GROUP).max(1);
    let parts: Vec<Part> = (0..groups)
        .into_par_iter()
        .map(|g| {
            let count = n / groups + usize::from(g < n % groups);
            let part = group(g, groups, count, seed);
            validate(&part);
            part
        })
        .collect();

    let files: Vec<(PathBuf, String)> = parts
        .par_iter()
        .flat_map_iter(|p| {
            p.groups
                .iter()
                .map(file)
                .chain(p.people.iter().map(file))
                .chain(p.consultations.iter().map(file))
                .chain(p.feedback.iter().map(file))
                .collect::<Vec<_>>()
        })
        .collect();
    let dirs: BTreeSet<&Path> = files.iter().filter_map(|(p, _)| p.parent()).collect();
    for d in dirs {
        peerlog::store::atomic::create_private_dir_all(&root.join(d)).expect("create folder");
    }
    // Private to the owner, as peerlog writes them (no fsync: a generated folder can be made again).
    files.par_iter().for_each(|(rel, text)| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(root.join(rel)).expect("create record");
        std::io::Write::write_all(&mut file, text.as_bytes()).expect("write record");
    });
    if let Some(path) = journal_path {
        std::fs::write(&path, journal(&parts)).expect("write journal");
    }

    let count = |f: fn(&Part) -> usize| parts.iter().map(f).sum::<usize>();
    let held = count(|p| p.consultations.iter().filter(|c| c.status == Status::Held).count());
    eprintln!(
        "{}: {} groups, {} people ({} peers), {} consultations ({held} held), {} feedback; {} files in {:.2} s",
        root.display(),
        groups,
        count(|p| p.people.len()),
        count(|p| p.people.iter().filter(|x| x.is_peer()).count()),
        count(|p| p.consultations.len()),
        count(|p| p.feedback.len()),
        files.len(),
        began.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
