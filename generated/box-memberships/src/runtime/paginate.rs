// @generated from templates/runtime/src/paginate.rs by the generator; do not edit.
//! Pagination: a list operation's `into_stream()` yields every item of every page. Three schemes
//! are understood: page numbers with a `next` link (CVAT's `page`), offsets with a total count
//! (Box's `offset`/`limit`), and markers (Box's `marker`/`next_marker`).

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures_core::Stream;

use super::error::Error;
use super::request::{Call, RawFuture};
use super::response::RawResponse;
use super::trace::CallTrace;

/// A response type that is one page of a list: its items and where the next page starts.
pub trait Page: serde::de::DeserializeOwned {
    /// The type of the listed items.
    type Item;

    /// The items of this page and the cursor to the next.
    fn into_page(self) -> (Vec<Self::Item>, Cursor);
}

/// What a page says about the next one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    /// Whether a `next` link is present (page-number lists).
    pub has_next: Option<bool>,
    /// The total number of items (offset lists).
    pub total: Option<i64>,
    /// The marker of the next page (marker lists); `None` or empty on the last page.
    pub next_marker: Option<String>,
}

/// The query parameters an operation pages with; generated as a `static` per list operation.
#[derive(Debug)]
pub struct Pager {
    /// The page-number parameter (`page`), counted from 1.
    pub page: Option<&'static str>,
    /// The offset parameter (`offset`), counted from 0.
    pub offset: Option<&'static str>,
    /// The marker parameter (`marker`).
    pub marker: Option<&'static str>,
}

/// Decodes a page response; the generated `into_stream()` passes [`decode_page::<P>`].
pub type PageDecoder<T> = fn(&RawResponse) -> Result<(Vec<T>, Cursor), Error>;

/// The [`PageDecoder`] of a page type.
pub fn decode_page<P: Page>(response: &RawResponse) -> Result<(Vec<P::Item>, Cursor), Error> {
    response.json::<P>().map(Page::into_page)
}

/// Every item of every page, fetched one page at a time as the stream is read. It ends after the
/// last page, or after the first error (which it yields).
#[must_use = "streams do nothing unless polled"]
pub struct Paginator<'a, T> {
    /// The call of the next page; `None` once the last page was fetched.
    next: Option<Call<'a>>,
    pager: &'static Pager,
    decode: PageDecoder<T>,
    items: VecDeque<T>,
    /// The request of the page being fetched, and its call's span.
    in_flight: Option<(RawFuture<'a>, CallTrace)>,
}

impl<T> std::fmt::Debug for Paginator<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator").field("pager", self.pager).field("buffered", &self.items.len()).finish()
    }
}

impl<'a, T> Paginator<'a, T> {
    /// Starts at the page the call asks for (its own `page`, `offset` or `marker`, if set).
    pub fn new(call: Call<'a>, pager: &'static Pager, decode: PageDecoder<T>) -> Self {
        Paginator { next: Some(call), pager, decode, items: VecDeque::new(), in_flight: None }
    }

    /// The next item, fetching the next page when needed; `None` after the last.
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every remaining item, in order.
    pub async fn collect_all(mut self) -> Result<Vec<T>, Error> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }

    /// Prepares the call of the page after one that held `count` items, or ends the stream.
    fn advance(&mut self, call: Call<'a>, count: usize, cursor: &Cursor) {
        self.next = None;
        if count == 0 {
            return;
        }
        let mut call = call;
        let pager = self.pager;
        // A numeric query parameter as the call has it, or where the API starts counting.
        let current = |call: &Call<'_>, param: &str, start: i64| {
            call.query_value(param).and_then(|v| v.parse::<i64>().ok()).unwrap_or(start)
        };
        if let Some(param) = pager.page {
            if cursor.has_next == Some(false) {
                return;
            }
            let next = current(&call, param, 1) + 1;
            call.query(param, &next);
        } else if let Some(param) = pager.offset.filter(|_| cursor.total.is_some() || pager.marker.is_none()) {
            // With a total count, stop when it is reached; without one (and no marker to
            // follow), keep going until a page comes back empty.
            let next = current(&call, param, 0) + count as i64;
            if cursor.total.is_some_and(|total| next >= total) {
                return;
            }
            call.query(param, &next);
        } else if let Some(param) = pager.marker {
            match cursor.next_marker.as_deref() {
                Some(marker) if !marker.is_empty() => call.query(param, marker),
                _ => return,
            }
        } else {
            return;
        }
        self.next = Some(call);
    }
}

impl<T> Unpin for Paginator<'_, T> {}

impl<T> Stream for Paginator<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.items.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some((in_flight, trace)) = this.in_flight.as_mut() {
                let result = ready!(in_flight.as_mut().poll(cx));
                let page = result.and_then(|response| trace.decoded((this.decode)(&response)));
                this.in_flight = None;
                let template = this.next.take();
                match (page, template) {
                    (Ok((items, cursor)), Some(template)) => {
                        let count = items.len();
                        this.items.extend(items);
                        this.advance(template, count, &cursor);
                    }
                    (Ok((items, _)), None) => this.items.extend(items),
                    (Err(e), _) => return Poll::Ready(Some(Err(e))),
                }
                continue;
            }
            match &this.next {
                Some(call) => this.in_flight = Some(call.duplicate().send_boxed()),
                None => return Poll::Ready(None),
            }
        }
    }
}
