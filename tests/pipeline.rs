//! The call pipeline in-process (no transport): the parts whose failure cannot be
//! provoked from outside the process, e.g. an audit trail that stops being writable.

use std::sync::Arc;

use miniprogram_mcp::app::App;
use miniprogram_mcp::audit::Audit;
use miniprogram_mcp::bridge::Bridge;
use miniprogram_mcp::call::{self, CallError, Caller};
use miniprogram_mcp::consent::Need;
use miniprogram_mcp::manifest;
use miniprogram_mcp::registry::{Registry, RegistryHandle};
use miniprogram_mcp::sandbox::Sandbox;
use miniprogram_mcp::store::Store;
use serde_json::{Value, json};

fn app() -> App {
    let (reg, _) = Registry::build(&manifest::embedded_catalog(), false).unwrap();
    let store = Store::in_memory().unwrap();
    let sandbox = Arc::new(Sandbox::new(store.clone()).unwrap());
    App::new(
        RegistryHandle::new(reg),
        store,
        Bridge::Sandbox(sandbox),
        Audit::in_memory(),
        true,
    )
    .unwrap()
}

fn caller() -> Caller {
    Caller {
        user: "demo".into(),
        session: None,
        client: "test".into(),
    }
}

fn args(v: Value) -> Option<serde_json::Map<String, Value>> {
    Some(v.as_object().unwrap().clone())
}

#[tokio::test]
async fn a_broken_audit_trail_refuses_payments_and_writes_but_not_reads() {
    let app = app();
    app.audit.break_for_test();
    let c = caller();

    let pay = call::prepare(
        &app,
        &c,
        "utility_bills__pay_bill",
        args(json!({"utility": "electricity"})),
    )
    .await
    .unwrap();
    assert!(matches!(pay.need, Need::Authorize(_)));
    assert!(matches!(
        call::authorize(&app, &c, &pay),
        Err(CallError::AuditUnavailable)
    ));

    // A confirmed booking cannot write its intent record: refused, nothing booked.
    let date = (chrono::Local::now().date_naive() + chrono::Days::new(7)).to_string();
    let date = next_weekday(&date);
    let book = call::prepare(
        &app,
        &c,
        "branches__book_branch_visit",
        args(json!({"date": date, "time_slot": "10:00", "purpose": "account_opening"})),
    )
    .await
    .unwrap();
    assert!(matches!(
        call::execute(&app, &c, &book, None).await,
        Err(CallError::AuditUnavailable)
    ));
    let visits = call::prepare(&app, &c, "branches__list_my_visits", args(json!({})))
        .await
        .unwrap();
    let out = call::execute(&app, &c, &visits, None).await.unwrap();
    assert_eq!(out.structured["visits"], json!([]), "nothing was booked");

    // Public reads still work.
    let rate = call::prepare(
        &app,
        &c,
        "loans__check_loan_rate",
        args(json!({"product": "personal_consumer", "term_months": 12})),
    )
    .await
    .unwrap();
    assert!(call::execute(&app, &c, &rate, None).await.is_ok());
}

fn next_weekday(date: &str) -> String {
    use chrono::Datelike;
    let mut d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    while matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
        d = d.succ_opt().unwrap();
    }
    d.to_string()
}

#[tokio::test]
async fn prefill_fills_defaults_and_rejects_fixed_parameters_before_any_bridge_call() {
    let app = app();
    let c = caller();
    let p = call::prepare(
        &app,
        &c,
        "utility_bills__query_bills",
        args(json!({"utility": "gas"})),
    )
    .await
    .unwrap();
    assert!(p.prefilled.from_defaults.contains("account_no"));
    match &p.need {
        Need::Confirm(prompt) => {
            let msg = prompt.message();
            assert!(
                msg.contains("account_no: ****") && msg.contains("(from your saved defaults)"),
                "{msg}"
            );
        }
        other => panic!("{other:?}"),
    }
    let e = call::prepare(
        &app,
        &c,
        "utility_bills__pay_bill",
        args(json!({"utility": "gas", "card": "6222020000001234"})),
    )
    .await
    .unwrap_err();
    assert!(
        e.to_string().contains("`card` cannot be set by the caller"),
        "{e}"
    );
    let e = call::prepare(
        &app,
        &c,
        "loans__check_loan_rate",
        args(json!({"product": "x", "term_months": 12, "rate": 1})),
    )
    .await
    .unwrap_err();
    assert!(e.to_string().contains("unknown parameter `rate`"), "{e}");
    let e = call::prepare(
        &app,
        &c,
        "loans__check_loan_rate",
        args(json!({"product": "personal_consumer", "term_months": "12"})),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, CallError::InvalidArguments { .. }), "{e}");
    let e = call::prepare(&app, &c, "no_such__tool", None)
        .await
        .unwrap_err();
    assert!(matches!(e, CallError::UnknownTool(_)));
}
