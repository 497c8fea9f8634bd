//! The foundation over stdio with rmcp's client, in both eras: the catalog, public
//! reads without prompts, `confirm`-tier consent (accept, decline, cancel, a client
//! that cannot be asked, remember grants), and the 2026-07-28 `requestState` rules
//! (tampered, replayed, expired, reused for other arguments).

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{call, connect, ok, params, text};
use rmcp::model::{
    CallToolResponse, ClientCapabilities, ClientConfig, ElicitRequestParams, ElicitResult,
    ElicitationAction, ElicitationCapability, FormElicitationCapability, Implementation,
    InputResponses,
};
use rmcp::service::{RequestContext, RoleClient, RunningService};
use rmcp::{ClientHandler, ErrorData};
use serde_json::{Value, json};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Answer {
    Accept(&'static str),
    Decline,
    Cancel,
    /// Declares no elicitation capability.
    Unable,
}

#[derive(Clone)]
struct Client {
    answer: Arc<Mutex<Answer>>,
    asked: Arc<AtomicUsize>,
    messages: Arc<Mutex<Vec<String>>>,
}

impl Client {
    fn new(a: Answer) -> Client {
        Client {
            answer: Arc::new(Mutex::new(a)),
            asked: Default::default(),
            messages: Default::default(),
        }
    }
    fn set(&self, a: Answer) {
        *self.answer.lock().unwrap() = a;
    }
}

impl ClientHandler for Client {
    fn get_info(&self) -> ClientConfig {
        let mut caps = ClientCapabilities::default();
        if *self.answer.lock().unwrap() != Answer::Unable {
            caps.elicitation =
                Some(ElicitationCapability::new().with_form(FormElicitationCapability::default()));
        }
        ClientConfig::new(caps, Implementation::new("stdio-consent", "1.0"))
    }
    async fn create_elicitation(
        &self,
        r: ElicitRequestParams,
        _: RequestContext<RoleClient>,
    ) -> Result<ElicitResult, ErrorData> {
        self.asked.fetch_add(1, Ordering::SeqCst);
        if let ElicitRequestParams::FormElicitationParams { message, .. } = &r {
            self.messages.lock().unwrap().push(message.clone());
        }
        Ok(match *self.answer.lock().unwrap() {
            Answer::Accept(remember) => ElicitResult::new(ElicitationAction::Accept)
                .with_content(json!({"remember": remember})),
            Answer::Decline => ElicitResult::new(ElicitationAction::Decline),
            Answer::Cancel | Answer::Unable => ElicitResult::new(ElicitationAction::Cancel),
        })
    }
}

async fn start(modern: bool, c: Client, extra: &[&str]) -> RunningService<RoleClient, Client> {
    let mut args = vec!["serve"];
    if !extra.contains(&"--data-dir") {
        args.push("--in-memory");
    }
    args.extend_from_slice(extra);
    connect(c, &args, modern).await
}

async fn visits(c: &RunningService<RoleClient, Client>) -> usize {
    let prev = *c.service().answer.lock().unwrap();
    c.service().set(Answer::Accept("once"));
    let v = ok(&call(c, "branches__list_my_visits", json!({})).await);
    c.service().set(prev);
    v["visits"].as_array().unwrap().len()
}

/// A bookable slot at the user's preferred branch (from find_branches).
async fn slot(c: &RunningService<RoleClient, Client>, n: usize) -> Value {
    let b = ok(&call(c, "branches__find_branches", json!({"city": "hangzhou"})).await);
    let branch = b["branches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["branch_id"] == "HZ001")
        .unwrap()
        .clone();
    let s = &branch["free_slots_next"][n];
    json!({"date": s["date"], "time_slot": s["time_slot"], "purpose": branch["services"][0]})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalog_and_a_public_read_need_no_prompt() {
    for modern in [false, true] {
        // The whole catalogue listed (the demo is larger than the default 30).
        let c = start(
            modern,
            Client::new(Answer::Accept("once")),
            &["--max-tools", "0"],
        )
        .await;
        let version = c
            .peer_info()
            .map(|i| i.protocol_version.to_string())
            .unwrap_or_default();
        assert_eq!(version, if modern { "2026-07-28" } else { "2025-11-25" });
        let tools = c.list_all_tools().await.unwrap();
        assert!(tools.len() >= 10);
        let loan = tools
            .iter()
            .find(|t| t.name == "loans__check_loan_rate")
            .unwrap();
        let r = call(
            &c,
            "loans__check_loan_rate",
            json!({"product": "mortgage_first_home", "term_months": 360, "amount": "1000000"}),
        )
        .await;
        let out = ok(&r);
        let schema = Value::Object((*loan.output_schema.clone().unwrap()).clone());
        assert!(
            jsonschema::is_valid(&schema, &out),
            "structuredContent matches the output schema"
        );
        assert!(!text(&r).is_empty(), "a text block too");
        assert_eq!(
            c.service().asked.load(Ordering::SeqCst),
            0,
            "no prompt for public information"
        );
        let pay = tools
            .iter()
            .find(|t| t.name == "utility_bills__pay_bill")
            .unwrap();
        assert!(
            !pay.input_schema["properties"]
                .as_object()
                .unwrap()
                .contains_key("card")
        );
        assert_eq!(pay.input_schema["required"], json!(["utility"]));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn booking_accept_books_decline_cancel_and_unable_book_nothing() {
    for modern in [false, true] {
        let c = start(modern, Client::new(Answer::Decline), &[]).await;
        let args = slot(&c, 0).await;
        let r = call(&c, "branches__book_branch_visit", args.clone()).await;
        assert!(text(&r).contains("declined"), "{}", text(&r));
        c.service().set(Answer::Cancel);
        let r = call(&c, "branches__book_branch_visit", args.clone()).await;
        assert!(text(&r).contains("cancelled"), "{}", text(&r));
        assert_eq!(visits(&c).await, 0, "declined and cancelled book nothing");
        // The prompt showed the effective arguments and marked the saved branch.
        let msg = c.service().messages.lock().unwrap()[0].clone();
        assert!(
            msg.contains("branch_id: HZ001  (from your saved defaults)")
                && msg.contains("time_slot"),
            "{msg}"
        );

        c.service().set(Answer::Accept("once"));
        let booked = ok(&call(&c, "branches__book_branch_visit", args.clone()).await);
        assert_eq!(booked["status"], "booked");
        assert_eq!(visits(&c).await, 1);
        let after = ok(&call(&c, "branches__find_branches", json!({"city": "hangzhou"})).await);
        let hz = after["branches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["branch_id"] == "HZ001")
            .unwrap();
        let same = hz["free_slots_next"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["date"] == args["date"] && s["time_slot"] == args["time_slot"]);
        assert!(
            same.is_none_or(|s| s["remaining"] == 1),
            "the slot was taken: {same:?}"
        );
    }
    for modern in [false, true] {
        // A client that cannot be asked; the state is checked afterwards by a second
        // server on the same data directory.
        let dir = std::env::temp_dir().join(format!("mpmcp-unable-{}", uuid::Uuid::new_v4()));
        let data = ["--data-dir", dir.to_str().unwrap()];
        let c = start(modern, Client::new(Answer::Unable), &data).await;
        let r = call(&c, "branches__book_branch_visit", slot(&c, 0).await).await;
        assert_eq!(r.is_error, Some(true));
        assert!(
            text(&r).contains("cannot show confirmation prompts"),
            "{}",
            text(&r)
        );
        assert_eq!(c.service().asked.load(Ordering::SeqCst), 0);
        c.cancel().await.unwrap();
        let check = start(false, Client::new(Answer::Accept("once")), &data).await;
        assert_eq!(visits(&check).await, 0, "nothing was booked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remember_grants_stop_prompts_until_they_lapse() {
    for modern in [false, true] {
        let c = start(modern, Client::new(Answer::Accept("30m")), &[]).await;
        ok(&call(&c, "branches__list_my_visits", json!({})).await);
        ok(&call(&c, "branches__list_my_visits", json!({})).await);
        assert_eq!(
            c.service().asked.load(Ordering::SeqCst),
            1,
            "the 30-minute grant covers the second call"
        );
        c.service().set(Answer::Accept("once"));
        ok(&call(&c, "cards__application_status", json!({})).await);
        ok(&call(&c, "cards__application_status", json!({})).await);
        assert_eq!(
            c.service().asked.load(Ordering::SeqCst),
            3,
            "'once' asks every time, and grants are per action"
        );
    }
}

/// 2026-07-28: the raw MRTR exchange for a booking, then retries with a state that is
/// tampered, replayed, expired or for other arguments.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mrtr_request_state_is_sealed_bound_single_use_and_short_lived() {
    let c = start(
        true,
        Client::new(Answer::Accept("once")),
        &["--request-state-ttl", "1"],
    )
    .await;
    let args = slot(&c, 0).await;
    let first = |a: Value| {
        let c = &c;
        async move {
            match c
                .call_tool_once(params("branches__book_branch_visit", a))
                .await
                .unwrap()
            {
                CallToolResponse::InputRequired(ir) => ir.request_state.unwrap(),
                other => panic!("expected input_required, got {other:?}"),
            }
        }
    };
    let retry = |a: Value, state: String| {
        let c = &c;
        async move {
            let mut p = params("branches__book_branch_visit", a);
            let mut responses = InputResponses::new();
            responses.insert(
                "consent".into(),
                json!({"action": "accept", "content": {"remember": "once"}}),
            );
            p.input_responses = Some(responses);
            p.request_state = Some(state);
            match c.call_tool_once(p).await.unwrap() {
                CallToolResponse::Complete(r) => r,
                other => panic!("expected a result, got {other:?}"),
            }
        }
    };
    // Tampered.
    let state = first(args.clone()).await;
    let mut b = state.clone().into_bytes();
    let i = b.len() / 3;
    b[i] = if b[i] == b'a' { b'b' } else { b'a' };
    let r = retry(args.clone(), String::from_utf8(b).unwrap()).await;
    assert!(text(&r).contains("not valid"), "{}", text(&r));
    // For other arguments.
    // (Another free slot, never the same one: a fixed time would equal the first free
    // slot at some hour of the day.)
    let other = slot(&c, 1).await;
    assert_ne!(other, args);
    let r = retry(other, state.clone()).await;
    assert!(text(&r).contains("not valid"), "{}", text(&r));
    assert_eq!(visits(&c).await, 0);
    // Genuine: books once; replayed: refused.
    let r = retry(args.clone(), state.clone()).await;
    assert_eq!(ok(&r)["status"], "booked");
    let r = retry(args.clone(), state).await;
    assert!(text(&r).contains("already used"), "{}", text(&r));
    assert_eq!(visits(&c).await, 1);
    // Expired (ttl 1 s).
    let args2 = slot(&c, 1).await;
    let state = first(args2.clone()).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let r = retry(args2, state).await;
    assert!(text(&r).contains("not valid"), "{}", text(&r));
    assert_eq!(visits(&c).await, 1, "nothing more was booked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_clear_errors_and_unknown_tools_are_protocol_errors() {
    for modern in [false, true] {
        let c = start(modern, Client::new(Answer::Accept("once")), &[]).await;
        let r = call(
            &c,
            "loans__check_loan_rate",
            json!({"product": "personal_consumer", "term_months": 12, "rate": "0.1"}),
        )
        .await;
        assert!(
            text(&r).contains("unknown parameter `rate`"),
            "{}",
            text(&r)
        );
        let r = call(
            &c,
            "loans__check_loan_rate",
            json!({"product": "personal_consumer", "term_months": "12"}),
        )
        .await;
        assert!(
            r.is_error == Some(true) && text(&r).contains("term_months"),
            "{}",
            text(&r)
        );
        let e = c.call_tool(params("nope__tool", json!({}))).await;
        assert!(e.is_err(), "unknown tool: JSON-RPC error");
        let r = call(
            &c,
            "profile__remember_default",
            json!({"key": "payment.card", "value": "6222020000001234"}),
        )
        .await;
        assert_eq!(
            r.is_error,
            Some(true),
            "the payment card cannot be saved by an agent"
        );
        let r = call(
            &c,
            "profile__remember_default",
            json!({"key": "utility_account.water", "value": "abc"}),
        )
        .await;
        assert!(
            text(&r).contains("not valid for `utility_account.water`"),
            "{}",
            text(&r)
        );
        let shown = ok(&call(&c, "profile__show_defaults", json!({})).await).to_string();
        assert!(
            !shown.contains("6222027597610926733") && !shown.contains("1066547162"),
            "masked: {shown}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn state_survives_a_restart() {
    let dir = std::env::temp_dir().join(format!("mpmcp-restart-{}", uuid::Uuid::new_v4()));
    let d = dir.to_str().unwrap().to_string();
    let args = ["serve", "--data-dir", d.as_str()];
    let c = connect(Client::new(Answer::Accept("once")), &args, false).await;
    ok(&call(&c, "branches__book_branch_visit", slot(&c, 0).await).await);
    c.cancel().await.unwrap();
    let c = connect(Client::new(Answer::Accept("once")), &args, false).await;
    assert_eq!(visits(&c).await, 1, "the booking survived the restart");
}
