//! `miniprogram-mcp import openapi` (issue 9): real public OpenAPI documents (the
//! Swagger Petstore in 3.0 JSON and 3.1 YAML, from the npm package
//! `@readme/oas-examples`) and a bank document (3.1 JSON with `$ref`d parameters and
//! bodies, `allOf`, a money movement and a recursive schema) become drafts that
//! validate, with tiers proposed for review and everything unmapped listed; a document
//! that leaves a decision open says exactly which. The imported program is then served
//! over stdio and listed in both protocol eras.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/openapi")
        .join(name)
}

/// Runs `import openapi FILE --out DIR [extra]`: exit code, stdout, the manifest.
fn import(file: &Path, out: &Path, extra: &[&str]) -> (Option<i32>, String, Option<Value>) {
    let o = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["import", "openapi"])
        .arg(file)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    let stdout =
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    let manifest = std::fs::read_dir(out).ok().and_then(|d| {
        d.filter_map(Result::ok)
            .find(|e| e.path().extension().is_some_and(|x| x == "json"))
            .map(|e| serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap())
    });
    (o.status.code(), stdout, manifest)
}

fn action<'a>(m: &'a Value, name: &str) -> &'a Value {
    m["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no action {name} in {m}"))
}

fn validate(dir: &Path) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .arg("validate")
        .arg(dir)
        .output()
        .unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

fn names(m: &Value) -> Vec<String> {
    let mut n: Vec<String> = m["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect();
    n.sort();
    n
}

#[test]
fn the_petstore_in_3_0_json_and_3_1_yaml_becomes_a_valid_draft_with_the_same_actions() {
    let dir30 = common::tmpdir("mpmcp-import30");
    let (code, out, m30) = import(
        &fixture("petstore-3.0.json"),
        &dir30,
        &["--program", "petstore"],
    );
    assert_eq!(code, Some(0), "{out}");
    let m30 = m30.expect("a manifest was written");
    assert_eq!(validate(&dir30).0, Some(0), "{}", validate(&dir30).1);
    assert!(out.contains("OK: the draft validates (20 tools)"), "{out}");
    assert!(dir30.join("petstore.review.md").exists());

    // Path parameter: required; query parameter with its enum; JSON body flattened.
    let get = action(&m30, "get_pet_by_id");
    assert_eq!(
        get["input_schema"]["required"],
        serde_json::json!(["petId"])
    );
    assert_eq!(get["annotations"]["read_only"], true);
    assert_eq!(get["consent"], "confirm", "a GET that needs credentials");
    let by_status = action(&m30, "find_pets_by_status");
    assert!(by_status["input_schema"]["properties"]["status"].is_object());
    let add = action(&m30, "add_pet");
    let props = &add["input_schema"]["properties"];
    assert!(
        props["name"].is_object() && props["photoUrls"].is_object(),
        "{add}"
    );
    assert_eq!(add["consent"], "confirm");
    assert_eq!(add["annotations"]["read_only"], false);
    // A form body becomes arguments too; a DELETE is destructive.
    let form = action(&m30, "update_pet_with_form");
    assert!(
        form["input_schema"]["properties"]["status"].is_object(),
        "{form}"
    );
    assert_eq!(
        action(&m30, "delete_pet")["annotations"]["destructive"],
        true
    );
    // A non-object response is wrapped as `result`.
    let login = action(&m30, "login_user");
    assert_eq!(
        login["output_schema"]["required"],
        serde_json::json!(["result"])
    );
    // Unmapped things are listed, not dropped.
    for listed in [
        "header parameter `api_key` is not mapped",
        "request body of type `multipart/form-data` is not mapped",
        "request body of type `application/xml` is not mapped",
        "securitySchemes",
    ] {
        assert!(out.contains(listed), "missing `{listed}` in:\n{out}");
    }
    assert!(out.contains("consent `confirm` proposed"), "{out}");

    let dir31 = common::tmpdir("mpmcp-import31");
    let (code, out31, m31) = import(
        &fixture("petstore-3.1.yaml"),
        &dir31,
        &["--program", "petstore"],
    );
    assert_eq!(code, Some(0), "{out31}");
    let m31 = m31.unwrap();
    assert_eq!(validate(&dir31).0, Some(0));
    assert_eq!(names(&m30), names(&m31), "the same API in both versions");
    assert!(
        out31.contains("application/octet-stream` is not mapped"),
        "{out31}"
    );

    // An existing draft is not overwritten by accident.
    let (code, out, _) = import(
        &fixture("petstore-3.0.json"),
        &dir30,
        &["--program", "petstore"],
    );
    assert_eq!(code, Some(2));
    assert!(out.contains("--force"), "{out}");
}

#[test]
fn a_bank_document_proposes_authorize_for_money_and_none_for_public_reads() {
    let dir = common::tmpdir("mpmcp-import-bank");
    let (code, out, m) = import(&fixture("bank-utility-3.1.json"), &dir, &[]);
    assert_eq!(code, Some(0), "{out}");
    let m = m.unwrap();
    assert_eq!(m["id"], "hangzhou_utility", "a slug of the title");
    assert_eq!(validate(&dir).0, Some(0), "{}", validate(&dir).1);

    let pay = action(&m, "pay_utility_bill");
    assert_eq!(pay["consent"], "authorize");
    assert_eq!(pay["moves_money"], true);
    assert_eq!(
        pay["payment"],
        serde_json::json!({"amount": "amount", "payee": ["utility", "account_no"]})
    );
    // $ref'd request body with allOf, flattened; the number amount became a decimal string.
    let props = &pay["input_schema"]["properties"];
    assert_eq!(props["amount"]["type"], "string");
    assert!(props["account_no"].is_object() && props["utility"].is_object());
    assert_eq!(
        pay["input_schema"]["required"],
        serde_json::json!(["utility", "account_no", "amount"])
    );
    assert!(
        out.contains("the amount `amount` is a number in the API"),
        "{out}"
    );
    assert_eq!(
        pay["output_schema"]["required"],
        serde_json::json!(["receipt_no", "amount"])
    );

    assert_eq!(action(&m, "get_loan_prime_rate")["consent"], "none");
    let bills = action(&m, "list_bills");
    assert_eq!(bills["consent"], "confirm");
    assert_eq!(bills["personal"], serde_json::json!(["accountNo"]));
    // Path-item parameters (one a $ref) and the operation's own.
    assert_eq!(
        bills["input_schema"]["required"],
        serde_json::json!(["utility", "accountNo"])
    );
    let regions = action(&m, "list_service_regions");
    assert!(
        regions["output_schema"]["properties"]["result"]["items"]["properties"]["subregions"]
            .is_object()
    );
    assert!(
        out.contains("the recursive schema `#/components/schemas/Region` is cut"),
        "{out}"
    );
    assert!(
        out.contains("header parameter `X-Request-Id` is not mapped"),
        "{out}"
    );
}

#[test]
fn a_money_movement_without_an_amount_names_the_decision_left() {
    let dir = common::tmpdir("mpmcp-import-decide");
    let doc = dir.join("transfers.yaml");
    std::fs::write(
        &doc,
        r#"openapi: 3.0.3
info: {title: Transfers, version: "1"}
paths:
  /transfers:
    post:
      operationId: createTransfer
      summary: Transfer money to a saved payee
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [to_account]
              properties:
                to_account: {type: string, nullable: true}
      responses:
        "201": {description: done}
"#,
    )
    .unwrap();
    let out_dir = dir.join("out");
    let (code, out, m) = import(&doc, &out_dir, &["--program", "transfers"]);
    assert_eq!(code, Some(1), "{out}");
    let m = m.unwrap();
    let t = action(&m, "create_transfer");
    assert_eq!(t["consent"], "authorize");
    assert_eq!(
        t["input_schema"]["properties"]["to_account"]["type"],
        serde_json::json!(["string", "null"]),
        "3.0 nullable became a JSON Schema type list"
    );
    assert!(
        out.contains("DECIDE which argument holds the amount"),
        "{out}"
    );
    assert!(
        out.contains("DECIDE: ") && out.contains("/actions/0/payment/amount"),
        "{out}"
    );
    assert!(out.contains("1 decision(s) left"), "{out}");

    // Not OpenAPI 3: a clear refusal.
    std::fs::write(
        dir.join("swagger.json"),
        r#"{"swagger": "2.0", "paths": {}}"#,
    )
    .unwrap();
    let (code, out, _) = import(&dir.join("swagger.json"), &dir.join("out2"), &[]);
    assert_eq!(code, Some(2));
    assert!(out.contains("Swagger 2.0"), "{out}");
}

/// The imported program is served as it is (`serve --registry DIR`) and called end to
/// end over stdio in both eras: the embedded sandbox, which does not implement its
/// actions, answers from the examples the import took from the document, marked as
/// example data (a text block and `_meta`), a payment still only after approval on the
/// page; an action without examples says that the container lacks it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_imported_program_with_examples_is_called_end_to_end_over_stdio_in_both_eras() {
    let dir = common::tmpdir("mpmcp-import-serve");
    let (code, out, _) = import(&fixture("bank-utility-3.1.json"), &dir, &[]);
    assert_eq!(code, Some(0), "{out}");
    for modern in [false, true] {
        let c = common::connect(
            common::Accepting,
            &["serve", "--in-memory", "--registry", dir.to_str().unwrap()],
            modern,
        )
        .await;
        let tools = c.list_all_tools().await.unwrap();
        let listed: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
        for t in [
            "hangzhou_utility__get_loan_prime_rate",
            "hangzhou_utility__list_bills",
            "hangzhou_utility__pay_utility_bill",
        ] {
            assert!(listed.contains(&t), "modern={modern}: {listed:?}");
        }
        // A public read answered from the example, marked as such.
        let r = common::call(
            &c,
            "hangzhou_utility__get_loan_prime_rate",
            serde_json::json!({}),
        )
        .await;
        let v = common::ok(&r);
        assert_eq!(v["one_year"], "3.00", "modern={modern}");
        assert!(
            common::text(&r).contains("Example data from the manifest"),
            "{}",
            common::text(&r)
        );
        let meta = serde_json::to_value(&r.meta).unwrap();
        assert_eq!(meta["miniprogram-mcp/example-data"], true, "{meta}");
        // A personal read: confirmed first (the client accepts), then the example.
        let r = common::call(
            &c,
            "hangzhou_utility__list_bills",
            serde_json::json!({"utility": "electricity", "accountNo": "1066547162"}),
        )
        .await;
        assert_eq!(common::ok(&r)["outstanding"], "236.50", "modern={modern}");
        // A payment: nothing without the page; after approval, the example receipt.
        let args = serde_json::json!({"utility": "electricity", "account_no": "1066547162", "amount": "236.50"});
        let r = common::call(&c, "hangzhou_utility__pay_utility_bill", args.clone()).await;
        assert_eq!(r.is_error, Some(true), "{}", common::text(&r));
        let link = common::link_in(&r);
        let page = miniprogram_mcp::scenario::run::decide_on_page(
            &reqwest::Client::new(),
            &link,
            "246810",
            "approve",
            &[],
        )
        .await
        .unwrap();
        assert!(page.contains("Approved"), "{page}");
        let r = common::call(&c, "hangzhou_utility__pay_utility_bill", args).await;
        assert_eq!(common::ok(&r)["receipt_no"], "R-EXAMPLE-0001");
        assert!(
            common::text(&r).contains("nothing was executed"),
            "{}",
            common::text(&r)
        );
        // No examples: the container lacks the action, and says how to try it anyway.
        let r = common::call(
            &c,
            "hangzhou_utility__list_service_regions",
            serde_json::json!({}),
        )
        .await;
        assert_eq!(r.is_error, Some(true));
        assert!(
            common::text(&r).contains(
                "the container has no action `hangzhou_utility.list_service_regions` (its manifest has no examples"
            ),
            "{}",
            common::text(&r)
        );
        c.cancel().await.unwrap();
    }
}

/// The same program through `call` and a scenario file (`miniprogram-mcp test`), at once.
#[test]
fn an_imported_program_with_examples_works_with_call_and_a_scenario() {
    let dir = common::tmpdir("mpmcp-import-call");
    let reg = dir.join("registry");
    let (code, out, _) = import(&fixture("bank-utility-3.1.json"), &reg, &[]);
    assert_eq!(code, Some(0), "{out}");
    let o = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args([
            "call",
            "hangzhou_utility__get_loan_prime_rate",
            "--in-memory",
            "--registry",
        ])
        .arg(&reg)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["over_five_years"], "3.50");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("Example data from the manifest"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let scenario = dir.join("lpr.yaml");
    std::fs::write(
        &scenario,
        "name: LPR from the example\nsteps:\n  - call: hangzhou_utility__get_loan_prime_rate\n    expect: {result: {one_year: \"3.00\"}}\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .arg("test")
        .arg(&scenario)
        .arg("--registry")
        .arg(&reg)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("2 passed, 0 failed"), "{out}");
}
