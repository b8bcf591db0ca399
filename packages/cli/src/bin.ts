#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { main } from './main.js';

const code = await main(hideBin(process.argv), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
