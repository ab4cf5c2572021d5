use chrono::{DateTime, NaiveDate, Utc};
use reqwest::Method;
use uuid::Uuid;
use crate::client::Polar;

use crate::operation::{Credential, Operation, RetryClass};
use crate::pages::Page;
use crate::request::RequestBuilder;
use crate::resources::customer_portal::CustomerPortal;
use crate::transport::decode::{self, Receipt};
/// `benefit-grants:list`: `GET /v1/benefit-grants/`.
pub(crate) static BENEFIT_GRANTS_LIST: Operation = Operation::new(
    "benefit-grants:list",
    Method::GET,
    "/v1/benefit-grants/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `benefits:list`: `GET /v1/benefits/`.
pub(crate) static BENEFITS_LIST: Operation = Operation::new(
    "benefits:list",
    Method::GET,
    "/v1/benefits/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `benefits:create`: `POST /v1/benefits/`.
pub(crate) static BENEFITS_CREATE: Operation = Operation::new(
    "benefits:create",
    Method::POST,
    "/v1/benefits/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `benefits:get`: `GET /v1/benefits/{id}`.
pub(crate) static BENEFITS_GET: Operation = Operation::new(
    "benefits:get",
    Method::GET,
    "/v1/benefits/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `benefits:update`: `PATCH /v1/benefits/{id}`.
pub(crate) static BENEFITS_UPDATE: Operation = Operation::new(
    "benefits:update",
    Method::PATCH,
    "/v1/benefits/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `benefits:delete`: `DELETE /v1/benefits/{id}`.
pub(crate) static BENEFITS_DELETE: Operation = Operation::new(
    "benefits:delete",
    Method::DELETE,
    "/v1/benefits/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `benefits:files`: `GET /v1/benefits/{id}/files`.
pub(crate) static BENEFITS_FILES: Operation = Operation::new(
    "benefits:files",
    Method::GET,
    "/v1/benefits/{id}/files",
    Credential::Organization,
    RetryClass::Safe,
);
/// `benefits:grants`: `GET /v1/benefits/{id}/grants`.
pub(crate) static BENEFITS_GRANTS: Operation = Operation::new(
    "benefits:grants",
    Method::GET,
    "/v1/benefits/{id}/grants",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkout-links:list`: `GET /v1/checkout-links/`.
pub(crate) static CHECKOUT_LINKS_LIST: Operation = Operation::new(
    "checkout-links:list",
    Method::GET,
    "/v1/checkout-links/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkout-links:create`: `POST /v1/checkout-links/`.
pub(crate) static CHECKOUT_LINKS_CREATE: Operation = Operation::new(
    "checkout-links:create",
    Method::POST,
    "/v1/checkout-links/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `checkout-links:get`: `GET /v1/checkout-links/{id}`.
pub(crate) static CHECKOUT_LINKS_GET: Operation = Operation::new(
    "checkout-links:get",
    Method::GET,
    "/v1/checkout-links/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkout-links:update`: `PATCH /v1/checkout-links/{id}`.
pub(crate) static CHECKOUT_LINKS_UPDATE: Operation = Operation::new(
    "checkout-links:update",
    Method::PATCH,
    "/v1/checkout-links/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkout-links:delete`: `DELETE /v1/checkout-links/{id}`.
pub(crate) static CHECKOUT_LINKS_DELETE: Operation = Operation::new(
    "checkout-links:delete",
    Method::DELETE,
    "/v1/checkout-links/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkouts:list`: `GET /v1/checkouts/`.
pub(crate) static CHECKOUTS_LIST: Operation = Operation::new(
    "checkouts:list",
    Method::GET,
    "/v1/checkouts/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkouts:create`: `POST /v1/checkouts/`.
pub(crate) static CHECKOUTS_CREATE: Operation = Operation::new(
    "checkouts:create",
    Method::POST,
    "/v1/checkouts/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `checkouts:client_get`: `GET /v1/checkouts/client/{client_secret}`.
pub(crate) static CHECKOUTS_CLIENT_GET: Operation = Operation::new(
    "checkouts:client_get",
    Method::GET,
    "/v1/checkouts/client/{client_secret}",
    Credential::None,
    RetryClass::Safe,
);
/// `checkouts:client_update`: `PATCH /v1/checkouts/client/{client_secret}`.
pub(crate) static CHECKOUTS_CLIENT_UPDATE: Operation = Operation::new(
    "checkouts:client_update",
    Method::PATCH,
    "/v1/checkouts/client/{client_secret}",
    Credential::None,
    RetryClass::Safe,
);
/// `checkouts:client_confirm`: `POST /v1/checkouts/client/{client_secret}/confirm`.
pub(crate) static CHECKOUTS_CLIENT_CONFIRM: Operation = Operation::new(
    "checkouts:client_confirm",
    Method::POST,
    "/v1/checkouts/client/{client_secret}/confirm",
    Credential::User,
    RetryClass::Unsafe,
);
/// `checkouts:get`: `GET /v1/checkouts/{id}`.
pub(crate) static CHECKOUTS_GET: Operation = Operation::new(
    "checkouts:get",
    Method::GET,
    "/v1/checkouts/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `checkouts:update`: `PATCH /v1/checkouts/{id}`.
pub(crate) static CHECKOUTS_UPDATE: Operation = Operation::new(
    "checkouts:update",
    Method::PATCH,
    "/v1/checkouts/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `custom-fields:list`: `GET /v1/custom-fields/`.
pub(crate) static CUSTOM_FIELDS_LIST: Operation = Operation::new(
    "custom-fields:list",
    Method::GET,
    "/v1/custom-fields/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `custom-fields:create`: `POST /v1/custom-fields/`.
pub(crate) static CUSTOM_FIELDS_CREATE: Operation = Operation::new(
    "custom-fields:create",
    Method::POST,
    "/v1/custom-fields/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `custom-fields:get`: `GET /v1/custom-fields/{id}`.
pub(crate) static CUSTOM_FIELDS_GET: Operation = Operation::new(
    "custom-fields:get",
    Method::GET,
    "/v1/custom-fields/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `custom-fields:update`: `PATCH /v1/custom-fields/{id}`.
pub(crate) static CUSTOM_FIELDS_UPDATE: Operation = Operation::new(
    "custom-fields:update",
    Method::PATCH,
    "/v1/custom-fields/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `custom-fields:delete`: `DELETE /v1/custom-fields/{id}`.
pub(crate) static CUSTOM_FIELDS_DELETE: Operation = Operation::new(
    "custom-fields:delete",
    Method::DELETE,
    "/v1/custom-fields/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customer_meters:list`: `GET /v1/customer-meters/`.
pub(crate) static CUSTOMER_METERS_LIST: Operation = Operation::new(
    "customer_meters:list",
    Method::GET,
    "/v1/customer-meters/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customer_meters:get`: `GET /v1/customer-meters/{id}`.
pub(crate) static CUSTOMER_METERS_GET: Operation = Operation::new(
    "customer_meters:get",
    Method::GET,
    "/v1/customer-meters/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customer_portal:benefit-grants:list`: `GET /v1/customer-portal/benefit-grants/`.
pub(crate) static CUSTOMER_PORTAL_BENEFIT_GRANTS_LIST: Operation = Operation::new(
    "customer_portal:benefit-grants:list",
    Method::GET,
    "/v1/customer-portal/benefit-grants/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:benefit-grants:get`: `GET /v1/customer-portal/benefit-grants/{id}`.
pub(crate) static CUSTOMER_PORTAL_BENEFIT_GRANTS_GET: Operation = Operation::new(
    "customer_portal:benefit-grants:get",
    Method::GET,
    "/v1/customer-portal/benefit-grants/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:benefit-grants:update`: `PATCH /v1/customer-portal/benefit-grants/{id}`.
pub(crate) static CUSTOMER_PORTAL_BENEFIT_GRANTS_UPDATE: Operation = Operation::new(
    "customer_portal:benefit-grants:update",
    Method::PATCH,
    "/v1/customer-portal/benefit-grants/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customer-session:introspect`: `GET /v1/customer-portal/customer-session/introspect`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMER_SESSION_INTROSPECT: Operation = Operation::new(
    "customer_portal:customer-session:introspect",
    Method::GET,
    "/v1/customer-portal/customer-session/introspect",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customer-session:get_authenticated_user`: `GET /v1/customer-portal/customer-session/user`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMER_SESSION_GET_AUTHENTICATED_USER: Operation = Operation::new(
    "customer_portal:customer-session:get_authenticated_user",
    Method::GET,
    "/v1/customer-portal/customer-session/user",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customers:get`: `GET /v1/customer-portal/customers/me`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_GET: Operation = Operation::new(
    "customer_portal:customers:get",
    Method::GET,
    "/v1/customer-portal/customers/me",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customers:update`: `PATCH /v1/customer-portal/customers/me`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_UPDATE: Operation = Operation::new(
    "customer_portal:customers:update",
    Method::PATCH,
    "/v1/customer-portal/customers/me",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customers:check_email_update`: `GET /v1/customer-portal/customers/me/email-update/check`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_CHECK_EMAIL_UPDATE: Operation = Operation::new(
    "customer_portal:customers:check_email_update",
    Method::GET,
    "/v1/customer-portal/customers/me/email-update/check",
    Credential::None,
    RetryClass::Safe,
);
/// `customer_portal:customers:request_email_update`: `POST /v1/customer-portal/customers/me/email-update/request`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_REQUEST_EMAIL_UPDATE: Operation = Operation::new(
    "customer_portal:customers:request_email_update",
    Method::POST,
    "/v1/customer-portal/customers/me/email-update/request",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:customers:verify_email_update`: `POST /v1/customer-portal/customers/me/email-update/verify`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_VERIFY_EMAIL_UPDATE: Operation = Operation::new(
    "customer_portal:customers:verify_email_update",
    Method::POST,
    "/v1/customer-portal/customers/me/email-update/verify",
    Credential::None,
    RetryClass::Unsafe,
);
/// `customer_portal:customers:list_payment_methods`: `GET /v1/customer-portal/customers/me/payment-methods`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_LIST_PAYMENT_METHODS: Operation = Operation::new(
    "customer_portal:customers:list_payment_methods",
    Method::GET,
    "/v1/customer-portal/customers/me/payment-methods",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customers:add_payment_method`: `POST /v1/customer-portal/customers/me/payment-methods`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_ADD_PAYMENT_METHOD: Operation = Operation::new(
    "customer_portal:customers:add_payment_method",
    Method::POST,
    "/v1/customer-portal/customers/me/payment-methods",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:customers:confirm_payment_method`: `POST /v1/customer-portal/customers/me/payment-methods/confirm`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_CONFIRM_PAYMENT_METHOD: Operation = Operation::new(
    "customer_portal:customers:confirm_payment_method",
    Method::POST,
    "/v1/customer-portal/customers/me/payment-methods/confirm",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:customers:delete_payment_method`: `DELETE /v1/customer-portal/customers/me/payment-methods/{id}`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMERS_DELETE_PAYMENT_METHOD: Operation = Operation::new(
    "customer_portal:customers:delete_payment_method",
    Method::DELETE,
    "/v1/customer-portal/customers/me/payment-methods/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:downloadables:list`: `GET /v1/customer-portal/downloadables/`.
pub(crate) static CUSTOMER_PORTAL_DOWNLOADABLES_LIST: Operation = Operation::new(
    "customer_portal:downloadables:list",
    Method::GET,
    "/v1/customer-portal/downloadables/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:license_keys:list`: `GET /v1/customer-portal/license-keys/`.
pub(crate) static CUSTOMER_PORTAL_LICENSE_KEYS_LIST: Operation = Operation::new(
    "customer_portal:license_keys:list",
    Method::GET,
    "/v1/customer-portal/license-keys/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:license_keys:activate`: `POST /v1/customer-portal/license-keys/activate`.
pub(crate) static CUSTOMER_PORTAL_LICENSE_KEYS_ACTIVATE: Operation = Operation::new(
    "customer_portal:license_keys:activate",
    Method::POST,
    "/v1/customer-portal/license-keys/activate",
    Credential::None,
    RetryClass::Unsafe,
);
/// `customer_portal:license_keys:deactivate`: `POST /v1/customer-portal/license-keys/deactivate`.
pub(crate) static CUSTOMER_PORTAL_LICENSE_KEYS_DEACTIVATE: Operation = Operation::new(
    "customer_portal:license_keys:deactivate",
    Method::POST,
    "/v1/customer-portal/license-keys/deactivate",
    Credential::None,
    RetryClass::Unsafe,
);
/// `customer_portal:license_keys:validate`: `POST /v1/customer-portal/license-keys/validate`.
pub(crate) static CUSTOMER_PORTAL_LICENSE_KEYS_VALIDATE: Operation = Operation::new(
    "customer_portal:license_keys:validate",
    Method::POST,
    "/v1/customer-portal/license-keys/validate",
    Credential::None,
    RetryClass::Unsafe,
);
/// `customer_portal:license_keys:get`: `GET /v1/customer-portal/license-keys/{id}`.
pub(crate) static CUSTOMER_PORTAL_LICENSE_KEYS_GET: Operation = Operation::new(
    "customer_portal:license_keys:get",
    Method::GET,
    "/v1/customer-portal/license-keys/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:members:list_members`: `GET /v1/customer-portal/members`.
pub(crate) static CUSTOMER_PORTAL_MEMBERS_LIST_MEMBERS: Operation = Operation::new(
    "customer_portal:members:list_members",
    Method::GET,
    "/v1/customer-portal/members",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:members:add_member`: `POST /v1/customer-portal/members`.
pub(crate) static CUSTOMER_PORTAL_MEMBERS_ADD_MEMBER: Operation = Operation::new(
    "customer_portal:members:add_member",
    Method::POST,
    "/v1/customer-portal/members",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:members:update_member`: `PATCH /v1/customer-portal/members/{id}`.
pub(crate) static CUSTOMER_PORTAL_MEMBERS_UPDATE_MEMBER: Operation = Operation::new(
    "customer_portal:members:update_member",
    Method::PATCH,
    "/v1/customer-portal/members/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:members:remove_member`: `DELETE /v1/customer-portal/members/{id}`.
pub(crate) static CUSTOMER_PORTAL_MEMBERS_REMOVE_MEMBER: Operation = Operation::new(
    "customer_portal:members:remove_member",
    Method::DELETE,
    "/v1/customer-portal/members/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customer_meters:list`: `GET /v1/customer-portal/meters/`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMER_METERS_LIST: Operation = Operation::new(
    "customer_portal:customer_meters:list",
    Method::GET,
    "/v1/customer-portal/meters/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:customer_meters:get`: `GET /v1/customer-portal/meters/{id}`.
pub(crate) static CUSTOMER_PORTAL_CUSTOMER_METERS_GET: Operation = Operation::new(
    "customer_portal:customer_meters:get",
    Method::GET,
    "/v1/customer-portal/meters/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:orders:list`: `GET /v1/customer-portal/orders/`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_LIST: Operation = Operation::new(
    "customer_portal:orders:list",
    Method::GET,
    "/v1/customer-portal/orders/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:orders:get`: `GET /v1/customer-portal/orders/{id}`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_GET: Operation = Operation::new(
    "customer_portal:orders:get",
    Method::GET,
    "/v1/customer-portal/orders/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:orders:update`: `PATCH /v1/customer-portal/orders/{id}`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_UPDATE: Operation = Operation::new(
    "customer_portal:orders:update",
    Method::PATCH,
    "/v1/customer-portal/orders/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:orders:confirm_retry_payment`: `POST /v1/customer-portal/orders/{id}/confirm-payment`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_CONFIRM_RETRY_PAYMENT: Operation = Operation::new(
    "customer_portal:orders:confirm_retry_payment",
    Method::POST,
    "/v1/customer-portal/orders/{id}/confirm-payment",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:orders:invoice`: `GET /v1/customer-portal/orders/{id}/invoice`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_INVOICE: Operation = Operation::new(
    "customer_portal:orders:invoice",
    Method::GET,
    "/v1/customer-portal/orders/{id}/invoice",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:orders:generate_invoice`: `POST /v1/customer-portal/orders/{id}/invoice`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_GENERATE_INVOICE: Operation = Operation::new(
    "customer_portal:orders:generate_invoice",
    Method::POST,
    "/v1/customer-portal/orders/{id}/invoice",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:orders:get_payment_status`: `GET /v1/customer-portal/orders/{id}/payment-status`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_GET_PAYMENT_STATUS: Operation = Operation::new(
    "customer_portal:orders:get_payment_status",
    Method::GET,
    "/v1/customer-portal/orders/{id}/payment-status",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:orders:receipt`: `GET /v1/customer-portal/orders/{id}/receipt`.
pub(crate) static CUSTOMER_PORTAL_ORDERS_RECEIPT: Operation = Operation::new(
    "customer_portal:orders:receipt",
    Method::GET,
    "/v1/customer-portal/orders/{id}/receipt",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:organizations:get`: `GET /v1/customer-portal/organizations/{slug}`.
pub(crate) static CUSTOMER_PORTAL_ORGANIZATIONS_GET: Operation = Operation::new(
    "customer_portal:organizations:get",
    Method::GET,
    "/v1/customer-portal/organizations/{slug}",
    Credential::None,
    RetryClass::Safe,
);
/// `customer_portal:seats:list_seats`: `GET /v1/customer-portal/seats`.
pub(crate) static CUSTOMER_PORTAL_SEATS_LIST_SEATS: Operation = Operation::new(
    "customer_portal:seats:list_seats",
    Method::GET,
    "/v1/customer-portal/seats",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:seats:assign_seat`: `POST /v1/customer-portal/seats`.
pub(crate) static CUSTOMER_PORTAL_SEATS_ASSIGN_SEAT: Operation = Operation::new(
    "customer_portal:seats:assign_seat",
    Method::POST,
    "/v1/customer-portal/seats",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:seats:list_claimed_subscriptions`: `GET /v1/customer-portal/seats/subscriptions`.
pub(crate) static CUSTOMER_PORTAL_SEATS_LIST_CLAIMED_SUBSCRIPTIONS: Operation = Operation::new(
    "customer_portal:seats:list_claimed_subscriptions",
    Method::GET,
    "/v1/customer-portal/seats/subscriptions",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:seats:revoke_seat`: `DELETE /v1/customer-portal/seats/{seat_id}`.
pub(crate) static CUSTOMER_PORTAL_SEATS_REVOKE_SEAT: Operation = Operation::new(
    "customer_portal:seats:revoke_seat",
    Method::DELETE,
    "/v1/customer-portal/seats/{seat_id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:seats:resend_invitation`: `POST /v1/customer-portal/seats/{seat_id}/resend`.
pub(crate) static CUSTOMER_PORTAL_SEATS_RESEND_INVITATION: Operation = Operation::new(
    "customer_portal:seats:resend_invitation",
    Method::POST,
    "/v1/customer-portal/seats/{seat_id}/resend",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:subscriptions:list`: `GET /v1/customer-portal/subscriptions/`.
pub(crate) static CUSTOMER_PORTAL_SUBSCRIPTIONS_LIST: Operation = Operation::new(
    "customer_portal:subscriptions:list",
    Method::GET,
    "/v1/customer-portal/subscriptions/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:subscriptions:get`: `GET /v1/customer-portal/subscriptions/{id}`.
pub(crate) static CUSTOMER_PORTAL_SUBSCRIPTIONS_GET: Operation = Operation::new(
    "customer_portal:subscriptions:get",
    Method::GET,
    "/v1/customer-portal/subscriptions/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:subscriptions:update`: `PATCH /v1/customer-portal/subscriptions/{id}`.
pub(crate) static CUSTOMER_PORTAL_SUBSCRIPTIONS_UPDATE: Operation = Operation::new(
    "customer_portal:subscriptions:update",
    Method::PATCH,
    "/v1/customer-portal/subscriptions/{id}",
    Credential::CustomerSession,
    RetryClass::Unsafe,
);
/// `customer_portal:subscriptions:cancel`: `DELETE /v1/customer-portal/subscriptions/{id}`.
pub(crate) static CUSTOMER_PORTAL_SUBSCRIPTIONS_CANCEL: Operation = Operation::new(
    "customer_portal:subscriptions:cancel",
    Method::DELETE,
    "/v1/customer-portal/subscriptions/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:wallets:list`: `GET /v1/customer-portal/wallets/`.
pub(crate) static CUSTOMER_PORTAL_WALLETS_LIST: Operation = Operation::new(
    "customer_portal:wallets:list",
    Method::GET,
    "/v1/customer-portal/wallets/",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer_portal:wallets:get`: `GET /v1/customer-portal/wallets/{id}`.
pub(crate) static CUSTOMER_PORTAL_WALLETS_GET: Operation = Operation::new(
    "customer_portal:wallets:get",
    Method::GET,
    "/v1/customer-portal/wallets/{id}",
    Credential::CustomerSession,
    RetryClass::Safe,
);
/// `customer-seats:list_seats`: `GET /v1/customer-seats`.
pub(crate) static CUSTOMER_SEATS_LIST_SEATS: Operation = Operation::new(
    "customer-seats:list_seats",
    Method::GET,
    "/v1/customer-seats",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customer-seats:assign_seat`: `POST /v1/customer-seats`.
pub(crate) static CUSTOMER_SEATS_ASSIGN_SEAT: Operation = Operation::new(
    "customer-seats:assign_seat",
    Method::POST,
    "/v1/customer-seats",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `customer-seats:claim_seat`: `POST /v1/customer-seats/claim`.
pub(crate) static CUSTOMER_SEATS_CLAIM_SEAT: Operation = Operation::new(
    "customer-seats:claim_seat",
    Method::POST,
    "/v1/customer-seats/claim",
    Credential::None,
    RetryClass::Unsafe,
);
/// `customer-seats:get_claim_info`: `GET /v1/customer-seats/claim/{invitation_token}`.
pub(crate) static CUSTOMER_SEATS_GET_CLAIM_INFO: Operation = Operation::new(
    "customer-seats:get_claim_info",
    Method::GET,
    "/v1/customer-seats/claim/{invitation_token}",
    Credential::None,
    RetryClass::Safe,
);
/// `customer-seats:revoke_seat`: `DELETE /v1/customer-seats/{seat_id}`.
pub(crate) static CUSTOMER_SEATS_REVOKE_SEAT: Operation = Operation::new(
    "customer-seats:revoke_seat",
    Method::DELETE,
    "/v1/customer-seats/{seat_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customer-seats:resend_invitation`: `POST /v1/customer-seats/{seat_id}/resend`.
pub(crate) static CUSTOMER_SEATS_RESEND_INVITATION: Operation = Operation::new(
    "customer-seats:resend_invitation",
    Method::POST,
    "/v1/customer-seats/{seat_id}/resend",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `customer-sessions:create`: `POST /v1/customer-sessions/`.
pub(crate) static CUSTOMER_SESSIONS_CREATE: Operation = Operation::new(
    "customer-sessions:create",
    Method::POST,
    "/v1/customer-sessions/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:list`: `GET /v1/customers/`.
pub(crate) static CUSTOMERS_LIST: Operation = Operation::new(
    "customers:list",
    Method::GET,
    "/v1/customers/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:create`: `POST /v1/customers/`.
pub(crate) static CUSTOMERS_CREATE: Operation = Operation::new(
    "customers:create",
    Method::POST,
    "/v1/customers/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `customers:export`: `GET /v1/customers/export`.
pub(crate) static CUSTOMERS_EXPORT: Operation = Operation::new(
    "customers:export",
    Method::GET,
    "/v1/customers/export",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:get_external`: `GET /v1/customers/external/{external_id}`.
pub(crate) static CUSTOMERS_GET_EXTERNAL: Operation = Operation::new(
    "customers:get_external",
    Method::GET,
    "/v1/customers/external/{external_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:update_external`: `PATCH /v1/customers/external/{external_id}`.
pub(crate) static CUSTOMERS_UPDATE_EXTERNAL: Operation = Operation::new(
    "customers:update_external",
    Method::PATCH,
    "/v1/customers/external/{external_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:delete_external`: `DELETE /v1/customers/external/{external_id}`.
pub(crate) static CUSTOMERS_DELETE_EXTERNAL: Operation = Operation::new(
    "customers:delete_external",
    Method::DELETE,
    "/v1/customers/external/{external_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:members:create_external`: `POST /v1/customers/external/{external_id}/members`.
pub(crate) static CUSTOMERS_MEMBERS_CREATE_EXTERNAL: Operation = Operation::new(
    "customers:members:create_external",
    Method::POST,
    "/v1/customers/external/{external_id}/members",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `customers:members:get_external`: `GET /v1/customers/external/{external_id}/members/{member_external_id}`.
pub(crate) static CUSTOMERS_MEMBERS_GET_EXTERNAL: Operation = Operation::new(
    "customers:members:get_external",
    Method::GET,
    "/v1/customers/external/{external_id}/members/{member_external_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:members:update_external`: `PATCH /v1/customers/external/{external_id}/members/{member_external_id}`.
pub(crate) static CUSTOMERS_MEMBERS_UPDATE_EXTERNAL: Operation = Operation::new(
    "customers:members:update_external",
    Method::PATCH,
    "/v1/customers/external/{external_id}/members/{member_external_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:members:delete_external`: `DELETE /v1/customers/external/{external_id}/members/{member_external_id}`.
pub(crate) static CUSTOMERS_MEMBERS_DELETE_EXTERNAL: Operation = Operation::new(
    "customers:members:delete_external",
    Method::DELETE,
    "/v1/customers/external/{external_id}/members/{member_external_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:list_payment_methods_external`: `GET /v1/customers/external/{external_id}/payment-methods`.
pub(crate) static CUSTOMERS_LIST_PAYMENT_METHODS_EXTERNAL: Operation = Operation::new(
    "customers:list_payment_methods_external",
    Method::GET,
    "/v1/customers/external/{external_id}/payment-methods",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:get_state_external`: `GET /v1/customers/external/{external_id}/state`.
pub(crate) static CUSTOMERS_GET_STATE_EXTERNAL: Operation = Operation::new(
    "customers:get_state_external",
    Method::GET,
    "/v1/customers/external/{external_id}/state",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:get`: `GET /v1/customers/{id}`.
pub(crate) static CUSTOMERS_GET: Operation = Operation::new(
    "customers:get",
    Method::GET,
    "/v1/customers/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:update`: `PATCH /v1/customers/{id}`.
pub(crate) static CUSTOMERS_UPDATE: Operation = Operation::new(
    "customers:update",
    Method::PATCH,
    "/v1/customers/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:delete`: `DELETE /v1/customers/{id}`.
pub(crate) static CUSTOMERS_DELETE: Operation = Operation::new(
    "customers:delete",
    Method::DELETE,
    "/v1/customers/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:members:create`: `POST /v1/customers/{id}/members`.
pub(crate) static CUSTOMERS_MEMBERS_CREATE: Operation = Operation::new(
    "customers:members:create",
    Method::POST,
    "/v1/customers/{id}/members",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `customers:members:get`: `GET /v1/customers/{id}/members/{member_id}`.
pub(crate) static CUSTOMERS_MEMBERS_GET: Operation = Operation::new(
    "customers:members:get",
    Method::GET,
    "/v1/customers/{id}/members/{member_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:members:update`: `PATCH /v1/customers/{id}/members/{member_id}`.
pub(crate) static CUSTOMERS_MEMBERS_UPDATE: Operation = Operation::new(
    "customers:members:update",
    Method::PATCH,
    "/v1/customers/{id}/members/{member_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:members:delete`: `DELETE /v1/customers/{id}/members/{member_id}`.
pub(crate) static CUSTOMERS_MEMBERS_DELETE: Operation = Operation::new(
    "customers:members:delete",
    Method::DELETE,
    "/v1/customers/{id}/members/{member_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:list_payment_methods`: `GET /v1/customers/{id}/payment-methods`.
pub(crate) static CUSTOMERS_LIST_PAYMENT_METHODS: Operation = Operation::new(
    "customers:list_payment_methods",
    Method::GET,
    "/v1/customers/{id}/payment-methods",
    Credential::Organization,
    RetryClass::Safe,
);
/// `customers:get_state`: `GET /v1/customers/{id}/state`.
pub(crate) static CUSTOMERS_GET_STATE: Operation = Operation::new(
    "customers:get_state",
    Method::GET,
    "/v1/customers/{id}/state",
    Credential::Organization,
    RetryClass::Safe,
);
/// `discounts:list`: `GET /v1/discounts/`.
pub(crate) static DISCOUNTS_LIST: Operation = Operation::new(
    "discounts:list",
    Method::GET,
    "/v1/discounts/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `discounts:create`: `POST /v1/discounts/`.
pub(crate) static DISCOUNTS_CREATE: Operation = Operation::new(
    "discounts:create",
    Method::POST,
    "/v1/discounts/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `discounts:get`: `GET /v1/discounts/{id}`.
pub(crate) static DISCOUNTS_GET: Operation = Operation::new(
    "discounts:get",
    Method::GET,
    "/v1/discounts/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `discounts:update`: `PATCH /v1/discounts/{id}`.
pub(crate) static DISCOUNTS_UPDATE: Operation = Operation::new(
    "discounts:update",
    Method::PATCH,
    "/v1/discounts/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `discounts:delete`: `DELETE /v1/discounts/{id}`.
pub(crate) static DISCOUNTS_DELETE: Operation = Operation::new(
    "discounts:delete",
    Method::DELETE,
    "/v1/discounts/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `disputes:list`: `GET /v1/disputes/`.
pub(crate) static DISPUTES_LIST: Operation = Operation::new(
    "disputes:list",
    Method::GET,
    "/v1/disputes/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `disputes:get`: `GET /v1/disputes/{id}`.
pub(crate) static DISPUTES_GET: Operation = Operation::new(
    "disputes:get",
    Method::GET,
    "/v1/disputes/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `disputes:accept`: `POST /v1/disputes/{id}/accept`.
pub(crate) static DISPUTES_ACCEPT: Operation = Operation::new(
    "disputes:accept",
    Method::POST,
    "/v1/disputes/{id}/accept",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `event-types:list`: `GET /v1/event-types/`.
pub(crate) static EVENT_TYPES_LIST: Operation = Operation::new(
    "event-types:list",
    Method::GET,
    "/v1/event-types/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `event-types:update`: `PATCH /v1/event-types/{id}`.
pub(crate) static EVENT_TYPES_UPDATE: Operation = Operation::new(
    "event-types:update",
    Method::PATCH,
    "/v1/event-types/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `events:list`: `GET /v1/events/`.
pub(crate) static EVENTS_LIST: Operation = Operation::new(
    "events:list",
    Method::GET,
    "/v1/events/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `events:ingest`: `POST /v1/events/ingest`.
pub(crate) static EVENTS_INGEST: Operation = Operation::new(
    "events:ingest",
    Method::POST,
    "/v1/events/ingest",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `events:list_names`: `GET /v1/events/names`.
pub(crate) static EVENTS_LIST_NAMES: Operation = Operation::new(
    "events:list_names",
    Method::GET,
    "/v1/events/names",
    Credential::Organization,
    RetryClass::Safe,
);
/// `events:get`: `GET /v1/events/{id}`.
pub(crate) static EVENTS_GET: Operation = Operation::new(
    "events:get",
    Method::GET,
    "/v1/events/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `files:list`: `GET /v1/files/`.
pub(crate) static FILES_LIST: Operation = Operation::new(
    "files:list",
    Method::GET,
    "/v1/files/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `files:create`: `POST /v1/files/`.
pub(crate) static FILES_CREATE: Operation = Operation::new(
    "files:create",
    Method::POST,
    "/v1/files/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `files:update`: `PATCH /v1/files/{id}`.
pub(crate) static FILES_UPDATE: Operation = Operation::new(
    "files:update",
    Method::PATCH,
    "/v1/files/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `files:delete`: `DELETE /v1/files/{id}`.
pub(crate) static FILES_DELETE: Operation = Operation::new(
    "files:delete",
    Method::DELETE,
    "/v1/files/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `files:uploaded`: `POST /v1/files/{id}/uploaded`.
pub(crate) static FILES_UPLOADED: Operation = Operation::new(
    "files:uploaded",
    Method::POST,
    "/v1/files/{id}/uploaded",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `license_keys:list`: `GET /v1/license-keys/`.
pub(crate) static LICENSE_KEYS_LIST: Operation = Operation::new(
    "license_keys:list",
    Method::GET,
    "/v1/license-keys/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `license_keys:activate`: `POST /v1/license-keys/activate`.
pub(crate) static LICENSE_KEYS_ACTIVATE: Operation = Operation::new(
    "license_keys:activate",
    Method::POST,
    "/v1/license-keys/activate",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `license_keys:deactivate`: `POST /v1/license-keys/deactivate`.
pub(crate) static LICENSE_KEYS_DEACTIVATE: Operation = Operation::new(
    "license_keys:deactivate",
    Method::POST,
    "/v1/license-keys/deactivate",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `license_keys:validate`: `POST /v1/license-keys/validate`.
pub(crate) static LICENSE_KEYS_VALIDATE: Operation = Operation::new(
    "license_keys:validate",
    Method::POST,
    "/v1/license-keys/validate",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `license_keys:get`: `GET /v1/license-keys/{id}`.
pub(crate) static LICENSE_KEYS_GET: Operation = Operation::new(
    "license_keys:get",
    Method::GET,
    "/v1/license-keys/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `license_keys:update`: `PATCH /v1/license-keys/{id}`.
pub(crate) static LICENSE_KEYS_UPDATE: Operation = Operation::new(
    "license_keys:update",
    Method::PATCH,
    "/v1/license-keys/{id}",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `license_keys:get_activation`: `GET /v1/license-keys/{id}/activations/{activation_id}`.
pub(crate) static LICENSE_KEYS_GET_ACTIVATION: Operation = Operation::new(
    "license_keys:get_activation",
    Method::GET,
    "/v1/license-keys/{id}/activations/{activation_id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `members:list_members`: `GET /v1/members/`.
pub(crate) static MEMBERS_LIST_MEMBERS: Operation = Operation::new(
    "members:list_members",
    Method::GET,
    "/v1/members/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `meters:list`: `GET /v1/meters/`.
pub(crate) static METERS_LIST: Operation = Operation::new(
    "meters:list",
    Method::GET,
    "/v1/meters/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `meters:create`: `POST /v1/meters/`.
pub(crate) static METERS_CREATE: Operation = Operation::new(
    "meters:create",
    Method::POST,
    "/v1/meters/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `meters:get`: `GET /v1/meters/{id}`.
pub(crate) static METERS_GET: Operation = Operation::new(
    "meters:get",
    Method::GET,
    "/v1/meters/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `meters:update`: `PATCH /v1/meters/{id}`.
pub(crate) static METERS_UPDATE: Operation = Operation::new(
    "meters:update",
    Method::PATCH,
    "/v1/meters/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `meters:quantities`: `GET /v1/meters/{id}/quantities`.
pub(crate) static METERS_QUANTITIES: Operation = Operation::new(
    "meters:quantities",
    Method::GET,
    "/v1/meters/{id}/quantities",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:get`: `GET /v1/metrics/`.
pub(crate) static METRICS_GET: Operation = Operation::new(
    "metrics:get",
    Method::GET,
    "/v1/metrics/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:list_dashboards`: `GET /v1/metrics/dashboards`.
pub(crate) static METRICS_LIST_DASHBOARDS: Operation = Operation::new(
    "metrics:list_dashboards",
    Method::GET,
    "/v1/metrics/dashboards",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:create_dashboard`: `POST /v1/metrics/dashboards`.
pub(crate) static METRICS_CREATE_DASHBOARD: Operation = Operation::new(
    "metrics:create_dashboard",
    Method::POST,
    "/v1/metrics/dashboards",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `metrics:get_dashboard`: `GET /v1/metrics/dashboards/{id}`.
pub(crate) static METRICS_GET_DASHBOARD: Operation = Operation::new(
    "metrics:get_dashboard",
    Method::GET,
    "/v1/metrics/dashboards/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:update_dashboard`: `PATCH /v1/metrics/dashboards/{id}`.
pub(crate) static METRICS_UPDATE_DASHBOARD: Operation = Operation::new(
    "metrics:update_dashboard",
    Method::PATCH,
    "/v1/metrics/dashboards/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:delete_dashboard`: `DELETE /v1/metrics/dashboards/{id}`.
pub(crate) static METRICS_DELETE_DASHBOARD: Operation = Operation::new(
    "metrics:delete_dashboard",
    Method::DELETE,
    "/v1/metrics/dashboards/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:export`: `GET /v1/metrics/export`.
pub(crate) static METRICS_EXPORT: Operation = Operation::new(
    "metrics:export",
    Method::GET,
    "/v1/metrics/export",
    Credential::Organization,
    RetryClass::Safe,
);
/// `metrics:limits`: `GET /v1/metrics/limits`.
pub(crate) static METRICS_LIMITS: Operation = Operation::new(
    "metrics:limits",
    Method::GET,
    "/v1/metrics/limits",
    Credential::Organization,
    RetryClass::Safe,
);
/// `oauth2:authorize`: `GET /v1/oauth2/authorize`.
pub(crate) static OAUTH2_AUTHORIZE: Operation = Operation::new(
    "oauth2:authorize",
    Method::GET,
    "/v1/oauth2/authorize",
    Credential::User,
    RetryClass::Safe,
);
/// `oauth2:introspect_token`: `POST /v1/oauth2/introspect`.
pub(crate) static OAUTH2_INTROSPECT_TOKEN: Operation = Operation::new(
    "oauth2:introspect_token",
    Method::POST,
    "/v1/oauth2/introspect",
    Credential::None,
    RetryClass::Safe,
);
/// `oauth2:clients:oauth2:create_client`: `POST /v1/oauth2/register`.
pub(crate) static OAUTH2_CLIENTS_OAUTH2_CREATE_CLIENT: Operation = Operation::new(
    "oauth2:clients:oauth2:create_client",
    Method::POST,
    "/v1/oauth2/register",
    Credential::User,
    RetryClass::Unsafe,
);
/// `oauth2:clients:oauth2:get_client`: `GET /v1/oauth2/register/{client_id}`.
pub(crate) static OAUTH2_CLIENTS_OAUTH2_GET_CLIENT: Operation = Operation::new(
    "oauth2:clients:oauth2:get_client",
    Method::GET,
    "/v1/oauth2/register/{client_id}",
    Credential::User,
    RetryClass::Safe,
);
/// `oauth2:clients:oauth2:update_client`: `PUT /v1/oauth2/register/{client_id}`.
pub(crate) static OAUTH2_CLIENTS_OAUTH2_UPDATE_CLIENT: Operation = Operation::new(
    "oauth2:clients:oauth2:update_client",
    Method::PUT,
    "/v1/oauth2/register/{client_id}",
    Credential::User,
    RetryClass::Safe,
);
/// `oauth2:clients:oauth2:delete_client`: `DELETE /v1/oauth2/register/{client_id}`.
pub(crate) static OAUTH2_CLIENTS_OAUTH2_DELETE_CLIENT: Operation = Operation::new(
    "oauth2:clients:oauth2:delete_client",
    Method::DELETE,
    "/v1/oauth2/register/{client_id}",
    Credential::User,
    RetryClass::Safe,
);
/// `oauth2:revoke_token`: `POST /v1/oauth2/revoke`.
pub(crate) static OAUTH2_REVOKE_TOKEN: Operation = Operation::new(
    "oauth2:revoke_token",
    Method::POST,
    "/v1/oauth2/revoke",
    Credential::None,
    RetryClass::Safe,
);
/// `oauth2:request_token`: `POST /v1/oauth2/token`.
pub(crate) static OAUTH2_REQUEST_TOKEN: Operation = Operation::new(
    "oauth2:request_token",
    Method::POST,
    "/v1/oauth2/token",
    Credential::None,
    RetryClass::Unsafe,
);
/// `oauth2:userinfo`: `GET /v1/oauth2/userinfo`.
pub(crate) static OAUTH2_USERINFO: Operation = Operation::new(
    "oauth2:userinfo",
    Method::GET,
    "/v1/oauth2/userinfo",
    Credential::User,
    RetryClass::Safe,
);
/// `orders:list`: `GET /v1/orders/`.
pub(crate) static ORDERS_LIST: Operation = Operation::new(
    "orders:list",
    Method::GET,
    "/v1/orders/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `orders:create`: `POST /v1/orders/`.
pub(crate) static ORDERS_CREATE: Operation = Operation::new(
    "orders:create",
    Method::POST,
    "/v1/orders/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `orders:export`: `GET /v1/orders/export`.
pub(crate) static ORDERS_EXPORT: Operation = Operation::new(
    "orders:export",
    Method::GET,
    "/v1/orders/export",
    Credential::Organization,
    RetryClass::Safe,
);
/// `orders:get`: `GET /v1/orders/{id}`.
pub(crate) static ORDERS_GET: Operation = Operation::new(
    "orders:get",
    Method::GET,
    "/v1/orders/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `orders:update`: `PATCH /v1/orders/{id}`.
pub(crate) static ORDERS_UPDATE: Operation = Operation::new(
    "orders:update",
    Method::PATCH,
    "/v1/orders/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `orders:finalize`: `POST /v1/orders/{id}/finalize`.
pub(crate) static ORDERS_FINALIZE: Operation = Operation::new(
    "orders:finalize",
    Method::POST,
    "/v1/orders/{id}/finalize",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `orders:invoice`: `GET /v1/orders/{id}/invoice`.
pub(crate) static ORDERS_INVOICE: Operation = Operation::new(
    "orders:invoice",
    Method::GET,
    "/v1/orders/{id}/invoice",
    Credential::Organization,
    RetryClass::Safe,
);
/// `orders:generate_invoice`: `POST /v1/orders/{id}/invoice`.
pub(crate) static ORDERS_GENERATE_INVOICE: Operation = Operation::new(
    "orders:generate_invoice",
    Method::POST,
    "/v1/orders/{id}/invoice",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `orders:receipt`: `GET /v1/orders/{id}/receipt`.
pub(crate) static ORDERS_RECEIPT: Operation = Operation::new(
    "orders:receipt",
    Method::GET,
    "/v1/orders/{id}/receipt",
    Credential::Organization,
    RetryClass::Safe,
);
/// `organizations:list`: `GET /v1/organizations/`.
pub(crate) static ORGANIZATIONS_LIST: Operation = Operation::new(
    "organizations:list",
    Method::GET,
    "/v1/organizations/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `organizations:create`: `POST /v1/organizations/`.
pub(crate) static ORGANIZATIONS_CREATE: Operation = Operation::new(
    "organizations:create",
    Method::POST,
    "/v1/organizations/",
    Credential::User,
    RetryClass::Unsafe,
);
/// `organizations:get`: `GET /v1/organizations/{id}`.
pub(crate) static ORGANIZATIONS_GET: Operation = Operation::new(
    "organizations:get",
    Method::GET,
    "/v1/organizations/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `organizations:update`: `PATCH /v1/organizations/{id}`.
pub(crate) static ORGANIZATIONS_UPDATE: Operation = Operation::new(
    "organizations:update",
    Method::PATCH,
    "/v1/organizations/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `payments:list`: `GET /v1/payments/`.
pub(crate) static PAYMENTS_LIST: Operation = Operation::new(
    "payments:list",
    Method::GET,
    "/v1/payments/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `payments:get`: `GET /v1/payments/{id}`.
pub(crate) static PAYMENTS_GET: Operation = Operation::new(
    "payments:get",
    Method::GET,
    "/v1/payments/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `products:list`: `GET /v1/products/`.
pub(crate) static PRODUCTS_LIST: Operation = Operation::new(
    "products:list",
    Method::GET,
    "/v1/products/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `products:create`: `POST /v1/products/`.
pub(crate) static PRODUCTS_CREATE: Operation = Operation::new(
    "products:create",
    Method::POST,
    "/v1/products/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `products:get`: `GET /v1/products/{id}`.
pub(crate) static PRODUCTS_GET: Operation = Operation::new(
    "products:get",
    Method::GET,
    "/v1/products/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `products:update`: `PATCH /v1/products/{id}`.
pub(crate) static PRODUCTS_UPDATE: Operation = Operation::new(
    "products:update",
    Method::PATCH,
    "/v1/products/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `products:update_benefits`: `POST /v1/products/{id}/benefits`.
pub(crate) static PRODUCTS_UPDATE_BENEFITS: Operation = Operation::new(
    "products:update_benefits",
    Method::POST,
    "/v1/products/{id}/benefits",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `refunds:list`: `GET /v1/refunds/`.
pub(crate) static REFUNDS_LIST: Operation = Operation::new(
    "refunds:list",
    Method::GET,
    "/v1/refunds/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `refunds:create`: `POST /v1/refunds/`.
pub(crate) static REFUNDS_CREATE: Operation = Operation::new(
    "refunds:create",
    Method::POST,
    "/v1/refunds/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `subscriptions:list`: `GET /v1/subscriptions/`.
pub(crate) static SUBSCRIPTIONS_LIST: Operation = Operation::new(
    "subscriptions:list",
    Method::GET,
    "/v1/subscriptions/",
    Credential::Organization,
    RetryClass::Safe,
);
/// `subscriptions:create`: `POST /v1/subscriptions/`.
pub(crate) static SUBSCRIPTIONS_CREATE: Operation = Operation::new(
    "subscriptions:create",
    Method::POST,
    "/v1/subscriptions/",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `subscriptions:export`: `GET /v1/subscriptions/export`.
pub(crate) static SUBSCRIPTIONS_EXPORT: Operation = Operation::new(
    "subscriptions:export",
    Method::GET,
    "/v1/subscriptions/export",
    Credential::Organization,
    RetryClass::Safe,
);
/// `subscriptions:get`: `GET /v1/subscriptions/{id}`.
pub(crate) static SUBSCRIPTIONS_GET: Operation = Operation::new(
    "subscriptions:get",
    Method::GET,
    "/v1/subscriptions/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `subscriptions:update`: `PATCH /v1/subscriptions/{id}`.
pub(crate) static SUBSCRIPTIONS_UPDATE: Operation = Operation::new(
    "subscriptions:update",
    Method::PATCH,
    "/v1/subscriptions/{id}",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `subscriptions:revoke`: `DELETE /v1/subscriptions/{id}`.
pub(crate) static SUBSCRIPTIONS_REVOKE: Operation = Operation::new(
    "subscriptions:revoke",
    Method::DELETE,
    "/v1/subscriptions/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:list_webhook_deliveries`: `GET /v1/webhooks/deliveries`.
pub(crate) static WEBHOOKS_LIST_WEBHOOK_DELIVERIES: Operation = Operation::new(
    "webhooks:list_webhook_deliveries",
    Method::GET,
    "/v1/webhooks/deliveries",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:list_webhook_endpoints`: `GET /v1/webhooks/endpoints`.
pub(crate) static WEBHOOKS_LIST_WEBHOOK_ENDPOINTS: Operation = Operation::new(
    "webhooks:list_webhook_endpoints",
    Method::GET,
    "/v1/webhooks/endpoints",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:create_webhook_endpoint`: `POST /v1/webhooks/endpoints`.
pub(crate) static WEBHOOKS_CREATE_WEBHOOK_ENDPOINT: Operation = Operation::new(
    "webhooks:create_webhook_endpoint",
    Method::POST,
    "/v1/webhooks/endpoints",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `webhooks:get_webhook_endpoint`: `GET /v1/webhooks/endpoints/{id}`.
pub(crate) static WEBHOOKS_GET_WEBHOOK_ENDPOINT: Operation = Operation::new(
    "webhooks:get_webhook_endpoint",
    Method::GET,
    "/v1/webhooks/endpoints/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:update_webhook_endpoint`: `PATCH /v1/webhooks/endpoints/{id}`.
pub(crate) static WEBHOOKS_UPDATE_WEBHOOK_ENDPOINT: Operation = Operation::new(
    "webhooks:update_webhook_endpoint",
    Method::PATCH,
    "/v1/webhooks/endpoints/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:delete_webhook_endpoint`: `DELETE /v1/webhooks/endpoints/{id}`.
pub(crate) static WEBHOOKS_DELETE_WEBHOOK_ENDPOINT: Operation = Operation::new(
    "webhooks:delete_webhook_endpoint",
    Method::DELETE,
    "/v1/webhooks/endpoints/{id}",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:reset_webhook_endpoint_secret`: `PATCH /v1/webhooks/endpoints/{id}/secret`.
pub(crate) static WEBHOOKS_RESET_WEBHOOK_ENDPOINT_SECRET: Operation = Operation::new(
    "webhooks:reset_webhook_endpoint_secret",
    Method::PATCH,
    "/v1/webhooks/endpoints/{id}/secret",
    Credential::Organization,
    RetryClass::Safe,
);
/// `webhooks:redeliver_webhook_event`: `POST /v1/webhooks/events/{id}/redeliver`.
pub(crate) static WEBHOOKS_REDELIVER_WEBHOOK_EVENT: Operation = Operation::new(
    "webhooks:redeliver_webhook_event",
    Method::POST,
    "/v1/webhooks/events/{id}/redeliver",
    Credential::Organization,
    RetryClass::Unsafe,
);
/// `member-sessions:create`: `POST /v1/member-sessions/`.
pub(crate) static MEMBER_SESSIONS_CREATE: Operation = Operation::new(
        "member-sessions:create",
        Method::POST,
        "/v1/member-sessions/",
        Credential::Organization,
        RetryClass::Safe,
    )
    .with_not_found_hint(
        "Polar retired POST /v1/member-sessions/ on 2026-03-03; use customer sessions with member_id instead: polar.customer_sessions().create(CustomerSessionCreate::for_customer(customer_id).with_member_id(member_id))",
    );
/**The `benefit_grants` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.benefit_grants().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct BenefitGrants<'a> {
    polar: &'a Polar,
}
impl<'a> BenefitGrants<'a> {
    /**List Benefit Grants.

List benefit grants across all benefits accessible to the authenticated subject.

**Scopes**: `benefits:read` `benefits:write`

`benefit-grants:list`: `GET /v1/benefit-grants/`, an organization, personal or OAuth2 token, scope `benefits:read` or `benefits:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::BenefitGrant>, ListBenefitGrants> {
        RequestBuilder::new(self.polar, &BENEFIT_GRANTS_LIST, &[], decode::page())
    }
}
///Marks the request builder of `benefit-grants:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListBenefitGrants;
impl RequestBuilder<Page<crate::models::BenefitGrant>, ListBenefitGrants> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by customer external ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    ///Filter by granted status. If `true`, only granted benefits will be returned. If `false`, only revoked benefits will be returned.
    pub fn is_granted(self, value: bool) -> Self {
        self.set_query("is_granted", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::BenefitGrantSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `benefits` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.benefits().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Benefits<'a> {
    polar: &'a Polar,
}
impl<'a> Benefits<'a> {
    /**List Benefits.

List benefits.

**Scopes**: `benefits:read` `benefits:write`

`benefits:list`: `GET /v1/benefits/`, an organization, personal or OAuth2 token, scope `benefits:read` or `benefits:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Benefit>, ListBenefits> {
        RequestBuilder::new(self.polar, &BENEFITS_LIST, &[], decode::page())
    }
    /**Create Benefit.

Create a benefit.

**Scopes**: `benefits:write`

`benefits:create`: `POST /v1/benefits/`, an organization, personal or OAuth2 token, scope `benefits:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::BenefitCreate,
    ) -> RequestBuilder<crate::models::Benefit> {
        RequestBuilder::new(self.polar, &BENEFITS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Benefit.

Get a benefit by ID.

**Scopes**: `benefits:read` `benefits:write`

`benefits:get`: `GET /v1/benefits/{id}`, an organization, personal or OAuth2 token, scope `benefits:read` or `benefits:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Benefit> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &BENEFITS_GET, &[&id], decode::json())
    }
    /**Update Benefit.

Update a benefit.

**Scopes**: `benefits:write`

`benefits:update`: `PATCH /v1/benefits/{id}`, an organization, personal or OAuth2 token, scope `benefits:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::BenefitUpdate,
    ) -> RequestBuilder<crate::models::Benefit> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &BENEFITS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Delete Benefit.

Delete a benefit.

&gt; \[!WARNING\]
&gt; Every grants associated with the benefit will be revoked.
&gt; Users will lose access to the benefit.

**Scopes**: `benefits:write`

`benefits:delete`: `DELETE /v1/benefits/{id}`, an organization, personal or OAuth2 token, scope `benefits:write`.*/
    pub fn delete(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &BENEFITS_DELETE, &[&id], decode::empty())
    }
    /**List Benefit Files.

List the downloadable files for a benefit with their download statistics.

**Scopes**: `benefits:read` `benefits:write`

`benefits:files`: `GET /v1/benefits/{id}/files`, an organization, personal or OAuth2 token, scope `benefits:read` or `benefits:write`.*/
    pub fn files(
        &self,
        id: Uuid,
    ) -> RequestBuilder<Page<crate::models::BenefitDownloadableFile>> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &BENEFITS_FILES, &[&id], decode::page())
    }
    /**List Benefit Grants.

List the individual grants for a benefit.

It's especially useful to check if a user has been granted a benefit.

**Scopes**: `benefits:read` `benefits:write`

`benefits:grants`: `GET /v1/benefits/{id}/grants`, an organization, personal or OAuth2 token, scope `benefits:read` or `benefits:write`.*/
    pub fn grants(
        &self,
        id: Uuid,
    ) -> RequestBuilder<Page<crate::models::BenefitGrant>, GrantsBenefits> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &BENEFITS_GRANTS, &[&id], decode::page())
    }
}
///Marks the request builder of `benefits:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListBenefits;
impl RequestBuilder<Page<crate::models::Benefit>, ListBenefits> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by benefit type.

Call again to add more values (sent as repeated keys).*/
    pub fn r#type(self, value: crate::models::BenefitType) -> Self {
        self.append_query("type", &value)
    }
    /**Filter by benefit IDs.

Call again to add more values (sent as repeated keys).*/
    pub fn id(self, value: Uuid) -> Self {
        self.append_query("id", &value)
    }
    /**Exclude benefits with these IDs.

Call again to add more values (sent as repeated keys).*/
    pub fn exclude_id(self, value: Uuid) -> Self {
        self.append_query("exclude_id", &value)
    }
    ///Filter by description.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::BenefitSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
///Marks the request builder of `benefits:grants`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct GrantsBenefits;
impl RequestBuilder<Page<crate::models::BenefitGrant>, GrantsBenefits> {
    ///Filter by granted status. If `true`, only granted benefits will be returned. If `false`, only revoked benefits will be returned.
    pub fn is_granted(self, value: bool) -> Self {
        self.set_query("is_granted", &value)
    }
    /**Filter by customer.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by member.

Call again to add more values (sent as repeated keys).*/
    pub fn member_id(self, value: Uuid) -> Self {
        self.append_query("member_id", &value)
    }
}
/**The `checkout_links` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.checkout_links().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CheckoutLinks<'a> {
    polar: &'a Polar,
}
impl<'a> CheckoutLinks<'a> {
    /**List Checkout Links.

List checkout links.

**Scopes**: `checkout_links:read` `checkout_links:write`

`checkout-links:list`: `GET /v1/checkout-links/`, an organization, personal or OAuth2 token, scope `checkout_links:read` or `checkout_links:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::CheckoutLink>, ListCheckoutLinks> {
        RequestBuilder::new(self.polar, &CHECKOUT_LINKS_LIST, &[], decode::page())
    }
    /**Create Checkout Link.

Create a checkout link.

**Scopes**: `checkout_links:write`

`checkout-links:create`: `POST /v1/checkout-links/`, an organization, personal or OAuth2 token, scope `checkout_links:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::CheckoutLinkCreate,
    ) -> RequestBuilder<crate::models::CheckoutLink> {
        RequestBuilder::new(self.polar, &CHECKOUT_LINKS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Checkout Link.

Get a checkout link by ID.

**Scopes**: `checkout_links:read` `checkout_links:write`

`checkout-links:get`: `GET /v1/checkout-links/{id}`, an organization, personal or OAuth2 token, scope `checkout_links:read` or `checkout_links:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CheckoutLink> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CHECKOUT_LINKS_GET, &[&id], decode::json())
    }
    /**Update Checkout Link.

Update a checkout link.

**Scopes**: `checkout_links:write`

`checkout-links:update`: `PATCH /v1/checkout-links/{id}`, an organization, personal or OAuth2 token, scope `checkout_links:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CheckoutLinkUpdate,
    ) -> RequestBuilder<crate::models::CheckoutLink> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CHECKOUT_LINKS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Delete Checkout Link.

Delete a checkout link.

**Scopes**: `checkout_links:write`

`checkout-links:delete`: `DELETE /v1/checkout-links/{id}`, an organization, personal or OAuth2 token, scope `checkout_links:write`.*/
    pub fn delete(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CHECKOUT_LINKS_DELETE, &[&id], decode::empty())
    }
}
///Marks the request builder of `checkout-links:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCheckoutLinks;
impl RequestBuilder<Page<crate::models::CheckoutLink>, ListCheckoutLinks> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CheckoutLinkSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `checkouts` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.checkouts().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Checkouts<'a> {
    polar: &'a Polar,
}
impl<'a> Checkouts<'a> {
    /**List Checkout Sessions.

List checkout sessions.

**Scopes**: `checkouts:read` `checkouts:write`

`checkouts:list`: `GET /v1/checkouts/`, an organization, personal or OAuth2 token, scope `checkouts:read` or `checkouts:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Checkout>, ListCheckouts> {
        RequestBuilder::new(self.polar, &CHECKOUTS_LIST, &[], decode::page())
    }
    /**Create Checkout Session.

Create a checkout session.

**Scopes**: `checkouts:write`

`checkouts:create`: `POST /v1/checkouts/`, an organization, personal or OAuth2 token, scope `checkouts:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::CheckoutCreate,
    ) -> RequestBuilder<crate::models::Checkout> {
        RequestBuilder::new(self.polar, &CHECKOUTS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Checkout Session from Client.

Get a checkout session by client secret.

`checkouts:client_get`: `GET /v1/checkouts/client/{client_secret}`, no credential (no `Authorization` is sent).*/
    pub fn client_get(
        &self,
        client_secret: impl AsRef<str>,
    ) -> RequestBuilder<crate::models::CheckoutPublic> {
        RequestBuilder::new(
            self.polar,
            &CHECKOUTS_CLIENT_GET,
            &[client_secret.as_ref()],
            decode::json(),
        )
    }
    /**Update Checkout Session from Client.

Update a checkout session by client secret.

`checkouts:client_update`: `PATCH /v1/checkouts/client/{client_secret}`, no credential (no `Authorization` is sent).*/
    pub fn client_update(
        &self,
        client_secret: impl AsRef<str>,
        body: crate::models::CheckoutUpdatePublic,
    ) -> RequestBuilder<crate::models::CheckoutPublic> {
        RequestBuilder::new(
                self.polar,
                &CHECKOUTS_CLIENT_UPDATE,
                &[client_secret.as_ref()],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Confirm Checkout Session from Client.

Confirm a checkout session by client secret.

Orders and subscriptions will be processed.

`checkouts:client_confirm`: `POST /v1/checkouts/client/{client_secret}/confirm`, a personal or OAuth2 user token. Not repeated by a retry once it may have reached Polar.*/
    pub fn client_confirm(
        &self,
        client_secret: impl AsRef<str>,
        body: crate::models::CheckoutConfirmStripe,
    ) -> RequestBuilder<crate::models::CheckoutPublicConfirmed> {
        RequestBuilder::new(
                self.polar,
                &CHECKOUTS_CLIENT_CONFIRM,
                &[client_secret.as_ref()],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Get Checkout Session.

Get a checkout session by ID.

**Scopes**: `checkouts:read` `checkouts:write`

`checkouts:get`: `GET /v1/checkouts/{id}`, an organization, personal or OAuth2 token, scope `checkouts:read` or `checkouts:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Checkout> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CHECKOUTS_GET, &[&id], decode::json())
    }
    /**Update Checkout Session.

Update a checkout session.

**Scopes**: `checkouts:write`

`checkouts:update`: `PATCH /v1/checkouts/{id}`, an organization, personal or OAuth2 token, scope `checkouts:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CheckoutUpdate,
    ) -> RequestBuilder<crate::models::Checkout> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CHECKOUTS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
}
///Marks the request builder of `checkouts:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCheckouts;
impl RequestBuilder<Page<crate::models::Checkout>, ListCheckouts> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by customer external ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    /**Filter by checkout session status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::CheckoutStatus) -> Self {
        self.append_query("status", &value)
    }
    ///Filter by customer email.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CheckoutSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `custom_fields` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.custom_fields().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomFields<'a> {
    polar: &'a Polar,
}
impl<'a> CustomFields<'a> {
    /**List Custom Fields.

List custom fields.

**Scopes**: `custom_fields:read` `custom_fields:write`

`custom-fields:list`: `GET /v1/custom-fields/`, an organization, personal or OAuth2 token, scope `custom_fields:read` or `custom_fields:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::CustomField>, ListCustomFields> {
        RequestBuilder::new(self.polar, &CUSTOM_FIELDS_LIST, &[], decode::page())
    }
    /**Create Custom Field.

Create a custom field.

**Scopes**: `custom_fields:write`

`custom-fields:create`: `POST /v1/custom-fields/`, an organization, personal or OAuth2 token, scope `custom_fields:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::CustomFieldCreate,
    ) -> RequestBuilder<crate::models::CustomField> {
        RequestBuilder::new(self.polar, &CUSTOM_FIELDS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Custom Field.

Get a custom field by ID.

**Scopes**: `custom_fields:read` `custom_fields:write`

`custom-fields:get`: `GET /v1/custom-fields/{id}`, an organization, personal or OAuth2 token, scope `custom_fields:read` or `custom_fields:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomField> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOM_FIELDS_GET, &[&id], decode::json())
    }
    /**Update Custom Field.

Update a custom field.

**Scopes**: `custom_fields:write`

`custom-fields:update`: `PATCH /v1/custom-fields/{id}`, an organization, personal or OAuth2 token, scope `custom_fields:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CustomFieldUpdate,
    ) -> RequestBuilder<crate::models::CustomField> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOM_FIELDS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Delete Custom Field.

Delete a custom field.

**Scopes**: `custom_fields:write`

`custom-fields:delete`: `DELETE /v1/custom-fields/{id}`, an organization, personal or OAuth2 token, scope `custom_fields:write`.*/
    pub fn delete(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOM_FIELDS_DELETE, &[&id], decode::empty())
    }
}
///Marks the request builder of `custom-fields:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomFields;
impl RequestBuilder<Page<crate::models::CustomField>, ListCustomFields> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    ///Filter by custom field name or slug.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    /**Filter by custom field type.

Call again to add more values (sent as repeated keys).*/
    pub fn r#type(self, value: crate::models::CustomFieldType) -> Self {
        self.append_query("type", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CustomFieldSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `customer_meters` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_meters().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerMeters<'a> {
    polar: &'a Polar,
}
impl<'a> CustomerMeters<'a> {
    /**List Customer Meters.

List customer meters.

**Scopes**: `customer_meters:read`

`customer_meters:list`: `GET /v1/customer-meters/`, an organization, personal or OAuth2 token, scope `customer_meters:read`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::CustomerMeter>, ListCustomerMeters> {
        RequestBuilder::new(self.polar, &CUSTOMER_METERS_LIST, &[], decode::page())
    }
    /**Get Customer Meter.

Get a customer meter by ID.

**Scopes**: `customer_meters:read`

`customer_meters:get`: `GET /v1/customer-meters/{id}`, an organization, personal or OAuth2 token, scope `customer_meters:read`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerMeter> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOMER_METERS_GET, &[&id], decode::json())
    }
}
///Marks the request builder of `customer_meters:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerMeters;
impl RequestBuilder<Page<crate::models::CustomerMeter>, ListCustomerMeters> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by external customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    /**Filter by meter ID.

Call again to add more values (sent as repeated keys).*/
    pub fn meter_id(self, value: Uuid) -> Self {
        self.append_query("meter_id", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CustomerMeterSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
impl CustomerPortal {
    /// The `customer_portal/benefit_grants` operations.
    pub fn benefit_grants(&self) -> CustomerPortalBenefitGrants<'_> {
        CustomerPortalBenefitGrants {
            portal: self,
        }
    }
    /// The `customer_portal/customer_meters` operations.
    pub fn customer_meters(&self) -> CustomerPortalCustomerMeters<'_> {
        CustomerPortalCustomerMeters {
            portal: self,
        }
    }
    /// The `customer_portal/customer_session` operations.
    pub fn customer_session(&self) -> CustomerPortalCustomerSession<'_> {
        CustomerPortalCustomerSession {
            portal: self,
        }
    }
    /// The `customer_portal/customers` operations.
    pub fn customers(&self) -> CustomerPortalCustomers<'_> {
        CustomerPortalCustomers {
            portal: self,
        }
    }
    /// The `customer_portal/downloadables` operations.
    pub fn downloadables(&self) -> CustomerPortalDownloadables<'_> {
        CustomerPortalDownloadables {
            portal: self,
        }
    }
    /// The `customer_portal/license_keys` operations.
    pub fn license_keys(&self) -> CustomerPortalLicenseKeys<'_> {
        CustomerPortalLicenseKeys {
            portal: self,
        }
    }
    /// The `customer_portal/members` operations.
    pub fn members(&self) -> CustomerPortalMembers<'_> {
        CustomerPortalMembers {
            portal: self,
        }
    }
    /// The `customer_portal/orders` operations.
    pub fn orders(&self) -> CustomerPortalOrders<'_> {
        CustomerPortalOrders {
            portal: self,
        }
    }
    /// The `customer_portal/organizations` operations.
    pub fn organizations(&self) -> CustomerPortalOrganizations<'_> {
        CustomerPortalOrganizations {
            portal: self,
        }
    }
    /// The `customer_portal/seats` operations.
    pub fn seats(&self) -> CustomerPortalSeats<'_> {
        CustomerPortalSeats {
            portal: self,
        }
    }
    /// The `customer_portal/subscriptions` operations.
    pub fn subscriptions(&self) -> CustomerPortalSubscriptions<'_> {
        CustomerPortalSubscriptions {
            portal: self,
        }
    }
    /// The `customer_portal/wallets` operations.
    pub fn wallets(&self) -> CustomerPortalWallets<'_> {
        CustomerPortalWallets {
            portal: self,
        }
    }
}
/**The `customer_portal/benefit_grants` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").benefit_grants().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalBenefitGrants<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalBenefitGrants<'a> {
    /**List Benefit Grants.

List benefits grants of the authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:benefit-grants:list`: `GET /v1/customer-portal/benefit-grants/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::CustomerBenefitGrant>,
        ListCustomerPortalBenefitGrants,
    > {
        self.portal.request(&CUSTOMER_PORTAL_BENEFIT_GRANTS_LIST, &[], decode::page())
    }
    /**Get Benefit Grant.

Get a benefit grant by ID for the authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:benefit-grants:get`: `GET /v1/customer-portal/benefit-grants/{id}`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerBenefitGrant> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_BENEFIT_GRANTS_GET, &[&id], decode::json())
    }
    /**Update Benefit Grant.

Update a benefit grant for the authenticated customer.

**Scopes**: `customer_portal:write`

`customer_portal:benefit-grants:update`: `PATCH /v1/customer-portal/benefit-grants/{id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CustomerBenefitGrantUpdate,
    ) -> RequestBuilder<crate::models::CustomerBenefitGrant> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_BENEFIT_GRANTS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
}
///Marks the request builder of `customer_portal:benefit-grants:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalBenefitGrants;
impl RequestBuilder<
    Page<crate::models::CustomerBenefitGrant>,
    ListCustomerPortalBenefitGrants,
> {
    ///Filter by benefit description.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    /**Filter by benefit type.

Call again to add more values (sent as repeated keys).*/
    pub fn r#type(self, value: crate::models::BenefitType) -> Self {
        self.append_query("type", &value)
    }
    /**Filter by benefit ID.

Call again to add more values (sent as repeated keys).*/
    pub fn benefit_id(self, value: Uuid) -> Self {
        self.append_query("benefit_id", &value)
    }
    /**Filter by checkout ID.

Call again to add more values (sent as repeated keys).*/
    pub fn checkout_id(self, value: Uuid) -> Self {
        self.append_query("checkout_id", &value)
    }
    /**Filter by order ID.

Call again to add more values (sent as repeated keys).*/
    pub fn order_id(self, value: Uuid) -> Self {
        self.append_query("order_id", &value)
    }
    /**Filter by subscription ID.

Call again to add more values (sent as repeated keys).*/
    pub fn subscription_id(self, value: Uuid) -> Self {
        self.append_query("subscription_id", &value)
    }
    /**Filter by member ID.

Call again to add more values (sent as repeated keys).*/
    pub fn member_id(self, value: Uuid) -> Self {
        self.append_query("member_id", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<
        I: IntoIterator<Item = crate::models::CustomerBenefitGrantSortProperty>,
    >(self, values: I) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `customer_portal/customer_meters` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").customer_meters().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalCustomerMeters<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalCustomerMeters<'a> {
    /**List Meters.

List meters of the authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:customer_meters:list`: `GET /v1/customer-portal/meters/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::CustomerCustomerMeter>,
        ListCustomerPortalCustomerMeters,
    > {
        self.portal.request(&CUSTOMER_PORTAL_CUSTOMER_METERS_LIST, &[], decode::page())
    }
    /**Get Customer Meter.

Get a meter by ID for the authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:customer_meters:get`: `GET /v1/customer-portal/meters/{id}`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerCustomerMeter> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_CUSTOMER_METERS_GET, &[&id], decode::json())
    }
}
///Marks the request builder of `customer_portal:customer_meters:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalCustomerMeters;
impl RequestBuilder<
    Page<crate::models::CustomerCustomerMeter>,
    ListCustomerPortalCustomerMeters,
> {
    /**Filter by meter ID.

Call again to add more values (sent as repeated keys).*/
    pub fn meter_id(self, value: Uuid) -> Self {
        self.append_query("meter_id", &value)
    }
    ///Filter by meter name.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<
        I: IntoIterator<Item = crate::models::CustomerCustomerMeterSortProperty>,
    >(self, values: I) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `customer_portal/customer_session` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").customer_session().introspect().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalCustomerSession<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalCustomerSession<'a> {
    /**Introspect Customer Session.

Introspect the current session and return its information.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:customer-session:introspect`: `GET /v1/customer-portal/customer-session/introspect`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn introspect(&self) -> RequestBuilder<crate::models::CustomerCustomerSession> {
        self.portal
            .request(&CUSTOMER_PORTAL_CUSTOMER_SESSION_INTROSPECT, &[], decode::json())
    }
    /**Get Authenticated Portal User.

Get information about the currently authenticated portal user.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:customer-session:get_authenticated_user`: `GET /v1/customer-portal/customer-session/user`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get_authenticated_user(
        &self,
    ) -> RequestBuilder<crate::models::PortalAuthenticatedUser> {
        self.portal
            .request(
                &CUSTOMER_PORTAL_CUSTOMER_SESSION_GET_AUTHENTICATED_USER,
                &[],
                decode::json(),
            )
    }
}
/**The `customer_portal/customers` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").customers().get().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalCustomers<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalCustomers<'a> {
    /**Get Customer.

Get authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:customers:get`: `GET /v1/customer-portal/customers/me`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(&self) -> RequestBuilder<crate::models::CustomerPortalCustomer> {
        self.portal.request(&CUSTOMER_PORTAL_CUSTOMERS_GET, &[], decode::json())
    }
    /**Update Customer.

Update authenticated customer.

`customer_portal:customers:update`: `PATCH /v1/customer-portal/customers/me`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn update(
        &self,
        body: crate::models::CustomerPortalCustomerUpdate,
    ) -> RequestBuilder<crate::models::CustomerPortalCustomer> {
        self.portal
            .request(&CUSTOMER_PORTAL_CUSTOMERS_UPDATE, &[], decode::json())
            .json_body(&body)
    }
    /**Check Email Change Token.

Check if an email change verification token is still valid.

`customer_portal:customers:check_email_update`: `GET /v1/customer-portal/customers/me/email-update/check`, no credential (no `Authorization` is sent).*/
    pub fn check_email_update(&self, token: impl AsRef<str>) -> RequestBuilder<()> {
        self.portal
            .request(&CUSTOMER_PORTAL_CUSTOMERS_CHECK_EMAIL_UPDATE, &[], decode::empty())
            .set_query("token", token.as_ref())
    }
    /**Request Email Change.

Request an email change for the authenticated customer.

`customer_portal:customers:request_email_update`: `POST /v1/customer-portal/customers/me/email-update/request`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn request_email_update(
        &self,
        body: crate::models::CustomerEmailUpdateRequest,
    ) -> RequestBuilder<()> {
        self.portal
            .request(
                &CUSTOMER_PORTAL_CUSTOMERS_REQUEST_EMAIL_UPDATE,
                &[],
                decode::empty(),
            )
            .json_body(&body)
    }
    /**Verify Email Change.

Verify an email change using the token from the verification email.

`customer_portal:customers:verify_email_update`: `POST /v1/customer-portal/customers/me/email-update/verify`, no credential (no `Authorization` is sent). Not repeated by a retry once it may have reached Polar.*/
    pub fn verify_email_update(
        &self,
        body: crate::models::CustomerEmailUpdateVerifyRequest,
    ) -> RequestBuilder<crate::models::CustomerEmailUpdateVerifyResponse> {
        self.portal
            .request(&CUSTOMER_PORTAL_CUSTOMERS_VERIFY_EMAIL_UPDATE, &[], decode::json())
            .json_body(&body)
    }
    /**List Customer Payment Methods.

Get saved payment methods of the authenticated customer.

`customer_portal:customers:list_payment_methods`: `GET /v1/customer-portal/customers/me/payment-methods`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list_payment_methods(
        &self,
    ) -> RequestBuilder<Page<crate::models::CustomerPaymentMethod>> {
        self.portal
            .request(
                &CUSTOMER_PORTAL_CUSTOMERS_LIST_PAYMENT_METHODS,
                &[],
                decode::page(),
            )
    }
    /**Add Customer Payment Method.

Add a payment method to the authenticated customer.

`customer_portal:customers:add_payment_method`: `POST /v1/customer-portal/customers/me/payment-methods`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn add_payment_method(
        &self,
        body: crate::models::CustomerPaymentMethodCreate,
    ) -> RequestBuilder<crate::models::CustomerPaymentMethodCreateResponse> {
        self.portal
            .request(&CUSTOMER_PORTAL_CUSTOMERS_ADD_PAYMENT_METHOD, &[], decode::json())
            .json_body(&body)
    }
    /**Confirm Customer Payment Method.

Confirm a payment method for the authenticated customer.

`customer_portal:customers:confirm_payment_method`: `POST /v1/customer-portal/customers/me/payment-methods/confirm`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn confirm_payment_method(
        &self,
        body: crate::models::CustomerPaymentMethodConfirm,
    ) -> RequestBuilder<crate::models::CustomerPaymentMethodCreateResponse> {
        self.portal
            .request(
                &CUSTOMER_PORTAL_CUSTOMERS_CONFIRM_PAYMENT_METHOD,
                &[],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Customer Payment Method.

Delete a payment method from the authenticated customer.

`customer_portal:customers:delete_payment_method`: `DELETE /v1/customer-portal/customers/me/payment-methods/{id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn delete_payment_method(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        self.portal
            .request(
                &CUSTOMER_PORTAL_CUSTOMERS_DELETE_PAYMENT_METHOD,
                &[&id],
                decode::empty(),
            )
    }
}
/**The `customer_portal/downloadables` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").downloadables().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalDownloadables<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalDownloadables<'a> {
    /**List Downloadables.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:downloadables:list`: `GET /v1/customer-portal/downloadables/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::DownloadableRead>,
        ListCustomerPortalDownloadables,
    > {
        self.portal.request(&CUSTOMER_PORTAL_DOWNLOADABLES_LIST, &[], decode::page())
    }
}
///Marks the request builder of `customer_portal:downloadables:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalDownloadables;
impl RequestBuilder<
    Page<crate::models::DownloadableRead>,
    ListCustomerPortalDownloadables,
> {
    /**Filter by benefit ID.

Call again to add more values (sent as repeated keys).*/
    pub fn benefit_id(self, value: Uuid) -> Self {
        self.append_query("benefit_id", &value)
    }
}
/**The `customer_portal/license_keys` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").license_keys().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalLicenseKeys<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalLicenseKeys<'a> {
    /**List License Keys.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:license_keys:list`: `GET /v1/customer-portal/license-keys/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::LicenseKeyRead>,
        ListCustomerPortalLicenseKeys,
    > {
        self.portal.request(&CUSTOMER_PORTAL_LICENSE_KEYS_LIST, &[], decode::page())
    }
    /**Activate License Key.

Activate a license key instance.

&gt; This endpoint doesn't require authentication and can be safely used on a public
&gt; client, like a desktop application or a mobile app.
&gt; If you plan to validate a license key on a server, use the `/v1/license-keys/activate`
&gt; endpoint instead.

`customer_portal:license_keys:activate`: `POST /v1/customer-portal/license-keys/activate`, no credential (no `Authorization` is sent). Not repeated by a retry once it may have reached Polar.*/
    pub fn activate(
        &self,
        body: crate::models::LicenseKeyActivate,
    ) -> RequestBuilder<crate::models::LicenseKeyActivationRead> {
        self.portal
            .request(&CUSTOMER_PORTAL_LICENSE_KEYS_ACTIVATE, &[], decode::json())
            .json_body(&body)
    }
    /**Deactivate License Key.

Deactivate a license key instance.

&gt; This endpoint doesn't require authentication and can be safely used on a public
&gt; client, like a desktop application or a mobile app.
&gt; If you plan to validate a license key on a server, use the `/v1/license-keys/deactivate`
&gt; endpoint instead.

`customer_portal:license_keys:deactivate`: `POST /v1/customer-portal/license-keys/deactivate`, no credential (no `Authorization` is sent). Not repeated by a retry once it may have reached Polar.*/
    pub fn deactivate(
        &self,
        body: crate::models::LicenseKeyDeactivate,
    ) -> RequestBuilder<()> {
        self.portal
            .request(&CUSTOMER_PORTAL_LICENSE_KEYS_DEACTIVATE, &[], decode::empty())
            .json_body(&body)
    }
    /**Validate License Key.

Validate a license key.

&gt; This endpoint doesn't require authentication and can be safely used on a public
&gt; client, like a desktop application or a mobile app.
&gt; If you plan to validate a license key on a server, use the `/v1/license-keys/validate`
&gt; endpoint instead.

`customer_portal:license_keys:validate`: `POST /v1/customer-portal/license-keys/validate`, no credential (no `Authorization` is sent). Not repeated by a retry once it may have reached Polar.*/
    pub fn validate(
        &self,
        body: crate::models::LicenseKeyValidate,
    ) -> RequestBuilder<crate::models::ValidatedLicenseKey> {
        self.portal
            .request(&CUSTOMER_PORTAL_LICENSE_KEYS_VALIDATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get License Key.

Get a license key.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:license_keys:get`: `GET /v1/customer-portal/license-keys/{id}`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::LicenseKeyWithActivations> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_LICENSE_KEYS_GET, &[&id], decode::json())
    }
}
///Marks the request builder of `customer_portal:license_keys:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalLicenseKeys;
impl RequestBuilder<Page<crate::models::LicenseKeyRead>, ListCustomerPortalLicenseKeys> {
    ///Filter by a specific benefit
    pub fn benefit_id(self, value: Uuid) -> Self {
        self.set_query("benefit_id", &value)
    }
}
/**The `customer_portal/members` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").members().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalMembers<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalMembers<'a> {
    /**List Members.

List all members of the customer's team.

Only available to owners and billing managers of team customers.

`customer_portal:members:list_members`: `GET /v1/customer-portal/members`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::CustomerPortalMember>> {
        self.portal.request(&CUSTOMER_PORTAL_MEMBERS_LIST_MEMBERS, &[], decode::page())
    }
    /**Add Member.

Add a new member to the customer's team.

Only available to owners and billing managers of team customers.

Rules:
- Cannot add a member with the owner role (there must be exactly one owner)
- If a member with this email already exists, the existing member is returned

`customer_portal:members:add_member`: `POST /v1/customer-portal/members`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn add(
        &self,
        body: crate::models::CustomerPortalMemberCreate,
    ) -> RequestBuilder<crate::models::CustomerPortalMember> {
        self.portal
            .request(&CUSTOMER_PORTAL_MEMBERS_ADD_MEMBER, &[], decode::json())
            .json_body(&body)
    }
    /**Update Member.

Update a member's name or role.

Only available to owners and billing managers of team customers.

Rules:
- Cannot modify your own role (to prevent self-demotion)
- Customer must have exactly one owner at all times

`customer_portal:members:update_member`: `PATCH /v1/customer-portal/members/{id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CustomerPortalMemberUpdate,
    ) -> RequestBuilder<crate::models::CustomerPortalMember> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_MEMBERS_UPDATE_MEMBER, &[&id], decode::json())
            .json_body(&body)
    }
    /**Remove Member.

Remove a member from the team.

Only available to owners and billing managers of team customers.

Rules:
- Cannot remove yourself
- Cannot remove the only owner

`customer_portal:members:remove_member`: `DELETE /v1/customer-portal/members/{id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn remove(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_MEMBERS_REMOVE_MEMBER, &[&id], decode::empty())
    }
}
/**The `customer_portal/orders` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").orders().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalOrders<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalOrders<'a> {
    /**List Orders.

List orders of the authenticated customer.

`customer_portal:orders:list`: `GET /v1/customer-portal/orders/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::CustomerOrder>, ListCustomerPortalOrders> {
        self.portal.request(&CUSTOMER_PORTAL_ORDERS_LIST, &[], decode::page())
    }
    /**Get Order.

Get an order by ID for the authenticated customer.

`customer_portal:orders:get`: `GET /v1/customer-portal/orders/{id}`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerOrder> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_ORDERS_GET, &[&id], decode::json())
    }
    /**Update Order.

Update an order for the authenticated customer.

`customer_portal:orders:update`: `PATCH /v1/customer-portal/orders/{id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CustomerOrderUpdate,
    ) -> RequestBuilder<crate::models::CustomerOrder> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_ORDERS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Confirm Retry Payment.

Confirm a retry payment using a Stripe confirmation token.

`customer_portal:orders:confirm_retry_payment`: `POST /v1/customer-portal/orders/{id}/confirm-payment`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn confirm_retry_payment(
        &self,
        id: Uuid,
        body: crate::models::CustomerOrderConfirmPayment,
    ) -> RequestBuilder<crate::models::CustomerOrderPaymentConfirmation> {
        let id = id.to_string();
        self.portal
            .request(
                &CUSTOMER_PORTAL_ORDERS_CONFIRM_RETRY_PAYMENT,
                &[&id],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Get Order Invoice.

Get an order's invoice data.

`customer_portal:orders:invoice`: `GET /v1/customer-portal/orders/{id}/invoice`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn invoice(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::CustomerOrderInvoice> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_ORDERS_INVOICE, &[&id], decode::json())
    }
    /**Generate Order Invoice.

Trigger generation of an order's invoice.

`customer_portal:orders:generate_invoice`: `POST /v1/customer-portal/orders/{id}/invoice`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn generate_invoice(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_ORDERS_GENERATE_INVOICE, &[&id], decode::empty())
    }
    /**Get Order Payment Status.

Get the current payment status for an order.

`customer_portal:orders:get_payment_status`: `GET /v1/customer-portal/orders/{id}/payment-status`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get_payment_status(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::CustomerOrderPaymentStatus> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_ORDERS_GET_PAYMENT_STATUS, &[&id], decode::json())
    }
    /**Get Order Receipt.

Get a presigned URL to download an order's receipt PDF.

`customer_portal:orders:receipt`: `GET /v1/customer-portal/orders/{id}/receipt`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn receipt(
        &self,
        id: Uuid,
    ) -> RequestBuilder<Receipt<crate::models::CustomerOrderReceipt>> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_ORDERS_RECEIPT, &[&id], decode::receipt())
    }
}
///Marks the request builder of `customer_portal:orders:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalOrders;
impl RequestBuilder<Page<crate::models::CustomerOrder>, ListCustomerPortalOrders> {
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by product billing type. `recurring` will filter data corresponding to subscriptions creations or renewals. `one_time` will filter data corresponding to one-time purchases.

Call again to add more values (sent as repeated keys).*/
    pub fn product_billing_type(self, value: crate::models::ProductBillingType) -> Self {
        self.append_query("product_billing_type", &value)
    }
    /**Filter by subscription ID.

Call again to add more values (sent as repeated keys).*/
    pub fn subscription_id(self, value: Uuid) -> Self {
        self.append_query("subscription_id", &value)
    }
    ///Search by product or organization name.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CustomerOrderSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `customer_portal/organizations` operations of the Polar API.

```no_run
# fn run(polar: polarsh::Polar) {
let handle = polar.customer_portal("polar_cst_...").organizations();
# let _ = handle;
# }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalOrganizations<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalOrganizations<'a> {
    /**Get Organization.

Get a customer portal's organization by slug.

`customer_portal:organizations:get`: `GET /v1/customer-portal/organizations/{slug}`, no credential (no `Authorization` is sent).*/
    pub fn get(
        &self,
        slug: impl AsRef<str>,
    ) -> RequestBuilder<crate::models::CustomerOrganizationData> {
        self.portal
            .request(
                &CUSTOMER_PORTAL_ORGANIZATIONS_GET,
                &[slug.as_ref()],
                decode::json(),
            )
    }
}
/**The `customer_portal/seats` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").seats().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalSeats<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalSeats<'a> {
    /**List Seats.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:seats:list_seats`: `GET /v1/customer-portal/seats`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<crate::models::SeatsList, ListCustomerPortalSeats> {
        self.portal.request(&CUSTOMER_PORTAL_SEATS_LIST_SEATS, &[], decode::json())
    }
    /**Assign Seat.

`customer_portal:seats:assign_seat`: `POST /v1/customer-portal/seats`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn assign(
        &self,
        body: crate::models::CustomerSeatAssign,
    ) -> RequestBuilder<crate::models::CustomerSeat> {
        self.portal
            .request(&CUSTOMER_PORTAL_SEATS_ASSIGN_SEAT, &[], decode::json())
            .json_body(&body)
    }
    /**List Claimed Subscriptions.

List all subscriptions where the authenticated customer has claimed a seat.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:seats:list_claimed_subscriptions`: `GET /v1/customer-portal/seats/subscriptions`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list_claimed_subscriptions(
        &self,
    ) -> RequestBuilder<Page<crate::models::CustomerSubscription>> {
        self.portal
            .request(
                &CUSTOMER_PORTAL_SEATS_LIST_CLAIMED_SUBSCRIPTIONS,
                &[],
                decode::page(),
            )
    }
    /**Revoke Seat.

`customer_portal:seats:revoke_seat`: `DELETE /v1/customer-portal/seats/{seat_id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn revoke(&self, seat_id: Uuid) -> RequestBuilder<crate::models::CustomerSeat> {
        let seat_id = seat_id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_SEATS_REVOKE_SEAT, &[&seat_id], decode::json())
    }
    /**Resend Invitation.

`customer_portal:seats:resend_invitation`: `POST /v1/customer-portal/seats/{seat_id}/resend`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn resend_invitation(
        &self,
        seat_id: Uuid,
    ) -> RequestBuilder<crate::models::CustomerSeat> {
        let seat_id = seat_id.to_string();
        self.portal
            .request(
                &CUSTOMER_PORTAL_SEATS_RESEND_INVITATION,
                &[&seat_id],
                decode::json(),
            )
    }
}
///Marks the request builder of `customer_portal:seats:list_seats`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalSeats;
impl RequestBuilder<crate::models::SeatsList, ListCustomerPortalSeats> {
    ///Subscription ID
    pub fn subscription_id(self, value: Uuid) -> Self {
        self.set_query("subscription_id", &value)
    }
    ///Order ID
    pub fn order_id(self, value: Uuid) -> Self {
        self.set_query("order_id", &value)
    }
}
/**The `customer_portal/subscriptions` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").subscriptions().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalSubscriptions<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalSubscriptions<'a> {
    /**List Subscriptions.

List subscriptions of the authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:subscriptions:list`: `GET /v1/customer-portal/subscriptions/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::CustomerSubscription>,
        ListCustomerPortalSubscriptions,
    > {
        self.portal.request(&CUSTOMER_PORTAL_SUBSCRIPTIONS_LIST, &[], decode::page())
    }
    /**Get Subscription.

Get a subscription for the authenticated customer.

**Scopes**: `customer_portal:read` `customer_portal:write`

`customer_portal:subscriptions:get`: `GET /v1/customer-portal/subscriptions/{id}`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerSubscription> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_SUBSCRIPTIONS_GET, &[&id], decode::json())
    }
    /**Update Subscription.

Update a subscription of the authenticated customer.

`customer_portal:subscriptions:update`: `PATCH /v1/customer-portal/subscriptions/{id}`, a customer or member session token, scope `customer_portal:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CustomerSubscriptionUpdate,
    ) -> RequestBuilder<crate::models::CustomerSubscription> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_SUBSCRIPTIONS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Cancel Subscription.

Cancel a subscription of the authenticated customer.

`customer_portal:subscriptions:cancel`: `DELETE /v1/customer-portal/subscriptions/{id}`, a customer or member session token, scope `customer_portal:write`.*/
    pub fn cancel(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::CustomerSubscription> {
        let id = id.to_string();
        self.portal
            .request(&CUSTOMER_PORTAL_SUBSCRIPTIONS_CANCEL, &[&id], decode::json())
    }
}
///Marks the request builder of `customer_portal:subscriptions:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalSubscriptions;
impl RequestBuilder<
    Page<crate::models::CustomerSubscription>,
    ListCustomerPortalSubscriptions,
> {
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    ///Filter by active or cancelled subscription.
    pub fn active(self, value: bool) -> Self {
        self.set_query("active", &value)
    }
    ///Search by product or organization name.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<
        I: IntoIterator<Item = crate::models::CustomerSubscriptionSortProperty>,
    >(self, values: I) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `customer_portal/wallets` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_portal("polar_cst_...").wallets().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalWallets<'a> {
    portal: &'a CustomerPortal,
}
impl<'a> CustomerPortalWallets<'a> {
    /**List Wallets.

List wallets of the authenticated customer.

`customer_portal:wallets:list`: `GET /v1/customer-portal/wallets/`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::CustomerWallet>, ListCustomerPortalWallets> {
        self.portal.request(&CUSTOMER_PORTAL_WALLETS_LIST, &[], decode::page())
    }
    /**Get Wallet.

Get a wallet by ID for the authenticated customer.

`customer_portal:wallets:get`: `GET /v1/customer-portal/wallets/{id}`, a customer or member session token, scope `customer_portal:read` or `customer_portal:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerWallet> {
        let id = id.to_string();
        self.portal.request(&CUSTOMER_PORTAL_WALLETS_GET, &[&id], decode::json())
    }
}
///Marks the request builder of `customer_portal:wallets:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomerPortalWallets;
impl RequestBuilder<Page<crate::models::CustomerWallet>, ListCustomerPortalWallets> {
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CustomerWalletSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `customer_seats` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customer_seats().list_seats().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerSeats<'a> {
    polar: &'a Polar,
}
impl<'a> CustomerSeats<'a> {
    /**List Seats.

**Scopes**: `customer_seats:read`

`customer-seats:list_seats`: `GET /v1/customer-seats`, an organization, personal or OAuth2 token, scope `customer_seats:read`.*/
    pub fn list_seats(
        &self,
    ) -> RequestBuilder<crate::models::SeatsList, ListSeatsCustomerSeats> {
        RequestBuilder::new(self.polar, &CUSTOMER_SEATS_LIST_SEATS, &[], decode::json())
    }
    /**Assign Seat.

**Scopes**: `customer_seats:write`

`customer-seats:assign_seat`: `POST /v1/customer-seats`, an organization, personal or OAuth2 token, scope `customer_seats:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn assign_seat(
        &self,
        body: crate::models::SeatAssign,
    ) -> RequestBuilder<crate::models::CustomerSeat> {
        RequestBuilder::new(self.polar, &CUSTOMER_SEATS_ASSIGN_SEAT, &[], decode::json())
            .json_body(&body)
    }
    /**Claim Seat.

`customer-seats:claim_seat`: `POST /v1/customer-seats/claim`, no credential (no `Authorization` is sent). Not repeated by a retry once it may have reached Polar.*/
    pub fn claim_seat(
        &self,
        body: crate::models::SeatClaim,
    ) -> RequestBuilder<crate::models::CustomerSeatClaimResponse> {
        RequestBuilder::new(self.polar, &CUSTOMER_SEATS_CLAIM_SEAT, &[], decode::json())
            .json_body(&body)
    }
    /**Get Claim Info.

`customer-seats:get_claim_info`: `GET /v1/customer-seats/claim/{invitation_token}`, no credential (no `Authorization` is sent).*/
    pub fn get_claim_info(
        &self,
        invitation_token: impl AsRef<str>,
    ) -> RequestBuilder<crate::models::SeatClaimInfo> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMER_SEATS_GET_CLAIM_INFO,
            &[invitation_token.as_ref()],
            decode::json(),
        )
    }
    /**Revoke Seat.

**Scopes**: `customer_seats:write`

`customer-seats:revoke_seat`: `DELETE /v1/customer-seats/{seat_id}`, an organization, personal or OAuth2 token, scope `customer_seats:write`.*/
    pub fn revoke_seat(
        &self,
        seat_id: Uuid,
    ) -> RequestBuilder<crate::models::CustomerSeat> {
        let seat_id = seat_id.to_string();
        RequestBuilder::new(
            self.polar,
            &CUSTOMER_SEATS_REVOKE_SEAT,
            &[&seat_id],
            decode::json(),
        )
    }
    /**Resend Invitation.

**Scopes**: `customer_seats:write`

`customer-seats:resend_invitation`: `POST /v1/customer-seats/{seat_id}/resend`, an organization, personal or OAuth2 token, scope `customer_seats:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn resend_invitation(
        &self,
        seat_id: Uuid,
    ) -> RequestBuilder<crate::models::CustomerSeat> {
        let seat_id = seat_id.to_string();
        RequestBuilder::new(
            self.polar,
            &CUSTOMER_SEATS_RESEND_INVITATION,
            &[&seat_id],
            decode::json(),
        )
    }
}
///Marks the request builder of `customer-seats:list_seats`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListSeatsCustomerSeats;
impl RequestBuilder<crate::models::SeatsList, ListSeatsCustomerSeats> {
    ///Sets `subscription_id`.
    pub fn subscription_id(self, value: Uuid) -> Self {
        self.set_query("subscription_id", &value)
    }
    ///Sets `order_id`.
    pub fn order_id(self, value: Uuid) -> Self {
        self.set_query("order_id", &value)
    }
}
/**The `customer_sessions` operations of the Polar API.

```no_run
# fn run(polar: polarsh::Polar) {
let handle = polar.customer_sessions();
# let _ = handle;
# }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomerSessions<'a> {
    polar: &'a Polar,
}
impl<'a> CustomerSessions<'a> {
    /**Create Customer Session.

Create a customer session.

For organizations with `member_model_enabled`, this will automatically
create a member session for the owner member of the customer.

**Scopes**: `customer_sessions:write`

`customer-sessions:create`: `POST /v1/customer-sessions/`, an organization, personal or OAuth2 token, scope `customer_sessions:write`.*/
    pub fn create(
        &self,
        body: crate::models::CustomerSessionCreate,
    ) -> RequestBuilder<crate::models::CustomerSession> {
        RequestBuilder::new(self.polar, &CUSTOMER_SESSIONS_CREATE, &[], decode::json())
            .json_body(&body)
    }
}
/**The `customers` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.customers().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    polar: &'a Polar,
}
impl<'a> Customers<'a> {
    /// The `customers/members` operations.
    pub fn members(&self) -> CustomersMembers<'a> {
        CustomersMembers {
            polar: self.polar,
        }
    }
    /**List Customers.

List customers.

**Scopes**: `customers:read` `customers:write`

`customers:list`: `GET /v1/customers/`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Customer>, ListCustomers> {
        RequestBuilder::new(self.polar, &CUSTOMERS_LIST, &[], decode::page())
    }
    /**Create Customer.

Create a customer.

**Scopes**: `customers:write`

`customers:create`: `POST /v1/customers/`, an organization, personal or OAuth2 token, scope `customers:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::CustomerCreate,
    ) -> RequestBuilder<crate::models::Customer> {
        RequestBuilder::new(self.polar, &CUSTOMERS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Export Customers.

Export customers as a CSV file.

**Scopes**: `customers:read` `customers:write`

`customers:export`: `GET /v1/customers/export`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn export(&self) -> RequestBuilder<String, ExportCustomers> {
        RequestBuilder::new(self.polar, &CUSTOMERS_EXPORT, &[], decode::text())
    }
    /**Get Customer by External ID.

Get a customer by external ID.

**Scopes**: `customers:read` `customers:write`

`customers:get_external`: `GET /v1/customers/external/{external_id}`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn get_external(
        &self,
        external_id: impl AsRef<str>,
    ) -> RequestBuilder<crate::models::Customer> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_GET_EXTERNAL,
            &[external_id.as_ref()],
            decode::json(),
        )
    }
    /**Update Customer by External ID.

Update a customer by external ID.

**Scopes**: `customers:write`

`customers:update_external`: `PATCH /v1/customers/external/{external_id}`, an organization, personal or OAuth2 token, scope `customers:write`.*/
    pub fn update_external(
        &self,
        external_id: impl AsRef<str>,
        body: crate::models::CustomerUpdateExternalID,
    ) -> RequestBuilder<crate::models::Customer> {
        RequestBuilder::new(
                self.polar,
                &CUSTOMERS_UPDATE_EXTERNAL,
                &[external_id.as_ref()],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Customer by External ID.

Delete a customer by external ID.

Immediately cancels any active subscriptions and revokes any active benefits.

Set `anonymize=true` to also anonymize PII for GDPR compliance.

**Scopes**: `customers:write`

`customers:delete_external`: `DELETE /v1/customers/external/{external_id}`, an organization, personal or OAuth2 token, scope `customers:write`.*/
    pub fn delete_external(
        &self,
        external_id: impl AsRef<str>,
    ) -> RequestBuilder<(), DeleteExternalCustomers> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_DELETE_EXTERNAL,
            &[external_id.as_ref()],
            decode::empty(),
        )
    }
    /**List Customer Payment Methods by External ID.

Get saved payment methods of a customer by external ID.

**Scopes**: `customers:read` `customers:write`

`customers:list_payment_methods_external`: `GET /v1/customers/external/{external_id}/payment-methods`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn list_payment_methods_external(
        &self,
        external_id: impl AsRef<str>,
    ) -> RequestBuilder<Page<crate::models::PaymentMethod>> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_LIST_PAYMENT_METHODS_EXTERNAL,
            &[external_id.as_ref()],
            decode::page(),
        )
    }
    /**Get Customer State by External ID.

Get a customer state by external ID.

The customer state includes information about
the customer's active subscriptions and benefits.

It's the ideal endpoint to use when you need to get a full overview
of a customer's status.

**Scopes**: `customers:read` `customers:write`

`customers:get_state_external`: `GET /v1/customers/external/{external_id}/state`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn get_state_external(
        &self,
        external_id: impl AsRef<str>,
    ) -> RequestBuilder<crate::models::CustomerState> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_GET_STATE_EXTERNAL,
            &[external_id.as_ref()],
            decode::json(),
        )
    }
    /**Get Customer.

Get a customer by ID.

**Scopes**: `customers:read` `customers:write`

`customers:get`: `GET /v1/customers/{id}`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Customer> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOMERS_GET, &[&id], decode::json())
    }
    /**Update Customer.

Update a customer.

**Scopes**: `customers:write`

`customers:update`: `PATCH /v1/customers/{id}`, an organization, personal or OAuth2 token, scope `customers:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::CustomerUpdate,
    ) -> RequestBuilder<crate::models::Customer> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOMERS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Delete Customer.

Delete a customer.

This action cannot be undone and will immediately:
- Cancel any active subscriptions for the customer
- Revoke all their benefits
- Clear any `external_id`

Use it only in the context of deleting a user within your
own service. Otherwise, use more granular API endpoints to cancel
a specific subscription or revoke certain benefits.

Note: The customers information will nonetheless be retained for historic
orders and subscriptions.

Set `anonymize=true` to also anonymize PII for GDPR compliance.

**Scopes**: `customers:write`

`customers:delete`: `DELETE /v1/customers/{id}`, an organization, personal or OAuth2 token, scope `customers:write`.*/
    pub fn delete(&self, id: Uuid) -> RequestBuilder<(), DeleteCustomers> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOMERS_DELETE, &[&id], decode::empty())
    }
    /**List Customer Payment Methods.

Get saved payment methods of a customer.

**Scopes**: `customers:read` `customers:write`

`customers:list_payment_methods`: `GET /v1/customers/{id}/payment-methods`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn list_payment_methods(
        &self,
        id: Uuid,
    ) -> RequestBuilder<Page<crate::models::PaymentMethod>> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_LIST_PAYMENT_METHODS,
            &[&id],
            decode::page(),
        )
    }
    /**Get Customer State.

Get a customer state by ID.

The customer state includes information about
the customer's active subscriptions and benefits.

It's the ideal endpoint to use when you need to get a full overview
of a customer's status.

**Scopes**: `customers:read` `customers:write`

`customers:get_state`: `GET /v1/customers/{id}/state`, an organization, personal or OAuth2 token, scope `customers:read` or `customers:write`.*/
    pub fn get_state(&self, id: Uuid) -> RequestBuilder<crate::models::CustomerState> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &CUSTOMERS_GET_STATE, &[&id], decode::json())
    }
}
///Marks the request builder of `customers:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListCustomers;
impl RequestBuilder<Page<crate::models::Customer>, ListCustomers> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    ///Filter by exact email.
    pub fn email(self, value: impl AsRef<str>) -> Self {
        self.set_query("email", value.as_ref())
    }
    ///Filter by name, email, or external ID.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Filter by active customers, i.e. customers with at least one trialing, active or past_due subscription.
    pub fn active(self, value: bool) -> Self {
        self.set_query("active", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::CustomerSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
///Marks the request builder of `customers:export`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ExportCustomers;
impl RequestBuilder<String, ExportCustomers> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
}
///Marks the request builder of `customers:delete_external`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct DeleteExternalCustomers;
impl RequestBuilder<(), DeleteExternalCustomers> {
    ///If true, also anonymize the customer's personal data for GDPR compliance.
    pub fn anonymize(self, value: bool) -> Self {
        self.set_query("anonymize", &value)
    }
}
///Marks the request builder of `customers:delete`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct DeleteCustomers;
impl RequestBuilder<(), DeleteCustomers> {
    ///If true, also anonymize the customer's personal data for GDPR compliance. This replaces email with a hashed version, hashes name and billing name (name preserved for businesses with tax_id), clears billing address, and removes OAuth account data.
    pub fn anonymize(self, value: bool) -> Self {
        self.set_query("anonymize", &value)
    }
}
/**The `customers/members` operations of the Polar API.

```no_run
# fn run(polar: polarsh::Polar) {
let handle = polar.customers().members();
# let _ = handle;
# }
```*/
#[derive(Debug, Clone, Copy)]
pub struct CustomersMembers<'a> {
    polar: &'a Polar,
}
impl<'a> CustomersMembers<'a> {
    /**Create Member by Customer External ID.

Create a new member for a customer identified by its external ID.

**Scopes**: `members:write`

`customers:members:create_external`: `POST /v1/customers/external/{external_id}/members`, an organization, personal or OAuth2 token, scope `members:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create_external(
        &self,
        external_id: impl AsRef<str>,
        body: crate::models::MemberCreateFromCustomer,
    ) -> RequestBuilder<crate::models::Member> {
        RequestBuilder::new(
                self.polar,
                &CUSTOMERS_MEMBERS_CREATE_EXTERNAL,
                &[external_id.as_ref()],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Get Member by External ID.

Get a member by external ID for a customer identified by its external ID.

**Scopes**: `members:read` `members:write`

`customers:members:get_external`: `GET /v1/customers/external/{external_id}/members/{member_external_id}`, an organization, personal or OAuth2 token, scope `members:read` or `members:write`.*/
    pub fn get_external(
        &self,
        external_id: impl AsRef<str>,
        member_external_id: impl AsRef<str>,
    ) -> RequestBuilder<crate::models::Member> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_MEMBERS_GET_EXTERNAL,
            &[external_id.as_ref(), member_external_id.as_ref()],
            decode::json(),
        )
    }
    /**Update Member by External ID.

Update a member by external ID for a customer identified by its external ID.

**Scopes**: `members:write`

`customers:members:update_external`: `PATCH /v1/customers/external/{external_id}/members/{member_external_id}`, an organization, personal or OAuth2 token, scope `members:write`.*/
    pub fn update_external(
        &self,
        external_id: impl AsRef<str>,
        member_external_id: impl AsRef<str>,
        body: crate::models::MemberUpdate,
    ) -> RequestBuilder<crate::models::Member> {
        RequestBuilder::new(
                self.polar,
                &CUSTOMERS_MEMBERS_UPDATE_EXTERNAL,
                &[external_id.as_ref(), member_external_id.as_ref()],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Member by External ID.

Delete a member by external ID for a customer identified by its external ID.

**Scopes**: `members:write`

`customers:members:delete_external`: `DELETE /v1/customers/external/{external_id}/members/{member_external_id}`, an organization, personal or OAuth2 token, scope `members:write`.*/
    pub fn delete_external(
        &self,
        external_id: impl AsRef<str>,
        member_external_id: impl AsRef<str>,
    ) -> RequestBuilder<()> {
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_MEMBERS_DELETE_EXTERNAL,
            &[external_id.as_ref(), member_external_id.as_ref()],
            decode::empty(),
        )
    }
    /**Create Member.

Create a new member for a customer.

Only B2B customers with the member management feature enabled can add members.
The authenticated user or organization must have access to the customer's organization.

**Scopes**: `members:write`

`customers:members:create`: `POST /v1/customers/{id}/members`, an organization, personal or OAuth2 token, scope `members:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        id: Uuid,
        body: crate::models::MemberCreateFromCustomer,
    ) -> RequestBuilder<crate::models::Member> {
        let id = id.to_string();
        RequestBuilder::new(
                self.polar,
                &CUSTOMERS_MEMBERS_CREATE,
                &[&id],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Get Member.

Get a member of a customer by its ID.

**Scopes**: `members:read` `members:write`

`customers:members:get`: `GET /v1/customers/{id}/members/{member_id}`, an organization, personal or OAuth2 token, scope `members:read` or `members:write`.*/
    pub fn get(
        &self,
        id: Uuid,
        member_id: Uuid,
    ) -> RequestBuilder<crate::models::Member> {
        let id = id.to_string();
        let member_id = member_id.to_string();
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_MEMBERS_GET,
            &[&id, &member_id],
            decode::json(),
        )
    }
    /**Update Member.

Update a member of a customer.

Only name, email and role can be updated.

**Scopes**: `members:write`

`customers:members:update`: `PATCH /v1/customers/{id}/members/{member_id}`, an organization, personal or OAuth2 token, scope `members:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        member_id: Uuid,
        body: crate::models::MemberUpdate,
    ) -> RequestBuilder<crate::models::Member> {
        let id = id.to_string();
        let member_id = member_id.to_string();
        RequestBuilder::new(
                self.polar,
                &CUSTOMERS_MEMBERS_UPDATE,
                &[&id, &member_id],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Member.

Delete a member of a customer.

**Scopes**: `members:write`

`customers:members:delete`: `DELETE /v1/customers/{id}/members/{member_id}`, an organization, personal or OAuth2 token, scope `members:write`.*/
    pub fn delete(&self, id: Uuid, member_id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        let member_id = member_id.to_string();
        RequestBuilder::new(
            self.polar,
            &CUSTOMERS_MEMBERS_DELETE,
            &[&id, &member_id],
            decode::empty(),
        )
    }
}
/**The `discounts` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.discounts().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Discounts<'a> {
    polar: &'a Polar,
}
impl<'a> Discounts<'a> {
    /**List Discounts.

List discounts.

**Scopes**: `discounts:read` `discounts:write`

`discounts:list`: `GET /v1/discounts/`, an organization, personal or OAuth2 token, scope `discounts:read` or `discounts:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Discount>, ListDiscounts> {
        RequestBuilder::new(self.polar, &DISCOUNTS_LIST, &[], decode::page())
    }
    /**Create Discount.

Create a discount.

**Scopes**: `discounts:write`

`discounts:create`: `POST /v1/discounts/`, an organization, personal or OAuth2 token, scope `discounts:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::DiscountCreate,
    ) -> RequestBuilder<crate::models::Discount> {
        RequestBuilder::new(self.polar, &DISCOUNTS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Discount.

Get a discount by ID.

**Scopes**: `discounts:read` `discounts:write`

`discounts:get`: `GET /v1/discounts/{id}`, an organization, personal or OAuth2 token, scope `discounts:read` or `discounts:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Discount> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &DISCOUNTS_GET, &[&id], decode::json())
    }
    /**Update Discount.

Update a discount.

**Scopes**: `discounts:write`

`discounts:update`: `PATCH /v1/discounts/{id}`, an organization, personal or OAuth2 token, scope `discounts:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::DiscountUpdate,
    ) -> RequestBuilder<crate::models::Discount> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &DISCOUNTS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Delete Discount.

Delete a discount.

**Scopes**: `discounts:write`

`discounts:delete`: `DELETE /v1/discounts/{id}`, an organization, personal or OAuth2 token, scope `discounts:write`.*/
    pub fn delete(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &DISCOUNTS_DELETE, &[&id], decode::empty())
    }
}
///Marks the request builder of `discounts:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListDiscounts;
impl RequestBuilder<Page<crate::models::Discount>, ListDiscounts> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    ///Filter by name.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::DiscountSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `disputes` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.disputes().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Disputes<'a> {
    polar: &'a Polar,
}
impl<'a> Disputes<'a> {
    /**List Disputes.

List disputes.

**Scopes**: `disputes:read` `disputes:write`

`disputes:list`: `GET /v1/disputes/`, an organization, personal or OAuth2 token, scope `disputes:read` or `disputes:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Dispute>, ListDisputes> {
        RequestBuilder::new(self.polar, &DISPUTES_LIST, &[], decode::page())
    }
    /**Get Dispute.

Get a dispute by ID.

**Scopes**: `disputes:read` `disputes:write`

`disputes:get`: `GET /v1/disputes/{id}`, an organization, personal or OAuth2 token, scope `disputes:read` or `disputes:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Dispute> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &DISPUTES_GET, &[&id], decode::json())
    }
    /**Accept Dispute.

Accept a dispute, conceding the chargeback.

Closes the dispute with the processor (settling it as `lost`) and records
the merchant's decision on the dispute's support case.

**Scopes**: `disputes:write`

`disputes:accept`: `POST /v1/disputes/{id}/accept`, an organization, personal or OAuth2 token, scope `disputes:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn accept(&self, id: Uuid) -> RequestBuilder<crate::models::Dispute> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &DISPUTES_ACCEPT, &[&id], decode::json())
    }
}
///Marks the request builder of `disputes:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListDisputes;
impl RequestBuilder<Page<crate::models::Dispute>, ListDisputes> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by order ID.

Call again to add more values (sent as repeated keys).*/
    pub fn order_id(self, value: Uuid) -> Self {
        self.append_query("order_id", &value)
    }
    /**Filter by dispute status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::DisputeStatus) -> Self {
        self.append_query("status", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::DisputeSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `event_types` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.event_types().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct EventTypes<'a> {
    polar: &'a Polar,
}
impl<'a> EventTypes<'a> {
    /**List Event Types.

List event types with aggregated statistics.

**Scopes**: `events:read` `events:write`

`event-types:list`: `GET /v1/event-types/`, an organization, personal or OAuth2 token, scope `events:read` or `events:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::EventTypeWithStats>, ListEventTypes> {
        RequestBuilder::new(self.polar, &EVENT_TYPES_LIST, &[], decode::page())
    }
    /**Update Event Type.

Update an event type's label.

**Scopes**: `events:write`

`event-types:update`: `PATCH /v1/event-types/{id}`, an organization, personal or OAuth2 token, scope `events:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::EventTypeUpdate,
    ) -> RequestBuilder<crate::models::EventType> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &EVENT_TYPES_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
}
///Marks the request builder of `event-types:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListEventTypes;
impl RequestBuilder<Page<crate::models::EventTypeWithStats>, ListEventTypes> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by external customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    ///Query to filter event types by name or label.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///When true, only return event types with root events (parent_id IS NULL).
    pub fn root_events(self, value: bool) -> Self {
        self.set_query("root_events", &value)
    }
    ///Filter by specific parent event ID.
    pub fn parent_id(self, value: Uuid) -> Self {
        self.set_query("parent_id", &value)
    }
    ///Filter by event source (system or user).
    pub fn source(self, value: crate::models::EventSource) -> Self {
        self.set_query("source", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::EventTypesSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `events` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.events().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Events<'a> {
    polar: &'a Polar,
}
impl<'a> Events<'a> {
    /**List Events.

List events.

**Scopes**: `events:read` `events:write`

`events:list`: `GET /v1/events/`, an organization, personal or OAuth2 token, scope `events:read` or `events:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Event>, ListEvents> {
        RequestBuilder::new(self.polar, &EVENTS_LIST, &[], decode::page())
    }
    /**Ingest Events.

Ingest batch of events.

**Scopes**: `events:write`

`events:ingest`: `POST /v1/events/ingest`, an organization, personal or OAuth2 token, scope `events:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn ingest(
        &self,
        body: crate::models::EventsIngest,
    ) -> RequestBuilder<crate::models::EventsIngestResponse> {
        RequestBuilder::new(self.polar, &EVENTS_INGEST, &[], decode::json())
            .json_body(&body)
    }
    /**List Event Names.

List event names.

**Scopes**: `events:read` `events:write`

`events:list_names`: `GET /v1/events/names`, an organization, personal or OAuth2 token, scope `events:read` or `events:write`.*/
    pub fn list_names(
        &self,
    ) -> RequestBuilder<Page<crate::models::EventName>, ListNamesEvents> {
        RequestBuilder::new(self.polar, &EVENTS_LIST_NAMES, &[], decode::page())
    }
    /**Get Event.

Get an event by ID.

**Scopes**: `events:read` `events:write`

`events:get`: `GET /v1/events/{id}`, an organization, personal or OAuth2 token, scope `events:read` or `events:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Event> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &EVENTS_GET, &[&id], decode::json())
    }
}
///Marks the request builder of `events:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListEvents;
impl RequestBuilder<Page<crate::models::Event>, ListEvents> {
    ///Filter events following filter clauses. JSON string following the same schema a meter filter clause.
    pub fn filter(self, value: impl AsRef<str>) -> Self {
        self.set_query("filter", value.as_ref())
    }
    ///Filter events after this timestamp.
    pub fn start_timestamp(self, value: DateTime<Utc>) -> Self {
        self.set_query("start_timestamp", &value)
    }
    ///Filter events before this timestamp.
    pub fn end_timestamp(self, value: DateTime<Utc>) -> Self {
        self.set_query("end_timestamp", &value)
    }
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by external customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    ///Filter by a meter filter clause.
    pub fn meter_id(self, value: Uuid) -> Self {
        self.set_query("meter_id", &value)
    }
    /**Filter by event name.

Call again to add more values (sent as repeated keys).*/
    pub fn name(self, value: impl AsRef<str>) -> Self {
        self.append_query("name", value.as_ref())
    }
    /**Filter by event source.

Call again to add more values (sent as repeated keys).*/
    pub fn source(self, value: crate::models::EventSource) -> Self {
        self.append_query("source", &value)
    }
    ///Query to filter events.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///When combined with depth, use this event as the anchor instead of root events.
    pub fn parent_id(self, value: Uuid) -> Self {
        self.set_query("parent_id", &value)
    }
    ///Fetch descendants up to this depth. When set: 0=root events only, 1=roots+children, etc. Max 5. When not set, returns all events.
    pub fn depth(self, value: i64) -> Self {
        self.set_query("depth", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::EventSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
///Marks the request builder of `events:list_names`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListNamesEvents;
impl RequestBuilder<Page<crate::models::EventName>, ListNamesEvents> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by external customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    /**Filter by event source.

Call again to add more values (sent as repeated keys).*/
    pub fn source(self, value: crate::models::EventSource) -> Self {
        self.append_query("source", &value)
    }
    ///Query to filter event names.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::EventNamesSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `files` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.files().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    polar: &'a Polar,
}
impl<'a> Files<'a> {
    /**List Files.

List files.

**Scopes**: `files:read` `files:write`

`files:list`: `GET /v1/files/`, an organization, personal or OAuth2 token, scope `files:read` or `files:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::FileRead>, ListFiles> {
        RequestBuilder::new(self.polar, &FILES_LIST, &[], decode::page())
    }
    /**Create File.

Create a file.

**Scopes**: `files:write`

`files:create`: `POST /v1/files/`, an organization, personal or OAuth2 token, scope `files:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::FileCreate,
    ) -> RequestBuilder<crate::models::FileUpload> {
        RequestBuilder::new(self.polar, &FILES_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Update File.

Update a file.

**Scopes**: `files:write`

`files:update`: `PATCH /v1/files/{id}`, an organization, personal or OAuth2 token, scope `files:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::FilePatch,
    ) -> RequestBuilder<crate::models::FileRead> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &FILES_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Delete File.

Delete a file.

**Scopes**: `files:write`

`files:delete`: `DELETE /v1/files/{id}`, an organization, personal or OAuth2 token, scope `files:write`.*/
    pub fn delete(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &FILES_DELETE, &[&id], decode::empty())
    }
    /**Complete File Upload.

Complete a file upload.

**Scopes**: `files:write`

`files:uploaded`: `POST /v1/files/{id}/uploaded`, an organization, personal or OAuth2 token, scope `files:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn uploaded(
        &self,
        id: Uuid,
        body: crate::models::FileUploadCompleted,
    ) -> RequestBuilder<crate::models::FileRead> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &FILES_UPLOADED, &[&id], decode::json())
            .json_body(&body)
    }
}
///Marks the request builder of `files:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListFiles;
impl RequestBuilder<Page<crate::models::FileRead>, ListFiles> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by file ID.

Call again to add more values (sent as repeated keys).*/
    pub fn ids(self, value: Uuid) -> Self {
        self.append_query("ids", &value)
    }
}
/**The `license_keys` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.license_keys().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct LicenseKeys<'a> {
    polar: &'a Polar,
}
impl<'a> LicenseKeys<'a> {
    /**List License Keys.

Get license keys connected to the given organization & filters.

**Scopes**: `license_keys:read` `license_keys:write`

`license_keys:list`: `GET /v1/license-keys/`, an organization, personal or OAuth2 token, scope `license_keys:read` or `license_keys:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::LicenseKeyRead>, ListLicenseKeys> {
        RequestBuilder::new(self.polar, &LICENSE_KEYS_LIST, &[], decode::page())
    }
    /**Activate License Key.

Activate a license key instance.

**Scopes**: `license_keys:write`

`license_keys:activate`: `POST /v1/license-keys/activate`, an organization, personal or OAuth2 token, scope `license_keys:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn activate(
        &self,
        body: crate::models::LicenseKeyActivate,
    ) -> RequestBuilder<crate::models::LicenseKeyActivationRead> {
        RequestBuilder::new(self.polar, &LICENSE_KEYS_ACTIVATE, &[], decode::json())
            .json_body(&body)
    }
    /**Deactivate License Key.

Deactivate a license key instance.

**Scopes**: `license_keys:write`

`license_keys:deactivate`: `POST /v1/license-keys/deactivate`, an organization, personal or OAuth2 token, scope `license_keys:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn deactivate(
        &self,
        body: crate::models::LicenseKeyDeactivate,
    ) -> RequestBuilder<()> {
        RequestBuilder::new(self.polar, &LICENSE_KEYS_DEACTIVATE, &[], decode::empty())
            .json_body(&body)
    }
    /**Validate License Key.

Validate a license key.

**Scopes**: `license_keys:write`

`license_keys:validate`: `POST /v1/license-keys/validate`, an organization, personal or OAuth2 token, scope `license_keys:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn validate(
        &self,
        body: crate::models::LicenseKeyValidate,
    ) -> RequestBuilder<crate::models::ValidatedLicenseKey> {
        RequestBuilder::new(self.polar, &LICENSE_KEYS_VALIDATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get License Key.

Get a license key.

**Scopes**: `license_keys:read` `license_keys:write`

`license_keys:get`: `GET /v1/license-keys/{id}`, an organization, personal or OAuth2 token, scope `license_keys:read` or `license_keys:write`.*/
    pub fn get(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::LicenseKeyWithActivations> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &LICENSE_KEYS_GET, &[&id], decode::json())
    }
    /**Update License Key.

Update a license key.

**Scopes**: `license_keys:write`

`license_keys:update`: `PATCH /v1/license-keys/{id}`, an organization, personal or OAuth2 token, scope `license_keys:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::LicenseKeyUpdate,
    ) -> RequestBuilder<crate::models::LicenseKeyRead> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &LICENSE_KEYS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Get Activation.

Get a license key activation.

**Scopes**: `license_keys:read` `license_keys:write`

`license_keys:get_activation`: `GET /v1/license-keys/{id}/activations/{activation_id}`, an organization, personal or OAuth2 token, scope `license_keys:read` or `license_keys:write`.*/
    pub fn get_activation(
        &self,
        id: Uuid,
        activation_id: Uuid,
    ) -> RequestBuilder<crate::models::LicenseKeyActivationRead> {
        let id = id.to_string();
        let activation_id = activation_id.to_string();
        RequestBuilder::new(
            self.polar,
            &LICENSE_KEYS_GET_ACTIVATION,
            &[&id, &activation_id],
            decode::json(),
        )
    }
}
///Marks the request builder of `license_keys:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListLicenseKeys;
impl RequestBuilder<Page<crate::models::LicenseKeyRead>, ListLicenseKeys> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by benefit ID.

Call again to add more values (sent as repeated keys).*/
    pub fn benefit_id(self, value: Uuid) -> Self {
        self.append_query("benefit_id", &value)
    }
    /**Filter by license key status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::LicenseKeyStatus) -> Self {
        self.append_query("status", &value)
    }
}
/**The `member_sessions` operations of the Polar API.

```no_run
# fn run(polar: polarsh::Polar) {
let handle = polar.member_sessions();
# let _ = handle;
# }
```*/
#[derive(Debug, Clone, Copy)]
pub struct MemberSessions<'a> {
    polar: &'a Polar,
}
impl<'a> MemberSessions<'a> {
    /**Create Member Session.

Create a member session. Retired by Polar on 2026-03-03: today's servers answer 404; use customer sessions with `member_id` instead.

`member-sessions:create`: `POST /v1/member-sessions/`, an organization, personal or OAuth2 token, scope `member_sessions:write`.*/
    pub fn create(
        &self,
        body: crate::models::MemberSessionCreate,
    ) -> RequestBuilder<crate::models::MemberSession> {
        RequestBuilder::new(self.polar, &MEMBER_SESSIONS_CREATE, &[], decode::json())
            .json_body(&body)
    }
}
/**The `members` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.members().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Members<'a> {
    polar: &'a Polar,
}
impl<'a> Members<'a> {
    /**List Members.

List members with optional customer ID filter.

**Scopes**: `members:read` `members:write`

`members:list_members`: `GET /v1/members/`, an organization, personal or OAuth2 token, scope `members:read` or `members:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Member>, ListMembers> {
        RequestBuilder::new(self.polar, &MEMBERS_LIST_MEMBERS, &[], decode::page())
    }
}
///Marks the request builder of `members:list_members`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListMembers;
impl RequestBuilder<Page<crate::models::Member>, ListMembers> {
    ///Filter by customer ID.
    pub fn customer_id(self, value: impl AsRef<str>) -> Self {
        self.set_query("customer_id", value.as_ref())
    }
    ///Filter by customer external ID.
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.set_query("external_customer_id", value.as_ref())
    }
    ///Filter by member role.
    pub fn role(self, value: crate::models::MemberRole) -> Self {
        self.set_query("role", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::MemberSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `meters` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.meters().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Meters<'a> {
    polar: &'a Polar,
}
impl<'a> Meters<'a> {
    /**List Meters.

List meters.

**Scopes**: `meters:read` `meters:write`

`meters:list`: `GET /v1/meters/`, an organization, personal or OAuth2 token, scope `meters:read` or `meters:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Meter>, ListMeters> {
        RequestBuilder::new(self.polar, &METERS_LIST, &[], decode::page())
    }
    /**Create Meter.

Create a meter.

**Scopes**: `meters:write`

`meters:create`: `POST /v1/meters/`, an organization, personal or OAuth2 token, scope `meters:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::MeterCreate,
    ) -> RequestBuilder<crate::models::Meter> {
        RequestBuilder::new(self.polar, &METERS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Meter.

Get a meter by ID.

**Scopes**: `meters:read` `meters:write`

`meters:get`: `GET /v1/meters/{id}`, an organization, personal or OAuth2 token, scope `meters:read` or `meters:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Meter> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &METERS_GET, &[&id], decode::json())
    }
    /**Update Meter.

Update a meter.

**Scopes**: `meters:write`

`meters:update`: `PATCH /v1/meters/{id}`, an organization, personal or OAuth2 token, scope `meters:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::MeterUpdate,
    ) -> RequestBuilder<crate::models::Meter> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &METERS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Get Meter Quantities.

Get quantities of a meter over a time period.

**Scopes**: `meters:read` `meters:write`

`meters:quantities`: `GET /v1/meters/{id}/quantities`, an organization, personal or OAuth2 token, scope `meters:read` or `meters:write`.*/
    pub fn quantities(
        &self,
        id: Uuid,
        start_timestamp: DateTime<Utc>,
        end_timestamp: DateTime<Utc>,
        interval: crate::models::TimeInterval,
    ) -> RequestBuilder<crate::models::MeterQuantities, QuantitiesMeters> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &METERS_QUANTITIES, &[&id], decode::json())
            .set_query("start_timestamp", &start_timestamp)
            .set_query("end_timestamp", &end_timestamp)
            .set_query("interval", &interval)
    }
}
///Marks the request builder of `meters:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListMeters;
impl RequestBuilder<Page<crate::models::Meter>, ListMeters> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    ///Filter by name.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Filter on archived meters.
    pub fn is_archived(self, value: bool) -> Self {
        self.set_query("is_archived", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::MeterSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
///Marks the request builder of `meters:quantities`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct QuantitiesMeters;
impl RequestBuilder<crate::models::MeterQuantities, QuantitiesMeters> {
    ///Timezone to use for the timestamps. Default is UTC.
    pub fn timezone(self, value: impl AsRef<str>) -> Self {
        self.set_query("timezone", value.as_ref())
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by external customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    ///If set, will first compute the quantities per customer before aggregating them using the given function. If not set, the quantities will be aggregated across all events.
    pub fn customer_aggregation_function(
        self,
        value: crate::models::AggregationFunction,
    ) -> Self {
        self.set_query("customer_aggregation_function", &value)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
/**The `metrics` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.metrics().list_dashboards().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Metrics<'a> {
    polar: &'a Polar,
}
impl<'a> Metrics<'a> {
    /**Get Metrics.

Get metrics about your orders and subscriptions.

Currency values are output in cents.

**Scopes**: `metrics:read`

`metrics:get`: `GET /v1/metrics/`, an organization, personal or OAuth2 token, scope `metrics:read`.*/
    pub fn get(
        &self,
        start_date: NaiveDate,
        end_date: NaiveDate,
        interval: crate::models::TimeInterval,
    ) -> RequestBuilder<crate::models::MetricsResponse, GetMetrics> {
        RequestBuilder::new(self.polar, &METRICS_GET, &[], decode::json())
            .set_query("start_date", &start_date)
            .set_query("end_date", &end_date)
            .set_query("interval", &interval)
    }
    /**List Metric Dashboards.

List user-defined metric dashboards.

**Scopes**: `metrics:read`

`metrics:list_dashboards`: `GET /v1/metrics/dashboards`, an organization, personal or OAuth2 token, scope `metrics:read`.*/
    pub fn list_dashboards(
        &self,
    ) -> RequestBuilder<
        Vec<crate::models::MetricDashboardSchema>,
        ListDashboardsMetrics,
    > {
        RequestBuilder::new(self.polar, &METRICS_LIST_DASHBOARDS, &[], decode::json())
    }
    /**Create Metric Dashboard.

Create a user-defined metric dashboard.

**Scopes**: `metrics:write`

`metrics:create_dashboard`: `POST /v1/metrics/dashboards`, an organization, personal or OAuth2 token, scope `metrics:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create_dashboard(
        &self,
        body: crate::models::MetricDashboardCreate,
    ) -> RequestBuilder<crate::models::MetricDashboardSchema> {
        RequestBuilder::new(self.polar, &METRICS_CREATE_DASHBOARD, &[], decode::json())
            .json_body(&body)
    }
    /**Get Metric Dashboard.

Get a user-defined metric dashboard by ID.

**Scopes**: `metrics:read`

`metrics:get_dashboard`: `GET /v1/metrics/dashboards/{id}`, an organization, personal or OAuth2 token, scope `metrics:read`.*/
    pub fn get_dashboard(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::MetricDashboardSchema> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &METRICS_GET_DASHBOARD, &[&id], decode::json())
    }
    /**Update Metric Dashboard.

Update a user-defined metric dashboard.

**Scopes**: `metrics:write`

`metrics:update_dashboard`: `PATCH /v1/metrics/dashboards/{id}`, an organization, personal or OAuth2 token, scope `metrics:write`.*/
    pub fn update_dashboard(
        &self,
        id: Uuid,
        body: crate::models::MetricDashboardUpdate,
    ) -> RequestBuilder<crate::models::MetricDashboardSchema> {
        let id = id.to_string();
        RequestBuilder::new(
                self.polar,
                &METRICS_UPDATE_DASHBOARD,
                &[&id],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Metric Dashboard.

Delete a user-defined metric dashboard.

**Scopes**: `metrics:write`

`metrics:delete_dashboard`: `DELETE /v1/metrics/dashboards/{id}`, an organization, personal or OAuth2 token, scope `metrics:write`.*/
    pub fn delete_dashboard(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &METRICS_DELETE_DASHBOARD,
            &[&id],
            decode::empty(),
        )
    }
    /**Export Metrics.

Export metrics as a CSV file.

**Scopes**: `metrics:read`

`metrics:export`: `GET /v1/metrics/export`, an organization, personal or OAuth2 token, scope `metrics:read`.*/
    pub fn export(
        &self,
        start_date: NaiveDate,
        end_date: NaiveDate,
        interval: crate::models::TimeInterval,
    ) -> RequestBuilder<String, ExportMetrics> {
        RequestBuilder::new(self.polar, &METRICS_EXPORT, &[], decode::text())
            .set_query("start_date", &start_date)
            .set_query("end_date", &end_date)
            .set_query("interval", &interval)
    }
    /**Get Metrics Limits.

Get the interval limits for the metrics endpoint.

**Scopes**: `metrics:read`

`metrics:limits`: `GET /v1/metrics/limits`, an organization, personal or OAuth2 token, scope `metrics:read`.*/
    pub fn limits(&self) -> RequestBuilder<crate::models::MetricsLimits> {
        RequestBuilder::new(self.polar, &METRICS_LIMITS, &[], decode::json())
    }
}
///Marks the request builder of `metrics:get`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct GetMetrics;
impl RequestBuilder<crate::models::MetricsResponse, GetMetrics> {
    ///Timezone to use for the timestamps. Default is UTC.
    pub fn timezone(self, value: impl AsRef<str>) -> Self {
        self.set_query("timezone", value.as_ref())
    }
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by billing type. `recurring` will filter data corresponding to subscriptions creations or renewals. `one_time` will filter data corresponding to one-time purchases.

Call again to add more values (sent as repeated keys).*/
    pub fn billing_type(self, value: crate::models::ProductBillingType) -> Self {
        self.append_query("billing_type", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    ///List of metric slugs to focus on. When provided, only the queries needed for these metrics will be executed, improving performance. If not provided, all metrics are returned.
    pub fn metrics<I: IntoIterator<Item = impl AsRef<str>>>(self, values: I) -> Self {
        self.set_query_all("metrics", values.into_iter().map(|v| v.as_ref().to_owned()))
    }
}
///Marks the request builder of `metrics:list_dashboards`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListDashboardsMetrics;
impl RequestBuilder<Vec<crate::models::MetricDashboardSchema>, ListDashboardsMetrics> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
}
///Marks the request builder of `metrics:export`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ExportMetrics;
impl RequestBuilder<String, ExportMetrics> {
    ///Timezone to use for the timestamps. Default is UTC.
    pub fn timezone(self, value: impl AsRef<str>) -> Self {
        self.set_query("timezone", value.as_ref())
    }
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by billing type. `recurring` will filter data corresponding to subscriptions creations or renewals. `one_time` will filter data corresponding to one-time purchases.

Call again to add more values (sent as repeated keys).*/
    pub fn billing_type(self, value: crate::models::ProductBillingType) -> Self {
        self.append_query("billing_type", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    ///List of metric slugs to include in the export. If not provided, all metrics are exported.
    pub fn metrics<I: IntoIterator<Item = impl AsRef<str>>>(self, values: I) -> Self {
        self.set_query_all("metrics", values.into_iter().map(|v| v.as_ref().to_owned()))
    }
}
/**The `oauth2` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.oauth2().authorize().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct OAuth2<'a> {
    polar: &'a Polar,
}
impl<'a> OAuth2<'a> {
    /// The `oauth2/clients` operations.
    pub fn clients(&self) -> OAuth2Clients<'a> {
        OAuth2Clients { polar: self.polar }
    }
    /**Authorize.

`oauth2:authorize`: `GET /v1/oauth2/authorize`, a personal or OAuth2 user token.*/
    pub fn authorize(&self) -> RequestBuilder<crate::models::AuthorizeResponse> {
        RequestBuilder::new(self.polar, &OAUTH2_AUTHORIZE, &[], decode::json())
    }
    /**Introspect Token.

Get information about an access token.

`oauth2:introspect_token`: `POST /v1/oauth2/introspect`, no credential (no `Authorization` is sent).*/
    pub fn introspect_token(
        &self,
        body: crate::models::IntrospectTokenRequest,
    ) -> RequestBuilder<crate::models::IntrospectTokenResponse> {
        RequestBuilder::new(self.polar, &OAUTH2_INTROSPECT_TOKEN, &[], decode::json())
            .form_body(&body)
    }
    /**Revoke Token.

Revoke an access token or a refresh token.

`oauth2:revoke_token`: `POST /v1/oauth2/revoke`, no credential (no `Authorization` is sent).*/
    pub fn revoke_token(
        &self,
        body: crate::models::RevokeTokenRequest,
    ) -> RequestBuilder<crate::models::RevokeTokenResponse> {
        RequestBuilder::new(self.polar, &OAUTH2_REVOKE_TOKEN, &[], decode::json())
            .form_body(&body)
    }
    /**Request Token.

Request an access token using a valid grant.

`oauth2:request_token`: `POST /v1/oauth2/token`, no credential (no `Authorization` is sent). Not repeated by a retry once it may have reached Polar.*/
    pub fn request_token(
        &self,
        body: crate::models::TokenRequest,
    ) -> RequestBuilder<crate::models::TokenResponse> {
        RequestBuilder::new(self.polar, &OAUTH2_REQUEST_TOKEN, &[], decode::json())
            .form_body(&body)
    }
    /**Get User Info.

Get information about the authenticated user.

`oauth2:userinfo`: `GET /v1/oauth2/userinfo`, a personal or OAuth2 user token.*/
    pub fn userinfo(&self) -> RequestBuilder<crate::models::UserInfo> {
        RequestBuilder::new(self.polar, &OAUTH2_USERINFO, &[], decode::json())
    }
}
/**The `oauth2/clients` operations of the Polar API.

```no_run
# fn run(polar: polarsh::Polar) {
let handle = polar.oauth2().clients();
# let _ = handle;
# }
```*/
#[derive(Debug, Clone, Copy)]
pub struct OAuth2Clients<'a> {
    polar: &'a Polar,
}
impl<'a> OAuth2Clients<'a> {
    /**Create Client.

Create an OAuth2 client.

`oauth2:clients:oauth2:create_client`: `POST /v1/oauth2/register`, a personal or OAuth2 user token. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::OAuth2ClientConfiguration,
    ) -> RequestBuilder<serde_json::Value> {
        RequestBuilder::new(
                self.polar,
                &OAUTH2_CLIENTS_OAUTH2_CREATE_CLIENT,
                &[],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Get Client.

Get an OAuth2 client by Client ID.

`oauth2:clients:oauth2:get_client`: `GET /v1/oauth2/register/{client_id}`, a personal or OAuth2 user token.*/
    pub fn get(&self, client_id: impl AsRef<str>) -> RequestBuilder<serde_json::Value> {
        RequestBuilder::new(
            self.polar,
            &OAUTH2_CLIENTS_OAUTH2_GET_CLIENT,
            &[client_id.as_ref()],
            decode::json(),
        )
    }
    /**Update Client.

Update an OAuth2 client.

`oauth2:clients:oauth2:update_client`: `PUT /v1/oauth2/register/{client_id}`, a personal or OAuth2 user token.*/
    pub fn update(
        &self,
        client_id: impl AsRef<str>,
        body: crate::models::OAuth2ClientConfigurationUpdate,
    ) -> RequestBuilder<serde_json::Value> {
        RequestBuilder::new(
                self.polar,
                &OAUTH2_CLIENTS_OAUTH2_UPDATE_CLIENT,
                &[client_id.as_ref()],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Client.

Delete an OAuth2 client.

`oauth2:clients:oauth2:delete_client`: `DELETE /v1/oauth2/register/{client_id}`, a personal or OAuth2 user token.*/
    pub fn delete(&self, client_id: impl AsRef<str>) -> RequestBuilder<()> {
        RequestBuilder::new(
            self.polar,
            &OAUTH2_CLIENTS_OAUTH2_DELETE_CLIENT,
            &[client_id.as_ref()],
            decode::empty(),
        )
    }
}
/**The `orders` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.orders().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    polar: &'a Polar,
}
impl<'a> Orders<'a> {
    /**List Orders.

List orders.

**Scopes**: `orders:read`

`orders:list`: `GET /v1/orders/`, an organization, personal or OAuth2 token, scope `orders:read`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Order>, ListOrders> {
        RequestBuilder::new(self.polar, &ORDERS_LIST, &[], decode::page())
    }
    /**Create Order.

Create a draft order for an off-session charge against a saved payment
method. The order is created with `status=draft` and no invoice number;
call `POST /v1/orders/{id}/finalize` to attempt the charge.

The organization must have the `off_session_charges_enabled` feature flag.

**Scopes**: `orders:write`

`orders:create`: `POST /v1/orders/`, an organization, personal or OAuth2 token, scope `orders:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::OrderCreate,
    ) -> RequestBuilder<crate::models::Order> {
        RequestBuilder::new(self.polar, &ORDERS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Export Orders.

Export orders as a CSV file.

**Scopes**: `orders:read`

`orders:export`: `GET /v1/orders/export`, an organization, personal or OAuth2 token, scope `orders:read`.*/
    pub fn export(&self) -> RequestBuilder<String, ExportOrders> {
        RequestBuilder::new(self.polar, &ORDERS_EXPORT, &[], decode::text())
    }
    /**Get Order.

Get an order by ID.

**Scopes**: `orders:read`

`orders:get`: `GET /v1/orders/{id}`, an organization, personal or OAuth2 token, scope `orders:read`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Order> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORDERS_GET, &[&id], decode::json())
    }
    /**Update Order.

Update an order.

**Scopes**: `orders:write`

`orders:update`: `PATCH /v1/orders/{id}`, an organization, personal or OAuth2 token, scope `orders:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::OrderUpdate,
    ) -> RequestBuilder<crate::models::Order> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORDERS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Finalize Order.

Finalize a draft order and synchronously attempt an off-session charge.

On success, the order transitions to `paid` and benefit grants fire
before the response returns. On failure (decline, missing payment method,
SCA challenge), the order stays in `draft` and a 4xx error is returned.

The request fails with 412 if the order is not in `draft` status.

**Scopes**: `orders:write`

`orders:finalize`: `POST /v1/orders/{id}/finalize`, an organization, personal or OAuth2 token, scope `orders:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn finalize(
        &self,
        id: Uuid,
        body: crate::models::OrderFinalize,
    ) -> RequestBuilder<crate::models::Order> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORDERS_FINALIZE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Get Order Invoice.

Get an order's invoice data.

**Scopes**: `orders:read`

`orders:invoice`: `GET /v1/orders/{id}/invoice`, an organization, personal or OAuth2 token, scope `orders:read`.*/
    pub fn invoice(&self, id: Uuid) -> RequestBuilder<crate::models::OrderInvoice> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORDERS_INVOICE, &[&id], decode::json())
    }
    /**Generate Order Invoice.

Trigger generation of an order's invoice.

**Scopes**: `orders:read`

`orders:generate_invoice`: `POST /v1/orders/{id}/invoice`, an organization, personal or OAuth2 token, scope `orders:read`. Not repeated by a retry once it may have reached Polar.*/
    pub fn generate_invoice(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &ORDERS_GENERATE_INVOICE,
            &[&id],
            decode::empty(),
        )
    }
    /**Get Order Receipt.

Get a presigned URL to download an order's receipt PDF.

**Scopes**: `orders:read`

`orders:receipt`: `GET /v1/orders/{id}/receipt`, an organization, personal or OAuth2 token, scope `orders:read`.*/
    pub fn receipt(
        &self,
        id: Uuid,
    ) -> RequestBuilder<Receipt<crate::models::OrderReceipt>> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORDERS_RECEIPT, &[&id], decode::receipt())
    }
}
///Marks the request builder of `orders:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListOrders;
impl RequestBuilder<Page<crate::models::Order>, ListOrders> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by product billing type. `recurring` will filter data corresponding to subscriptions creations or renewals. `one_time` will filter data corresponding to one-time purchases.

Call again to add more values (sent as repeated keys).*/
    pub fn product_billing_type(self, value: crate::models::ProductBillingType) -> Self {
        self.append_query("product_billing_type", &value)
    }
    /**Filter by discount ID.

Call again to add more values (sent as repeated keys).*/
    pub fn discount_id(self, value: Uuid) -> Self {
        self.append_query("discount_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by customer external ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    /**Filter by checkout ID.

Call again to add more values (sent as repeated keys).*/
    pub fn checkout_id(self, value: Uuid) -> Self {
        self.append_query("checkout_id", &value)
    }
    /**Filter by subscription ID.

Call again to add more values (sent as repeated keys).*/
    pub fn subscription_id(self, value: Uuid) -> Self {
        self.append_query("subscription_id", &value)
    }
    /**Filter by order status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::OrderStatus) -> Self {
        self.append_query("status", &value)
    }
    ///Only include orders created after this date
    pub fn created_after(self, value: DateTime<Utc>) -> Self {
        self.set_query("created_after", &value)
    }
    ///Only include orders created before this date
    pub fn created_before(self, value: DateTime<Utc>) -> Self {
        self.set_query("created_before", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::OrderSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
///Marks the request builder of `orders:export`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ExportOrders;
impl RequestBuilder<String, ExportOrders> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by order status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::OrderStatus) -> Self {
        self.append_query("status", &value)
    }
    ///Only include orders created after this date. Must include a UTC offset.
    pub fn created_after(self, value: DateTime<Utc>) -> Self {
        self.set_query("created_after", &value)
    }
    ///Only include orders created before this date. Must include a UTC offset.
    pub fn created_before(self, value: DateTime<Utc>) -> Self {
        self.set_query("created_before", &value)
    }
    ///Time zone used to render dates in the CSV.
    pub fn timezone(self, value: impl AsRef<str>) -> Self {
        self.set_query("timezone", value.as_ref())
    }
    /**Columns to include in the CSV, in order. Defaults to email, created_at, product, net_amount, currency, status and invoice_number.

Call again to add more values (sent as repeated keys).*/
    pub fn columns(self, value: crate::models::OrderExportColumn) -> Self {
        self.append_query("columns", &value)
    }
}
/**The `organizations` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.organizations().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    polar: &'a Polar,
}
impl<'a> Organizations<'a> {
    /**List Organizations.

List organizations.

**Scopes**: `organizations:read` `organizations:write`

`organizations:list`: `GET /v1/organizations/`, an organization, personal or OAuth2 token, scope `organizations:read` or `organizations:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::Organization>, ListOrganizations> {
        RequestBuilder::new(self.polar, &ORGANIZATIONS_LIST, &[], decode::page())
    }
    /**Create Organization.

Create an organization.

**Scopes**: `organizations:write`

`organizations:create`: `POST /v1/organizations/`, a personal or OAuth2 user token, scope `organizations:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::OrganizationCreate,
    ) -> RequestBuilder<crate::models::Organization> {
        RequestBuilder::new(self.polar, &ORGANIZATIONS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Organization.

Get an organization by ID.

**Scopes**: `organizations:read` `organizations:write`

`organizations:get`: `GET /v1/organizations/{id}`, an organization, personal or OAuth2 token, scope `organizations:read` or `organizations:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Organization> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORGANIZATIONS_GET, &[&id], decode::json())
    }
    /**Update Organization.

Update an organization.

**Scopes**: `organizations:write`

`organizations:update`: `PATCH /v1/organizations/{id}`, an organization, personal or OAuth2 token, scope `organizations:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::OrganizationUpdate,
    ) -> RequestBuilder<crate::models::Organization> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &ORGANIZATIONS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
}
///Marks the request builder of `organizations:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListOrganizations;
impl RequestBuilder<Page<crate::models::Organization>, ListOrganizations> {
    ///Filter by slug.
    pub fn slug(self, value: impl AsRef<str>) -> Self {
        self.set_query("slug", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::OrganizationSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `payments` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.payments().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Payments<'a> {
    polar: &'a Polar,
}
impl<'a> Payments<'a> {
    /**List Payments.

List payments.

**Scopes**: `payments:read`

`payments:list`: `GET /v1/payments/`, an organization, personal or OAuth2 token, scope `payments:read`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Payment>, ListPayments> {
        RequestBuilder::new(self.polar, &PAYMENTS_LIST, &[], decode::page())
    }
    /**Get Payment.

Get a payment by ID.

**Scopes**: `payments:read`

`payments:get`: `GET /v1/payments/{id}`, an organization, personal or OAuth2 token, scope `payments:read`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Payment> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &PAYMENTS_GET, &[&id], decode::json())
    }
}
///Marks the request builder of `payments:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListPayments;
impl RequestBuilder<Page<crate::models::Payment>, ListPayments> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by checkout ID.

Call again to add more values (sent as repeated keys).*/
    pub fn checkout_id(self, value: Uuid) -> Self {
        self.append_query("checkout_id", &value)
    }
    /**Filter by order ID.

Call again to add more values (sent as repeated keys).*/
    pub fn order_id(self, value: Uuid) -> Self {
        self.append_query("order_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by payment status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::PaymentStatus) -> Self {
        self.append_query("status", &value)
    }
    /**Filter by payment method.

Call again to add more values (sent as repeated keys).*/
    pub fn method(self, value: impl AsRef<str>) -> Self {
        self.append_query("method", value.as_ref())
    }
    /**Filter by customer email.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_email(self, value: impl AsRef<str>) -> Self {
        self.append_query("customer_email", value.as_ref())
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::PaymentSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `products` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.products().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Products<'a> {
    polar: &'a Polar,
}
impl<'a> Products<'a> {
    /**List Products.

List products.

**Scopes**: `products:read` `products:write`

`products:list`: `GET /v1/products/`, an organization, personal or OAuth2 token, scope `products:read` or `products:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Product>, ListProducts> {
        RequestBuilder::new(self.polar, &PRODUCTS_LIST, &[], decode::page())
    }
    /**Create Product.

Create a product.

**Scopes**: `products:write`

`products:create`: `POST /v1/products/`, an organization, personal or OAuth2 token, scope `products:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::ProductCreate,
    ) -> RequestBuilder<crate::models::Product> {
        RequestBuilder::new(self.polar, &PRODUCTS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Get Product.

Get a product by ID.

**Scopes**: `products:read` `products:write`

`products:get`: `GET /v1/products/{id}`, an organization, personal or OAuth2 token, scope `products:read` or `products:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Product> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &PRODUCTS_GET, &[&id], decode::json())
    }
    /**Update Product.

Update a product.

**Scopes**: `products:write`

`products:update`: `PATCH /v1/products/{id}`, an organization, personal or OAuth2 token, scope `products:write`.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::ProductUpdate,
    ) -> RequestBuilder<crate::models::Product> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &PRODUCTS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Update Product Benefits.

Update benefits granted by a product.

**Scopes**: `products:write`

`products:update_benefits`: `POST /v1/products/{id}/benefits`, an organization, personal or OAuth2 token, scope `products:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn update_benefits(
        &self,
        id: Uuid,
        body: crate::models::ProductBenefitsUpdate,
    ) -> RequestBuilder<crate::models::Product> {
        let id = id.to_string();
        RequestBuilder::new(
                self.polar,
                &PRODUCTS_UPDATE_BENEFITS,
                &[&id],
                decode::json(),
            )
            .json_body(&body)
    }
}
///Marks the request builder of `products:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListProducts;
impl RequestBuilder<Page<crate::models::Product>, ListProducts> {
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn id(self, value: Uuid) -> Self {
        self.append_query("id", &value)
    }
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    ///Filter by product name.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Filter on archived products.
    pub fn is_archived(self, value: bool) -> Self {
        self.set_query("is_archived", &value)
    }
    ///Filter on recurring products. If `true`, only subscriptions tiers are returned. If `false`, only one-time purchase products are returned.
    pub fn is_recurring(self, value: bool) -> Self {
        self.set_query("is_recurring", &value)
    }
    /**Filter products granting specific benefit.

Call again to add more values (sent as repeated keys).*/
    pub fn benefit_id(self, value: Uuid) -> Self {
        self.append_query("benefit_id", &value)
    }
    ///Filter by visibility.
    pub fn visibility<I: IntoIterator<Item = crate::models::ProductVisibility>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("visibility", values)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::ProductSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
/**The `refunds` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.refunds().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Refunds<'a> {
    polar: &'a Polar,
}
impl<'a> Refunds<'a> {
    /**List Refunds.

List refunds.

**Scopes**: `refunds:read` `refunds:write`

`refunds:list`: `GET /v1/refunds/`, an organization, personal or OAuth2 token, scope `refunds:read` or `refunds:write`.*/
    pub fn list(&self) -> RequestBuilder<Page<crate::models::Refund>, ListRefunds> {
        RequestBuilder::new(self.polar, &REFUNDS_LIST, &[], decode::page())
    }
    /**Create Refund.

Create a refund.

**Scopes**: `refunds:write`

`refunds:create`: `POST /v1/refunds/`, an organization, personal or OAuth2 token, scope `refunds:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::RefundCreate,
    ) -> RequestBuilder<crate::models::Refund> {
        RequestBuilder::new(self.polar, &REFUNDS_CREATE, &[], decode::json())
            .json_body(&body)
    }
}
///Marks the request builder of `refunds:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListRefunds;
impl RequestBuilder<Page<crate::models::Refund>, ListRefunds> {
    /**Filter by refund ID.

Call again to add more values (sent as repeated keys).*/
    pub fn id(self, value: Uuid) -> Self {
        self.append_query("id", &value)
    }
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by order ID.

Call again to add more values (sent as repeated keys).*/
    pub fn order_id(self, value: Uuid) -> Self {
        self.append_query("order_id", &value)
    }
    /**Filter by subscription ID.

Call again to add more values (sent as repeated keys).*/
    pub fn subscription_id(self, value: Uuid) -> Self {
        self.append_query("subscription_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by customer external ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    ///Filter by `succeeded`.
    pub fn succeeded(self, value: bool) -> Self {
        self.set_query("succeeded", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::RefundSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
}
/**The `subscriptions` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.subscriptions().list().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Subscriptions<'a> {
    polar: &'a Polar,
}
impl<'a> Subscriptions<'a> {
    /**List Subscriptions.

List subscriptions.

**Scopes**: `subscriptions:read` `subscriptions:write`

`subscriptions:list`: `GET /v1/subscriptions/`, an organization, personal or OAuth2 token, scope `subscriptions:read` or `subscriptions:write`.*/
    pub fn list(
        &self,
    ) -> RequestBuilder<Page<crate::models::Subscription>, ListSubscriptions> {
        RequestBuilder::new(self.polar, &SUBSCRIPTIONS_LIST, &[], decode::page())
    }
    /**Create Subscription.

Create a subscription programmatically.

This endpoint only allows to create subscription on free products.
For paid products, use the checkout flow.

No initial order will be created and no confirmation email will be sent.

**Scopes**: `subscriptions:write`

`subscriptions:create`: `POST /v1/subscriptions/`, an organization, personal or OAuth2 token, scope `subscriptions:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create(
        &self,
        body: crate::models::SubscriptionCreate,
    ) -> RequestBuilder<crate::models::Subscription> {
        RequestBuilder::new(self.polar, &SUBSCRIPTIONS_CREATE, &[], decode::json())
            .json_body(&body)
    }
    /**Export Subscriptions.

Export subscriptions as a CSV file.

**Scopes**: `subscriptions:read` `subscriptions:write`

`subscriptions:export`: `GET /v1/subscriptions/export`, an organization, personal or OAuth2 token, scope `subscriptions:read` or `subscriptions:write`.*/
    pub fn export(&self) -> RequestBuilder<String, ExportSubscriptions> {
        RequestBuilder::new(self.polar, &SUBSCRIPTIONS_EXPORT, &[], decode::text())
    }
    /**Get Subscription.

Get a subscription by ID.

**Scopes**: `subscriptions:read` `subscriptions:write`

`subscriptions:get`: `GET /v1/subscriptions/{id}`, an organization, personal or OAuth2 token, scope `subscriptions:read` or `subscriptions:write`.*/
    pub fn get(&self, id: Uuid) -> RequestBuilder<crate::models::Subscription> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &SUBSCRIPTIONS_GET, &[&id], decode::json())
    }
    /**Update Subscription.

Update a subscription.

**Scopes**: `subscriptions:write`

`subscriptions:update`: `PATCH /v1/subscriptions/{id}`, an organization, personal or OAuth2 token, scope `subscriptions:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn update(
        &self,
        id: Uuid,
        body: crate::models::SubscriptionUpdate,
    ) -> RequestBuilder<crate::models::Subscription> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &SUBSCRIPTIONS_UPDATE, &[&id], decode::json())
            .json_body(&body)
    }
    /**Revoke Subscription.

Revoke a subscription, i.e cancel immediately.

**Scopes**: `subscriptions:write`

`subscriptions:revoke`: `DELETE /v1/subscriptions/{id}`, an organization, personal or OAuth2 token, scope `subscriptions:write`.*/
    pub fn revoke(&self, id: Uuid) -> RequestBuilder<crate::models::Subscription> {
        let id = id.to_string();
        RequestBuilder::new(self.polar, &SUBSCRIPTIONS_REVOKE, &[&id], decode::json())
    }
}
///Marks the request builder of `subscriptions:list`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListSubscriptions;
impl RequestBuilder<Page<crate::models::Subscription>, ListSubscriptions> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by customer ID.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_id(self, value: Uuid) -> Self {
        self.append_query("customer_id", &value)
    }
    /**Filter by customer external ID.

Call again to add more values (sent as repeated keys).*/
    pub fn external_customer_id(self, value: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", value.as_ref())
    }
    /**Filter by discount ID.

Call again to add more values (sent as repeated keys).*/
    pub fn discount_id(self, value: Uuid) -> Self {
        self.append_query("discount_id", &value)
    }
    ///Filter by active or inactive subscription.
    pub fn active(self, value: bool) -> Self {
        self.set_query("active", &value)
    }
    /**Filter by subscription status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::SubscriptionStatus) -> Self {
        self.append_query("status", &value)
    }
    ///Filter by subscriptions that are set to cancel at period end.
    pub fn cancel_at_period_end(self, value: bool) -> Self {
        self.set_query("cancel_at_period_end", &value)
    }
    /**Filter by customer cancellation reason.

Call again to add more values (sent as repeated keys).*/
    pub fn customer_cancellation_reason(
        self,
        value: crate::models::CustomerCancellationReason,
    ) -> Self {
        self.append_query("customer_cancellation_reason", &value)
    }
    ///Filter by cancellation date (after or equal to).
    pub fn canceled_at_after(self, value: DateTime<Utc>) -> Self {
        self.set_query("canceled_at_after", &value)
    }
    ///Filter by cancellation date (before or equal to).
    pub fn canceled_at_before(self, value: DateTime<Utc>) -> Self {
        self.set_query("canceled_at_before", &value)
    }
    ///Only include subscriptions started after this date.
    pub fn started_after(self, value: DateTime<Utc>) -> Self {
        self.set_query("started_after", &value)
    }
    ///Only include subscriptions started before this date.
    pub fn started_before(self, value: DateTime<Utc>) -> Self {
        self.set_query("started_before", &value)
    }
    ///Sorting criterion. Several criteria can be used simultaneously and will be applied in order. Add a minus sign `-` before the criteria name to sort by descending order.
    pub fn sorting<I: IntoIterator<Item = crate::models::SubscriptionSortProperty>>(
        self,
        values: I,
    ) -> Self {
        self.set_query_all("sorting", values)
    }
    /**Filter by metadata key-value pairs. It uses the `deepObject` style, e.g. `?metadata[key]=value`.

Sent as `metadata[key]=value`; call again for more keys or values.*/
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
///Marks the request builder of `subscriptions:export`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ExportSubscriptions;
impl RequestBuilder<String, ExportSubscriptions> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
    /**Filter by product ID.

Call again to add more values (sent as repeated keys).*/
    pub fn product_id(self, value: Uuid) -> Self {
        self.append_query("product_id", &value)
    }
    /**Filter by subscription status.

Call again to add more values (sent as repeated keys).*/
    pub fn status(self, value: crate::models::SubscriptionStatus) -> Self {
        self.append_query("status", &value)
    }
    ///Filter by subscriptions that are set to cancel at period end.
    pub fn cancel_at_period_end(self, value: bool) -> Self {
        self.set_query("cancel_at_period_end", &value)
    }
    ///Only include subscriptions started after this date. Must include a UTC offset.
    pub fn started_after(self, value: DateTime<Utc>) -> Self {
        self.set_query("started_after", &value)
    }
    ///Only include subscriptions started before this date. Must include a UTC offset.
    pub fn started_before(self, value: DateTime<Utc>) -> Self {
        self.set_query("started_before", &value)
    }
    ///Time zone used to render dates in the CSV.
    pub fn timezone(self, value: impl AsRef<str>) -> Self {
        self.set_query("timezone", value.as_ref())
    }
    /**Columns to include in the CSV, in order. Defaults to email, started_at, product, amount, currency, status and recurring_interval.

Call again to add more values (sent as repeated keys).*/
    pub fn columns(self, value: crate::models::SubscriptionExportColumn) -> Self {
        self.append_query("columns", &value)
    }
}
/**The `webhooks` operations of the Polar API.

```no_run
# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
let answer = polar.webhooks().list_webhook_deliveries().await?;
# let _ = answer;
# Ok(()) }
```*/
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    polar: &'a Polar,
}
impl<'a> Webhooks<'a> {
    /**List Webhook Deliveries.

List webhook deliveries.

Deliveries are all the attempts to deliver a webhook event to an endpoint.

**Scopes**: `webhooks:read` `webhooks:write`

`webhooks:list_webhook_deliveries`: `GET /v1/webhooks/deliveries`, an organization, personal or OAuth2 token, scope `webhooks:read` or `webhooks:write`.*/
    pub fn list_webhook_deliveries(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::WebhookDelivery>,
        ListWebhookDeliveriesWebhooks,
    > {
        RequestBuilder::new(
            self.polar,
            &WEBHOOKS_LIST_WEBHOOK_DELIVERIES,
            &[],
            decode::page(),
        )
    }
    /**List Webhook Endpoints.

List webhook endpoints.

**Scopes**: `webhooks:read` `webhooks:write`

`webhooks:list_webhook_endpoints`: `GET /v1/webhooks/endpoints`, an organization, personal or OAuth2 token, scope `webhooks:read` or `webhooks:write`.*/
    pub fn list_webhook_endpoints(
        &self,
    ) -> RequestBuilder<
        Page<crate::models::WebhookEndpoint>,
        ListWebhookEndpointsWebhooks,
    > {
        RequestBuilder::new(
            self.polar,
            &WEBHOOKS_LIST_WEBHOOK_ENDPOINTS,
            &[],
            decode::page(),
        )
    }
    /**Create Webhook Endpoint.

Create a webhook endpoint.

**Scopes**: `webhooks:write`

`webhooks:create_webhook_endpoint`: `POST /v1/webhooks/endpoints`, an organization, personal or OAuth2 token, scope `webhooks:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn create_webhook_endpoint(
        &self,
        body: crate::models::WebhookEndpointCreate,
    ) -> RequestBuilder<crate::models::WebhookEndpoint> {
        RequestBuilder::new(
                self.polar,
                &WEBHOOKS_CREATE_WEBHOOK_ENDPOINT,
                &[],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Get Webhook Endpoint.

Get a webhook endpoint by ID.

**Scopes**: `webhooks:read` `webhooks:write`

`webhooks:get_webhook_endpoint`: `GET /v1/webhooks/endpoints/{id}`, an organization, personal or OAuth2 token, scope `webhooks:read` or `webhooks:write`.*/
    pub fn get_webhook_endpoint(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::WebhookEndpoint> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &WEBHOOKS_GET_WEBHOOK_ENDPOINT,
            &[&id],
            decode::json(),
        )
    }
    /**Update Webhook Endpoint.

Update a webhook endpoint.

**Scopes**: `webhooks:write`

`webhooks:update_webhook_endpoint`: `PATCH /v1/webhooks/endpoints/{id}`, an organization, personal or OAuth2 token, scope `webhooks:write`.*/
    pub fn update_webhook_endpoint(
        &self,
        id: Uuid,
        body: crate::models::WebhookEndpointUpdate,
    ) -> RequestBuilder<crate::models::WebhookEndpoint> {
        let id = id.to_string();
        RequestBuilder::new(
                self.polar,
                &WEBHOOKS_UPDATE_WEBHOOK_ENDPOINT,
                &[&id],
                decode::json(),
            )
            .json_body(&body)
    }
    /**Delete Webhook Endpoint.

Delete a webhook endpoint.

**Scopes**: `webhooks:write`

`webhooks:delete_webhook_endpoint`: `DELETE /v1/webhooks/endpoints/{id}`, an organization, personal or OAuth2 token, scope `webhooks:write`.*/
    pub fn delete_webhook_endpoint(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &WEBHOOKS_DELETE_WEBHOOK_ENDPOINT,
            &[&id],
            decode::empty(),
        )
    }
    /**Reset Webhook Endpoint Secret.

Regenerate a webhook endpoint secret.

**Scopes**: `webhooks:write`

`webhooks:reset_webhook_endpoint_secret`: `PATCH /v1/webhooks/endpoints/{id}/secret`, an organization, personal or OAuth2 token, scope `webhooks:write`.*/
    pub fn reset_webhook_endpoint_secret(
        &self,
        id: Uuid,
    ) -> RequestBuilder<crate::models::WebhookEndpoint> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &WEBHOOKS_RESET_WEBHOOK_ENDPOINT_SECRET,
            &[&id],
            decode::json(),
        )
    }
    /**Redeliver Webhook Event.

Schedule the re-delivery of a webhook event.

**Scopes**: `webhooks:write`

`webhooks:redeliver_webhook_event`: `POST /v1/webhooks/events/{id}/redeliver`, an organization, personal or OAuth2 token, scope `webhooks:write`. Not repeated by a retry once it may have reached Polar.*/
    pub fn redeliver_webhook_event(&self, id: Uuid) -> RequestBuilder<()> {
        let id = id.to_string();
        RequestBuilder::new(
            self.polar,
            &WEBHOOKS_REDELIVER_WEBHOOK_EVENT,
            &[&id],
            decode::empty(),
        )
    }
}
///Marks the request builder of `webhooks:list_webhook_deliveries`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListWebhookDeliveriesWebhooks;
impl RequestBuilder<
    Page<crate::models::WebhookDelivery>,
    ListWebhookDeliveriesWebhooks,
> {
    /**Filter by webhook endpoint ID.

Call again to add more values (sent as repeated keys).*/
    pub fn endpoint_id(self, value: Uuid) -> Self {
        self.append_query("endpoint_id", &value)
    }
    ///Filter deliveries after this timestamp.
    pub fn start_timestamp(self, value: DateTime<Utc>) -> Self {
        self.set_query("start_timestamp", &value)
    }
    ///Filter deliveries before this timestamp.
    pub fn end_timestamp(self, value: DateTime<Utc>) -> Self {
        self.set_query("end_timestamp", &value)
    }
    ///Filter by delivery success status.
    pub fn succeeded(self, value: bool) -> Self {
        self.set_query("succeeded", &value)
    }
    ///Query to filter webhook deliveries.
    pub fn query(self, value: impl AsRef<str>) -> Self {
        self.set_query("query", value.as_ref())
    }
    ///Filter by HTTP response code class (2xx, 3xx, 4xx, 5xx).
    pub fn http_code_class(self, value: impl AsRef<str>) -> Self {
        self.set_query("http_code_class", value.as_ref())
    }
    /**Filter by webhook event type.

Call again to add more values (sent as repeated keys).*/
    pub fn event_type(self, value: crate::models::WebhookEventType) -> Self {
        self.append_query("event_type", &value)
    }
}
///Marks the request builder of `webhooks:list_webhook_endpoints`, which has its optional parameters as setters.
#[derive(Debug, Clone, Copy)]
pub struct ListWebhookEndpointsWebhooks;
impl RequestBuilder<Page<crate::models::WebhookEndpoint>, ListWebhookEndpointsWebhooks> {
    /**Filter by organization ID.

Call again to add more values (sent as repeated keys).*/
    pub fn organization_id(self, value: Uuid) -> Self {
        self.append_query("organization_id", &value)
    }
}
impl Polar {
    /// The `benefit_grants` operations.
    pub fn benefit_grants(&self) -> BenefitGrants<'_> {
        BenefitGrants { polar: self }
    }
    /// The `benefits` operations.
    pub fn benefits(&self) -> Benefits<'_> {
        Benefits { polar: self }
    }
    /// The `checkout_links` operations.
    pub fn checkout_links(&self) -> CheckoutLinks<'_> {
        CheckoutLinks { polar: self }
    }
    /// The `checkouts` operations.
    pub fn checkouts(&self) -> Checkouts<'_> {
        Checkouts { polar: self }
    }
    /// The `custom_fields` operations.
    pub fn custom_fields(&self) -> CustomFields<'_> {
        CustomFields { polar: self }
    }
    /// The `customer_meters` operations.
    pub fn customer_meters(&self) -> CustomerMeters<'_> {
        CustomerMeters { polar: self }
    }
    /// The `customer_seats` operations.
    pub fn customer_seats(&self) -> CustomerSeats<'_> {
        CustomerSeats { polar: self }
    }
    /// The `customer_sessions` operations.
    pub fn customer_sessions(&self) -> CustomerSessions<'_> {
        CustomerSessions { polar: self }
    }
    /// The `customers` operations.
    pub fn customers(&self) -> Customers<'_> {
        Customers { polar: self }
    }
    /// The `discounts` operations.
    pub fn discounts(&self) -> Discounts<'_> {
        Discounts { polar: self }
    }
    /// The `disputes` operations.
    pub fn disputes(&self) -> Disputes<'_> {
        Disputes { polar: self }
    }
    /// The `event_types` operations.
    pub fn event_types(&self) -> EventTypes<'_> {
        EventTypes { polar: self }
    }
    /// The `events` operations.
    pub fn events(&self) -> Events<'_> {
        Events { polar: self }
    }
    /// The `files` operations.
    pub fn files(&self) -> Files<'_> {
        Files { polar: self }
    }
    /// The `license_keys` operations.
    pub fn license_keys(&self) -> LicenseKeys<'_> {
        LicenseKeys { polar: self }
    }
    /// The `member_sessions` operations.
    pub fn member_sessions(&self) -> MemberSessions<'_> {
        MemberSessions { polar: self }
    }
    /// The `members` operations.
    pub fn members(&self) -> Members<'_> {
        Members { polar: self }
    }
    /// The `meters` operations.
    pub fn meters(&self) -> Meters<'_> {
        Meters { polar: self }
    }
    /// The `metrics` operations.
    pub fn metrics(&self) -> Metrics<'_> {
        Metrics { polar: self }
    }
    /// The `oauth2` operations.
    pub fn oauth2(&self) -> OAuth2<'_> {
        OAuth2 { polar: self }
    }
    /// The `orders` operations.
    pub fn orders(&self) -> Orders<'_> {
        Orders { polar: self }
    }
    /// The `organizations` operations.
    pub fn organizations(&self) -> Organizations<'_> {
        Organizations { polar: self }
    }
    /// The `payments` operations.
    pub fn payments(&self) -> Payments<'_> {
        Payments { polar: self }
    }
    /// The `products` operations.
    pub fn products(&self) -> Products<'_> {
        Products { polar: self }
    }
    /// The `refunds` operations.
    pub fn refunds(&self) -> Refunds<'_> {
        Refunds { polar: self }
    }
    /// The `subscriptions` operations.
    pub fn subscriptions(&self) -> Subscriptions<'_> {
        Subscriptions { polar: self }
    }
    /// The `webhooks` operations.
    pub fn webhooks(&self) -> Webhooks<'_> {
        Webhooks { polar: self }
    }
}
