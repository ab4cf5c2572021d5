//! The scopes of organization access tokens.

/// Every scope an organization access token can hold; [`AccessToken::new`](crate::AccessToken::new) grants all of them.
///
/// ```
/// assert!(polarsh_mock::ALL_SCOPES.contains(&"member_sessions:write"));
/// assert!(polarsh_mock::ALL_SCOPES.contains(&"customer_sessions:write"));
/// ```
pub const ALL_SCOPES: &[&str] = &[
    "openid",
    "profile",
    "email",
    "user:read",
    "user:write",
    "organizations:read",
    "organizations:write",
    "custom_fields:read",
    "custom_fields:write",
    "discounts:read",
    "discounts:write",
    "checkout_links:read",
    "checkout_links:write",
    "checkouts:read",
    "checkouts:write",
    "transactions:read",
    "transactions:write",
    "payouts:read",
    "payouts:write",
    "products:read",
    "products:write",
    "benefits:read",
    "benefits:write",
    "events:read",
    "events:write",
    "meters:read",
    "meters:write",
    "files:read",
    "files:write",
    "subscriptions:read",
    "subscriptions:write",
    "customers:read",
    "customers:write",
    "members:read",
    "members:write",
    "wallets:read",
    "wallets:write",
    "disputes:read",
    "disputes:write",
    "customer_meters:read",
    "customer_sessions:write",
    "member_sessions:write",
    "customer_seats:read",
    "customer_seats:write",
    "orders:read",
    "orders:write",
    "refunds:read",
    "refunds:write",
    "payments:read",
    "metrics:read",
    "metrics:write",
    "webhooks:read",
    "webhooks:write",
    "license_keys:read",
    "license_keys:write",
    "customer_portal:read",
    "customer_portal:write",
    "notifications:read",
    "notifications:write",
    "notification_recipients:read",
    "notification_recipients:write",
    "organization_access_tokens:read",
    "organization_access_tokens:write",
];

#[cfg(test)]
mod tests {
    use super::ALL_SCOPES;
    use crate::spec::api;

    #[test]
    fn every_scope_of_the_document_is_known() {
        for op in &api().operations {
            for scope in &op.scopes {
                assert!(ALL_SCOPES.contains(&scope.as_str()), "{}: {scope}", op.id);
            }
        }
    }
}
