#![allow(unreachable_pub)]
use polarsh::{CustomerPortal, Error, Polar};
/// A call's future, its answer dropped.
pub type Call = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<(), Error>> + Send>,
>;
/// Every operation id the crate has, in the spec's order.
pub const OPERATIONS: &[&str] = &[
    "benefit-grants:list",
    "benefits:list",
    "benefits:create",
    "benefits:get",
    "benefits:update",
    "benefits:delete",
    "benefits:files",
    "benefits:grants",
    "checkout-links:list",
    "checkout-links:create",
    "checkout-links:get",
    "checkout-links:update",
    "checkout-links:delete",
    "checkouts:list",
    "checkouts:create",
    "checkouts:client_get",
    "checkouts:client_update",
    "checkouts:client_confirm",
    "checkouts:get",
    "checkouts:update",
    "custom-fields:list",
    "custom-fields:create",
    "custom-fields:get",
    "custom-fields:update",
    "custom-fields:delete",
    "customer_meters:list",
    "customer_meters:get",
    "customer_portal:benefit-grants:list",
    "customer_portal:benefit-grants:get",
    "customer_portal:benefit-grants:update",
    "customer_portal:customer-session:introspect",
    "customer_portal:customer-session:get_authenticated_user",
    "customer_portal:customers:get",
    "customer_portal:customers:update",
    "customer_portal:customers:check_email_update",
    "customer_portal:customers:request_email_update",
    "customer_portal:customers:verify_email_update",
    "customer_portal:customers:list_payment_methods",
    "customer_portal:customers:add_payment_method",
    "customer_portal:customers:confirm_payment_method",
    "customer_portal:customers:delete_payment_method",
    "customer_portal:downloadables:list",
    "customer_portal:license_keys:list",
    "customer_portal:license_keys:activate",
    "customer_portal:license_keys:deactivate",
    "customer_portal:license_keys:validate",
    "customer_portal:license_keys:get",
    "customer_portal:members:list_members",
    "customer_portal:members:add_member",
    "customer_portal:members:update_member",
    "customer_portal:members:remove_member",
    "customer_portal:customer_meters:list",
    "customer_portal:customer_meters:get",
    "customer_portal:orders:list",
    "customer_portal:orders:get",
    "customer_portal:orders:update",
    "customer_portal:orders:confirm_retry_payment",
    "customer_portal:orders:invoice",
    "customer_portal:orders:generate_invoice",
    "customer_portal:orders:get_payment_status",
    "customer_portal:orders:receipt",
    "customer_portal:organizations:get",
    "customer_portal:seats:list_seats",
    "customer_portal:seats:assign_seat",
    "customer_portal:seats:list_claimed_subscriptions",
    "customer_portal:seats:revoke_seat",
    "customer_portal:seats:resend_invitation",
    "customer_portal:subscriptions:list",
    "customer_portal:subscriptions:get",
    "customer_portal:subscriptions:update",
    "customer_portal:subscriptions:cancel",
    "customer_portal:wallets:list",
    "customer_portal:wallets:get",
    "customer-seats:list_seats",
    "customer-seats:assign_seat",
    "customer-seats:claim_seat",
    "customer-seats:get_claim_info",
    "customer-seats:revoke_seat",
    "customer-seats:resend_invitation",
    "customer-sessions:create",
    "customers:list",
    "customers:create",
    "customers:export",
    "customers:get_external",
    "customers:update_external",
    "customers:delete_external",
    "customers:members:create_external",
    "customers:members:get_external",
    "customers:members:update_external",
    "customers:members:delete_external",
    "customers:list_payment_methods_external",
    "customers:get_state_external",
    "customers:get",
    "customers:update",
    "customers:delete",
    "customers:members:create",
    "customers:members:get",
    "customers:members:update",
    "customers:members:delete",
    "customers:list_payment_methods",
    "customers:get_state",
    "discounts:list",
    "discounts:create",
    "discounts:get",
    "discounts:update",
    "discounts:delete",
    "disputes:list",
    "disputes:get",
    "disputes:accept",
    "event-types:list",
    "event-types:update",
    "events:list",
    "events:ingest",
    "events:list_names",
    "events:get",
    "files:list",
    "files:create",
    "files:update",
    "files:delete",
    "files:uploaded",
    "license_keys:list",
    "license_keys:activate",
    "license_keys:deactivate",
    "license_keys:validate",
    "license_keys:get",
    "license_keys:update",
    "license_keys:get_activation",
    "members:list_members",
    "meters:list",
    "meters:create",
    "meters:get",
    "meters:update",
    "meters:quantities",
    "metrics:get",
    "metrics:list_dashboards",
    "metrics:create_dashboard",
    "metrics:get_dashboard",
    "metrics:update_dashboard",
    "metrics:delete_dashboard",
    "metrics:export",
    "metrics:limits",
    "oauth2:authorize",
    "oauth2:introspect_token",
    "oauth2:clients:oauth2:create_client",
    "oauth2:clients:oauth2:get_client",
    "oauth2:clients:oauth2:update_client",
    "oauth2:clients:oauth2:delete_client",
    "oauth2:revoke_token",
    "oauth2:request_token",
    "oauth2:userinfo",
    "orders:list",
    "orders:create",
    "orders:export",
    "orders:get",
    "orders:update",
    "orders:finalize",
    "orders:invoice",
    "orders:generate_invoice",
    "orders:receipt",
    "organizations:list",
    "organizations:create",
    "organizations:get",
    "organizations:update",
    "payments:list",
    "payments:get",
    "products:list",
    "products:create",
    "products:get",
    "products:update",
    "products:update_benefits",
    "refunds:list",
    "refunds:create",
    "subscriptions:list",
    "subscriptions:create",
    "subscriptions:export",
    "subscriptions:get",
    "subscriptions:update",
    "subscriptions:revoke",
    "webhooks:list_webhook_deliveries",
    "webhooks:list_webhook_endpoints",
    "webhooks:create_webhook_endpoint",
    "webhooks:get_webhook_endpoint",
    "webhooks:update_webhook_endpoint",
    "webhooks:delete_webhook_endpoint",
    "webhooks:reset_webhook_endpoint_secret",
    "webhooks:redeliver_webhook_event",
    "member-sessions:create",
];
/// Calls operation `id` with the fixed arguments of `tests/it/all_operations.rs`, the body decoded from `body`.
pub fn call(
    polar: &Polar,
    portal: &CustomerPortal,
    id: &str,
    body: serde_json::Value,
) -> Call {
    let _ = &body;
    match id {
        "benefit-grants:list" => {
            let call = polar.benefit_grants().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:list" => {
            let call = polar.benefits().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:create" => {
            let call = polar
                .benefits()
                .create(
                    serde_json::from_value::<polarsh::models::BenefitCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:get" => {
            let call = polar.benefits().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:update" => {
            let call = polar
                .benefits()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::BenefitUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:delete" => {
            let call = polar.benefits().delete(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:files" => {
            let call = polar.benefits().files(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "benefits:grants" => {
            let call = polar.benefits().grants(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "checkout-links:list" => {
            let call = polar.checkout_links().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "checkout-links:create" => {
            let call = polar
                .checkout_links()
                .create(
                    serde_json::from_value::<polarsh::models::CheckoutLinkCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "checkout-links:get" => {
            let call = polar.checkout_links().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "checkout-links:update" => {
            let call = polar
                .checkout_links()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::CheckoutLinkUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "checkout-links:delete" => {
            let call = polar.checkout_links().delete(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:list" => {
            let call = polar.checkouts().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:create" => {
            let call = polar
                .checkouts()
                .create(
                    serde_json::from_value::<polarsh::models::CheckoutCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:client_get" => {
            let call = polar.checkouts().client_get("p-client_secret");
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:client_update" => {
            let call = polar
                .checkouts()
                .client_update(
                    "p-client_secret",
                    serde_json::from_value::<polarsh::models::CheckoutUpdatePublic>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:client_confirm" => {
            let call = polar
                .checkouts()
                .client_confirm(
                    "p-client_secret",
                    serde_json::from_value::<
                        polarsh::models::CheckoutConfirmStripe,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:get" => {
            let call = polar.checkouts().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "checkouts:update" => {
            let call = polar
                .checkouts()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::CheckoutUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "custom-fields:list" => {
            let call = polar.custom_fields().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "custom-fields:create" => {
            let call = polar
                .custom_fields()
                .create(
                    serde_json::from_value::<polarsh::models::CustomFieldCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "custom-fields:get" => {
            let call = polar.custom_fields().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "custom-fields:update" => {
            let call = polar
                .custom_fields()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::CustomFieldUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "custom-fields:delete" => {
            let call = polar.custom_fields().delete(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_meters:list" => {
            let call = polar.customer_meters().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_meters:get" => {
            let call = polar.customer_meters().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:benefit-grants:list" => {
            let call = portal.benefit_grants().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:benefit-grants:get" => {
            let call = portal.benefit_grants().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:benefit-grants:update" => {
            let call = portal
                .benefit_grants()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::CustomerBenefitGrantUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customer-session:introspect" => {
            let call = portal.customer_session().introspect();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customer-session:get_authenticated_user" => {
            let call = portal.customer_session().get_authenticated_user();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:get" => {
            let call = portal.customers().get();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:update" => {
            let call = portal
                .customers()
                .update(
                    serde_json::from_value::<
                        polarsh::models::CustomerPortalCustomerUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:check_email_update" => {
            let call = portal
                .customers()
                .check_email_update(
                    crate::all_operations::query_value(
                        "customer_portal:customers:check_email_update",
                        "token",
                    ),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:request_email_update" => {
            let call = portal
                .customers()
                .request_email_update(
                    serde_json::from_value::<
                        polarsh::models::CustomerEmailUpdateRequest,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:verify_email_update" => {
            let call = portal
                .customers()
                .verify_email_update(
                    serde_json::from_value::<
                        polarsh::models::CustomerEmailUpdateVerifyRequest,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:list_payment_methods" => {
            let call = portal.customers().list_payment_methods();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:add_payment_method" => {
            let call = portal
                .customers()
                .add_payment_method(
                    serde_json::from_value::<
                        polarsh::models::CustomerPaymentMethodCreate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:confirm_payment_method" => {
            let call = portal
                .customers()
                .confirm_payment_method(
                    serde_json::from_value::<
                        polarsh::models::CustomerPaymentMethodConfirm,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customers:delete_payment_method" => {
            let call = portal
                .customers()
                .delete_payment_method(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:downloadables:list" => {
            let call = portal.downloadables().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:license_keys:list" => {
            let call = portal.license_keys().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:license_keys:activate" => {
            let call = portal
                .license_keys()
                .activate(
                    serde_json::from_value::<polarsh::models::LicenseKeyActivate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:license_keys:deactivate" => {
            let call = portal
                .license_keys()
                .deactivate(
                    serde_json::from_value::<polarsh::models::LicenseKeyDeactivate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:license_keys:validate" => {
            let call = portal
                .license_keys()
                .validate(
                    polarsh::models::LicenseKeyValidate::new(
                        "KEY",
                        crate::all_operations::ID,
                    ),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:license_keys:get" => {
            let call = portal.license_keys().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:members:list_members" => {
            let call = portal.members().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:members:add_member" => {
            let call = portal
                .members()
                .add(
                    serde_json::from_value::<
                        polarsh::models::CustomerPortalMemberCreate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:members:update_member" => {
            let call = portal
                .members()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::CustomerPortalMemberUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:members:remove_member" => {
            let call = portal.members().remove(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customer_meters:list" => {
            let call = portal.customer_meters().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:customer_meters:get" => {
            let call = portal.customer_meters().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:list" => {
            let call = portal.orders().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:get" => {
            let call = portal.orders().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:update" => {
            let call = portal
                .orders()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::CustomerOrderUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:confirm_retry_payment" => {
            let call = portal
                .orders()
                .confirm_retry_payment(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::CustomerOrderConfirmPayment,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:invoice" => {
            let call = portal.orders().invoice(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:generate_invoice" => {
            let call = portal.orders().generate_invoice(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:get_payment_status" => {
            let call = portal.orders().get_payment_status(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:orders:receipt" => {
            let call = portal.orders().receipt(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:organizations:get" => {
            let call = portal.organizations().get("p-slug");
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:seats:list_seats" => {
            let call = portal.seats().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:seats:assign_seat" => {
            let call = portal
                .seats()
                .assign(
                    serde_json::from_value::<polarsh::models::CustomerSeatAssign>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:seats:list_claimed_subscriptions" => {
            let call = portal.seats().list_claimed_subscriptions();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:seats:revoke_seat" => {
            let call = portal.seats().revoke(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:seats:resend_invitation" => {
            let call = portal.seats().resend_invitation(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:subscriptions:list" => {
            let call = portal.subscriptions().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:subscriptions:get" => {
            let call = portal.subscriptions().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:subscriptions:update" => {
            let call = portal
                .subscriptions()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::CustomerSubscriptionUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:subscriptions:cancel" => {
            let call = portal.subscriptions().cancel(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:wallets:list" => {
            let call = portal.wallets().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer_portal:wallets:get" => {
            let call = portal.wallets().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-seats:list_seats" => {
            let call = polar.customer_seats().list_seats();
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-seats:assign_seat" => {
            let call = polar
                .customer_seats()
                .assign_seat(
                    serde_json::from_value::<polarsh::models::SeatAssign>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-seats:claim_seat" => {
            let call = polar
                .customer_seats()
                .claim_seat(
                    serde_json::from_value::<polarsh::models::SeatClaim>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-seats:get_claim_info" => {
            let call = polar.customer_seats().get_claim_info("p-invitation_token");
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-seats:revoke_seat" => {
            let call = polar.customer_seats().revoke_seat(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-seats:resend_invitation" => {
            let call = polar
                .customer_seats()
                .resend_invitation(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customer-sessions:create" => {
            let call = polar
                .customer_sessions()
                .create(
                    polarsh::models::CustomerSessionCreate::for_customer(
                        crate::all_operations::ID,
                    ),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:list" => {
            let call = polar.customers().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:create" => {
            let call = polar
                .customers()
                .create(polarsh::models::CustomerCreate::new("alice@example.com"));
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:export" => {
            let call = polar.customers().export();
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:get_external" => {
            let call = polar.customers().get_external("p-external_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:update_external" => {
            let call = polar
                .customers()
                .update_external(
                    "p-external_id",
                    serde_json::from_value::<
                        polarsh::models::CustomerUpdateExternalID,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:delete_external" => {
            let call = polar.customers().delete_external("p-external_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:create_external" => {
            let call = polar
                .customers()
                .members()
                .create_external(
                    "p-external_id",
                    serde_json::from_value::<
                        polarsh::models::MemberCreateFromCustomer,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:get_external" => {
            let call = polar
                .customers()
                .members()
                .get_external("p-external_id", "p-member_external_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:update_external" => {
            let call = polar
                .customers()
                .members()
                .update_external(
                    "p-external_id",
                    "p-member_external_id",
                    serde_json::from_value::<polarsh::models::MemberUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:delete_external" => {
            let call = polar
                .customers()
                .members()
                .delete_external("p-external_id", "p-member_external_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:list_payment_methods_external" => {
            let call = polar.customers().list_payment_methods_external("p-external_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:get_state_external" => {
            let call = polar.customers().get_state_external("p-external_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:get" => {
            let call = polar.customers().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:update" => {
            let call = polar
                .customers()
                .update(
                    crate::all_operations::ID,
                    polarsh::models::CustomerUpdate::new().with_name("Alice"),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:delete" => {
            let call = polar.customers().delete(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:create" => {
            let call = polar
                .customers()
                .members()
                .create(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::MemberCreateFromCustomer,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:get" => {
            let call = polar
                .customers()
                .members()
                .get(crate::all_operations::ID, crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:update" => {
            let call = polar
                .customers()
                .members()
                .update(
                    crate::all_operations::ID,
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::MemberUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:members:delete" => {
            let call = polar
                .customers()
                .members()
                .delete(crate::all_operations::ID, crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:list_payment_methods" => {
            let call = polar.customers().list_payment_methods(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "customers:get_state" => {
            let call = polar.customers().get_state(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "discounts:list" => {
            let call = polar.discounts().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "discounts:create" => {
            let call = polar
                .discounts()
                .create(
                    serde_json::from_value::<polarsh::models::DiscountCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "discounts:get" => {
            let call = polar.discounts().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "discounts:update" => {
            let call = polar
                .discounts()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::DiscountUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "discounts:delete" => {
            let call = polar.discounts().delete(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "disputes:list" => {
            let call = polar.disputes().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "disputes:get" => {
            let call = polar.disputes().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "disputes:accept" => {
            let call = polar.disputes().accept(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "event-types:list" => {
            let call = polar.event_types().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "event-types:update" => {
            let call = polar
                .event_types()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::EventTypeUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "events:list" => {
            let call = polar.events().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "events:ingest" => {
            let call = polar
                .events()
                .ingest(
                    serde_json::from_value::<polarsh::models::EventsIngest>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "events:list_names" => {
            let call = polar.events().list_names();
            Box::pin(async move { call.await.map(drop) })
        }
        "events:get" => {
            let call = polar.events().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "files:list" => {
            let call = polar.files().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "files:create" => {
            let call = polar
                .files()
                .create(
                    serde_json::from_value::<polarsh::models::FileCreate>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "files:update" => {
            let call = polar
                .files()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::FilePatch>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "files:delete" => {
            let call = polar.files().delete(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "files:uploaded" => {
            let call = polar
                .files()
                .uploaded(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::FileUploadCompleted>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:list" => {
            let call = polar.license_keys().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:activate" => {
            let call = polar
                .license_keys()
                .activate(
                    serde_json::from_value::<polarsh::models::LicenseKeyActivate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:deactivate" => {
            let call = polar
                .license_keys()
                .deactivate(
                    serde_json::from_value::<polarsh::models::LicenseKeyDeactivate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:validate" => {
            let call = polar
                .license_keys()
                .validate(
                    polarsh::models::LicenseKeyValidate::new(
                        "KEY",
                        crate::all_operations::ID,
                    ),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:get" => {
            let call = polar.license_keys().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:update" => {
            let call = polar
                .license_keys()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::LicenseKeyUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "license_keys:get_activation" => {
            let call = polar
                .license_keys()
                .get_activation(crate::all_operations::ID, crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "members:list_members" => {
            let call = polar.members().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "meters:list" => {
            let call = polar.meters().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "meters:create" => {
            let call = polar
                .meters()
                .create(
                    serde_json::from_value::<polarsh::models::MeterCreate>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "meters:get" => {
            let call = polar.meters().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "meters:update" => {
            let call = polar
                .meters()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::MeterUpdate>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "meters:quantities" => {
            let call = polar
                .meters()
                .quantities(
                    crate::all_operations::ID,
                    crate::all_operations::query_value(
                            "meters:quantities",
                            "start_timestamp",
                        )
                        .parse()
                        .unwrap(),
                    crate::all_operations::query_value(
                            "meters:quantities",
                            "end_timestamp",
                        )
                        .parse()
                        .unwrap(),
                    serde_json::from_value::<
                        polarsh::models::TimeInterval,
                    >(
                            serde_json::Value::String(
                                crate::all_operations::query_value(
                                        "meters:quantities",
                                        "interval",
                                    )
                                    .to_owned(),
                            ),
                        )
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:get" => {
            let call = polar
                .metrics()
                .get(
                    crate::all_operations::query_value("metrics:get", "start_date")
                        .parse()
                        .unwrap(),
                    crate::all_operations::query_value("metrics:get", "end_date")
                        .parse()
                        .unwrap(),
                    serde_json::from_value::<
                        polarsh::models::TimeInterval,
                    >(
                            serde_json::Value::String(
                                crate::all_operations::query_value(
                                        "metrics:get",
                                        "interval",
                                    )
                                    .to_owned(),
                            ),
                        )
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:list_dashboards" => {
            let call = polar.metrics().list_dashboards();
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:create_dashboard" => {
            let call = polar
                .metrics()
                .create_dashboard(
                    serde_json::from_value::<
                        polarsh::models::MetricDashboardCreate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:get_dashboard" => {
            let call = polar.metrics().get_dashboard(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:update_dashboard" => {
            let call = polar
                .metrics()
                .update_dashboard(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::MetricDashboardUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:delete_dashboard" => {
            let call = polar.metrics().delete_dashboard(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:export" => {
            let call = polar
                .metrics()
                .export(
                    crate::all_operations::query_value("metrics:export", "start_date")
                        .parse()
                        .unwrap(),
                    crate::all_operations::query_value("metrics:export", "end_date")
                        .parse()
                        .unwrap(),
                    serde_json::from_value::<
                        polarsh::models::TimeInterval,
                    >(
                            serde_json::Value::String(
                                crate::all_operations::query_value(
                                        "metrics:export",
                                        "interval",
                                    )
                                    .to_owned(),
                            ),
                        )
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "metrics:limits" => {
            let call = polar.metrics().limits();
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:authorize" => {
            let call = polar.oauth2().authorize();
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:introspect_token" => {
            let call = polar
                .oauth2()
                .introspect_token(
                    serde_json::from_value::<
                        polarsh::models::IntrospectTokenRequest,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:clients:oauth2:create_client" => {
            let call = polar
                .oauth2()
                .clients()
                .create(
                    serde_json::from_value::<
                        polarsh::models::OAuth2ClientConfiguration,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:clients:oauth2:get_client" => {
            let call = polar.oauth2().clients().get("p-client_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:clients:oauth2:update_client" => {
            let call = polar
                .oauth2()
                .clients()
                .update(
                    "p-client_id",
                    serde_json::from_value::<
                        polarsh::models::OAuth2ClientConfigurationUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:clients:oauth2:delete_client" => {
            let call = polar.oauth2().clients().delete("p-client_id");
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:revoke_token" => {
            let call = polar
                .oauth2()
                .revoke_token(
                    polarsh::models::RevokeTokenRequest::new("token", "client", "secret"),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:request_token" => {
            let call = polar
                .oauth2()
                .request_token(
                    serde_json::from_value::<polarsh::models::TokenRequest>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "oauth2:userinfo" => {
            let call = polar.oauth2().userinfo();
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:list" => {
            let call = polar.orders().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:create" => {
            let call = polar
                .orders()
                .create(
                    serde_json::from_value::<polarsh::models::OrderCreate>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:export" => {
            let call = polar.orders().export();
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:get" => {
            let call = polar.orders().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:update" => {
            let call = polar
                .orders()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::OrderUpdate>(body).unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:finalize" => {
            let call = polar
                .orders()
                .finalize(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::OrderFinalize>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:invoice" => {
            let call = polar.orders().invoice(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:generate_invoice" => {
            let call = polar.orders().generate_invoice(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "orders:receipt" => {
            let call = polar.orders().receipt(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "organizations:list" => {
            let call = polar.organizations().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "organizations:create" => {
            let call = polar
                .organizations()
                .create(
                    serde_json::from_value::<polarsh::models::OrganizationCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "organizations:get" => {
            let call = polar.organizations().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "organizations:update" => {
            let call = polar
                .organizations()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::OrganizationUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "payments:list" => {
            let call = polar.payments().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "payments:get" => {
            let call = polar.payments().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "products:list" => {
            let call = polar.products().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "products:create" => {
            let call = polar
                .products()
                .create(
                    serde_json::from_value::<polarsh::models::ProductCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "products:get" => {
            let call = polar.products().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "products:update" => {
            let call = polar
                .products()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::ProductUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "products:update_benefits" => {
            let call = polar
                .products()
                .update_benefits(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::ProductBenefitsUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "refunds:list" => {
            let call = polar.refunds().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "refunds:create" => {
            let call = polar
                .refunds()
                .create(
                    serde_json::from_value::<polarsh::models::RefundCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "subscriptions:list" => {
            let call = polar.subscriptions().list();
            Box::pin(async move { call.await.map(drop) })
        }
        "subscriptions:create" => {
            let call = polar
                .subscriptions()
                .create(
                    serde_json::from_value::<polarsh::models::SubscriptionCreate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "subscriptions:export" => {
            let call = polar.subscriptions().export();
            Box::pin(async move { call.await.map(drop) })
        }
        "subscriptions:get" => {
            let call = polar.subscriptions().get(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "subscriptions:update" => {
            let call = polar
                .subscriptions()
                .update(
                    crate::all_operations::ID,
                    serde_json::from_value::<polarsh::models::SubscriptionUpdate>(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "subscriptions:revoke" => {
            let call = polar.subscriptions().revoke(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:list_webhook_deliveries" => {
            let call = polar.webhooks().list_webhook_deliveries();
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:list_webhook_endpoints" => {
            let call = polar.webhooks().list_webhook_endpoints();
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:create_webhook_endpoint" => {
            let call = polar
                .webhooks()
                .create_webhook_endpoint(
                    serde_json::from_value::<
                        polarsh::models::WebhookEndpointCreate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:get_webhook_endpoint" => {
            let call = polar.webhooks().get_webhook_endpoint(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:update_webhook_endpoint" => {
            let call = polar
                .webhooks()
                .update_webhook_endpoint(
                    crate::all_operations::ID,
                    serde_json::from_value::<
                        polarsh::models::WebhookEndpointUpdate,
                    >(body)
                        .unwrap(),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:delete_webhook_endpoint" => {
            let call = polar
                .webhooks()
                .delete_webhook_endpoint(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:reset_webhook_endpoint_secret" => {
            let call = polar
                .webhooks()
                .reset_webhook_endpoint_secret(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "webhooks:redeliver_webhook_event" => {
            let call = polar
                .webhooks()
                .redeliver_webhook_event(crate::all_operations::ID);
            Box::pin(async move { call.await.map(drop) })
        }
        "member-sessions:create" => {
            let call = polar
                .member_sessions()
                .create(
                    polarsh::models::MemberSessionCreate::new(crate::all_operations::ID),
                );
            Box::pin(async move { call.await.map(drop) })
        }
        other => panic!("no operation {other}"),
    }
}
