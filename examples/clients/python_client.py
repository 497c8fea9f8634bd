"""Hand test with the official Python SDK client (PyPI `mcp`) over stdio.

Run with: pip install mcp && python examples/clients/python_client.py target/debug/miniprogram-mcp
Accepts every confirmation form; the payment at the end prints the approval link
message (a form answer never approves a payment).
"""
import asyncio
import json
import sys

import mcp.types as t
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


async def on_elicit(ctx, params):
    print("ELICIT:", params.message.replace("\n", " | "))
    if getattr(params, "mode", "form") == "url":
        print("  approval link:", params.url)
    return t.ElicitResult(action="accept", content={"remember": "once"})


async def main(binary: str) -> None:
    server = StdioServerParameters(command=binary, args=["serve", "--in-memory", "--consent-timeout", "5"],
                                   env={"MINIPROGRAM_MCP_LOG": "warn"})
    async with stdio_client(server) as (r, w):
        async with ClientSession(r, w, elicitation_callback=on_elicit) as s:
            init = await s.initialize()
            print("protocol:", init.protocol_version)
            tools = await s.list_tools()
            print(len(tools.tools), "tools")
            res = await s.call_tool("loans__check_loan_rate",
                                    {"product": "mortgage_first_home", "term_months": 360, "amount": "1000000"})
            print("loan:", res.is_error, json.dumps(res.structured_content, ensure_ascii=False))
            res = await s.call_tool("utility_bills__query_bills", {"utility": "electricity"})
            print("bills:", res.is_error, json.dumps(res.structured_content, ensure_ascii=False))
            res = await s.call_tool("utility_bills__pay_bill", {"utility": "electricity"})
            print("pay:", res.is_error, res.content[0].text)


asyncio.run(main(sys.argv[1]))
