//! Retry policy: which failures are tried again, and how long to wait between attempts.

use std::time::Duration;

use crate::error::Error;

/// The shortest wait between two attempts, whatever the configuration: with zero intervals a
/// client would otherwise hammer a failing server hundreds of times a second.
pub const MIN_RETRY_WAIT: Duration = Duration::from_millis(25);

/// When and how often a failed call is tried again.
///
/// Retried, for operations that may be repeated (reads, `PUT`, `DELETE`, updates that only set
/// fields): a 429 with an empty body (Polar's rate limiter), statuses 500, 502, 503 and 504, and
/// (when [`retry_connection_errors`] is on) connection failures and attempt timeouts. For
/// operations that create or charge: only the empty 429 and connections that could not be
/// opened, since the request provably did not run. Never any other status, and never a 429 with
/// a body (a business answer such as `ManualRetryLimitExceeded`).
///
/// The wait before attempt `n + 1` is
/// `base = min(max_interval, initial_interval × exponentⁿ⁻¹)`, drawn uniformly from
/// `[base / 2, base]` (jitter), or the server's `Retry-After` when that is longer.
/// [`max_elapsed_time`] bounds the whole call, attempts and waits included: an attempt never runs
/// past it, and a wait that would end past it is not started (the last error is returned at once).
///
/// [`retry_connection_errors`]: RetryConfig::retry_connection_errors
/// [`max_elapsed_time`]: RetryConfig::max_elapsed_time
///
/// ```
/// use std::time::Duration;
/// use polarsh::RetryConfig;
///
/// let patient = RetryConfig::default()
///     .initial_interval(Duration::from_secs(1))
///     .max_interval(Duration::from_secs(30))
///     .exponent(2.0)
///     .max_elapsed_time(Duration::from_secs(120))
///     .retry_connection_errors(true);
/// let once = RetryConfig::none();
/// # let _ = (patient, once);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryConfig {
    pub(crate) enabled: bool,
    pub(crate) initial_interval: Duration,
    pub(crate) max_interval: Duration,
    pub(crate) exponent: f64,
    pub(crate) max_elapsed_time: Duration,
    pub(crate) retry_connection_errors: bool,
}

impl Default for RetryConfig {
    /// Retries on: initial interval 500 ms, exponent 1.5, max interval 10 s, max elapsed 30 s,
    /// connection errors retried.
    fn default() -> Self {
        RetryConfig {
            enabled: true,
            initial_interval: Duration::from_millis(500),
            max_interval: Duration::from_secs(10),
            exponent: 1.5,
            max_elapsed_time: Duration::from_secs(30),
            retry_connection_errors: true,
        }
    }
}

impl RetryConfig {
    /// No retries: every call makes exactly one attempt.
    ///
    /// ```
    /// let polar = polarsh::Polar::builder()
    ///     .access_token("polar_oat_example")
    ///     .retry_config(polarsh::RetryConfig::none())
    ///     .build();
    /// assert!(polar.is_ok());
    /// ```
    pub fn none() -> Self {
        RetryConfig {
            enabled: false,
            ..RetryConfig::default()
        }
    }

    /// The wait before the first retry (before jitter). Turns retries on.
    ///
    /// ```
    /// let retry = polarsh::RetryConfig::none().initial_interval(std::time::Duration::from_millis(100));
    /// # let _ = retry;
    /// ```
    pub fn initial_interval(mut self, interval: Duration) -> Self {
        self.initial_interval = interval;
        self.enabled = true;
        self
    }

    /// The longest wait between two attempts (before jitter). Turns retries on.
    ///
    /// ```
    /// let retry = polarsh::RetryConfig::default().max_interval(std::time::Duration::from_secs(5));
    /// # let _ = retry;
    /// ```
    pub fn max_interval(mut self, interval: Duration) -> Self {
        self.max_interval = interval;
        self.enabled = true;
        self
    }

    /// How much each wait grows over the one before. A value below 1, infinite or NaN counts as 1
    /// (constant waits). Turns retries on.
    ///
    /// ```
    /// let retry = polarsh::RetryConfig::default().exponent(2.0);
    /// # let _ = retry;
    /// ```
    pub fn exponent(mut self, exponent: f64) -> Self {
        self.exponent = if exponent.is_finite() && exponent >= 1.0 {
            exponent
        } else {
            1.0
        };
        self.enabled = true;
        self
    }

    /// The time budget of a whole call, attempts and waits included. Turns retries on.
    /// `Duration::MAX` means no limit.
    ///
    /// ```
    /// let retry = polarsh::RetryConfig::default().max_elapsed_time(std::time::Duration::from_secs(90));
    /// # let _ = retry;
    /// ```
    pub fn max_elapsed_time(mut self, budget: Duration) -> Self {
        self.max_elapsed_time = budget;
        self.enabled = true;
        self
    }

    /// Whether connection failures and attempt timeouts are retried too (the default). Turns
    /// retries on.
    ///
    /// ```
    /// let retry = polarsh::RetryConfig::default().retry_connection_errors(false);
    /// # let _ = retry;
    /// ```
    pub fn retry_connection_errors(mut self, retry: bool) -> Self {
        self.retry_connection_errors = retry;
        self.enabled = true;
        self
    }

    /// Whether this policy retries at all.
    ///
    /// ```
    /// assert!(!polarsh::RetryConfig::none().is_enabled());
    /// assert!(polarsh::RetryConfig::default().is_enabled());
    /// ```
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// The wait before the attempt after attempt number `attempt` (1-based), before jitter.
    pub(crate) fn base_delay(&self, attempt: u32) -> Duration {
        let factor = self
            .exponent
            .powi(i32::try_from(attempt.saturating_sub(1)).unwrap_or(i32::MAX));
        let seconds = self.initial_interval.as_secs_f64() * factor;
        Duration::try_from_secs_f64(seconds)
            .unwrap_or(self.max_interval)
            .min(self.max_interval)
    }

    /// The jittered wait after attempt number `attempt`: uniform in `[base / 2, base]`, and
    /// never less than [`MIN_RETRY_WAIT`].
    pub(crate) fn delay(&self, attempt: u32) -> Duration {
        let base = self.base_delay(attempt);
        (base / 2 + (base / 2).mul_f64(fastrand::f64())).max(MIN_RETRY_WAIT)
    }
}

/// Whether an error status may be retried: a 429 with an empty body (Polar's rate limiter
/// refused it before anything ran; a 429 with a body is a business answer, never retried), and
/// 500, 502, 503, 504 for a call that may be repeated.
pub(crate) fn status_may_retry(status: u16, empty_body: bool, repeatable: bool) -> bool {
    match status {
        // Only the rate limiter's empty 429: one with a body (`ManualRetryLimitExceeded`) is a
        // business answer, never retried, whatever the operation.
        429 => empty_body,
        500 | 502 | 503 | 504 => repeatable,
        _ => false,
    }
}

/// Whether a connection error proves the request never reached the server: the connection
/// could not be opened (DNS, refused, TLS handshake).
pub(crate) fn never_sent(error: &reqwest::Error) -> bool {
    error.is_connect()
}

/// Whether the retry loop tries again after `error`.
pub(crate) fn may_retry(error: &Error, repeatable: bool, retry_connection_errors: bool) -> bool {
    match error {
        Error::Api(e) => e.retryable,
        Error::Timeout { .. } => retry_connection_errors && repeatable,
        Error::Connection { source, .. } => {
            retry_connection_errors && (repeatable || never_sent(source))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_by_the_exponent_up_to_the_cap() {
        let retry = RetryConfig::default();
        assert_eq!(retry.base_delay(1), Duration::from_millis(500));
        assert_eq!(retry.base_delay(2), Duration::from_millis(750));
        assert_eq!(retry.base_delay(3), Duration::from_millis(1125));
        assert_eq!(retry.base_delay(40), Duration::from_secs(10));
        assert_eq!(retry.base_delay(u32::MAX), Duration::from_secs(10));
    }

    #[test]
    fn jitter_stays_within_half_and_whole_of_the_base() {
        let retry = RetryConfig::default();
        for attempt in 1..20 {
            let base = retry.base_delay(attempt);
            for _ in 0..50 {
                let delay = retry.delay(attempt);
                assert!(delay >= base / 2 && delay <= base, "{delay:?} vs {base:?}");
            }
        }
    }

    #[test]
    fn bad_exponents_mean_constant_waits() {
        for bad in [f64::NAN, f64::INFINITY, -2.0, 0.5] {
            let retry = RetryConfig::default().exponent(bad);
            assert_eq!(retry.base_delay(5), Duration::from_millis(500));
        }
    }

    #[test]
    fn setters_turn_retries_on() {
        assert!(!RetryConfig::none().is_enabled());
        assert!(RetryConfig::none().exponent(2.0).is_enabled());
        assert!(
            RetryConfig::none()
                .retry_connection_errors(false)
                .is_enabled()
        );
    }
}
