// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/superjob';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
