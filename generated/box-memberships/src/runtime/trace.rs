// @generated from templates/runtime/src/trace.rs by the generator; do not edit.
//! What a call tells the `tracing` crate when the SDK is built with its `tracing` feature: one
//! span per call and one event per retry. Without the feature [`CallTrace`] is an empty type whose
//! methods do nothing, so a build that does not ask for tracing pays nothing.
//!
//! Only what the operation's spec fixes (operationId, method, path template) and what the client
//! counts (attempts, statuses, waits, durations) is recorded; never a URL, a parameter value, a
//! header or a credential, so nothing secret can reach a subscriber. Errors are recorded by kind,
//! not by message: a transport error's message quotes the URL, with the path's values in it.

use std::future::Future;
use std::time::Duration;

use super::error::Error;
use super::request::OperationSpec;

/// The span of one call, from building its first attempt to its last response's body (or its
/// headers, for a streamed download) and the decoding of that body:
///
/// ```text
/// call{operation="users_retrieve" method="GET" path_template="/api/users/{id}"
///      attempts=2 status=200 duration_ms=1012}
/// ```
///
/// `attempts` counts the attempts sent, a repeat with a refreshed token included; `status` is
/// the last response's; a failed call records `error` (`status`, `decode`, `connect`, `timeout`,
/// `transport`, `invalid_request` or `credentials`) instead of, or beside, `status`; and
/// `duration_ms` runs to the end of the exchange, before decoding.
#[cfg(feature = "tracing")]
#[derive(Clone, Debug)]
pub(super) struct CallTrace {
    span: ::tracing::Span,
    started: std::time::Instant,
}

#[cfg(feature = "tracing")]
impl CallTrace {
    /// Opens the span of a call of `op`; it closes when the call's future is dropped.
    pub(super) fn start(op: &'static OperationSpec) -> Self {
        let span = ::tracing::info_span!(
            "call",
            operation = op.id,
            method = op.method.as_str(),
            path_template = op.path,
            attempts = ::tracing::field::Empty,
            status = ::tracing::field::Empty,
            error = ::tracing::field::Empty,
            duration_ms = ::tracing::field::Empty,
        );
        CallTrace { span, started: std::time::Instant::now() }
    }

    /// Runs `future` inside the span: events it emits (retries, the HTTP stack's own) belong to
    /// the call.
    pub(super) fn instrument<F: Future>(&self, future: F) -> ::tracing::instrument::Instrumented<F> {
        ::tracing::Instrument::instrument(future, self.span.clone())
    }

    /// Attempt `number` (counted from 1) is about to be sent.
    pub(super) fn record_attempt(&self, number: u32) {
        self.span.record("attempts", number);
    }

    /// Attempt `attempt` failed with `error`, and the policy retries after `wait`.
    pub(super) fn record_retry(&self, attempt: u32, error: &Error, wait: Duration) {
        let reason = error_kind(error);
        let status = error.status().map(|s| s.as_u16());
        ::tracing::info!(parent: &self.span, attempt, reason, status, wait_ms = millis(wait), "retrying");
    }

    /// Attempt `attempt` was refused with 401, and is repeated at once with a fresh token from
    /// the call's token provider.
    pub(super) fn record_token_refresh(&self, attempt: u32) {
        let (reason, status, wait_ms) = ("unauthorized", 401_u16, 0_u64);
        ::tracing::info!(parent: &self.span, attempt, reason, status, wait_ms, "retrying with a refreshed token");
    }

    /// Records how the call ended: the final status or the kind of error, and its duration.
    pub(super) fn finish(&self, outcome: Result<reqwest::StatusCode, &Error>) {
        match outcome {
            Ok(status) => {
                self.span.record("status", status.as_u16());
            }
            Err(error) => {
                if let Some(status) = error.status() {
                    self.span.record("status", status.as_u16());
                }
                self.span.record("error", error_kind(error));
            }
        }
        self.span.record("duration_ms", millis(self.started.elapsed()));
    }

    /// Passes on the decoded body of the call's response, recording `error` when it did not
    /// decode; the span keeps the status and duration of the exchange.
    pub(super) fn decoded<T>(&self, decoded: Result<T, Error>) -> Result<T, Error> {
        if let Err(error) = &decoded {
            self.span.record("error", error_kind(error));
        }
        decoded
    }
}

/// What kind of failure `error` is, in one word that quotes nothing the request carried.
#[cfg(feature = "tracing")]
fn error_kind(error: &Error) -> &'static str {
    match error {
        Error::Status(_) => "status",
        Error::Decode(_) => "decode",
        Error::Transport(e) if e.is_connect() => "connect",
        Error::Transport(e) if e.is_timeout() => "timeout",
        Error::Transport(_) => "transport",
        Error::InvalidRequest(_) => "invalid_request",
        Error::Credentials(_) => "credentials",
    }
}

/// Whole milliseconds, saturating.
#[cfg(feature = "tracing")]
fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Without the `tracing` feature: nothing to record, and nothing kept.
#[cfg(not(feature = "tracing"))]
#[derive(Clone, Debug)]
pub(super) struct CallTrace;

#[cfg(not(feature = "tracing"))]
impl CallTrace {
    #[inline(always)]
    pub(super) fn start(_op: &'static OperationSpec) -> Self {
        CallTrace
    }

    #[inline(always)]
    pub(super) fn instrument<F: Future>(&self, future: F) -> F {
        future
    }

    #[inline(always)]
    pub(super) fn record_attempt(&self, _number: u32) {}

    #[inline(always)]
    pub(super) fn record_retry(&self, _attempt: u32, _error: &Error, _wait: Duration) {}

    #[inline(always)]
    pub(super) fn record_token_refresh(&self, _attempt: u32) {}

    #[inline(always)]
    pub(super) fn finish(&self, _outcome: Result<reqwest::StatusCode, &Error>) {}

    #[inline(always)]
    pub(super) fn decoded<T>(&self, decoded: Result<T, Error>) -> Result<T, Error> {
        decoded
    }
}

// One `cfg(test)` module for both builds: the generator leaves exactly `#[cfg(test)]` items out
// of the file it writes for build scripts.
#[cfg(test)]
mod tests {
    #[cfg(not(feature = "tracing"))]
    #[test]
    fn without_the_feature_a_call_keeps_nothing() {
        assert_eq!(std::mem::size_of::<super::CallTrace>(), 0);
    }

    #[cfg(feature = "tracing")]
    mod with_the_feature {
        use std::fmt::Write as _;
        use std::sync::{Arc, Mutex, PoisonError};

        use bytes::Bytes;
        use reqwest::header::HeaderMap;
        use reqwest::{Method, StatusCode};
        use tracing::field::{Field, Visit};
        use tracing::span::{Attributes, Id, Record};
        use tracing::{Event, Metadata, Subscriber};

        use super::super::super::error::ApiError;
        use super::super::*;

        /// A subscriber that writes every span opened, field recorded and event emitted as a
        /// line. Written against `tracing` alone: these tests are compiled into every generated
        /// crate by `clippy --all-targets`, which has the runtime's dependencies only.
        #[derive(Clone, Default)]
        struct Lines {
            lines: Arc<Mutex<Vec<String>>>,
            /// Span names; a span's id is its position here, plus one.
            spans: Arc<Mutex<Vec<&'static str>>>,
        }

        impl Lines {
            fn push(&self, line: String) {
                self.lines.lock().unwrap_or_else(PoisonError::into_inner).push(line);
            }
        }

        struct Fields(String);

        impl Visit for Fields {
            fn record_str(&mut self, field: &Field, value: &str) {
                let _ = write!(self.0, " {}={value}", field.name());
            }
            fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
                let _ = write!(self.0, " {}={value:?}", field.name());
            }
        }

        impl Subscriber for Lines {
            fn enabled(&self, _: &Metadata<'_>) -> bool {
                true
            }
            fn new_span(&self, attrs: &Attributes<'_>) -> Id {
                let mut fields = Fields(format!("span {}", attrs.metadata().name()));
                attrs.record(&mut fields);
                self.push(fields.0);
                let mut spans = self.spans.lock().unwrap_or_else(PoisonError::into_inner);
                spans.push(attrs.metadata().name());
                Id::from_u64(spans.len() as u64)
            }
            fn record(&self, _: &Id, values: &Record<'_>) {
                let mut fields = Fields("record".to_owned());
                values.record(&mut fields);
                self.push(fields.0);
            }
            fn record_follows_from(&self, _: &Id, _: &Id) {}
            fn event(&self, event: &Event<'_>) {
                let spans = self.spans.lock().unwrap_or_else(PoisonError::into_inner).clone();
                let parent = event.parent().and_then(|id| spans.get(id.into_u64() as usize - 1)).copied();
                let mut fields = Fields(format!("event in {}", parent.unwrap_or("none")));
                event.record(&mut fields);
                self.push(fields.0);
            }
            fn enter(&self, _: &Id) {}
            fn exit(&self, _: &Id) {}
        }

        static OP: OperationSpec = OperationSpec {
            id: "users_retrieve",
            method: Method::GET,
            path: "/api/users/{id}",
            security: &[],
            accept: None,
            bodies: &[],
            errors: &[],
        };

        fn status(code: u16) -> Error {
            Error::Status(Box::new(ApiError {
                operation: OP.id,
                status: StatusCode::from_u16(code).unwrap_or(StatusCode::IM_A_TEAPOT),
                headers: HeaderMap::new(),
                body: Bytes::new(),
                decoded: None,
            }))
        }

        fn captured(call: impl FnOnce()) -> Vec<String> {
            let lines = Lines::default();
            tracing::subscriber::with_default(lines.clone(), call);
            lines.lines.lock().unwrap_or_else(PoisonError::into_inner).clone()
        }

        #[test]
        fn a_call_is_one_span_with_its_retries_as_events() {
            let lines = captured(|| {
                let trace = CallTrace::start(&OP);
                trace.record_attempt(1);
                trace.record_retry(1, &status(503), Duration::from_millis(1500));
                trace.record_attempt(2);
                trace.record_token_refresh(2);
                trace.record_attempt(3);
                trace.finish(Ok(StatusCode::OK));
            });
            let want = [
                "span call operation=users_retrieve method=GET path_template=/api/users/{id}",
                "record attempts=1",
                "event in call message=retrying attempt=1 reason=status status=503 wait_ms=1500",
                "record attempts=2",
                "event in call message=retrying with a refreshed token attempt=2 reason=unauthorized status=401 wait_ms=0",
                "record attempts=3",
                "record status=200",
            ];
            assert_eq!(lines[..want.len()], want, "{lines:#?}");
            assert_eq!(lines.len(), want.len() + 1, "{lines:#?}");
            assert!(lines[want.len()].starts_with("record duration_ms="), "{lines:#?}");
        }

        #[test]
        fn a_failed_call_records_the_kind_of_error_not_its_message() {
            let lines = captured(|| {
                let trace = CallTrace::start(&OP);
                trace.finish(Err(&status(404)));
                let trace = CallTrace::start(&OP);
                trace.finish(Err(&Error::InvalidRequest("path parameter `id` holds `secret-1`".into())));
            });
            let records: Vec<&String> =
                lines.iter().filter(|l| l.starts_with("record") && !l.contains("duration_ms")).collect();
            assert_eq!(records, ["record status=404", "record error=status", "record error=invalid_request"]);
            assert!(lines.iter().all(|line| !line.contains("secret-1")), "{lines:#?}");
        }
    }
}
