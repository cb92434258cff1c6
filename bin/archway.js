#!/usr/bin/env node
import { runProcess } from '../dist/bundle/main.js';

await runProcess();
