//! rmcp's replies to 2025-11-25 sessions, mended on the way out.
//!
//! - rmcp 3.9 answers every `POST` of a session with an SSE stream (a priming event, then
//!   the messages), whatever `json_response` says; that setting applies only to stateless
//!   requests. When the stream's first message is the request's own answer, nothing can
//!   follow it, so it is sent as one `application/json` body instead: the client's `Accept`
//!   lists both (rmcp refuses the request otherwise) and the spec lets the server choose.
//!   One write instead of a chunked stream is what stateless replies already save. A
//!   stream whose first message is anything else (an elicitation, a progress
//!   notification) is passed through untouched, every byte read so far first.
//! - rmcp answers a session's `DELETE` with 202 Accepted although the session is closed
//!   by then; clients expect 200 or 204 (the Python SDK logs "Session termination failed:
//!   202" on every close). The session is gone: say 200.

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use bytes::BytesMut;
use futures_util::StreamExt;

/// rmcp's reply to a request with `method`, mended (`in_session`: the request carried a
/// 2025-11-25 session id).
pub async fn mend(method: &Method, in_session: bool, mut resp: Response) -> Response {
    if method == Method::DELETE && resp.status() == StatusCode::ACCEPTED {
        *resp.status_mut() = StatusCode::OK;
        return resp;
    }
    let streamed = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream"));
    if in_session && method == Method::POST && resp.status() == StatusCode::OK && streamed {
        return answer_alone_as_json(resp).await;
    }
    resp
}

/// Reads the stream up to its first message: the answer alone becomes a JSON body,
/// anything else goes on as the stream it was.
async fn answer_alone_as_json(resp: Response) -> Response {
    let (mut parts, body) = resp.into_parts();
    let mut rest = body.into_data_stream();
    // Every chunk read, for a pass-through; the start of an event that spans chunks
    // (rmcp writes one event a chunk, so the answer is usually sliced, not copied).
    let mut read: Vec<Bytes> = Vec::new();
    let mut partial = BytesMut::new();
    loop {
        let chunk = match rest.next().await {
            Some(Ok(chunk)) => chunk,
            // Ended or broke before any message: the client gets what there was.
            Some(Err(_)) | None => return pass_through(parts, read, rest),
        };
        read.push(chunk.clone());
        let buf = if partial.is_empty() {
            chunk
        } else {
            partial.extend_from_slice(&chunk);
            partial.split().freeze()
        };
        let mut at = 0;
        while let Some(len) = find_event_end(&buf[at..]) {
            let event = buf.slice(at..at + len);
            at += len + 2;
            match event_data(&event) {
                EventData::None => continue,
                EventData::One(data) if is_answer(&event[data.clone()]) => {
                    parts.headers.insert(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json"),
                    );
                    parts.headers.remove(header::CACHE_CONTROL);
                    parts.headers.remove("x-accel-buffering");
                    return Response::from_parts(parts, Body::from(event.slice(data)));
                }
                EventData::One(_) | EventData::Several => {
                    return pass_through(parts, read, rest);
                }
            }
        }
        partial.extend_from_slice(&buf[at..]);
    }
}

fn pass_through(
    parts: axum::http::response::Parts,
    read: Vec<Bytes>,
    rest: axum::body::BodyDataStream,
) -> Response {
    let read = futures_util::stream::iter(read.into_iter().map(Ok::<_, axum::Error>));
    Response::from_parts(parts, Body::from_stream(read.chain(rest)))
}

/// The length of the first complete event in `buf` (without its blank line).
fn find_event_end(buf: &[u8]) -> Option<usize> {
    memchr::memmem::find(buf, b"\n\n")
}

/// What an event carries.
#[derive(Debug, PartialEq)]
enum EventData {
    /// No data, or empty data: a priming event, a comment, a retry hint.
    None,
    /// One data line: its bytes' range within the event.
    One(std::ops::Range<usize>),
    /// Several data lines (never a single JSON-RPC message from rmcp).
    Several,
}

fn event_data(event: &[u8]) -> EventData {
    let mut found = EventData::None;
    let mut at = 0;
    for line in event.split(|b| *b == b'\n') {
        let start = at;
        at += line.len() + 1;
        let Some(value) = line.strip_prefix(b"data:") else {
            continue;
        };
        let skip = usize::from(value.first() == Some(&b' '));
        let range = start + 5 + skip..start + line.len();
        if range.is_empty() {
            continue;
        }
        found = match found {
            EventData::None => EventData::One(range),
            _ => EventData::Several,
        };
    }
    found
}

/// A JSON-RPC response or error: the answer that ends a request's stream. rmcp writes
/// `{"jsonrpc":"2.0","id":<n>,` then `"result"`, `"error"` or `"method"`: that is read
/// without parsing the rest; anything else is parsed.
fn is_answer(data: &[u8]) -> bool {
    if let Some(rest) = data.strip_prefix(br#"{"jsonrpc":"2.0","id":"#) {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let after = &rest[digits..];
        if digits > 0 {
            if after.starts_with(br#","result":"#) || after.starts_with(br#","error":"#) {
                return true;
            }
            if after.starts_with(br#","method":"#) {
                return false;
            }
        }
    }
    is_answer_parsed(data)
}

fn is_answer_parsed(data: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Probe {
        method: Option<serde::de::IgnoredAny>,
        id: Option<serde::de::IgnoredAny>,
        result: Option<serde::de::IgnoredAny>,
        error: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_slice::<Probe>(data).is_ok_and(|p| {
        p.method.is_none() && p.id.is_some() && (p.result.is_some() || p.error.is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_read_as_rmcp_writes_them() {
        // sse-stream's encoding: data, then id, then retry, each a line; a blank line ends it.
        let priming = b"data: \nid: 0\nretry: 3000";
        assert_eq!(event_data(priming), EventData::None);
        assert_eq!(event_data(b": keep-alive"), EventData::None);
        let ev = b"data: {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}\nid: 1";
        let EventData::One(r) = event_data(ev) else {
            panic!("one data line")
        };
        assert_eq!(&ev[r], br#"{"jsonrpc":"2.0","id":2,"result":{}}"#);
        assert_eq!(event_data(b"data:a\ndata:b"), EventData::Several);
        assert_eq!(find_event_end(b"data: x\nid: 1\n\ndata"), Some(13));
        assert_eq!(find_event_end(b"data: x\nid: 1\n"), None);
    }

    #[test]
    fn only_a_response_or_an_error_is_an_answer() {
        assert!(is_answer(
            br#"{"jsonrpc":"2.0","id":2,"result":{"content":[]}}"#
        ));
        assert!(is_answer(
            br#"{"jsonrpc":"2.0","id":"a","error":{"code":-32602,"message":"x"}}"#
        ));
        // A request to the client (elicitation), a notification, garbage: not answers.
        assert!(!is_answer(
            br#"{"jsonrpc":"2.0","id":0,"method":"elicitation/create","params":{}}"#
        ));
        assert!(!is_answer(
            br#"{"jsonrpc":"2.0","method":"notifications/progress","params":{}}"#
        ));
        assert!(!is_answer(b"{\"jsonrpc\":\"2.0\",\"id\":1"));
        // Written otherwise (a string id, other key order): parsed, same answers.
        assert!(is_answer(br#"{"id":"x","result":{},"jsonrpc":"2.0"}"#));
        assert!(!is_answer(br#"{"jsonrpc":"2.0","id":"x","method":"ping"}"#));
        for data in [
            &br#"{"jsonrpc":"2.0","id":2,"result":{"content":[]}}"#[..],
            br#"{"jsonrpc":"2.0","id":7,"method":"elicitation/create","params":{}}"#,
        ] {
            assert_eq!(is_answer(data), is_answer_parsed(data));
        }
    }

    fn streamed(chunks: &[&'static str]) -> Response {
        let chunks: Vec<_> = chunks
            .iter()
            .map(|c| Ok::<_, std::io::Error>(Bytes::from_static(c.as_bytes())))
            .collect();
        Response::builder()
            .header(header::CONTENT_TYPE, "text/event-stream")
            .body(Body::from_stream(futures_util::stream::iter(chunks)))
            .unwrap()
    }

    async fn body_of(resp: Response) -> String {
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn an_answer_split_over_chunks_comes_out_whole_as_json() {
        let resp = streamed(&[
            "data: \nid: 0\nretry: 3000\n\n",
            "data: {\"jsonrpc\":\"2.0\",\"id\":2,",
            "\"result\":{\"ok\":true}}\nid: 1\n",
            "\n",
        ]);
        let resp = mend(&Method::POST, true, resp).await;
        assert_eq!(resp.headers()[header::CONTENT_TYPE], "application/json");
        assert_eq!(
            body_of(resp).await,
            r#"{"jsonrpc":"2.0","id":2,"result":{"ok":true}}"#
        );
    }

    #[tokio::test]
    async fn a_question_first_passes_every_byte_through_in_order() {
        let chunks = [
            "data: \nid: 0\nretry: 3000\n\n",
            "data: {\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"elicitation/create\"}\nid: 1\n\n",
            "data: {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}\nid: 2\n\n",
        ];
        let resp = mend(&Method::POST, true, streamed(&chunks)).await;
        assert_eq!(resp.headers()[header::CONTENT_TYPE], "text/event-stream");
        assert_eq!(body_of(resp).await, chunks.concat());
        // Outside a session (or not a POST) nothing is touched.
        let resp = mend(&Method::POST, false, streamed(&chunks[2..])).await;
        assert_eq!(resp.headers()[header::CONTENT_TYPE], "text/event-stream");
    }
}
