// Hand test with the official TypeScript SDK client over stdio.
// Run with: npm install @modelcontextprotocol/sdk && node examples/clients/ts_client.mjs target/debug/miniprogram-mcp
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const transport = new StdioClientTransport({ command: process.argv[2], args: ['serve', '--in-memory'], env: { MINIPROGRAM_MCP_LOG: 'warn', PATH: process.env.PATH } });
const client = new Client({ name: 'ts-hand-test', version: '1.0' }, { capabilities: { elicitation: { form: {} } } });
client.setRequestHandler(ElicitRequestSchema, async (req) => {
  console.log('ELICIT:', req.params.message.replace(/\n/g, ' | '));
  return { action: 'accept', content: { remember: 'once' } };
});
await client.connect(transport);
console.log('server:', client.getServerVersion(), 'protocol negotiated');
const tools = await client.listTools();
console.log(tools.tools.length, 'tools');
const loan = await client.callTool({ name: 'loans__check_loan_rate', arguments: { product: 'personal_consumer', term_months: 24, amount: '50000' } });
console.log('loan:', loan.isError ?? false, JSON.stringify(loan.structuredContent));
const visits = await client.callTool({ name: 'branches__find_branches', arguments: { city: 'shanghai' } });
const b = visits.structuredContent.branches[0];
console.log('branch:', b.branch_id, b.name, JSON.stringify(b.free_slots_next?.slice(0,2)));
const slot = b.free_slots_next[0];
const booked = await client.callTool({ name: 'branches__book_branch_visit', arguments: { branch_id: b.branch_id, date: slot.date, time_slot: slot.time_slot, purpose: b.services[0] } });
console.log('book:', booked.isError ?? false, JSON.stringify(booked.structuredContent ?? booked.content));
const bad = await client.callTool({ name: 'utility_bills__pay_bill', arguments: { utility: 'gas', card: '123' } });
console.log('pay with card:', bad.isError, bad.content[0].text);
await client.close();
