// The Action's entry point (dist/index.js): everything happens in run().
import '../heap.js';
import { run } from './main.js';

void run();
