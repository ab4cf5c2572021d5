/**The class of a Polar error, from the `error` field of its body: every class the spec declares, and `Unknown` for the ones this crate does not know yet. Match on it instead of on strings.

```
use polarsh::ErrorKind;

let kind: ErrorKind = "PaymentFailed".parse().unwrap();
assert_eq!(kind, ErrorKind::PaymentFailed);
assert_eq!(ErrorKind::from("SomethingNew").as_str(), "SomethingNew");
```*/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    ///`AlreadyCanceledSubscription`: `403`.
    AlreadyCanceledSubscription,
    ///`AmbiguousExternalCustomerID`: `409`.
    AmbiguousExternalCustomerID,
    ///`BadRequest`: `400`: the request is malformed.
    BadRequest,
    ///`CannotCreateOrganizationError`: `403`.
    CannotCreateOrganizationError,
    ///`CustomerNotReady`: `403`.
    CustomerNotReady,
    ///`DisputeAutoAcceptNotEnabled`: `403`.
    DisputeAutoAcceptNotEnabled,
    ///`DisputeNotOpenError`: `409`.
    DisputeNotOpenError,
    ///`ExpiredCheckoutError`: `410`.
    ExpiredCheckoutError,
    ///`InactiveSubscription`: `403`.
    InactiveSubscription,
    ///`InternalServerError`: `500`: Polar failed.
    InternalServerError,
    ///`LengthRequired`: `411`: a `PATCH` without a body.
    LengthRequired,
    ///`ManualRetryLimitExceeded`: `429`.
    ManualRetryLimitExceeded,
    ///`MissingInvoiceBillingDetails`: `422`.
    MissingInvoiceBillingDetails,
    ///`NotPermitted`: `403`.
    NotPermitted,
    ///`OffSessionChargesNotEnabled`: `403`.
    OffSessionChargesNotEnabled,
    ///`OrderNotDraft`: `412`.
    OrderNotDraft,
    ///`OrderNotEligibleForInvoice`: `409`.
    OrderNotEligibleForInvoice,
    ///`OrderNotEligibleForRetry`: `422`.
    OrderNotEligibleForRetry,
    ///`OrganizationNotReadyForPayments`: `403`.
    OrganizationNotReadyForPayments,
    ///`PauseResumeNotAllowed`: `403`.
    PauseResumeNotAllowed,
    ///`PaymentActionRequired`: `402`.
    PaymentActionRequired,
    ///`PaymentAlreadyInProgress`: `409`.
    PaymentAlreadyInProgress,
    ///`PaymentError`: `400`.
    PaymentError,
    ///`PaymentFailed`: `402`.
    PaymentFailed,
    ///`PaymentMethodInUseByActiveSubscription`: `400`.
    PaymentMethodInUseByActiveSubscription,
    ///`PaymentMethodRequired`: `409`.
    PaymentMethodRequired,
    ///`PaymentMethodSetupFailed`: `400`.
    PaymentMethodSetupFailed,
    ///`PolarRequestValidationError`: `422`: Polar's own checks refused a field (a duplicate email or external id, …).
    PolarRequestValidationError,
    ///`RefundedAlready`: `403`.
    RefundedAlready,
    ///`RequestValidationError`: `422`: the request did not match the schema.
    RequestValidationError,
    ///`ResourceAlreadyExists`: `409`: the resource already exists.
    ResourceAlreadyExists,
    ///`ResourceNotFound`: `404`.
    ResourceNotFound,
    ///`ResourceUnavailable`: `410`: the resource is no longer available.
    ResourceUnavailable,
    ///`SSOEnforcementRequiresConnection`: `409`.
    SSOEnforcementRequiresConnection,
    ///`SubscriptionLocked`: `409`.
    SubscriptionLocked,
    ///`Unauthorized`: `401`.
    Unauthorized,
    ///`insufficient_scope`: `403`: the token lacks a scope the operation needs (OAuth2 form).
    InsufficientScope,
    ///`invalid_token`: `401`: the token matches nothing (OAuth2 form).
    InvalidToken,
    /// A class this crate does not know yet, as Polar spelled it.
    Unknown(String),
}
impl ErrorKind {
    /// The class as Polar spells it.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorKind::AlreadyCanceledSubscription => "AlreadyCanceledSubscription",
            ErrorKind::AmbiguousExternalCustomerID => "AmbiguousExternalCustomerID",
            ErrorKind::BadRequest => "BadRequest",
            ErrorKind::CannotCreateOrganizationError => "CannotCreateOrganizationError",
            ErrorKind::CustomerNotReady => "CustomerNotReady",
            ErrorKind::DisputeAutoAcceptNotEnabled => "DisputeAutoAcceptNotEnabled",
            ErrorKind::DisputeNotOpenError => "DisputeNotOpenError",
            ErrorKind::ExpiredCheckoutError => "ExpiredCheckoutError",
            ErrorKind::InactiveSubscription => "InactiveSubscription",
            ErrorKind::InternalServerError => "InternalServerError",
            ErrorKind::LengthRequired => "LengthRequired",
            ErrorKind::ManualRetryLimitExceeded => "ManualRetryLimitExceeded",
            ErrorKind::MissingInvoiceBillingDetails => "MissingInvoiceBillingDetails",
            ErrorKind::NotPermitted => "NotPermitted",
            ErrorKind::OffSessionChargesNotEnabled => "OffSessionChargesNotEnabled",
            ErrorKind::OrderNotDraft => "OrderNotDraft",
            ErrorKind::OrderNotEligibleForInvoice => "OrderNotEligibleForInvoice",
            ErrorKind::OrderNotEligibleForRetry => "OrderNotEligibleForRetry",
            ErrorKind::OrganizationNotReadyForPayments => {
                "OrganizationNotReadyForPayments"
            }
            ErrorKind::PauseResumeNotAllowed => "PauseResumeNotAllowed",
            ErrorKind::PaymentActionRequired => "PaymentActionRequired",
            ErrorKind::PaymentAlreadyInProgress => "PaymentAlreadyInProgress",
            ErrorKind::PaymentError => "PaymentError",
            ErrorKind::PaymentFailed => "PaymentFailed",
            ErrorKind::PaymentMethodInUseByActiveSubscription => {
                "PaymentMethodInUseByActiveSubscription"
            }
            ErrorKind::PaymentMethodRequired => "PaymentMethodRequired",
            ErrorKind::PaymentMethodSetupFailed => "PaymentMethodSetupFailed",
            ErrorKind::PolarRequestValidationError => "PolarRequestValidationError",
            ErrorKind::RefundedAlready => "RefundedAlready",
            ErrorKind::RequestValidationError => "RequestValidationError",
            ErrorKind::ResourceAlreadyExists => "ResourceAlreadyExists",
            ErrorKind::ResourceNotFound => "ResourceNotFound",
            ErrorKind::ResourceUnavailable => "ResourceUnavailable",
            ErrorKind::SSOEnforcementRequiresConnection => {
                "SSOEnforcementRequiresConnection"
            }
            ErrorKind::SubscriptionLocked => "SubscriptionLocked",
            ErrorKind::Unauthorized => "Unauthorized",
            ErrorKind::InsufficientScope => "insufficient_scope",
            ErrorKind::InvalidToken => "invalid_token",
            ErrorKind::Unknown(other) => other,
        }
    }
}
impl From<&str> for ErrorKind {
    fn from(wire: &str) -> Self {
        match wire {
            "AlreadyCanceledSubscription" => ErrorKind::AlreadyCanceledSubscription,
            "AmbiguousExternalCustomerID" => ErrorKind::AmbiguousExternalCustomerID,
            "BadRequest" => ErrorKind::BadRequest,
            "CannotCreateOrganizationError" => ErrorKind::CannotCreateOrganizationError,
            "CustomerNotReady" => ErrorKind::CustomerNotReady,
            "DisputeAutoAcceptNotEnabled" => ErrorKind::DisputeAutoAcceptNotEnabled,
            "DisputeNotOpenError" => ErrorKind::DisputeNotOpenError,
            "ExpiredCheckoutError" => ErrorKind::ExpiredCheckoutError,
            "InactiveSubscription" => ErrorKind::InactiveSubscription,
            "InternalServerError" => ErrorKind::InternalServerError,
            "LengthRequired" => ErrorKind::LengthRequired,
            "ManualRetryLimitExceeded" => ErrorKind::ManualRetryLimitExceeded,
            "MissingInvoiceBillingDetails" => ErrorKind::MissingInvoiceBillingDetails,
            "NotPermitted" => ErrorKind::NotPermitted,
            "OffSessionChargesNotEnabled" => ErrorKind::OffSessionChargesNotEnabled,
            "OrderNotDraft" => ErrorKind::OrderNotDraft,
            "OrderNotEligibleForInvoice" => ErrorKind::OrderNotEligibleForInvoice,
            "OrderNotEligibleForRetry" => ErrorKind::OrderNotEligibleForRetry,
            "OrganizationNotReadyForPayments" => {
                ErrorKind::OrganizationNotReadyForPayments
            }
            "PauseResumeNotAllowed" => ErrorKind::PauseResumeNotAllowed,
            "PaymentActionRequired" => ErrorKind::PaymentActionRequired,
            "PaymentAlreadyInProgress" => ErrorKind::PaymentAlreadyInProgress,
            "PaymentError" => ErrorKind::PaymentError,
            "PaymentFailed" => ErrorKind::PaymentFailed,
            "PaymentMethodInUseByActiveSubscription" => {
                ErrorKind::PaymentMethodInUseByActiveSubscription
            }
            "PaymentMethodRequired" => ErrorKind::PaymentMethodRequired,
            "PaymentMethodSetupFailed" => ErrorKind::PaymentMethodSetupFailed,
            "PolarRequestValidationError" => ErrorKind::PolarRequestValidationError,
            "RefundedAlready" => ErrorKind::RefundedAlready,
            "RequestValidationError" => ErrorKind::RequestValidationError,
            "ResourceAlreadyExists" => ErrorKind::ResourceAlreadyExists,
            "ResourceNotFound" => ErrorKind::ResourceNotFound,
            "ResourceUnavailable" => ErrorKind::ResourceUnavailable,
            "SSOEnforcementRequiresConnection" => {
                ErrorKind::SSOEnforcementRequiresConnection
            }
            "SubscriptionLocked" => ErrorKind::SubscriptionLocked,
            "Unauthorized" => ErrorKind::Unauthorized,
            "insufficient_scope" => ErrorKind::InsufficientScope,
            "invalid_token" => ErrorKind::InvalidToken,
            other => ErrorKind::Unknown(other.to_owned()),
        }
    }
}
impl std::str::FromStr for ErrorKind {
    type Err = std::convert::Infallible;
    fn from_str(wire: &str) -> Result<Self, Self::Err> {
        Ok(ErrorKind::from(wire))
    }
}
impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
