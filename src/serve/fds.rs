//! File descriptors for the dev server: raise the soft limit, and size the connection cap from
//! what is left, so that idle connections can never starve a rebuild of the files it reads.

/// The most connections served at once. One writer's browser tabs, live-reload streams and a
/// few tools need hundreds at most; thousands would only be someone else's flood.
const MOST_CONNECTIONS: u64 = 4096;

/// The fewest the cap goes down to, however low the limit: a page and its assets still load.
const FEWEST_CONNECTIONS: u64 = 16;

/// Raises the soft `RLIMIT_NOFILE` as far as the system allows and returns the limit now in
/// force (`None` where there is no such limit to read).
#[cfg(unix)]
pub fn raise_limit() -> Option<u64> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct we own.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return None;
    }
    let wanted = ceiling(limit.rlim_max);
    if wanted > limit.rlim_cur {
        let raised = libc::rlimit {
            rlim_cur: wanted,
            rlim_max: limit.rlim_max,
        };
        // SAFETY: setrlimit only reads the struct we own; failing leaves the old limit.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            limit.rlim_cur = wanted;
        }
    }
    Some(widen(limit.rlim_cur))
}

/// `rlim_t` is 64 bits on most targets but not all 32-bit ones.
#[cfg(unix)]
#[allow(clippy::useless_conversion)]
fn widen(value: libc::rlim_t) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

#[cfg(not(unix))]
pub fn raise_limit() -> Option<u64> {
    None
}

/// macOS refuses a soft limit above OPEN_MAX even when the hard one is "unlimited".
#[cfg(all(unix, target_os = "macos"))]
fn ceiling(hard: libc::rlim_t) -> libc::rlim_t {
    hard.min(libc::OPEN_MAX as libc::rlim_t)
}

#[cfg(all(unix, not(target_os = "macos")))]
fn ceiling(hard: libc::rlim_t) -> libc::rlim_t {
    hard
}

/// How many connections to serve at once under a descriptor `limit`: half of it, so the
/// other half stays free for the watcher, the rebuilds' file reads and the runtime.
pub fn connection_cap(limit: Option<u64>) -> usize {
    let cap = match limit {
        Some(limit) => (limit / 2).clamp(FEWEST_CONNECTIONS, MOST_CONNECTIONS),
        // No descriptor limit to respect (Windows): only the flood guard.
        None => MOST_CONNECTIONS,
    };
    usize::try_from(cap).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_leaves_half_the_descriptors_free() {
        assert_eq!(connection_cap(Some(256)), 128);
        assert_eq!(connection_cap(Some(1024)), 512);
        assert_eq!(connection_cap(Some(1_048_576)), 4096);
        assert_eq!(connection_cap(Some(20)), 16);
        assert_eq!(connection_cap(None), 4096);
    }

    #[cfg(unix)]
    #[test]
    fn the_soft_limit_ends_at_least_where_it_was() {
        let mut before = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: writes only the struct we own.
        assert_eq!(
            unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut before) },
            0
        );
        let now = raise_limit().unwrap();
        assert!(now >= widen(before.rlim_cur));
    }
}
