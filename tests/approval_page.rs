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
    let page = spawn_loopback(approvals.clone(), Audit::in_memory(), 0)
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
    let facts = PaymentFacts {
        user: "alice",
        client: "test",
        tool: "utility_bills__pay_bill",
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
    let body = r.text().await.unwrap();
    assert!(body.contains("¥236.50"), "the server's own amount is shown");
    assert!(!body.contains("<script>alert"), "strings are escaped");
    assert!(body.contains("&lt;script&gt;"));
    assert!(!body.contains('\u{202E}'), "bidi overrides are stripped");
    assert!(
        body.contains("Payment PIN") && body.contains("支付密码"),
        "bilingual"
    );
    assert!(body.contains("name=\"viewport\""), "readable on a phone");
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
async fn cross_origin_missing_origin_bad_csrf_and_foreign_host_are_refused() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let good = [
        ("csrf", token.as_str()),
        ("pin", "246810"),
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
        &[("csrf", "0000"), ("pin", "246810"), ("decision", "approve")],
    )
    .await;
    assert_eq!(s, 403);
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
    let token = csrf(&f, &id);
    for i in 0..4 {
        let (s, body) = post(
            &f,
            &id,
            Some(&f.page.origin),
            &[("csrf", &token), ("pin", "111111"), ("decision", "approve")],
        )
        .await;
        assert_eq!(s, 200);
        assert!(
            body.contains(&format!("{} attempt(s) left", 4 - i)),
            "{body}"
        );
    }
    let (_, body) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", &token), ("pin", "111111"), ("decision", "approve")],
    )
    .await;
    assert!(body.contains("Locked"), "{body}");
    // Even the right PIN is refused now, and the approval stays pending.
    let (_, body) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", &token), ("pin", "246810"), ("decision", "approve")],
    )
    .await;
    assert!(body.contains("locked"), "{body}");
    assert_eq!(status(&f, &id), Status::Pending);
    assert!(f.approvals.locked("alice").unwrap());
}

#[tokio::test]
async fn reject_needs_no_pin_and_is_final() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let (s, body) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", &token), ("decision", "reject")],
    )
    .await;
    assert_eq!(s, 200);
    assert!(body.contains("Rejected"), "{body}");
    let (_, _) = post(
        &f,
        &id,
        Some(&f.page.origin),
        &[("csrf", &token), ("pin", "246810"), ("decision", "approve")],
    )
    .await;
    assert_eq!(status(&f, &id), Status::Rejected);
}

#[tokio::test]
async fn a_mandate_is_created_and_revocable_on_the_page() {
    let f = fixture().await;
    let id = pending(&f, "d1", "electricity · ****7890");
    let token = csrf(&f, &id);
    let form = [
        ("csrf", token.as_str()),
        ("pin", "246810"),
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
        &[("csrf", &token), ("mandate_id", &ms[0].id)],
    )
    .await;
    assert_eq!(s, 403, "cross-origin revocation is refused too");
    assert!(!f.approvals.mandates("alice").unwrap()[0].revoked);
    let (s, body) = post_to(
        &f,
        &revoke,
        Some(&f.page.origin),
        &[("csrf", &token), ("mandate_id", &ms[0].id)],
    )
    .await;
    assert_eq!(s, 200, "{body}");
    assert!(body.contains("Mandate revoked"), "{body}");
    assert!(f.approvals.mandates("alice").unwrap()[0].revoked);
}
