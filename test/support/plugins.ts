/**
 * A plugin module as users write one: a rule in the built-ins' shape (`defineLintRule` is the
 * identity) that wants an owning team in `x-owner` on every operation. Tests write it to a file.
 */
export const OPERATION_OWNER_PLUGIN = `export const operationOwner = {
  id: 'acme/operation-owner',
  category: 'documentation',
  severity: 'warn',
  presets: ['recommended'],
  description: 'Every operation names its owning team in x-owner.',
  rationale: 'On-call needs to know whom to page.',
  fix: 'Add x-owner: <team>.',
  examples: { bad: '', good: '' },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (typeof node['x-owner'] !== 'string') report(ctx, { message: \`\${ctx.operation.method.toUpperCase()} \${ctx.operation.path} names no owner\`, target: 'key', data: { path: ctx.operation.path } });
    },
  }),
};
`;
