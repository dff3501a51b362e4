// @generated from templates/runtime/src/retry.rs by the generator; do not edit.
//! When a failed attempt is tried again, and after how long: the [`RetryPolicy`], the
//! `Retry-After` header and the backoff with jitter. Pure decisions only; the sending loop in
//! `request.rs` sleeps and sends.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use super::error::Error;

/// How a client retries failed attempts: which failures, how often and how long it waits.
///
/// A call is tried again when the server answers 429, 502, 503 or 504, or when no response
/// arrived because the connection failed (refused, reset, closed early, DNS or TLS failure).
/// Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) are retried unless
/// [`retry_non_idempotent`](Self::retry_non_idempotent) opts in, and a call whose body cannot be
/// sent twice (a stream) is never retried. A request that timed out after it was sent is not
/// retried unless [`retry_timeouts`](Self::retry_timeouts) opts in: the server may still be
/// working on it, and each attempt has the full timeout, so retrying would multiply the wait.
///
/// Between attempts the client waits `initial_backoff × 2^(n-1)`, capped at `max_backoff`, with
/// jitter (a random wait between half and all of that), or exactly what a `Retry-After` header
/// asks (delta-seconds or an HTTP date). No attempt starts once `max_elapsed` has passed since
/// the first one, and when the wait would end past it the client gives up at once; in every
/// case the error of the last attempt is returned unchanged.
///
/// ```text
/// let patient = RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(200))
///     .max_elapsed(Duration::from_secs(120));
/// let never = RetryPolicy::none();
/// let client = Client::builder(base_url).retry(patient).build()?;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
    jitter: bool,
    non_idempotent: bool,
    timeouts: bool,
}

impl Default for RetryPolicy {
    /// Three attempts in all, backoff from 500 ms doubling up to 10 s, with jitter, at most 60 s
    /// from the first attempt to the start of the last; idempotent methods only.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(10),
            max_elapsed: Duration::from_secs(60),
            jitter: true,
            non_idempotent: false,
            timeouts: false,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries: every call is sent once.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// How many attempts a call may make in all, the first included (default 3; 1 turns
    /// retries off, 0 is taken as 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry (default 500 ms); it doubles for each further retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest computed wait between attempts (default 10 s). A `Retry-After` header is
    /// not shortened by it; it is bounded by [`max_elapsed`](Self::max_elapsed) instead.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest time from the first attempt to the start of the last one (default 60 s).
    /// A retry whose wait would end later is not made, so a server asking for a longer
    /// `Retry-After` gets its error returned at once. It does not cut a running attempt short:
    /// that is the timeout's job.
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// Whether computed waits are randomised between half and all of their value (default
    /// true), so that many clients failing together do not retry in step.
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Also retries POST, PATCH and other methods that are not idempotent (default false).
    /// Only opt in when the API makes them safe to repeat, for example with idempotency keys.
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.non_idempotent = retry;
        self
    }

    /// Also retries attempts that timed out after the request was sent (default false). A
    /// timeout while connecting is a connection error and is always retried.
    pub fn retry_timeouts(mut self, retry: bool) -> Self {
        self.timeouts = retry;
        self
    }

    /// How long to wait before attempt `attempt + 1`, after attempt `attempt` (counted from 1)
    /// failed with `error` and `elapsed` has passed since the first attempt started; `None` when
    /// the call must not be retried.
    pub(super) fn delay_after(
        &self,
        method: &Method,
        error: &Error,
        attempt: u32,
        elapsed: Duration,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts || !(self.non_idempotent || is_idempotent(method)) {
            return None;
        }
        let delay = match error {
            Error::Status(e) if is_retryable_status(e.status) => {
                match retry_after(&e.headers, std::time::SystemTime::now().into()) {
                    Some(wait) => wait,
                    None => self.backoff(attempt),
                }
            }
            Error::Transport(e) if is_retryable_transport(e, self.timeouts) => self.backoff(attempt),
            _ => return None,
        };
        (elapsed.saturating_add(delay) <= self.max_elapsed).then_some(delay)
    }

    /// The computed wait after attempt `attempt` (counted from 1), jittered when enabled.
    pub(super) fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2_u32.saturating_pow(attempt.saturating_sub(1));
        let ceiling = self.initial_backoff.saturating_mul(factor).min(self.max_backoff);
        if self.jitter { ceiling.mul_f64(0.5 + 0.5 * random_fraction()) } else { ceiling }
    }
}

/// Methods that the HTTP specification defines as idempotent: repeating them has the effect of
/// sending them once (RFC 9110, section 9.2.2).
pub fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE | Method::TRACE)
}

/// Too many requests, and the gateway and availability failures that are usually passing.
fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Connection failures, and a connection that broke while the request or response travelled;
/// timeouts after sending only when `timeouts` is set. Errors of building the request, of
/// redirects or of decoding a body are not passing and are never retried.
fn is_retryable_transport(error: &reqwest::Error, timeouts: bool) -> bool {
    if error.is_connect() {
        return true;
    }
    if error.is_timeout() {
        return timeouts;
    }
    error.is_request() || error.is_body()
}

/// The wait a `Retry-After` header asks for: delta-seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, a date in the past meaning no wait). `None` when the header
/// is absent or unreadable.
pub(super) fn retry_after(headers: &HeaderMap, now: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    Some((date.to_utc() - now).to_std().unwrap_or(Duration::ZERO))
}

/// A number in `[0, 1)` that differs between calls: SipHash under the per-process random keys of
/// `RandomState`, fed a counter. Good enough to spread retries, not for anything secret.
fn random_fraction() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    (hasher.finish() >> 11) as f64 / (1_u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    use bytes::Bytes;
    use reqwest::header::HeaderValue;

    use super::super::error::ApiError;

    fn status_error(status: u16, retry_after: Option<&'static str>) -> Error {
        let mut headers = HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from_static(value));
        }
        Error::Status(Box::new(ApiError {
            operation: "op",
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::IM_A_TEAPOT),
            headers,
            body: Bytes::new(),
            decoded: None,
        }))
    }

    fn steady() -> RetryPolicy {
        RetryPolicy::default().jitter(false).max_attempts(10)
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:27:50Z").map(|d| d.to_utc());
        let Ok(now) = now else { panic!("a valid date") };
        let header = |value: &'static str| HeaderMap::from_iter([(RETRY_AFTER, HeaderValue::from_static(value))]);
        let cases = [
            ("120", Some(Duration::from_secs(120))),
            (" 0 ", Some(Duration::ZERO)),
            ("Wed, 21 Oct 2015 07:28:00 GMT", Some(Duration::from_secs(10))),
            ("Wed, 21 Oct 2015 07:27:00 GMT", Some(Duration::ZERO)),
            ("-5", None),
            ("1.5", None),
            ("soon", None),
        ];
        for (value, want) in cases {
            assert_eq!(retry_after(&header(value), now), want, "{value}");
        }
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = steady().initial_backoff(Duration::from_millis(100)).max_backoff(Duration::from_millis(500));
        let waits: Vec<u128> = (1..=6).map(|attempt| policy.backoff(attempt).as_millis()).collect();
        assert_eq!(waits, [100, 200, 400, 500, 500, 500]);
        assert_eq!(policy.backoff(u32::MAX), Duration::from_millis(500));
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_wait() {
        let policy = RetryPolicy::default().initial_backoff(Duration::from_millis(1000));
        let waits: Vec<Duration> = (0..200).map(|_| policy.backoff(1)).collect();
        assert!(waits.iter().all(|w| *w >= Duration::from_millis(500) && *w <= Duration::from_millis(1000)));
        let first = waits[0];
        assert!(waits.iter().any(|w| *w != first), "jitter varies");
    }

    #[test]
    fn only_idempotent_methods_are_retried_by_default() {
        let idempotent = [Method::GET, Method::HEAD, Method::OPTIONS, Method::PUT, Method::DELETE, Method::TRACE];
        assert!(idempotent.iter().all(is_idempotent));
        assert!(![Method::POST, Method::PATCH, Method::CONNECT].iter().any(is_idempotent));

        let error = status_error(503, None);
        assert!(steady().delay_after(&Method::GET, &error, 1, Duration::ZERO).is_some());
        assert!(steady().delay_after(&Method::POST, &error, 1, Duration::ZERO).is_none());
        assert!(steady().retry_non_idempotent(true).delay_after(&Method::POST, &error, 1, Duration::ZERO).is_some());
    }

    #[test]
    fn only_passing_statuses_are_retried() {
        for (status, retried) in [(429, true), (502, true), (503, true), (504, true), (500, false), (404, false)] {
            let error = status_error(status, None);
            assert_eq!(steady().delay_after(&Method::GET, &error, 1, Duration::ZERO).is_some(), retried, "{status}");
        }
        let invalid = Error::InvalidRequest("bad".into());
        assert_eq!(steady().delay_after(&Method::GET, &invalid, 1, Duration::ZERO), None);
    }

    #[test]
    fn attempts_and_total_time_are_capped() {
        let error = status_error(503, None);
        let policy = steady().max_attempts(3).initial_backoff(Duration::from_secs(1));
        assert_eq!(policy.delay_after(&Method::GET, &error, 2, Duration::ZERO), Some(Duration::from_secs(2)));
        assert_eq!(policy.delay_after(&Method::GET, &error, 3, Duration::ZERO), None);
        assert_eq!(RetryPolicy::none().delay_after(&Method::GET, &error, 1, Duration::ZERO), None);

        let policy = policy.max_elapsed(Duration::from_secs(10));
        assert_eq!(policy.delay_after(&Method::GET, &error, 1, Duration::from_secs(9)), Some(Duration::from_secs(1)));
        assert_eq!(policy.delay_after(&Method::GET, &error, 1, Duration::from_millis(9500)), None);
    }

    #[test]
    fn retry_after_wins_over_backoff_but_not_over_the_total_time() {
        let policy = steady().max_backoff(Duration::from_secs(1)).max_elapsed(Duration::from_secs(30));
        let asks_20 = status_error(429, Some("20"));
        assert_eq!(policy.delay_after(&Method::GET, &asks_20, 1, Duration::ZERO), Some(Duration::from_secs(20)));
        let asks_40 = status_error(503, Some("40"));
        assert_eq!(policy.delay_after(&Method::GET, &asks_40, 1, Duration::ZERO), None);
        // On a status that is not retried, Retry-After changes nothing.
        let not_retried = status_error(500, Some("1"));
        assert_eq!(policy.delay_after(&Method::GET, &not_retried, 1, Duration::ZERO), None);
    }
}
