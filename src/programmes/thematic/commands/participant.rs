//! `peerlog participant`: group participants (children, parents, foster parents, guardians).

use crate::commands::flags::Flag;
use crate::commands::{Ctx, Subject, refuse};
use crate::error::{Error, Result};
use crate::model::{Consent, Date, Group, Id, PeerInfo, Person, Role, Text, fold, rules};
use crate::output::{self, Format, Rows};
use crate::store::Store;
use std::collections::HashMap;

/// Add and list group participants.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a participant to a group; prints the new ID.
    #[command(after_help = "Example:\n  peerlog participant add 'Anna Bērziņa' --group rigas --role parent")]
    Add(AddArgs),
    /// List participants (peers included).
    #[command(after_help = "Example:\n  peerlog participant list --group rigas --format csv")]
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// First name and surname.
    #[arg(value_parser = crate::commands::flags::name())]
    pub name: Text,
    /// The group's ID, ID prefix or name.
    #[arg(long)]
    pub group: String,
    #[arg(long, value_enum)]
    pub role: Role,
    /// Needed for a child who becomes a peer (a child peer is at least 13).
    #[arg(long, value_name = "DATE", value_parser = birth_date())]
    pub birth_date: Option<Date>,
    #[command(flatten)]
    pub consent: super::consent::GiveNow,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this group's participants.
    #[arg(long)]
    pub group: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Add(a) => {
            let store = ctx.store()?;
            let _lock = store.lock()?;
            let new = NewPerson::parse(&store, a.name.clone(), &a.group, a.birth_date)?;
            if let Some(p) = new.existing(&store)? {
                return Err(Error::data(tr!(
                    "participant-already",
                    name = p.name.to_string(),
                    group = new.group.name.to_string(),
                    id = p.id.to_string()
                ))
                .hint(tr!("participant-already-hint")));
            }
            let mut consent = Vec::new();
            a.consent.apply(new.name.as_str(), a.role, &mut consent)?;
            let person = new.create(ctx, &store, a.role, None, consent)?;
            output::result_line(person.id.as_str())
        }
        Cmd::List(a) => list(ctx, a.group.as_deref(), a.format, false),
    }
}

/// A person about to be added: checked flags, the group resolved.
pub struct NewPerson {
    pub name: Text,
    pub group: Group,
    pub birth_date: Option<Date>,
}

impl NewPerson {
    pub fn parse(store: &Store, name: Text, group: &str, birth_date: Option<Date>) -> Result<NewPerson> {
        let group = store.group("--group", group)?;
        Ok(NewPerson { name, group, birth_date })
    }

    /// The participant of the same (folded) name in the same group, if any.
    pub fn existing(&self, store: &Store) -> Result<Option<Person>> {
        let people: Vec<Person> = store.load()?;
        Ok(same_name(&people, &self.group.id, self.name.as_str(), None).cloned())
    }

    pub fn create(
        self,
        ctx: &Ctx,
        store: &Store,
        role: Role,
        peer: Option<PeerInfo>,
        consent: Vec<Consent>,
    ) -> Result<Person> {
        let person = Person {
            id: Id::parse("p-new").expect("valid"),
            name: self.name,
            group: self.group.id.clone(),
            role,
            birth_date: self.birth_date,
            erased: None,
            name_hashes: Default::default(),
            peer,
            consent,
        };
        refuse(ctx, Subject::Flags, rules::person(&person, Some(&self.group)))?;
        let people: Vec<Person> = store.load()?;
        let twin = look_alike(&people, &self.group.id, person.name.as_str(), None).cloned();
        let person = store.create(|id| Person { id, ..person.clone() })?;
        if let Some(other) = twin {
            ctx.warn(tr!(
                "participant-look-alike",
                name = person.name.as_str(),
                other = other.name.as_str(),
                other_id = other.id.to_string(),
                id = person.id.to_string()
            ));
        }
        Ok(person)
    }
}

/// A birth date as typed; never in the future.
pub fn parse_birth_date(field: &str, value: &str) -> Result<Date> {
    read_birth_date(field, value).map_err(Error::data)
}

/// `--birth-date`: a date, never in the future.
pub fn birth_date() -> Flag<Date> {
    Flag(read_birth_date)
}

fn read_birth_date(field: &str, value: &str) -> std::result::Result<Date, String> {
    let d: Date = value.parse().map_err(|e| format!("{field}: {e}"))?;
    if d > Date::today() {
        return Err(tr!("date-in-future", field = field, date = d.to_string()));
    }
    Ok(d)
}

/// The person of `group` whose name equals `name` without case or diacritics, other than `except`.
pub fn same_name<'a>(people: &'a [Person], group: &Id, name: &str, except: Option<&Id>) -> Option<&'a Person> {
    let name = fold(name);
    people.iter().find(|p| &p.group == group && Some(&p.id) != except && fold(p.name.as_str()) == name)
}

/// The person of `group` whose name equals `name` once case, diacritics, spacing and
/// punctuation are set aside (`Gunta-Liepina` and `Gunta Liepiņa`), other than `except`.
pub fn look_alike<'a>(people: &'a [Person], group: &Id, name: &str, except: Option<&Id>) -> Option<&'a Person> {
    let letters = |s: &str| fold(s).chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let name = letters(name);
    people.iter().find(|p| &p.group == group && Some(&p.id) != except && letters(p.name.as_str()) == name)
}

/// Prints people as a table, JSON or CSV; `peers_only` keeps the peers.
pub fn list(ctx: &Ctx, group: Option<&str>, format: Format, peers_only: bool) -> Result<()> {
    let store = ctx.store()?;
    let group = group.map(|g| store.group("--group", g)).transpose()?;
    let groups: Vec<Group> = store.load()?;
    let mut people: Vec<Person> = store.load()?;
    people.retain(|p| group.as_ref().is_none_or(|g| p.group == g.id) && (!peers_only || p.is_peer()));
    people.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let names: HashMap<&Id, &str> = groups.iter().map(|g| (&g.id, g.name.as_str())).collect();
    let group_name = |p: &Person| names.get(&p.group).map(|n| n.to_string()).unwrap_or_default();
    let rows = people
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.name.to_string(),
                group_name(p),
                p.role.to_string(),
                p.birth_date.map(|d| d.to_string()).unwrap_or_default(),
                p.peer.as_ref().and_then(|i| i.stage()).map(|s| s.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let headers = vec!["id", "name", "group", "role", "birth_date", "peer_stage"];
    output::print(format, &people, Rows { headers, rows, ..Default::default() })
}
