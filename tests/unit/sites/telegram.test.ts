// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/telegram';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
