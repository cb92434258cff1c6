#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8's defaults suit long-lived servers: the young generation doubles whenever objects survive,
// up to 32 MB of semi-spaces, and the old generation may grow to four times what a collection
// left before the next one. An archway run is a batch whose live set is the documents it read:
// with the young generation kept at its first size and the old one grown by half, its peak memory
// stays near that live set, in the same time (side by side: Stripe with the adidas ruleset
// 126 → 91 MB, GitHub's diff 201 → 161 MB, DigitalOcean's lint 145 → 103 MB).
// Both flags are read by V8 as the heap grows, so setting them here takes effect. Semi-space or
// heap-growing flags the user gives Node win.
if (!/semi[-_]space|heap[-_]growing/.test(`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`))
  setFlagsFromString('--semi-space-growth-factor=1 --heap-growing-percent=50');

const { runProcess } = await import('../dist/bundle/main.js');
await runProcess();
