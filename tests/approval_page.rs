//! The approval page over real HTTP (reqwest against the loopback listener):
//! hardening headers, escaping, GET changes nothing, same-origin + CSRF checks,
//! PIN lockout, mandates and revocation from the page.

use miniprogram_mcp::approval::page::{PageState, spawn_loopback};
use miniprogram_mcp::approval::{
    ApprovalPolicy, Approvals, Authorization, Display, DisplayLine, PaymentFacts, Status,
};
use miniprogram_mcp::audit::Audit;
use miniprogram_mcp::store::Store;

struct Fixture {
    approvals: Approvals,
    page: PageState,
    http: reqwest::Client,
}

async fn fixture() -> Fixture {
    let approvals = Approvals::new(Store::in_memory().unwrap(), ApprovalPolicy::default()).unwrap();
    approvals.set_pin("alice", "246810").unwrap();
    let page = spawn_loopback(approvals.clone(), Audit::in_memory(), 0, rand::random())
        .await
        .unwrap();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Fixture {
        approvals,
        page,
        http,
    }
}

fn pending(f: &Fixture, digest: &str, payee_display: &str) -> String {
    pending_for(f, "utility_bills__pay_bill", digest, payee_display)
}

fn pending_for(f: &Fixture, tool: &str, digest: &str, payee_display: &str) -> String {
    let facts = PaymentFacts {
        user: "alice",
        client: "test",
        tool,
        def_hash: "h",
        args_digest: digest,
        base_digest: digest,
        payee: "utility=electricity;account_no=1234567890",
        amount_fen: 23650,
    };
    let display = Display {
        title: "缴纳水电燃气费 Pay a utility bill".into(),
        tool: "utility_bills__pay_bill".into(),
        amount: "236.50".into(),
        payee: payee_display.into(),
        payee_name: None,
        lines: vec![DisplayLine {
            label: "account_no".into(),
            value: "****7890".into(),
            note: Some("from your saved defaults".into()),
        }],
    };
    match f.approvals.authorize(&facts, &display).unwrap().0 {
        Authorization::NeedsApproval { approval_id, .. } => approval_id,
        other => panic!("{other:?}"),
    }
}

async fn post(f: &Fixture, id: &str, origin: Option<&str>, form: &[(&str, &str)]) -> (u16, String) {
    post_to(f, &f.page.link(id), origin, form).await
}

async fn post_to(
    f: &Fixture,
    url: &str,
    origin: Option<&str>,
    form: &[(&str, &str)],
) -> (u16, String) {
    let mut req = f.http.post(url).form(form);
    if let Some(o) = origin {
        req = req.header("Origin", o);
    }
    let r = req.send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn csrf(f: &Fixture, id: &str) -> String {
    f.approvals.get(id).unwrap().unwrap().csrf
}

fn status(f: &Fixture, id: &str) -> Status {
    f.approvals.get(id).unwrap().unwrap().status
}

/// Enters `pin` on the page; returns the status and the page shown.
async fn unlock(f: &Fixture, id: &str, pin: &str) -> (u16, String) {
    let token = csrf(f, id);
    post_to(
        f,
        &format!("{}/unlock", f.page.link(id)),
        Some(&f.page.origin),
        &[("csrf", &token), ("pin", pin)],
    )
    .await
}

/// The view token on a page shown after the PIN.
fn view(body: &str) -> String {
    body.split("name=\"view\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("no view token on {body}"))
        .to_string()
}

/// Unlocks with the right PIN and returns the view token.
async fn unlocked(f: &Fixture, id: &str) -> String {
    let (s, body) = unlock(f, id, "246810").await;
    assert_eq!(s, 200, "{body}");
    view(&body)
}

#[tokio::test]
async fn the_page_is_hardened_escaped_and_get_changes_nothing() {
    let f = fixture().await;
    let id = pending(&f, "d1", "<script>alert(1)</script>\u{202E}evil");
    let r = f.http.get(f.page.link(&id)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(
        h["referrer-policy"], "same-origin",
        "no-referrer would make browsers send `Origin: null` on the POST"
    );
    let gate = r.text().await.unwrap();
    assert!(
        gate.contains("Payment PIN") && gate.contains("支付密码"),
        "bilingual"
    );
    assert!(gate.contains("name=\"viewport\""), "readable on a phone");
    // After the PIN: the server's own record, escaped.
    let (s, body) = unlock(&f, &id, "246810").await;
    assert_eq!(s, 200);
    assert!(body.contains("¥236.50"), "the server's own amount is shown");
    assert!(!body.contains("<script>alert"), "strings are escaped");
    assert!(body.contains("&lt;script&gt;"));
    assert!(!body.contains('\u{202E}'), "bidi overrides are stripped");
    // The link itself carries nothing but the id.
    assert!(f.page.link(&id).ends_with(&format!("/approve/{id}")));
    for _ in 0..3 {
        f.http.get(f.page.link(&id)).send().await.unwrap();
    }
    assert_eq!(
        status(&f, &id),
        Status::Pending,
        "GET never changes anything"
    );
}

#[tokio::test]
async fn the_link_alone_shows_nothing_and_decides_nothing() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let gate = f
        .http
        .get(f.page.link(&id))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for secret in ["236.50", "7890", "electricity", "utility_bills", "水电"] {
        assert!(
            !gate.contains(secret),
            "the link revealed {secret:?}: {gate}"
        );
    }
    // Deciding or revoking without the PIN first: refused, nothing changes.
    for decision in ["approve", "reject"] {
        let (s, body) = post(
            &f,
            &id,
            Some(&f.page.origin),
            &[("csrf", &token), ("decision", decision)],
        )
        .await;
        assert_eq!(s, 403, "{body}");
        assert!(!body.contains("236.50"), "{body}");
    }
    // A forged or expired view token is no better.
    for forged in ["", "9999999999999.00", "1.abcd", "not-a-token"] {
        let (s, _) = post(
            &f,
            &id,
            Some(&f.page.origin),
            &[("csrf", &token), ("view", forged), ("decision", "approve")],
        )
        .await;
        assert_eq!(s, 403, "{forged:?}");
    }
    // A wrong PIN shows nothing either.
    let (s, body) = unlock(&f, &id, "135790").await;
    assert_eq!(s, 200);
    assert!(
        body.contains("Wrong PIN") && !body.contains("236.50"),
        "{body}"
    );
    assert_eq!(status(&f, &id), Status::Pending, "nothing changed");
    // A view token of another approval does not carry over.
    // (Another tool's approval, so that it does not invalidate this one.)
    let other = pending_for(&f, "transfers__pay", "d2", "water · ****1111");
    let other_view = unlocked(&f, &other).await;
    let (s, _) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[
            ("csrf", &token),
            ("view", &other_view),
            ("decision", "approve"),
        ],
    )
    .await;
    assert_eq!(s, 403);
    assert_eq!(status(&f, &id), Status::Pending);
}

#[tokio::test]
async fn cross_origin_missing_origin_bad_csrf_and_foreign_host_are_refused() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let v = unlocked(&f, &id).await;
    let good = [
        ("csrf", token.as_str()),
        ("view", v.as_str()),
        ("decision", "approve"),
    ];
    let (s, _) = post(&f, &id, Some("http://evil.example"), &good).await;
    assert_eq!(s, 403);
    let (s, _) = post(&f, &id, None, &good).await;
    assert_eq!(s, 403);
    let (s, _) = post(&f, &id, Some("null"), &good).await;
    assert_eq!(s, 403);
    let (s, _) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", "0000"), ("view", &v), ("decision", "approve")],
    )
    .await;
    assert_eq!(s, 403);
    // The PIN form is guarded the same way.
    let unlock_url = format!("{}/unlock", f.page.link(&id));
    let (s, body) = post_to(
        &f,
        &unlock_url,
        Some("http://evil.example"),
        &[("csrf", &token), ("pin", "246810")],
    )
    .await;
    assert_eq!(s, 403);
    assert!(!body.contains("236.50"));
    // DNS rebinding: a foreign Host header.
    let r = f
        .http
        .post(f.page.link(&id))
        .header("Host", "evil.example")
        .header("Origin", &f.page.origin)
        .form(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(status(&f, &id), Status::Pending, "nothing changed");
    // A made-up or altered approval id finds nothing.
    let last = if id.ends_with('0') { '1' } else { '0' };
    let forged = format!("{}{last}", &id[..id.len() - 1]);
    let (s, _) = post(&f, &forged, Some(&f.page.origin), &good).await;
    assert_eq!(s, 404);
    assert_eq!(
        f.http
            .get(f.page.link("not-an-id"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    // The real thing works.
    let (s, body) = post(&f, &id, Some(&f.page.origin), &good).await;
    assert_eq!(s, 200);
    assert!(body.contains("Approved"), "{body}");
    assert_eq!(status(&f, &id), Status::Approved);
}

#[tokio::test]
async fn five_wrong_pins_lock_approvals() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    for i in 0..4 {
        let (s, body) = unlock(&f, &id, "111111").await;
        assert_eq!(s, 200);
        assert!(
            body.contains(&format!("{} attempt(s) left", 4 - i)),
            "{body}"
        );
    }
    let (_, body) = unlock(&f, &id, "111111").await;
    assert!(body.contains("Locked"), "{body}");
    // Even the right PIN is refused now, and the approval stays pending.
    let (_, body) = unlock(&f, &id, "246810").await;
    assert!(body.contains("locked"), "{body}");
    assert!(!body.contains("name=\"view\""), "{body}");
    assert_eq!(status(&f, &id), Status::Pending);
    assert!(f.approvals.locked("alice").unwrap());
}

#[tokio::test]
async fn reject_needs_the_pin_too_and_is_final() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let v = unlocked(&f, &id).await;
    let (s, body) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", &token), ("view", &v), ("decision", "reject")],
    )
    .await;
    assert_eq!(s, 200);
    assert!(body.contains("Rejected"), "{body}");
    let (_, _) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", &token), ("view", &v), ("decision", "approve")],
    )
    .await;
    assert_eq!(status(&f, &id), Status::Rejected);
}

#[tokio::test]
async fn a_mandate_is_created_and_revocable_on_the_page() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let v = unlocked(&f, &id).await;
    let form = [
        ("csrf", token.as_str()),
        ("view", v.as_str()),
        ("decision", "approve"),
        ("mandate", "on"),
        ("cap", "300.00"),
        ("count", "2"),
        ("days", "30"),
    ];
    let (s, body) = post(&f, &id, Some(&f.page.origin), &form).await;
    assert_eq!(s, 200);
    let ms = f.approvals.mandates("alice").unwrap();
    assert_eq!(ms.len(), 1);
    assert_eq!((ms[0].cap_fen, ms[0].max_uses), (30000, 2));
    assert!(body.contains("My mandates"), "{body}");
    let revoke = format!("{}/revoke", f.page.link(&id));
    let (s, _) = post_to(
        &f,
        &revoke,
        Some("http://evil.example"),
        &[("csrf", &token), ("view", &v), ("mandate_id", &ms[0].id)],
    )
    .await;
    assert_eq!(s, 403, "cross-origin revocation is refused too");
    let (s, _) = post_to(
        &f,
        &revoke,
        Some(&f.page.origin),
        &[("csrf", &token), ("mandate_id", &ms[0].id)],
    )
    .await;
    assert_eq!(s, 403, "revoking needs the PIN too");
    assert!(!f.approvals.mandates("alice").unwrap()[0].revoked);
    let (s, body) = post_to(
        &f,
        &revoke,
        Some(&f.page.origin),
        &[("csrf", &token), ("view", &v), ("mandate_id", &ms[0].id)],
    )
    .await;
    assert_eq!(s, 200, "{body}");
    assert!(body.contains("Mandate revoked"), "{body}");
    assert!(f.approvals.mandates("alice").unwrap()[0].revoked);
}
