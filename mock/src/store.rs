//! The generic store: records of every stored collection (see [`crate::spec::Collection`]), kept as the
//! JSON the API shows, per organization, in creation order.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use hyper::body::Bytes;
use uuid::Uuid;

use crate::pyjson::{Json, render};

/// One stored record.
#[derive(Debug)]
pub(crate) struct Record {
    pub(crate) organization_id: Uuid,
    pub(crate) json: Json,
    /// Hidden from the API (a soft delete).
    pub(crate) deleted: bool,
    /// The JSON rendered, once per change (lists of stored records are made of these).
    rendered: OnceLock<Bytes>,
}

impl Record {
    /// The record as the API writes it.
    pub(crate) fn rendered(&self) -> &Bytes {
        self.rendered
            .get_or_init(|| render(&self.json).map(Bytes::from).unwrap_or_default())
    }
}

/// The records of one collection.
#[derive(Debug, Default)]
struct Records {
    /// By creation sequence: the order of lists.
    by_seq: BTreeMap<u64, Record>,
    by_id: HashMap<Uuid, u64>,
}

/// Every stored collection's records.
#[derive(Debug, Default)]
pub(crate) struct Store {
    collections: HashMap<usize, Records>,
    next_seq: u64,
}

/// Why a record was not stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refused {
    NoId,
    DuplicateId(Uuid),
}

/// The `id` of a record.
pub(crate) fn id_of(json: &Json) -> Option<Uuid> {
    match json.get("id") {
        Some(Json::Str(id)) => Uuid::try_parse(id).ok(),
        _ => None,
    }
}

impl Store {
    /// Stores a record of `collection`.
    pub(crate) fn insert(
        &mut self,
        collection: usize,
        organization_id: Uuid,
        json: Json,
    ) -> Result<Uuid, Refused> {
        let id = id_of(&json).ok_or(Refused::NoId)?;
        let records = self.collections.entry(collection).or_default();
        if records.by_id.contains_key(&id) {
            return Err(Refused::DuplicateId(id));
        }
        self.next_seq += 1;
        records.by_id.insert(id, self.next_seq);
        records.by_seq.insert(
            self.next_seq,
            Record {
                organization_id,
                json,
                deleted: false,
                rendered: OnceLock::new(),
            },
        );
        Ok(id)
    }

    /// The live record `id` of `collection`, if `organization_id` may see it.
    pub(crate) fn get(
        &self,
        collection: usize,
        organization_id: Uuid,
        id: Uuid,
    ) -> Option<&Record> {
        let records = self.collections.get(&collection)?;
        let record = records.by_seq.get(records.by_id.get(&id)?)?;
        (record.organization_id == organization_id && !record.deleted).then_some(record)
    }

    /// The same, to change (its rendered form is made again on next use).
    pub(crate) fn get_mut(
        &mut self,
        collection: usize,
        organization_id: Uuid,
        id: Uuid,
    ) -> Option<&mut Record> {
        let records = self.collections.get_mut(&collection)?;
        let record = records.by_seq.get_mut(records.by_id.get(&id)?)?;
        if record.organization_id != organization_id || record.deleted {
            return None;
        }
        record.rendered = OnceLock::new();
        Some(record)
    }

    /// Removes a record for good.
    pub(crate) fn remove(&mut self, collection: usize, organization_id: Uuid, id: Uuid) -> bool {
        if self.get(collection, organization_id, id).is_none() {
            return false;
        }
        let Some(records) = self.collections.get_mut(&collection) else {
            return false;
        };
        records
            .by_id
            .remove(&id)
            .and_then(|seq| records.by_seq.remove(&seq))
            .is_some()
    }

    /// The organization and id of the first live record of `collection` (any organization) that
    /// `matches`.
    pub(crate) fn find(
        &self,
        collection: usize,
        matches: impl Fn(&Record) -> bool,
    ) -> Option<(Uuid, Uuid)> {
        let records = self.collections.get(&collection)?;
        let (_, record) = records
            .by_seq
            .iter()
            .find(|(_, r)| !r.deleted && matches(r))?;
        Some((record.organization_id, id_of(&record.json)?))
    }

    /// The live records of `organization_id` in `collection`, oldest first.
    pub(crate) fn live(
        &self,
        collection: usize,
        organization_id: Uuid,
    ) -> impl Iterator<Item = &Record> {
        self.collections
            .get(&collection)
            .into_iter()
            .flat_map(|r| r.by_seq.values())
            .filter(move |r| r.organization_id == organization_id && !r.deleted)
    }
}
