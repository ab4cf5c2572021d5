//! Orders: `/v1/orders/`.

use reqwest::Method;
use uuid::Uuid;

use crate::client::Polar;
use crate::models::OrderReceipt;
use crate::operation::{Credential, Operation, RetryClass};
use crate::request::RequestBuilder;
use crate::transport::decode::{self, Receipt};

static RECEIPT: Operation = Operation::new(
    "orders:receipt",
    Method::GET,
    "/v1/orders/{id}/receipt",
    Credential::Organization,
    RetryClass::Safe,
);

static GENERATE_INVOICE: Operation = Operation::new(
    "orders:generate_invoice",
    Method::POST,
    "/v1/orders/{id}/invoice",
    Credential::Organization,
    RetryClass::Unsafe,
);

/// Orders. Get one with [`Polar::orders`]; scope `orders:read`.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// polar.orders().generate_invoice(id).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    polar: &'a Polar,
}

impl<'a> Orders<'a> {
    pub(crate) fn new(polar: &'a Polar) -> Self {
        Orders { polar }
    }

    /// The order's receipt (`orders:receipt`, `GET /v1/orders/{id}/receipt`):
    /// [`Receipt::Ready`] with its URL (`200`), or [`Receipt::Pending`] while Polar generates
    /// it (`202`).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// if let polarsh::Receipt::Ready(receipt) = polar.orders().receipt(id).await? {
    ///     println!("{}", receipt.url);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn receipt(&self, id: Uuid) -> RequestBuilder<Receipt<OrderReceipt>> {
        RequestBuilder::new(self.polar, &RECEIPT, &[&id.to_string()], decode::receipt())
    }

    /// Asks Polar to generate the order's invoice (`orders:generate_invoice`,
    /// `POST /v1/orders/{id}/invoice`, answered `202`). Not repeated by a retry once it may
    /// have reached Polar.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// polar.orders().generate_invoice(id).await?;
    /// # Ok(()) }
    /// ```
    pub fn generate_invoice(&self, id: Uuid) -> RequestBuilder<()> {
        RequestBuilder::new(
            self.polar,
            &GENERATE_INVOICE,
            &[&id.to_string()],
            decode::empty(),
        )
    }
}
