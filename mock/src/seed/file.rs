//! The seed-file format: nested, so records need no ids to refer to each other.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SeedFile {
    #[serde(default)]
    frontend_url: Option<String>,
    #[serde(default)]
    rate_limit: Option<RateLimitFile>,
    #[serde(default)]
    organizations: Vec<OrganizationFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RateLimitFile {
    requests: u32,
    window_seconds: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganizationFile {
    #[serde(default)]
    id: Option<Uuid>,
    slug: String,
    #[serde(default)]
    member_model_enabled: bool,
    #[serde(default)]
    seat_based_pricing_enabled: bool,
    #[serde(default)]
    rate_limit: Option<RateLimitFile>,
    #[serde(default)]
    customers: Vec<CustomerFile>,
    #[serde(default)]
    tokens: Vec<TokenFile>,
    /// Records of stored collections, by collection name.
    #[serde(default)]
    records: std::collections::BTreeMap<String, Vec<serde_json::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomerFile {
    #[serde(default)]
    id: Option<Uuid>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "type")]
    customer_type: CustomerType,
    #[serde(default)]
    external_id: Option<String>,
    #[serde(default)]
    metadata: OrderedMetadata,
    #[serde(default)]
    billing_name: Option<String>,
    #[serde(default)]
    billing_address: Option<Address>,
    #[serde(default)]
    tax_id: Option<(String, String)>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    email_verified: bool,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    modified_at: Option<DateTime<Utc>>,
    #[serde(default)]
    deleted_at: Option<DateTime<Utc>>,
    #[serde(default)]
    default_payment_method_id: Option<Uuid>,
    #[serde(default)]
    first_user_event_at: Option<DateTime<Utc>>,
    #[serde(default)]
    members: Vec<MemberFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberFile {
    #[serde(default)]
    id: Option<Uuid>,
    email: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    external_id: Option<String>,
    #[serde(default)]
    role: MemberRole,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    modified_at: Option<DateTime<Utc>>,
    #[serde(default)]
    deleted_at: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenFile {
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    scopes: Option<Vec<String>>,
    /// A user's personal token (`polar_pat_`) instead of an organization token.
    #[serde(default)]
    personal: bool,
}

/// Metadata in the order the file lists it (a map type would sort or hash the keys).
#[derive(Default)]
struct OrderedMetadata(Vec<(String, MetadataValue)>);

impl<'de> Deserialize<'de> for OrderedMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = OrderedMetadata;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of string, integer, float or boolean values")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, MetadataValue>()? {
                    entries.push(entry);
                }
                Ok(OrderedMetadata(entries))
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

impl RateLimitFile {
    fn into_rate_limit(self) -> RateLimit {
        let window =
            Duration::try_from_secs_f64(self.window_seconds).unwrap_or(Duration::from_secs(60));
        RateLimit::new(self.requests, window)
    }
}

impl SeedFile {
    pub(super) fn into_seed(self) -> Seed {
        let mut seed = Seed::empty();
        seed.frontend_url = self.frontend_url;
        seed.rate_limit = self.rate_limit.map(|r| {
            let window =
                Duration::try_from_secs_f64(r.window_seconds).unwrap_or(Duration::from_secs(60));
            RateLimit::new(r.requests, window)
        });
        for org in self.organizations {
            let mut organization = Organization::new(org.slug)
                .with_member_model_enabled(org.member_model_enabled)
                .with_seat_based_pricing_enabled(org.seat_based_pricing_enabled);
            if let Some(id) = org.id {
                organization = organization.with_id(id);
            }
            organization.rate_limit = org.rate_limit.map(RateLimitFile::into_rate_limit);
            let org_id = organization.id();
            seed.organizations.push(organization);
            for c in org.customers {
                let (customer, members) = c.into_records(org_id);
                seed.customers.push(customer);
                seed.members.extend(members);
            }
            for t in org.tokens {
                let mut token = if t.personal {
                    AccessToken::personal(org_id)
                } else {
                    AccessToken::new(org_id)
                };
                if let Some(value) = t.token {
                    token = token.with_token(value);
                }
                if let Some(scopes) = t.scopes {
                    token = token.with_scopes(scopes);
                }
                seed.tokens.push(token);
            }
            for (collection, records) in org.records {
                for record in records {
                    seed.records.push((org_id, collection.clone(), record));
                }
            }
        }
        seed
    }
}

impl CustomerFile {
    fn into_records(self, org_id: Uuid) -> (Customer, Vec<Member>) {
        let mut customer = Customer::new(org_id, "").with_type(self.customer_type);
        customer.email = self.email;
        customer.id = self.id.unwrap_or(customer.id);
        customer.name = self.name;
        customer.external_id = self.external_id;
        customer.billing_name = self.billing_name;
        customer.billing_address = self.billing_address;
        customer.tax_id = self.tax_id;
        customer.locale = self.locale;
        customer.email_verified = self.email_verified;
        customer.created_at = self.created_at.unwrap_or(customer.created_at);
        customer.modified_at = self.modified_at;
        customer.deleted_at = self.deleted_at;
        customer.default_payment_method_id = self.default_payment_method_id;
        customer.first_user_event_at = self.first_user_event_at;
        for (key, value) in self.metadata.0 {
            customer = customer.with_metadata(key, value);
        }
        let customer_id = customer.id;
        let members = self
            .members
            .into_iter()
            .map(|m| Member {
                id: m.id.unwrap_or_else(random_uuid),
                customer_id,
                created_at: m.created_at.unwrap_or_else(now),
                modified_at: m.modified_at,
                email: m.email,
                name: m.name,
                external_id: m.external_id,
                role: m.role,
                deleted_at: m.deleted_at,
            })
            .collect();
        (customer, members)
    }
}
