// Hand test with the official TypeScript SDK client over streamable HTTP (2025-11-25:
// a session, consent by elicitation), e.g. through the HAProxy of scripts/cluster.sh,
// which keeps the session on one instance by Mcp-Session-Id. The payment's approval
// page is played here (PIN, then approve); any instance may serve it.
// Run with: npm install @modelcontextprotocol/sdk && MCP_TOKEN=... node examples/clients/ts_http_client.mjs http://127.0.0.1:8790/mcp
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const url = new URL(process.argv[2]);
const headers = process.env.MCP_TOKEN ? { Authorization: `Bearer ${process.env.MCP_TOKEN}` } : {};
const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers } });
const client = new Client({ name: 'ts-http-hand-test', version: '1.0' }, { capabilities: { elicitation: { form: {}, url: {} } } });

async function approve(link, pin) {
  const origin = link.split('/approve/')[0];
  const field = (html, name) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))[1];
  const gate = await (await fetch(link)).text();
  const csrf = field(gate, 'csrf');
  const post = async (to, form) => (await fetch(to, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) })).text();
  const shown = await post(`${link}/unlock`, { csrf, pin });
  const page = await post(link, { csrf, view: field(shown, 'view'), decision: 'approve' });
  console.log('page:', page.includes('Approved') ? 'Approved' : page.slice(0, 200));
}

client.setRequestHandler(ElicitRequestSchema, async (req) => {
  if (req.params.mode === 'url') {
    console.log('URL elicitation:', req.params.url);
    await approve(req.params.url, '246810');
    return { action: 'accept' };
  }
  console.log('ELICIT:', req.params.message.replace(/\n/g, ' | ').slice(0, 100));
  return { action: 'accept', content: { remember: 'once' } };
});
await client.connect(transport);
console.log('session:', transport.sessionId);
const tools = await client.listTools();
console.log(tools.tools.length, 'tools listed');
const bills = await client.callTool({ name: 'utility_bills__query_bills', arguments: { utility: 'electricity' } });
console.log('bills:', bills.isError ?? false, bills.structuredContent?.outstanding);
const pay = await client.callTool({ name: 'utility_bills__pay_bill', arguments: { utility: 'electricity' } }, undefined, { timeout: 120000 });
console.log('pay:', pay.isError ?? false, pay.content[0].text.slice(0, 160));
const again = await client.callTool({ name: 'utility_bills__pay_bill', arguments: { utility: 'electricity' } });
console.log('again:', again.isError ?? false, again.content[0].text.slice(0, 100));
await transport.terminateSession();
await client.close();
