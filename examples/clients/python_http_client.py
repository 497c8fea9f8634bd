"""Hand test with the official Python SDK client (PyPI `mcp` 2.x) over streamable HTTP
in the 2026-07-28 era: `server/discover`, then MRTR. A booking comes back as an input
request (a consent form) that this script accepts; a payment comes back as a URL input
request: the script plays the user on the approval page (PIN first, then approve) and
retries with the sealed requestState. The payment is made once; calling again replays
the same receipt.

Run with:
    cargo run -- serve --http 127.0.0.1:8787 --in-memory &
    pip install mcp && python examples/clients/python_http_client.py http://127.0.0.1:8787/mcp
With `--auth tokens` (e.g. the local cluster of scripts/cluster.sh), put the bearer token
in MCP_TOKEN.
"""
import asyncio, os, re, sys, urllib.request, urllib.parse
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
URL = sys.argv[1]
def page_flow(link, pin):
    origin = link.split("/approve/")[0]
    gate = urllib.request.urlopen(link).read().decode()
    assert "¥" not in gate, "the link alone must not show the payment"
    csrf = re.search(r'name="csrf" value="([^"]+)"', gate).group(1)
    post = lambda u, f: urllib.request.urlopen(urllib.request.Request(u, data=urllib.parse.urlencode(f).encode(), headers={"Origin": origin})).read().decode()
    shown = post(link + "/unlock", {"csrf": csrf, "pin": pin})
    view = re.search(r'name="view" value="([^"]+)"', shown).group(1)
    assert "Approved" in post(link, {"csrf": csrf, "view": view, "decision": "approve"})
async def mrtr(s, name, args, answer):
    r = await s.call_tool(name, args, allow_input_required=True)
    while type(r).__name__ == "InputRequiredResult":
        reqs = r.input_requests
        print(" input requests:", {k: (getattr(v, "mode", None) or type(v).__name__) for k, v in reqs.items()})
        responses = {k: answer(k, v) for k, v in reqs.items()}
        r = await s.call_tool(name, args, allow_input_required=True, input_responses=responses, request_state=r.request_state)
    return r
def answer(k, v):
    d = v.model_dump(by_alias=True) if hasattr(v, "model_dump") else v
    params = d.get("params", d)
    if params.get("mode") == "url":
        page_flow(params["url"], "246810")
        return {"action": "accept"}
    return {"action": "accept", "content": {"remember": "once"}}
async def main():
    token = os.environ.get("MCP_TOKEN")
    http = None
    if token:
        import httpx2
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=60)
    async with streamable_http_client(URL, http_client=http) as streams:
        async def never(ctx, params):
            raise RuntimeError("MRTR: no server-to-client elicitation expected")
        async with ClientSession(streams[0], streams[1], elicitation_callback=never) as s:
            await s.discover()
            print("protocol:", s._negotiated_version)
            f = await s.call_tool("branches__find_branches", {"city": "beijing"})
            b = f.structured_content["branches"][0]; sl = b["free_slots_next"][-1]
            bk = await mrtr(s, "branches__book_branch_visit", {"branch_id": b["branch_id"], "date": sl["date"], "time_slot": sl["time_slot"], "purpose": b["services"][0]}, answer)
            print("booking:", bk.is_error, (bk.structured_content or {}).get("status"), bk.content[0].text[:120])
            pay = await mrtr(s, "utility_bills__pay_bill", {"utility": "electricity"}, answer)
            print("pay:", pay.is_error, (pay.structured_content or {}).get("status"), (pay.structured_content or {}).get("amount"), pay.content[0].text[:150])
            again = await mrtr(s, "utility_bills__pay_bill", {"utility": "electricity"}, answer)
            print("again:", again.is_error, again.content[0].text[:150])
asyncio.run(main())
