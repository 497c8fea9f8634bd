//! OpenAPI 3.0 / 3.1 (JSON or YAML) → a draft manifest.
//!
//! The document is read as a plain JSON value (`yaml_serde` for YAML, which is a
//! superset of JSON) and local `$ref`s are resolved with `serde_json`'s RFC 6901 JSON
//! pointer lookup. A typed OpenAPI model does not fit: the maintained crates each cover
//! one version (`openapiv3` 3.0, `oas3` 3.1), and a manifest needs the schemas as
//! JSON Schema values anyway, which a typed model would have to be turned back into.
//!
//! Mapping: every operation becomes an action named after its `operationId`; path and
//! query parameters and the JSON (or form) request body are flattened into one root
//! object input schema; the first 2xx JSON response is the output schema (wrapped in
//! `{"result": ...}` when it is not an object); 3.0 schema dialect (`nullable`,
//! boolean `exclusiveMinimum`, `example`) is rewritten as JSON Schema 2020-12. The
//! consent tier is proposed from the method and the operation's words and always listed
//! for review; what cannot be mapped (header and cookie parameters, file uploads,
//! callbacks, webhooks, external `$ref`s, recursion) is listed, never dropped silently.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::action::{MAX_TOOL_NAME, is_slug};

/// A drafted manifest and what a person must look at.
#[derive(Debug, Clone)]
pub struct Draft {
    pub program_id: String,
    /// The manifest (the manifest format), ready to write as JSON.
    pub manifest: Value,
    /// Proposals to review (tiers, money movement, wrapped results), one line each.
    pub review: Vec<String>,
    /// What the document has that the draft does not carry, one line each.
    pub unmapped: Vec<String>,
}

/// Reads a document: JSON, or YAML.
pub fn parse_document(text: &str) -> Result<Value, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(v) => Ok(v),
        Err(json_err) => match yaml_serde::from_str::<Value>(text) {
            Ok(v) => Ok(v),
            Err(yaml_err) => Err(format!(
                "the document is neither JSON ({json_err}) nor YAML ({yaml_err})"
            )),
        },
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];
const UNMAPPED_METHODS: &[&str] = &["head", "options", "trace"];

/// Words (of operation ids, paths and summaries) that mean money leaves the user.
const MONEY_WORDS: &[&str] = &[
    "pay",
    "pays",
    "payment",
    "payments",
    "transfer",
    "transfers",
    "remit",
    "remittance",
    "repay",
    "repayment",
    "withdraw",
    "withdrawal",
    "topup",
    "recharge",
    "purchase",
    "checkout",
];
const MONEY_ZH: &[&str] = &["支付", "缴费", "转账", "还款", "充值", "付款", "汇款"];
/// Words that suggest a read of the user's own data.
const PERSONAL_WORDS: &[&str] = &[
    "my",
    "me",
    "user",
    "users",
    "account",
    "accounts",
    "customer",
    "customers",
    "balance",
    "balances",
    "bill",
    "bills",
    "statement",
    "statements",
    "order",
    "orders",
    "card",
    "cards",
    "profile",
    "booking",
    "bookings",
    "transaction",
    "transactions",
    "payment",
    "payments",
    "application",
    "applications",
    "login",
    "logout",
];
/// Parameter-name parts whose values are personal (shown masked).
const PERSONAL_PARAMS: &[&str] = &[
    "account",
    "card",
    "phone",
    "mobile",
    "email",
    "iban",
    "passport",
    "idcard",
    "id_card",
    "id_number",
    "username",
    "password",
];
const AMOUNT_PARAMS: &[&str] = &["amount", "total", "total_amount", "sum", "price", "value"];
const PAYEE_PARAMS: &[&str] = &[
    "account",
    "payee",
    "recipient",
    "biller",
    "merchant",
    "iban",
    "beneficiary",
];

/// A yuan amount as the manifest format wants money: a decimal string.
const MONEY_PATTERN: &str = "^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,2})?$";

/// Drafts one manifest from an OpenAPI 3.0 or 3.1 document.
pub fn draft(doc: &Value, program: Option<&str>) -> Result<Draft, String> {
    let version = doc
        .get("openapi")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            if doc.get("swagger").is_some() {
                "this is a Swagger 2.0 document; convert it to OpenAPI 3 first (e.g. `npx swagger2openapi`)".to_string()
            } else {
                "not an OpenAPI document: there is no `openapi` version field".to_string()
            }
        })?;
    let is30 = if version.starts_with("3.0") {
        true
    } else if version.starts_with("3.1") {
        false
    } else {
        return Err(format!(
            "OpenAPI {version} is not supported (3.0 and 3.1 are)"
        ));
    };
    let info = doc.get("info").cloned().unwrap_or_default();
    let title = text_field(&info, "title").unwrap_or_else(|| "Imported API".into());
    let id = match program {
        Some(p) if is_slug(p) => p.to_string(),
        Some(p) => {
            return Err(format!(
                "--program `{p}` is not a slug (lowercase [a-z0-9] words joined by single underscores)"
            ));
        }
        None => {
            let s = truncate_slug(&slug(&title), 24);
            if s.is_empty() { "imported".into() } else { s }
        }
    };
    let mut cx = Cx {
        doc,
        is30,
        review: Vec::new(),
        unmapped: Vec::new(),
    };
    let global_security = doc
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|s| {
            s.iter()
                .any(|r| r.as_object().is_some_and(|o| !o.is_empty()))
        });
    if doc
        .get("webhooks")
        .is_some_and(|w| w.as_object().is_some_and(|o| !o.is_empty()))
    {
        cx.unmapped
            .push("webhooks: calls the API makes to others are not actions; not mapped".into());
    }
    if doc
        .pointer("/components/securitySchemes")
        .is_some_and(|s| s.as_object().is_some_and(|o| !o.is_empty()))
    {
        cx.unmapped.push(
            "securitySchemes: authenticating to the API is the container's business (the bridge calls it for the user); not mapped".into(),
        );
    }

    let mut actions = Vec::new();
    let mut names = BTreeSet::new();
    let paths = doc.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        let Some(item) = cx.deref(item, &format!("paths.{path}")) else {
            continue;
        };
        for m in UNMAPPED_METHODS {
            if item.get(*m).is_some() {
                cx.unmapped.push(format!(
                    "{} {path}: {m} operations are not actions; not mapped",
                    m.to_uppercase()
                ));
            }
        }
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let max = MAX_TOOL_NAME.saturating_sub(id.len() + 2).max(1);
            let mut name = truncate_slug(
                &op.get("operationId")
                    .and_then(Value::as_str)
                    .map(slug)
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| fallback_name(method, path)),
                max,
            );
            if names.contains(&name) {
                let mut n = 2;
                while names.contains(&format!("{}_{n}", truncate_slug(&name, max - 3))) {
                    n += 1;
                }
                name = format!("{}_{n}", truncate_slug(&name, max - 3));
            }
            names.insert(name.clone());
            let secured = match op.get("security").and_then(Value::as_array) {
                Some(s) => s
                    .iter()
                    .any(|r| r.as_object().is_some_and(|o| !o.is_empty())),
                None => global_security,
            };
            actions.push(cx.action(&id, &name, method, path, item, op, secured));
        }
    }
    if actions.is_empty() {
        cx.review
            .push("the document has no operations: add at least one action".into());
    }
    let mut manifest = Map::new();
    manifest.insert("$schema".into(), json!("./manifest.schema.json"));
    manifest.insert("id".into(), json!(id));
    manifest.insert("app_id".into(), json!(id));
    manifest.insert("name".into(), json!(bounded(&title, 200)));
    manifest.insert(
        "version".into(),
        json!(text_field(&info, "version").map_or("0".into(), |v| bounded(&v, 64))),
    );
    if let Some(d) = text_field(&info, "description") {
        manifest.insert("description".into(), json!(bounded(&d, 2000)));
    }
    manifest.insert("actions".into(), Value::Array(actions));
    Ok(Draft {
        program_id: id,
        manifest: Value::Object(manifest),
        review: cx.review,
        unmapped: cx.unmapped,
    })
}

struct Cx<'a> {
    doc: &'a Value,
    is30: bool,
    review: Vec<String>,
    unmapped: Vec<String>,
}

impl<'a> Cx<'a> {
    /// Follows a (chain of) local `$ref`s of a non-schema object (parameter, request
    /// body, response, path item). An external one is listed and skipped.
    fn deref(&mut self, v: &'a Value, at: &str) -> Option<&'a Value> {
        let mut v = v;
        for _ in 0..16 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else {
                return Some(v);
            };
            match self.lookup(r) {
                Some(t) => v = t,
                None => {
                    self.unmapped
                        .push(format!("{at}: `$ref: {r}` cannot be resolved (only references inside the document are); not mapped"));
                    return None;
                }
            }
        }
        Some(v)
    }

    fn lookup(&self, r: &str) -> Option<&'a Value> {
        let p = r.strip_prefix('#')?;
        self.doc.pointer(&percent_decode(p))
    }

    /// An OpenAPI schema → JSON Schema 2020-12, local `$ref`s inlined (a recursive one
    /// is cut and listed).
    fn schema(&mut self, v: &Value, at: &str, stack: &mut Vec<String>) -> Value {
        let Some(obj) = v.as_object() else {
            return v.clone();
        };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            if stack.iter().any(|s| s == r) || stack.len() > 24 {
                self.review.push(format!(
                    "{at}: the recursive schema `{r}` is cut at this point (any value accepted); describe its depth if the container needs it"
                ));
                return json!({"description": format!("(recursive {r}: not expanded)")});
            }
            let Some(target) = self.lookup(r) else {
                self.unmapped.push(format!(
                    "{at}: `$ref: {r}` cannot be resolved (only references inside the document are); any value is accepted there"
                ));
                return json!({});
            };
            stack.push(r.to_string());
            let mut out = self.schema(target, at, stack);
            stack.pop();
            // 3.1: keywords beside `$ref` apply too (a description, mostly).
            if let Value::Object(o) = &mut out {
                for (k, val) in obj {
                    if k != "$ref" && !k.starts_with("x-") {
                        let converted = self.schema_keyword(k, val, at, stack);
                        if let Some(c) = converted {
                            o.insert(k.clone(), c);
                        }
                    }
                }
            }
            return out;
        }
        let mut out = Map::new();
        for (k, val) in obj {
            if let Some(c) = self.schema_keyword(k, val, at, stack) {
                out.insert(k.clone(), c);
            }
        }
        if let Some(e) = obj.get("example")
            && !out.contains_key("examples")
        {
            out.insert("examples".into(), json!([e]));
        }
        if self.is30 {
            if obj.get("nullable").and_then(Value::as_bool) == Some(true) {
                if let Some(Value::String(t)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([t, "null"]));
                }
                if let Some(Value::Array(e)) = out.get_mut("enum")
                    && !e.contains(&Value::Null)
                {
                    e.push(Value::Null);
                }
            }
            for (flag, bound) in [
                ("exclusiveMinimum", "minimum"),
                ("exclusiveMaximum", "maximum"),
            ] {
                if let Some(Value::Bool(b)) = obj.get(flag) {
                    out.remove(flag);
                    if *b && let Some(n) = out.remove(bound) {
                        out.insert(flag.into(), n);
                    }
                }
            }
        }
        Value::Object(out)
    }

    /// One keyword of a schema object, converted (`None`: dropped).
    fn schema_keyword(
        &mut self,
        k: &str,
        val: &Value,
        at: &str,
        stack: &mut Vec<String>,
    ) -> Option<Value> {
        if k.starts_with("x-") {
            return None;
        }
        Some(match k {
            // OpenAPI-only keywords (or 3.0's, rewritten by the caller).
            "discriminator" | "xml" | "externalDocs" | "nullable" => return None,
            "example" => return None,
            "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => {
                let mut m = Map::new();
                for (name, s) in val.as_object()? {
                    m.insert(name.clone(), self.schema(s, &format!("{at}.{name}"), stack));
                }
                Value::Object(m)
            }
            "items"
            | "additionalProperties"
            | "not"
            | "contains"
            | "propertyNames"
            | "if"
            | "then"
            | "else"
            | "unevaluatedProperties"
            | "unevaluatedItems"
                if val.is_object() =>
            {
                self.schema(val, at, stack)
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => Value::Array(
                val.as_array()?
                    .iter()
                    .map(|s| self.schema(s, at, stack))
                    .collect(),
            ),
            _ => val.clone(),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn action(
        &mut self,
        program: &str,
        name: &str,
        method: &str,
        path: &str,
        item: &'a Value,
        op: &'a Value,
        secured: bool,
    ) -> Value {
        let tool = format!("{program}__{name}");
        let op_words = words(&format!(
            "{} {path} {}",
            op.get("operationId").and_then(Value::as_str).unwrap_or(""),
            op.get("summary").and_then(Value::as_str).unwrap_or("")
        ));
        let zh_text = format!(
            "{} {}",
            op.get("summary").and_then(Value::as_str).unwrap_or(""),
            op.get("description").and_then(Value::as_str).unwrap_or("")
        );
        let at = format!("{} {path}", method.to_uppercase());
        if op.get("callbacks").is_some() {
            self.unmapped.push(format!(
                "{at}: callbacks are not mapped (the result is what the bridge returns)"
            ));
        }

        // Input: parameters (path item's, overridden by the operation's) and the body.
        let mut props = Map::new();
        let mut required: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        for list in [item.get("parameters"), op.get("parameters")] {
            for p in list.and_then(Value::as_array).into_iter().flatten() {
                if let Some(p) = self.deref(p, &at) {
                    let key = (p.get("name").cloned(), p.get("in").cloned());
                    params.retain(|q| (q.get("name").cloned(), q.get("in").cloned()) != key);
                    params.push(p.clone());
                }
            }
        }
        let mut path_params = Vec::new();
        for p in &params {
            let pname = p
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let place = p.get("in").and_then(Value::as_str).unwrap_or_default();
            if place == "header" || place == "cookie" {
                self.unmapped.push(format!(
                    "{at}: {place} parameter `{pname}` is not mapped (the bridge carries arguments; add it as one if the container needs it)"
                ));
                continue;
            }
            if pname.is_empty() || props.contains_key(&pname) {
                continue;
            }
            let raw = p
                .get("schema")
                .or_else(|| p.pointer("/content/application~1json/schema"))
                .cloned()
                .unwrap_or(json!({"type": "string"}));
            let mut s = self.schema(&raw, &format!("{at} {pname}"), &mut Vec::new());
            if let (Value::Object(o), Some(d)) =
                (&mut s, p.get("description").and_then(Value::as_str))
                && !o.contains_key("description")
            {
                o.insert("description".into(), json!(bounded(d, 1000)));
            }
            if place == "path" || p.get("required").and_then(Value::as_bool) == Some(true) {
                required.push(pname.clone());
            }
            if place == "path" {
                path_params.push(pname.clone());
            }
            props.insert(pname, s);
        }
        if let Some(body) = op.get("requestBody").and_then(|b| self.deref(b, &at)) {
            let body_required = body.get("required").and_then(Value::as_bool) == Some(true);
            let content = body.get("content").and_then(Value::as_object);
            let chosen = content.and_then(|c| {
                c.iter().find(|(t, _)| is_json(t)).or_else(|| {
                    c.iter()
                        .find(|(t, _)| t.starts_with("application/x-www-form-urlencoded"))
                })
            });
            if let Some(c) = content {
                for t in c.keys() {
                    if chosen.is_none_or(|(ct, _)| ct != t) && !is_json(t) {
                        self.unmapped.push(format!(
                            "{at}: request body of type `{t}` is not mapped (only JSON and form bodies become arguments)"
                        ));
                    }
                }
            }
            if let Some((_, media)) = chosen {
                let raw = media.get("schema").cloned().unwrap_or(json!({}));
                let s = self.schema(&raw, &format!("{at} body"), &mut Vec::new());
                match flatten_object(&s) {
                    Some((bprops, breq, alternatives)) => {
                        if alternatives {
                            self.review.push(format!(
                                "{tool}: the request body has alternatives (oneOf/anyOf); they were flattened into optional arguments, check the combinations in the container"
                            ));
                        }
                        for (k, v) in bprops {
                            let key = if props.contains_key(&k) {
                                format!("body_{k}")
                            } else {
                                k.clone()
                            };
                            if body_required && breq.contains(&k) {
                                required.push(key.clone());
                            }
                            props.insert(key, v);
                        }
                    }
                    None => {
                        let key = if props.contains_key("body") {
                            "request_body"
                        } else {
                            "body"
                        };
                        if body_required {
                            required.push(key.into());
                        }
                        props.insert(key.into(), s);
                        self.review.push(format!(
                            "{tool}: the request body is not an object; it is the argument `{key}`"
                        ));
                    }
                }
            }
        }

        // Tier, annotations, money.
        let read = method == "get";
        // A DELETE (cancel an order, remove a payee) never moves money by itself.
        let moves_money = !read
            && method != "delete"
            && (op_words.iter().any(|w| MONEY_WORDS.contains(&w.as_str()))
                || MONEY_ZH.iter().any(|z| zh_text.contains(z)));
        let personal_read = read
            && (secured
                || op_words
                    .iter()
                    .any(|w| PERSONAL_WORDS.contains(&w.as_str())));
        let consent = if moves_money {
            "authorize"
        } else if read && !personal_read {
            "none"
        } else {
            "confirm"
        };
        let why = if moves_money {
            "it moves money (its name says so): approval on the page"
        } else if read && personal_read {
            if secured {
                "a GET that needs the user's credentials reads personal data: confirm"
            } else {
                "a GET whose name suggests the user's own data: confirm"
            }
        } else if read {
            "a GET of public information: no prompt"
        } else {
            "it changes state: confirm"
        };
        self.review.push(format!(
            "{tool} ({at}): consent `{consent}` proposed because {why}; review it (operators may only tighten it)"
        ));
        let annotations = json!({
            "read_only": read,
            "destructive": method == "delete" || moves_money,
            "idempotent": matches!(method, "get" | "put" | "delete"),
            "open_world": moves_money,
        });
        let mut payment = None;
        if moves_money {
            let amount = props
                .keys()
                .find(|k| AMOUNT_PARAMS.contains(&k.to_lowercase().as_str()))
                .cloned();
            match &amount {
                Some(a) => {
                    let p = props.get_mut(a).expect("found above");
                    if p.get("type").and_then(Value::as_str) != Some("string") {
                        let d = p
                            .get("description")
                            .and_then(Value::as_str)
                            .unwrap_or("The amount")
                            .to_string();
                        *p = json!({"type": "string", "pattern": MONEY_PATTERN, "maxLength": 12,
                                    "description": format!("{d} In yuan as a decimal string, e.g. \"236.50\".")});
                        self.review.push(format!(
                            "{tool}: the amount `{a}` is a number in the API; the manifest sends money as a decimal string (\"236.50\"): make sure the container accepts that"
                        ));
                    }
                }
                None => self.review.push(format!(
                    "{tool}: DECIDE which argument holds the amount (payment.amount is empty); money moves only with an amount the user approves"
                )),
            }
            // The resource paid (path parameters) and whatever names the payee.
            let mut payee: Vec<String> = path_params.clone();
            for k in props.keys() {
                let lower = k.to_lowercase();
                if PAYEE_PARAMS.iter().any(|p| lower.contains(p)) && !payee.contains(k) {
                    payee.push(k.clone());
                }
            }
            if payee.is_empty() {
                self.review.push(format!(
                    "{tool}: DECIDE which arguments identify the payee (payment.payee is empty); approvals and mandates are bound to them"
                ));
            } else {
                self.review.push(format!(
                    "{tool}: the payee is identified by {} (approvals and mandates are bound to these); review",
                    payee.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
                ));
            }
            self.review.push(format!(
                "{tool}: no quote action is set, so the amount must always be given; add payment.quote to let the user pay \"the amount due\" and see the payee's name"
            ));
            payment = Some(json!({"amount": amount.unwrap_or_default(), "payee": payee}));
        }
        let personal: Vec<String> = props
            .keys()
            .filter(|k| {
                let k = k.to_lowercase();
                PERSONAL_PARAMS.iter().any(|p| k.contains(p))
            })
            .cloned()
            .collect();
        let mut input =
            json!({"type": "object", "additionalProperties": false, "properties": props});
        if !required.is_empty() {
            required.dedup();
            input["required"] = json!(required);
        }

        // Output: the first 2xx response.
        let (output, examples) = self.output(op, &at, &tool);

        let title = op
            .get("summary")
            .and_then(Value::as_str)
            .map(|s| bounded(s, 120))
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| bounded(&name.replace('_', " "), 120));
        let mut description = op
            .get("description")
            .or_else(|| op.get("summary"))
            .and_then(Value::as_str)
            .map(|s| bounded(s, 3800))
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| format!("{} (no description in the API document).", title));
        description.push_str(&format!("\n\nImported from OpenAPI: {at}."));
        let mut action = Map::new();
        action.insert("name".into(), json!(name));
        action.insert("title".into(), json!(title));
        action.insert("description".into(), json!(description));
        action.insert("input_schema".into(), input);
        action.insert("output_schema".into(), output);
        action.insert("annotations".into(), annotations);
        action.insert("consent".into(), json!(consent));
        if moves_money {
            action.insert("moves_money".into(), json!(true));
        }
        if !personal.is_empty() {
            action.insert("personal".into(), json!(personal));
        }
        action.insert(
            "bridge".into(),
            json!({"action": format!("{program}.{name}")}),
        );
        if let Some(p) = payment {
            action.insert("payment".into(), p);
        }
        if !examples.is_empty() {
            action.insert("examples".into(), Value::Array(examples));
        }
        Value::Object(action)
    }

    /// The output schema, and example results (the response's `example` or `examples`)
    /// as the manifest's examples.
    fn output(&mut self, op: &'a Value, at: &str, tool: &str) -> (Value, Vec<Value>) {
        let any = || (json!({"type": "object"}), Vec::new());
        let responses = op.get("responses").and_then(Value::as_object);
        let ok = responses.and_then(|r| {
            let mut codes: Vec<&String> = r.keys().filter(|c| c.starts_with('2')).collect();
            codes.sort();
            codes.first().map(|c| (c.to_string(), &r[*c]))
        });
        let Some((code, resp)) = ok else {
            self.review.push(format!(
                "{tool}: the API documents no 2xx response; the output schema accepts any object"
            ));
            return any();
        };
        let Some(resp) = self.deref(resp, at) else {
            return any();
        };
        let media = resp
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.iter().find(|(t, _)| is_json(t)))
            .map(|(_, m)| m);
        let Some(raw) = media.and_then(|m| m.get("schema")).cloned() else {
            if resp
                .get("content")
                .is_some_and(|c| c.as_object().is_some_and(|o| !o.is_empty()))
            {
                self.unmapped.push(format!(
                    "{at}: the {code} response is not JSON; the output schema accepts any object"
                ));
            }
            return any();
        };
        let s = self.schema(&raw, &format!("{at} {code}"), &mut Vec::new());
        let object_like = s.get("type").and_then(Value::as_str) == Some("object")
            || (s.get("type").is_none()
                && (s.get("properties").is_some() || s.get("allOf").is_some()));
        let mut values: Vec<(Option<String>, Value)> = Vec::new();
        if let Some(m) = media {
            if let Some(e) = m.get("example") {
                values.push((None, e.clone()));
            }
            for (name, e) in m
                .get("examples")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if let Some(e) = self.deref(e, at)
                    && let Some(v) = e.get("value")
                {
                    let d = e.get("summary").and_then(Value::as_str).unwrap_or(name);
                    values.push((Some(bounded(d, 200)), v.clone()));
                }
            }
        }
        let examples: Vec<Value> = values
            .into_iter()
            .map(|(d, v)| {
                let result = if object_like { v } else { json!({"result": v}) };
                let mut x = json!({"arguments": {}, "result": result});
                if let Some(d) = d {
                    x["description"] = json!(d);
                }
                x
            })
            .filter(|x| x["result"].is_object())
            .collect();
        if !examples.is_empty() {
            self.review.push(format!(
                "{tool}: {} example result(s) from the document answer calls in the sandbox until the container implements it; check they are not real customer data",
                examples.len()
            ));
        }
        if object_like {
            let mut s = s;
            s["type"] = json!("object");
            (s, examples)
        } else {
            self.review.push(format!(
                "{tool}: the {code} response is not an object; the bridge returns it as `result` ({{\"result\": ...}})"
            ));
            (
                json!({"type": "object", "required": ["result"], "properties": {"result": s}}),
                examples,
            )
        }
    }
}

/// The properties of an object schema (merging `allOf` parts, and the alternatives of
/// `oneOf`/`anyOf` as optional), its required names, and whether alternatives were
/// flattened. `None` when the schema is not an object.
fn flatten_object(s: &Value) -> Option<(Map<String, Value>, Vec<String>, bool)> {
    let o = s.as_object()?;
    let is_object = o.get("type").and_then(Value::as_str) == Some("object")
        || o.contains_key("properties")
        || o.contains_key("allOf")
        || o.contains_key("oneOf")
        || o.contains_key("anyOf");
    if !is_object {
        return None;
    }
    let mut props: Map<String, Value> = o
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut required: Vec<String> = o
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let mut alternatives = false;
    for part in o
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (p, r, a) = flatten_object(part)?;
        props.extend(p);
        required.extend(r);
        alternatives |= a;
    }
    for k in ["oneOf", "anyOf"] {
        for part in o.get(k).and_then(Value::as_array).into_iter().flatten() {
            if let Some((p, _, _)) = flatten_object(part) {
                for (name, v) in p {
                    props.entry(name).or_insert(v);
                }
                alternatives = true;
            }
        }
    }
    Some((props, required, alternatives))
}

fn is_json(content_type: &str) -> bool {
    let t = content_type.split(';').next().unwrap_or("").trim();
    t == "application/json" || t.ends_with("+json") || t == "*/*"
}

fn text_field(v: &Value, k: &str) -> Option<String> {
    v.get(k)
        .map(|x| match x {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .filter(|s| !s.trim().is_empty())
}

/// Text for a manifest: no control (but newline) or invisible characters, bounded.
fn bounded(s: &str, max: usize) -> String {
    s.chars()
        .filter(|&c| {
            !((c.is_control() && c != '\n')
                || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF))
        })
        .take(max)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Lowercase ASCII words of a camelCase / kebab / path string.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            cur.push(c.to_ascii_lowercase());
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn slug(s: &str) -> String {
    words(s).join("_")
}

/// At most `max` characters, cut at a word boundary where possible.
fn truncate_slug(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let cut = &s[..max];
    if s.as_bytes()[max] == b'_' {
        return cut.to_string();
    }
    let cut = match cut.rfind('_') {
        Some(i) if i > 0 => &cut[..i],
        _ => cut,
    };
    cut.trim_end_matches('_').to_string()
}

fn fallback_name(method: &str, path: &str) -> String {
    let mut parts = vec![method.to_string()];
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(p) => {
                parts.push("by".into());
                parts.push(slug(p));
            }
            None => parts.push(slug(seg)),
        }
    }
    parts.retain(|p| !p.is_empty());
    parts.join("_")
}

/// `%7B` → `{` in a `$ref`'s pointer (references are URIs).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_slugs() {
        assert_eq!(slug("listPets"), "list_pets");
        assert_eq!(slug("get-stations"), "get_stations");
        assert_eq!(slug("PayBill"), "pay_bill");
        assert_eq!(fallback_name("get", "/pets/{petId}"), "get_pets_by_pet_id");
        assert_eq!(
            truncate_slug("create_users_with_list_input", 12),
            "create_users"
        );
    }

    #[test]
    fn openapi_30_nullable_and_exclusive_bounds_become_json_schema() {
        let doc = json!({"openapi": "3.0.3"});
        let mut cx = Cx {
            doc: &doc,
            is30: true,
            review: vec![],
            unmapped: vec![],
        };
        let s = cx.schema(
            &json!({"type": "integer", "nullable": true, "minimum": 0, "exclusiveMinimum": true, "example": 3, "x-internal": 1}),
            "t",
            &mut Vec::new(),
        );
        assert_eq!(
            s,
            json!({"type": ["integer", "null"], "exclusiveMinimum": 0, "examples": [3]})
        );
    }
}
