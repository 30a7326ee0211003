//! Which requests the dev server answers at all: only reads (GET, HEAD), and only for a `Host`
//! that names this machine, so that a web page on another name resolved to 127.0.0.1 (DNS
//! rebinding) cannot read the site or its drafts.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, Uri, header};

/// The host names the server answers to, from the address it is bound to.
#[derive(Debug, Clone, Copy)]
pub struct Hosts {
    bound: IpAddr,
    port: u16,
}

impl Hosts {
    /// Hosts for a server listening on `bound`:`port`.
    pub fn new(bound: IpAddr, port: u16) -> Hosts {
        Hosts { bound, port }
    }

    /// Whether a `Host` header (or a request URI's authority) is one this server answers to.
    ///
    /// Bound to one address: `localhost`, `127.0.0.1`, `[::1]` and that address, on any port (a
    /// forwarded port such as `ssh -L 9999:localhost:1111` changes it). Bound to all addresses (`0.0.0.0`, `::`), the user chose to be
    /// reached from elsewhere, through addresses and forwarded ports digest cannot know: any IP
    /// address and `localhost`, on any port. Other names are refused either way, since a name is
    /// what a rebinding attack needs.
    pub fn allows(&self, host: &str) -> bool {
        let Some((name, _port)) = split_host(host) else {
            return false;
        };
        let name = name.to_ascii_lowercase();
        let ip = name.parse::<IpAddr>().ok();
        if self.bound.is_unspecified() {
            return ip.is_some() || name == "localhost";
        }
        name == "localhost"
            || ip.is_some_and(|ip| {
                ip == IpAddr::V4(Ipv4Addr::LOCALHOST)
                    || ip == IpAddr::V6(Ipv6Addr::LOCALHOST)
                    || ip == self.bound
            })
    }

    /// The address to tell a refused client to use instead.
    fn url(&self) -> String {
        match self.bound {
            IpAddr::V4(ip) if !ip.is_unspecified() => format!("http://{ip}:{}/", self.port),
            IpAddr::V6(ip) if !ip.is_unspecified() => format!("http://[{ip}]:{}/", self.port),
            _ => format!(
                "http://127.0.0.1:{}/ or this machine's IP address",
                self.port
            ),
        }
    }
}

/// `name` and its port from `name`, `name:port`, `[v6]` or `[v6]:port`; `None` if malformed.
fn split_host(host: &str) -> Option<(&str, Option<u16>)> {
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => {
            let (ip, after) = rest.split_once(']')?;
            match after {
                "" => (ip, None),
                _ => (ip, Some(after.strip_prefix(':')?)),
            }
        }
        None => match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        },
    };
    let port = match port {
        Some(p) => Some(p.parse::<u16>().ok()?),
        None => None,
    };
    (!name.is_empty()).then_some((name, port))
}

/// The answer for a request the server will not serve, or `None` to serve it.
pub fn refusal(
    hosts: &Hosts,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<Response<Body>> {
    // A request without Host (HTTP/1.0 tools) is no rebinding risk: browsers always send one.
    let named = uri
        .authority()
        .map(|a| a.as_str().to_string())
        .into_iter()
        .chain(
            headers
                .get_all(header::HOST)
                .iter()
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
        );
    for host in named {
        if !hosts.allows(&host) {
            let text = format!(
                "digest serve does not answer to the host {host:?}: a page reaching it under another name could read your site (DNS rebinding). Open {} instead.\n",
                hosts.url()
            );
            return Some(plain(StatusCode::FORBIDDEN, text));
        }
    }
    if method != Method::GET && method != Method::HEAD {
        let text = format!("digest serve only reads: {method} is not allowed, GET and HEAD are.\n");
        let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, text);
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Some(response);
    }
    None
}

fn plain(status: StatusCode, text: String) -> Response<Body> {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loopback_server_answers_to_its_own_names_on_any_port() {
        let hosts = Hosts::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 1111);
        for good in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LocalHost:1111",
            "[::1]:1111",
            "localhost",
            "127.0.0.1",
            "[::1]",
            "localhost:2222",
        ] {
            assert!(hosts.allows(good), "{good}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example:1111",
            "127.0.0.2:1111",
            "192.168.1.5:1111",
            "localhost:",
            "localhost:x",
            ":1111",
            "[::1",
            "[::1]x",
            "",
        ] {
            assert!(!hosts.allows(bad), "{bad}");
        }
    }

    #[test]
    fn a_server_bound_to_one_address_answers_to_it() {
        let hosts = Hosts::new("192.168.1.5".parse().unwrap(), 1111);
        assert!(hosts.allows("192.168.1.5:1111"));
        assert!(hosts.allows("192.168.1.5"));
        assert!(!hosts.allows("192.168.1.6:1111"));
        let v6 = Hosts::new("fe80::1".parse().unwrap(), 80);
        assert!(v6.allows("[fe80::1]"));
        assert!(v6.allows("[FE80::1]:80"));
    }

    #[test]
    fn a_wildcard_server_answers_to_any_address_but_not_other_names() {
        for bound in ["0.0.0.0", "::"] {
            let hosts = Hosts::new(bound.parse().unwrap(), 1111);
            for good in [
                "192.168.1.5:1111",
                "10.0.0.2:8080",
                "[fe80::1]:1111",
                "localhost:8080",
            ] {
                assert!(hosts.allows(good), "{bound} {good}");
            }
            for bad in ["evil.example:1111", "mylaptop.local:1111"] {
                assert!(!hosts.allows(bad), "{bound} {bad}");
            }
        }
    }
}
