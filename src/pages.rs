//! Lists: one page at a time, or every item as a stream.

use std::collections::VecDeque;
use std::future::IntoFuture;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde::Deserialize;

use crate::error::Error;
use crate::request::{RequestBuilder, ResponseFuture};

/// One page of a list.
///
/// Polar numbers pages from 1 and answers `{items, pagination: {total_count, max_page}}`;
/// `GET /v1/events/` may answer with `pagination: {has_next_page}` instead, in which case the
/// totals are `None`.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// let page = polar.customers().list().page(2).limit(100).await?;
/// println!("page {} of {:?}: {} customers", page.page, page.max_page, page.items.len());
/// if page.has_next() {
///     let next = polar.customers().list().page(page.page + 1).limit(100).await?;
///     # let _ = next;
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page, in Polar's order.
    pub items: Vec<T>,
    /// The number of this page, from 1.
    pub page: u32,
    /// How many items the whole list has (`None` for a cursor page).
    pub total_count: Option<u64>,
    /// The number of the last page (`None` for a cursor page).
    pub max_page: Option<u64>,
    /// Whether a page follows (cursor pages only; `None` for the others).
    pub has_next_page: Option<bool>,
}

impl<T> Page<T> {
    /// Whether a page follows this one: `has_next_page` when Polar said so, else whether this
    /// page is before `max_page`. An empty page never has a next one.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let mut number = 1;
    /// loop {
    ///     let page = polar.customers().list().page(number).await?;
    ///     // ... use page.items
    ///     if !page.has_next() {
    ///         break;
    ///     }
    ///     number += 1;
    /// }
    /// # Ok(()) }
    /// ```
    pub fn has_next(&self) -> bool {
        if self.items.is_empty() {
            return false;
        }
        match (self.has_next_page, self.max_page) {
            (Some(next), _) => next,
            (None, Some(max)) => u64::from(self.page) < max,
            (None, None) => false,
        }
    }
}

/// The list answer as Polar sends it.
#[derive(Deserialize)]
pub(crate) struct WirePage<T> {
    items: Vec<T>,
    pagination: WirePagination,
}

#[derive(Deserialize)]
struct WirePagination {
    #[serde(default)]
    total_count: Option<u64>,
    #[serde(default)]
    max_page: Option<u64>,
    #[serde(default)]
    has_next_page: Option<bool>,
}

impl<T> WirePage<T> {
    pub(crate) fn into_page(self, page: u32) -> Page<T> {
        Page {
            items: self.items,
            page,
            total_count: self.pagination.total_count,
            max_page: self.pagination.max_page,
            has_next_page: self.pagination.has_next_page,
        }
    }
}

impl<T: Send + 'static, O> RequestBuilder<Page<T>, O> {
    /// The page to fetch, from 1 (the first page unless set). With [`stream`], the page to
    /// start from, e.g. to resume after an error.
    ///
    /// [`stream`]: RequestBuilder::stream
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let third = polar.customers().list().page(3).await?;
    /// # Ok(()) }
    /// ```
    pub fn page(mut self, page: u32) -> Self {
        self.page = Some(page);
        self.query.set("page", &page);
        self
    }

    /// How many items a page holds: 1 to 100 (Polar's default is 10).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().limit(100).await?;
    /// # Ok(()) }
    /// ```
    pub fn limit(mut self, limit: u32) -> Self {
        self.query.set("limit", &limit);
        self
    }

    /// Every item of the list, fetched lazily, page after page, with this builder's filters,
    /// limit and options.
    ///
    /// The stream starts at [`page`](RequestBuilder::page) (1 by default) and stops after
    /// `max_page`, on an empty page, or when Polar says no page follows; it never asks for a
    /// page twice, even if the list changes under it. It ends after yielding the first error,
    /// which says which page failed ([`Error::page`]): build the same stream with
    /// `.page(n)` to resume there.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use futures_util::StreamExt;
    ///
    /// let mut customers = polar.customers().list().limit(100).stream();
    /// while let Some(customer) = customers.next().await {
    ///     println!("{}", customer?.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> PageStream<T, O> {
        let first = self.page.unwrap_or(1);
        PageStream {
            template: self,
            next: Some(first),
            items: VecDeque::new(),
            pending: None,
        }
    }
}

/// The items of a list, page after page: a [`futures_core::Stream`] of `Result<T, Error>`.
///
/// Made by [`RequestBuilder::stream`]; it holds a clone of the client, so it is `Send` and
/// `'static`.
#[must_use = "a stream does nothing until polled"]
pub struct PageStream<T, O = ()> {
    template: RequestBuilder<Page<T>, O>,
    /// The page to fetch next, if any.
    next: Option<u32>,
    items: VecDeque<T>,
    pending: Option<(u32, ResponseFuture<Page<T>>)>,
}

impl<T, O> std::fmt::Debug for PageStream<T, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream")
            .field("request", &self.template)
            .field("next_page", &self.next)
            .field("buffered", &self.items.len())
            .field("fetching", &self.pending.as_ref().map(|(page, _)| page))
            .finish()
    }
}

// The stream never pins what it holds: the page future is boxed.
impl<T, O> Unpin for PageStream<T, O> {}

impl<T: Send + 'static, O> futures_core::Stream for PageStream<T, O> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.items.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some((number, future)) = &mut this.pending {
                let number = *number;
                let outcome = match future.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(outcome) => outcome,
                };
                this.pending = None;
                match outcome {
                    Ok(page) => {
                        this.next = if page.has_next() {
                            number.checked_add(1)
                        } else {
                            None
                        };
                        this.items = page.items.into();
                    }
                    Err(error) => {
                        this.next = None;
                        return Poll::Ready(Some(Err(error)));
                    }
                }
                continue;
            }
            let Some(number) = this.next.take() else {
                return Poll::Ready(None);
            };
            let request = this.template.clone().page(number);
            this.pending = Some((number, request.into_future()));
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let upper = (self.next.is_none() && self.pending.is_none()).then_some(self.items.len());
        (self.items.len(), upper)
    }
}
